package org.invicta.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import org.invicta.audit.chain.ChainHash;
import org.invicta.audit.chain.PendingEntry;
import org.invicta.shared.ForceId;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;

/**
 * Appends valid rows to one force's audit chain, fast: hashed with the real {@link ChainHash} so that
 * verification accepts them, and loaded with PostgreSQL's COPY as the schema owner. The acts look like
 * a force's working day: mostly officers consulting people, some recording and correcting them, spread
 * over many records and a couple of hundred officers so that the indexes are used as real data uses them.
 */
final class ChainFiller {

    private static final int ROWS_PER_COPY_CHUNK = 10_000;
    private static final String COLUMNS = "force_id, seq, event_id, at, actor_id, actor_name, actor_force, actor_roles, "
            + "operation, record_type, record_id, channel, purpose, recipient, fields_changed, prev_hash, hash";

    private final DataSource owner;
    private final ForceId force;
    private final List<UUID> actors;
    private final List<String> records;
    private final Random random = new Random(62); // the same rows every run
    private final ChainHash hash = new ChainHash();
    private Instant at = Instant.parse("2026-01-05T08:00:00Z");

    ChainFiller(DataSource owner, ForceId force, List<UUID> actors, List<String> records) {
        this.owner = owner;
        this.force = force;
        this.actors = actors;
        this.records = records;
    }

    /** Appends {@code rows} rows after the force's current head and moves the head, in one transaction. */
    void append(long rows) throws SQLException {
        try (var connection = owner.getConnection()) {
            connection.setAutoCommit(false);
            var head = lockHead(connection);
            var copy = connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY audit_event (" + COLUMNS + ") FROM STDIN");
            var chunk = new StringBuilder(ROWS_PER_COPY_CHUNK * 400);
            long seq = head.seq;
            String previous = head.hash;
            for (long i = 0; i < rows; i++) {
                var entry = nextEntry();
                var current = hash.of(previous, force.value(), ++seq, entry);
                appendLine(chunk, seq, entry, previous, current);
                previous = current;
                if (chunk.length() > ROWS_PER_COPY_CHUNK * 350) {
                    var bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
                    copy.writeToCopy(bytes, 0, bytes.length);
                    chunk.setLength(0);
                }
            }
            var bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            copy.endCopy();
            moveHead(connection, seq, previous);
            connection.commit();
        }
    }

    private PendingEntry nextEntry() {
        at = at.plus(1 + random.nextInt(30_000_000), ChronoUnit.MICROS);
        var actor = random.nextInt(actors.size());
        var roll = random.nextInt(100);
        var operation = roll < 85 ? "CONSULT" : roll < 95 ? "COLLECT" : "ALTER";
        return new PendingEntry(force.value(), new UUID(random.nextLong(), random.nextLong()), at, actors.get(actor),
                "Officer " + actor + " (" + force.value() + ".officer" + actor + ")", force.value(),
                actor % 10 == 0 ? "INVESTIGATOR" : "RESPONSE_OFFICER", operation, "person",
                records.get(random.nextInt(records.size())), random.nextInt(4) == 0 ? "API" : "UI", null, null,
                operation.equals("ALTER") ? "surname,dateOfBirth" : null);
    }

    private void appendLine(StringBuilder line, long seq, PendingEntry entry, String previous, String current) {
        field(line, force.value()).field(line, Long.toString(seq)).field(line, entry.eventId().toString())
                .field(line, entry.at().toString()).field(line, String.valueOf(entry.actorId()))
                .field(line, entry.actorName()).field(line, entry.actorForce()).field(line, entry.actorRoles())
                .field(line, entry.operation()).field(line, entry.recordType()).field(line, entry.recordId())
                .field(line, entry.channel()).field(line, entry.purpose()).field(line, entry.recipient())
                .field(line, entry.fieldsChanged()).field(line, previous);
        line.append(current).append('\n');
    }

    // COPY's text format: tab between columns, \N for NULL. The values made here hold no tab,
    // newline or backslash, so none needs escaping.
    private ChainFiller field(StringBuilder line, @Nullable String value) {
        line.append(value == null ? "\\N" : value).append('\t');
        return this;
    }

    private record Head(long seq, String hash) {
    }

    private Head lockHead(Connection connection) throws SQLException {
        try (var insert = connection.prepareStatement(
                "INSERT INTO audit_chain_head (force_id, last_seq, last_hash) VALUES (?, 0, ?) ON CONFLICT DO NOTHING")) {
            insert.setString(1, force.value());
            insert.setString(2, ChainHash.genesis(force.value()));
            insert.executeUpdate();
        }
        try (var select = connection.prepareStatement(
                "SELECT last_seq, last_hash FROM audit_chain_head WHERE force_id = ? FOR UPDATE")) {
            select.setString(1, force.value());
            try (var rs = select.executeQuery()) {
                rs.next();
                return new Head(rs.getLong(1), rs.getString(2));
            }
        }
    }

    private void moveHead(Connection connection, long seq, String hash) throws SQLException {
        try (var update = connection.prepareStatement(
                "UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE force_id = ?")) {
            update.setLong(1, seq);
            update.setString(2, hash);
            update.setString(3, force.value());
            update.executeUpdate();
        }
    }
}
