package org.invicta.person;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One version of a person as it was recorded, with who changed it and when. */
public record PersonVersion(int version, PersonDetails details, Instant changedAt, @Nullable UUID changedBy) {
}
