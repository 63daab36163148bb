package org.invicta.audit;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.stream.Collectors;
import org.invicta.audit.chain.PendingEntry;
import org.invicta.audit.persistence.PendingAuditRows;
import org.invicta.platform.security.CurrentUser;
import org.invicta.platform.tenancy.ForceContext;
import org.invicta.shared.ForceId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records an act on personal data in the current transaction. The row is chained and written as the
 * transaction commits: if it cannot be written the act is rolled back, and a rolled-back act leaves
 * no row. There is no way to call this outside a transaction.
 */
@Component
public class AuditTrail {

    private final PendingAuditRows pending;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditTrail(PendingAuditRows pending, CurrentUser currentUser, Clock clock) {
        this.pending = pending;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Operation operation, String recordType, Object recordId) {
        record(operation, recordType, recordId, AuditDetails.none());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Operation operation, String recordType, Object recordId, AuditDetails details) {
        recordInChainOf(ForceContext.require(), operation, recordType, recordId, details);
    }

    /**
     * Records the act in the chain of the force that holds the record, which for a cross-force
     * disclosure is not the acting user's force.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordInChainOf(ForceId holder, Operation operation, String recordType, Object recordId,
                                AuditDetails details) {
        if (TransactionSynchronizationManager.isCurrentTransactionReadOnly())
            throw new IllegalStateException("an audited act cannot run in a read-only transaction: "
                    + "its audit row is a write");
        var user = currentUser.get();
        pending.add(new PendingEntry(
                holder.value(), UUID.randomUUID(), clock.instant().truncatedTo(ChronoUnit.MICROS),
                user.map(u -> u.id().value()).orElse(null),
                user.map(u -> u.displayName() + " (" + u.getUsername() + ")").orElse("Invicta batch process"),
                user.map(u -> u.force().value()).orElse(null),
                user.map(u -> u.roles().stream().sorted().collect(Collectors.joining(","))).orElse(""),
                operation.name(), recordType, recordId.toString(), channel().name(),
                details.purpose(), details.recipient(),
                details.fieldsChanged().isEmpty() ? null : String.join(",", details.fieldsChanged())));
    }

    private static Channel channel() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request)
            return request.getRequest().getRequestURI().startsWith("/api/") ? Channel.API : Channel.UI;
        return Channel.BATCH;
    }
}
