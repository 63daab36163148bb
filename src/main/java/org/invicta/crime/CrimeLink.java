package org.invicta.crime;

import java.time.Instant;
import java.util.UUID;

/** An object or place linked to a crime, with what it was to the crime (stolen, used, the scene...). */
public record CrimeLink(String kind, UUID linkedId, String role, String summary, Instant linkedAt) {
}
