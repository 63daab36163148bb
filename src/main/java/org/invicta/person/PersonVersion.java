package org.invicta.person;

import java.time.Instant;
import java.util.UUID;
import org.invicta.shared.ForceId;
import org.jspecify.annotations.Nullable;

/** One version of a person as it was recorded, with who changed it and when. */
public record PersonVersion(PersonId id, ForceId force, int version, PersonDetails details, Instant changedAt,
                            @Nullable UUID changedBy) {
}
