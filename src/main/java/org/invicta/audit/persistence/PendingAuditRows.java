package org.invicta.audit.persistence;

import java.util.ArrayList;
import java.util.List;
import org.invicta.audit.chain.PendingEntry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Holds a transaction's audit rows until it commits, then chains and writes them all at once: the
 * head of the force's chain is locked only for the instant before the commit, not for the whole act.
 */
@Component
public class PendingAuditRows {

    private final AuditLog log;

    PendingAuditRows(AuditLog log) {
        this.log = log;
    }

    public void add(PendingEntry entry) {
        rowsOfThisTransaction().entries.add(entry);
    }

    private Rows rowsOfThisTransaction() {
        // Synchronizations are suspended with their transaction, so a REQUIRES_NEW act gets rows of its own.
        for (var synchronization : TransactionSynchronizationManager.getSynchronizations())
            if (synchronization instanceof Rows rows) return rows;
        var rows = new Rows();
        TransactionSynchronizationManager.registerSynchronization(rows);
        return rows;
    }

    private final class Rows implements TransactionSynchronization {
        private final List<PendingEntry> entries = new ArrayList<>();

        @Override
        public void beforeCommit(boolean readOnly) {
            log.append(entries);
        }

        @Override
        public int getOrder() {
            return LOWEST_PRECEDENCE; // after any other work flushed before commit
        }
    }
}
