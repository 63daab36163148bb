package org.invicta.crime;

import java.time.Instant;
import java.util.UUID;

/** A registrar's decision on a crime, as kept: the crime before and after, the reason, who and when. */
public record CrimeDecision(int decision, String kind, String fromCode, String toCode, String toForce, String reasonCode,
                            String reason, UUID decidedBy, Instant decidedAt) {
}
