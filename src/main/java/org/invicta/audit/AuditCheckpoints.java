package org.invicta.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/**
 * Checkpoints of every force's chain (its last sequence number and hash), written to a file the
 * application cannot change later: a DPO's copy, a WORM store. A chain verified against them proves
 * it was neither cut short nor rewritten since, which the chain alone cannot prove to someone who
 * could rewrite it whole.
 */
@Service
public class AuditCheckpoints {

    private static final String HEADER = "force_id,seq,hash,taken_at";

    private final DataSource owner;
    private final Clock clock;

    AuditCheckpoints(@Qualifier("ownerDataSource") DataSource owner, Clock clock) {
        this.owner = owner;
        this.clock = clock;
    }

    public record Checkpoint(String force, long seq, String hash, Instant takenAt) {
    }

    public List<Checkpoint> take() throws SQLException {
        var now = clock.instant();
        var checkpoints = new ArrayList<Checkpoint>();
        try (var connection = owner.getConnection(); var statement = connection.createStatement();
             var rs = statement.executeQuery("SELECT force_id, last_seq, last_hash FROM audit_chain_head ORDER BY force_id")) {
            while (rs.next()) checkpoints.add(new Checkpoint(rs.getString(1), rs.getLong(2), rs.getString(3), now));
        }
        return checkpoints;
    }

    /** The first checkpointed row that is no longer in its chain with the hash it had. */
    public Optional<AuditChainVerification.BrokenRow> firstDeparture(List<Checkpoint> checkpoints) throws SQLException {
        try (var connection = owner.getConnection();
             var statement = connection.prepareStatement("SELECT hash FROM audit_event WHERE force_id = ? AND seq = ?")) {
            for (var checkpoint : checkpoints) {
                if (checkpoint.seq() == 0) continue;
                statement.setString(1, checkpoint.force());
                statement.setLong(2, checkpoint.seq());
                try (var rs = statement.executeQuery()) {
                    String problem = null;
                    if (!rs.next()) problem = "the row checkpointed at " + checkpoint.takenAt() + " is gone: the chain was cut short";
                    else if (!rs.getString(1).equals(checkpoint.hash()))
                        problem = "the row's hash differs from the checkpoint of " + checkpoint.takenAt() + ": the chain was rewritten";
                    if (problem != null)
                        return Optional.of(new AuditChainVerification.BrokenRow(checkpoint.force(), checkpoint.seq(), "", problem));
                }
            }
        }
        return Optional.empty();
    }

    public static void write(List<Checkpoint> checkpoints, Path file) throws IOException {
        var lines = new ArrayList<String>();
        lines.add(HEADER);
        checkpoints.forEach(c -> lines.add(c.force() + "," + c.seq() + "," + c.hash() + "," + c.takenAt()));
        var directory = file.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        var temporary = Files.createTempFile(directory, "checkpoint", ".part");
        Files.write(temporary, lines);
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Reads a checkpoint file, naming the line and the problem if it is not one. */
    public static List<Checkpoint> read(Path file) throws IOException {
        var lines = Files.readAllLines(file);
        if (lines.isEmpty() || !lines.get(0).equals(HEADER))
            throw new IllegalArgumentException(file + " line 1: expected the header " + HEADER);
        var checkpoints = new ArrayList<Checkpoint>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) continue;
            var fields = lines.get(i).split(",", -1);
            try {
                if (fields.length != 4 || !fields[2].matches("[0-9a-f]{64}")) throw new IllegalArgumentException();
                checkpoints.add(new Checkpoint(fields[0], Long.parseLong(fields[1]), fields[2], Instant.parse(fields[3])));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(file + " line " + (i + 1)
                        + ": expected force_id,seq,hash,taken_at with a 64-character hex hash and an ISO instant");
            }
        }
        return checkpoints;
    }
}
