package org.invicta.audit.persistence;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.TreeMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.invicta.audit.chain.ChainHash;
import org.invicta.audit.chain.PendingEntry;
import org.invicta.platform.tenancy.ForceScopedTransactionManager;
import org.invicta.shared.ForceId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Appends chained rows to each force's audit chain, in as few statements as the commit of an audited read
 * can afford (two for a read in the user's own force): lock-and-read the chain head, then insert the rows
 * and move the head in one statement. The application role may insert and read rows, nothing more.
 */
@Repository
class AuditLog {

    private static final String COLUMNS = """
            force_id, seq, event_id, at, actor_id, actor_name, actor_force, actor_roles, operation, record_type,
            record_id, channel, purpose, recipient, fields_changed, prev_hash, hash""";
    private static final int COLUMN_COUNT = 17;
    private static final int ROWS_PER_STATEMENT = 500; // PostgreSQL takes at most 65,535 parameters a statement

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    AuditLog(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
        this.template = new JdbcTemplate(dataSource);
    }

    void append(List<PendingEntry> entries) {
        if (entries.isEmpty()) return;
        // Heads are locked in force order, so two cross-force commits in opposite directions cannot deadlock.
        Map<String, List<PendingEntry>> byForce = new TreeMap<>();
        entries.forEach(entry -> byForce.computeIfAbsent(entry.force(), f -> new ArrayList<>()).add(entry));
        var transactionForce = ForceScopedTransactionManager.currentTransactionForce();
        byForce.forEach((force, rows) -> {
            // Row-level security lets a transaction write only its own force's rows; a disclosure by another force is
            // written with the transaction switched to that force for the moment it takes.
            if (!force.equals(ForceScopedTransactionManager.currentTransactionForce()))
                ForceScopedTransactionManager.switchTransactionTo(dataSource, ForceId.of(force));
            appendToChainOf(force, rows);
        });
        if (!transactionForce.isEmpty() && !transactionForce.equals(ForceScopedTransactionManager.currentTransactionForce()))
            ForceScopedTransactionManager.switchTransactionTo(dataSource, ForceId.of(transactionForce));
    }

    private void appendToChainOf(String force, List<PendingEntry> entries) {
        // The no-op update takes the row lock and returns the head as it is; a new force's chain starts at its genesis.
        var head = jdbc.sql("""
                INSERT INTO audit_chain_head (force_id, last_seq, last_hash) VALUES (:force, 0, :genesis)
                ON CONFLICT (force_id) DO UPDATE SET last_seq = audit_chain_head.last_seq
                RETURNING last_seq, last_hash
                """)
                .param("force", force).param("genesis", ChainHash.genesis(force))
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).single();
        var hash = new ChainHash();
        var rows = new ArrayList<Object[]>(entries.size());
        long seq = head.seq();
        String previous = head.hash();
        for (var entry : entries) {
            seq++;
            var current = hash.of(previous, force, seq, entry);
            rows.add(new Object[] {force, seq, entry.eventId(), Timestamp.from(entry.at()), entry.actorId(),
                    entry.actorName(), entry.actorForce(), entry.actorRoles(), entry.operation(), entry.recordType(),
                    entry.recordId(), entry.channel(), entry.purpose(), entry.recipient(), entry.fieldsChanged(),
                    previous, current});
            previous = current;
        }
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            var chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            var last = chunk.get(chunk.size() - 1);
            insertAndMoveHead(force, chunk, (long) last[1], (String) last[COLUMN_COUNT - 1]);
        }
    }

    private void insertAndMoveHead(String force, List<Object[]> rows, long lastSeq, String lastHash) {
        var placeholders = "(" + String.join(", ", Collections.nCopies(COLUMN_COUNT, "?")) + ")";
        var sql = "WITH appended AS (INSERT INTO audit_event (" + COLUMNS + ") VALUES "
                + String.join(", ", Collections.nCopies(rows.size(), placeholders)) + " RETURNING 1) "
                + "UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE force_id = ?";
        var arguments = new ArrayList<Object>(rows.size() * COLUMN_COUNT + 3);
        rows.forEach(row -> arguments.addAll(Arrays.asList(row)));
        arguments.add(lastSeq);
        arguments.add(lastHash);
        arguments.add(force);
        template.update(sql, arguments.toArray());
    }

    private record Head(long seq, String hash) {
    }
}
