package org.invicta.audit.chain;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An audit row waiting for its transaction to commit, when it takes its place in the force's chain. */
public record PendingEntry(
        String force, UUID eventId, Instant at, @Nullable UUID actorId, String actorName,
        @Nullable String actorForce, String actorRoles, String operation, String recordType, String recordId,
        String channel, @Nullable String purpose, @Nullable String recipient, @Nullable String fieldsChanged) {
}
