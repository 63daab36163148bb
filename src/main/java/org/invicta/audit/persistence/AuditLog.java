package org.invicta.audit.persistence;

import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ArrayList;
import javax.sql.DataSource;
import org.invicta.audit.chain.ChainHash;
import org.invicta.audit.chain.PendingEntry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Appends chained rows to each force's audit chain. The application role may insert and read, nothing more. */
@Repository
class AuditLog {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    AuditLog(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
        this.batch = new JdbcTemplate(dataSource);
    }

    void append(List<PendingEntry> entries) {
        if (entries.isEmpty()) return;
        Map<String, List<PendingEntry>> byForce = new LinkedHashMap<>();
        entries.forEach(entry -> byForce.computeIfAbsent(entry.force(), f -> new ArrayList<>()).add(entry));
        var transactionForce = jdbc.sql("SELECT current_setting('invicta.force_id', true)").query(String.class).optional()
                .orElse("");
        byForce.forEach(this::appendToChainOf);
        jdbc.sql("SELECT set_config('invicta.force_id', :force, true)").param("force", transactionForce)
                .query(String.class).single();
    }

    private void appendToChainOf(String force, List<PendingEntry> entries) {
        jdbc.sql("SELECT set_config('invicta.force_id', :force, true)").param("force", force).query(String.class).single();
        jdbc.sql("INSERT INTO audit_chain_head (force_id, last_seq, last_hash) VALUES (:force, 0, :genesis) ON CONFLICT DO NOTHING")
                .param("force", force).param("genesis", ChainHash.genesis(force)).update();
        var head = jdbc.sql("SELECT last_seq, last_hash FROM audit_chain_head WHERE force_id = :force FOR UPDATE")
                .param("force", force)
                .query((rs, n) -> new Head(rs.getLong("last_seq"), rs.getString("last_hash"))).single();
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
        batch.batchUpdate("""
                INSERT INTO audit_event (force_id, seq, event_id, at, actor_id, actor_name, actor_force, actor_roles,
                                         operation, record_type, record_id, channel, purpose, recipient,
                                         fields_changed, prev_hash, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, rows);
        jdbc.sql("UPDATE audit_chain_head SET last_seq = :seq, last_hash = :hash WHERE force_id = :force")
                .param("seq", seq).param("hash", previous).param("force", force).update();
    }

    private record Head(long seq, String hash) {
    }
}
