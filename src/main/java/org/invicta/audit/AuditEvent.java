package org.invicta.audit;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One row of the audit trail as an auditor reads it. */
public record AuditEvent(
        String force, long seq, UUID eventId, Instant at, @Nullable UUID actorId, String actorName,
        @Nullable String actorForce, String actorRoles, Operation operation, String recordType, String recordId,
        Channel channel, @Nullable String purpose, @Nullable String recipient, @Nullable String fieldsChanged) {
}
