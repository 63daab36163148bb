package org.invicta.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import javax.sql.DataSource;
import org.invicta.Http;
import org.invicta.InvictaIT;
import org.invicta.organisation.TestForces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the chain alone cannot show: someone with the owner's rights cutting it short and resetting its head. */
@InvictaIT
class AuditCheckpointsIT {

    @LocalServerPort
    int port;
    @Autowired
    TestForces forces;
    @Autowired
    AuditCheckpoints checkpoints;
    @Autowired
    AuditChainVerification verification;
    @Autowired
    @Qualifier("ownerDataSource")
    DataSource owner;
    @TempDir
    Path temp;

    @Test
    void aChainCutShortAndItsHeadResetDepartsFromTheCheckpointTakenBefore() throws Exception {
        var force = forces.create();
        var officer = force.user("RESPONSE_OFFICER");
        for (var name : new String[] {"One", "Two"})
            new Http(port).post("/api/v1/people", officer, Map.of("givenNames", name, "surname", "Checkpointed"));
        var file = temp.resolve("checkpoints.csv");
        AuditCheckpoints.write(checkpoints.take(), file);
        var kept = AuditCheckpoints.read(file);
        assertThat(checkpoints.firstDeparture(kept)).isEmpty();

        var jdbc = JdbcClient.create(owner);
        var last = jdbc.sql("SELECT * FROM audit_event WHERE force_id = :force ORDER BY seq DESC LIMIT 1")
                .param("force", force.id().value()).query().singleRow();
        var lastSeq = ((Number) last.get("seq")).longValue();
        jdbc.sql("DELETE FROM audit_event WHERE force_id = :force AND seq = :seq")
                .param("force", force.id().value()).param("seq", lastSeq).update();
        jdbc.sql("UPDATE audit_chain_head SET last_seq = :seq, last_hash = :hash WHERE force_id = :force")
                .param("seq", lastSeq - 1).param("hash", last.get("prev_hash")).param("force", force.id().value()).update();
        try {
            assertThat(verification.verify(rows -> { }).intact()).as("the chain alone still looks whole").isTrue();

            var departure = checkpoints.firstDeparture(kept).orElseThrow();

            assertThat(departure.force()).isEqualTo(force.id().value());
            assertThat(departure.seq()).isEqualTo(lastSeq);
            assertThat(departure.problem()).contains("cut short");
        } finally {
            var columns = String.join(", ", last.keySet());
            var insert = jdbc.sql("INSERT INTO audit_event (" + columns + ") VALUES (:" + String.join(", :", last.keySet()) + ")");
            for (var column : last.entrySet()) insert = insert.param(column.getKey(), column.getValue());
            insert.update();
            jdbc.sql("UPDATE audit_chain_head SET last_seq = :seq, last_hash = :hash WHERE force_id = :force")
                    .param("seq", lastSeq).param("hash", last.get("hash")).param("force", force.id().value()).update();
        }
    }
}
