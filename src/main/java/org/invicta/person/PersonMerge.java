package org.invicta.person;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One merge of a record into another: who, when, why, with what score, and whether it was undone. */
public record PersonMerge(UUID id, PersonId survivor, PersonId merged, String reason, @Nullable Double probability,
                          Instant mergedAt, @Nullable UUID mergedBy, @Nullable Instant unmergedAt) {
    public boolean undone() {
        return unmergedAt != null;
    }
}
