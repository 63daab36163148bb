package org.invicta.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Map;
import org.invicta.Http;
import org.invicta.organisation.TestForces.TestUser;
import org.invicta.shared.ForceId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crash loses no acknowledged write: Invicta and its PostgreSQL are killed with SIGKILL right after
 * acknowledging a change; after a restart the change and its audit row are there, and the audit chain
 * verifies. Then a row altered behind Invicta's back is named by {@code audit verify}.
 */
class CrashSafetyIT {

    private static final TestUser OFFICER = demo("kent.response-officer");
    private static final TestUser AUDITOR = demo("kent.auditor");

    @TempDir
    Path temp;

    @Test
    void anAcknowledgedChangeAndItsAuditRowSurviveKillNine() throws Exception {
        var dataDir = temp.resolve("data");
        var first = InvictaProcess.start(dataDir);
        var created = new Http(first.port()).post("/api/v1/people", OFFICER,
                Map.of("givenNames", "Survives", "surname", "Thecrash", "dateOfBirth", "1971-07-01"));
        assertThat(created.status()).isEqualTo(201);
        var id = created.json().get("id").asString();

        killWithItsDatabase(first, dataDir);

        var second = InvictaProcess.start(dataDir);
        try {
            var http = new Http(second.port());
            var read = http.get("/api/v1/people/" + id, OFFICER);
            assertThat(read.status()).isEqualTo(200);
            assertThat(read.json().get("surname").asString()).isEqualTo("Thecrash");
            var trail = http.get("/api/v1/audit/records/person/" + id, AUDITOR);
            assertThat(trail.status()).isEqualTo(200);
            assertThat(trail.body()).contains("\"COLLECT\"").contains("\"CONSULT\"");
            // The demo people a newcomer's tour searches for, loaded once and not again on the restart.
            var search = http.get("/api/v1/people?q=jon+smyth+1985", OFFICER);
            assertThat(search.json().get(0).get("person").get("dateOfBirth").asString()).isEqualTo("1985-03-07");
        } finally {
            second.stop();
        }

        var verified = InvictaProcess.command("audit", "verify", "--data-dir", dataDir.toString());
        assertThat(verified.exitCode()).as(verified.output()).isZero();
        assertThat(verified.output()).contains("audit chain intact");
    }

    @Test
    void auditVerifyNamesTheRowAlteredInTheDatabase() throws Exception {
        var dataDir = temp.resolve("data");
        var running = InvictaProcess.start(dataDir);
        long altered;
        try {
            var http = new Http(running.port());
            for (var name : new String[] {"Ann", "Bob", "Cat"})
                assertThat(http.post("/api/v1/people", OFFICER, Map.of("givenNames", name, "surname", "Tampered")).status())
                        .isEqualTo(201);
            var databasePort = Files.readAllLines(dataDir.resolve("postmaster.pid")).get(3).trim();
            try (var owner = DriverManager.getConnection("jdbc:postgresql://localhost:" + databasePort + "/invicta",
                    "postgres", "")) {
                var result = owner.createStatement().executeQuery("""
                        UPDATE audit_event SET actor_name = 'Nobody'
                         WHERE force_id = 'kent' AND seq = (SELECT max(seq) - 1 FROM audit_event WHERE force_id = 'kent')
                        RETURNING seq""");
                result.next();
                altered = result.getLong(1);
            }
        } finally {
            running.stop();
        }

        var verified = InvictaProcess.command("audit", "verify", "--data-dir", dataDir.toString());

        assertThat(verified.exitCode()).as(verified.output()).isEqualTo(1);
        assertThat(verified.output()).contains("BROKEN at force kent row " + altered + " ").contains("altered");
    }

    private static void killWithItsDatabase(InvictaProcess invicta, Path dataDir) throws Exception {
        var postmaster = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
        invicta.kill();
        ProcessHandle.of(postmaster).ifPresent(server -> {
            server.descendants().forEach(ProcessHandle::destroyForcibly);
            server.destroyForcibly();
            server.onExit().join();
        });
    }

    private static TestUser demo(String username) {
        return new TestUser(ForceId.of("kent"), new org.invicta.shared.UserId(java.util.UUID.randomUUID()), username,
                "invicta-demo-2026");
    }
}
