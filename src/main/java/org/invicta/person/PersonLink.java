package org.invicta.person;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A person's part in another record, held against the person record it was made to. */
public record PersonLink(UUID id, PersonId person, String subjectType, String subjectId, String role, Instant linkedAt,
                         @Nullable UUID linkedBy) {
}
