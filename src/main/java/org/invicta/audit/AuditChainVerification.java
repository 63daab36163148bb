package org.invicta.audit;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongConsumer;
import javax.sql.DataSource;
import org.invicta.audit.chain.ChainHash;
import org.invicta.audit.chain.PendingEntry;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/**
 * Recomputes every force's chain from its first row and names the first row that does not follow:
 * a gap in the sequence, a previous-hash that is not the row before's, a hash that does not match the
 * row's content, or a chain head that does not match the last row. Reads as the schema owner, which
 * row-level security does not limit, so all forces are checked in one pass.
 */
@Service
public class AuditChainVerification {

    private final DataSource owner;

    AuditChainVerification(@Qualifier("ownerDataSource") DataSource owner) {
        this.owner = owner;
    }

    public record Result(long rowsChecked, int chains, Optional<BrokenRow> firstBroken, Duration took) {
        public boolean intact() {
            return firstBroken.isEmpty();
        }
    }

    public record BrokenRow(String force, long seq, String eventId, String problem) {
    }

    // Read by position below, in this order: a lookup by name for each of 17 columns of a million rows shows.
    private static final String CHAIN_IN_ORDER = """
            SELECT force_id, seq, event_id, at, actor_id, actor_name, actor_force, actor_roles, operation, record_type,
                   record_id, channel, purpose, recipient, fields_changed, prev_hash, hash
              FROM audit_event ORDER BY force_id, seq
            """;

    public long rowCount() throws SQLException {
        try (var connection = owner.getConnection(); var statement = connection.createStatement();
             var rs = statement.executeQuery("SELECT count(*) FROM audit_event")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    public Result verify(LongConsumer progress) throws SQLException {
        var started = System.nanoTime();
        var hash = new ChainHash();
        long rows = 0;
        try (var connection = owner.getConnection()) {
            connection.setAutoCommit(false); // PostgreSQL streams with a cursor only inside a transaction
            connection.setReadOnly(true);
            // Heads and rows from one snapshot: commits while a live database is verified are not false alarms.
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            var heads = heads(connection);
            try (var statement = connection.prepareStatement(CHAIN_IN_ORDER)) {
                statement.setFetchSize(5_000);
                try (var rs = statement.executeQuery()) {
                    String force = null;
                    long expectedSeq = 0;
                    String previous = null;
                    var seen = new HashSet<String>();
                    while (rs.next()) {
                        var rowForce = rs.getString(1);
                        if (!rowForce.equals(force)) {
                            var broken = headMismatch(force, expectedSeq, previous, heads);
                            if (broken.isPresent()) return result(rows, heads, broken, started);
                            force = rowForce;
                            seen.add(force);
                            expectedSeq = 0;
                            previous = ChainHash.genesis(force);
                        }
                        expectedSeq++;
                        var seq = rs.getLong(2);
                        var eventId = rs.getString(3);
                        String problem = null;
                        if (seq != expectedSeq) problem = "sequence gap: expected " + expectedSeq + ", found " + seq;
                        else if (!previous.equals(rs.getString(16)))
                            problem = "previous hash does not match row " + (seq - 1);
                        else if (!hash.of(previous, force, seq, entry(rs)).equals(rs.getString(17)))
                            problem = "content does not match its hash: the row was altered";
                        if (problem != null)
                            return result(rows, heads, Optional.of(new BrokenRow(force, seq, eventId, problem)), started);
                        previous = rs.getString(17);
                        if (++rows % 10_000 == 0) progress.accept(rows);
                    }
                    var broken = headMismatch(force, expectedSeq, previous, heads).or(() -> emptiedChain(seen, heads));
                    progress.accept(rows);
                    return result(rows, heads, broken, started);
                }
            } finally {
                connection.rollback();
            }
        }
    }

    private static Result result(long rows, Map<String, Head> heads, Optional<BrokenRow> broken, long started) {
        return new Result(rows, heads.size(), broken, Duration.ofNanos(System.nanoTime() - started));
    }

    // Rows deleted from the end of a chain leave a head that points past the last row.
    private static Optional<BrokenRow> headMismatch(String force, long lastSeq, String lastHash, Map<String, Head> heads) {
        if (force == null) return Optional.empty();
        var head = heads.get(force);
        if (head == null || head.seq() != lastSeq || !head.hash().equals(lastHash))
            return Optional.of(new BrokenRow(force, lastSeq, "", "chain head records row "
                    + (head == null ? "none" : head.seq()) + " as the last, but the chain ends at row " + lastSeq));
        return Optional.empty();
    }

    private static Optional<BrokenRow> emptiedChain(Set<String> seen, Map<String, Head> heads) {
        return heads.entrySet().stream().filter(head -> !seen.contains(head.getKey()) && head.getValue().seq() > 0)
                .findFirst().map(head -> new BrokenRow(head.getKey(), 1, "",
                        "chain head records " + head.getValue().seq() + " rows, but none is there"));
    }

    private static Map<String, Head> heads(Connection connection) throws SQLException {
        var heads = new HashMap<String, Head>();
        try (var statement = connection.createStatement();
             var rs = statement.executeQuery("SELECT force_id, last_seq, last_hash FROM audit_chain_head")) {
            while (rs.next()) heads.put(rs.getString(1), new Head(rs.getLong(2), rs.getString(3)));
        }
        return heads;
    }

    private static PendingEntry entry(ResultSet rs) throws SQLException {
        return new PendingEntry(rs.getString(1), rs.getObject(3, UUID.class), rs.getTimestamp(4).toInstant(),
                rs.getObject(5, UUID.class), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14),
                rs.getString(15));
    }

    private record Head(long seq, String hash) {
    }
}
