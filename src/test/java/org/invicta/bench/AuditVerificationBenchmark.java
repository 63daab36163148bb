package org.invicta.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.invicta.InvictaIT;
import org.invicta.audit.AuditChainVerification;
import org.invicta.audit.AuditQueries;
import org.invicta.organisation.TestForces;
import org.invicta.platform.security.SigningIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * How fast the audit trail can be checked and searched once it is large: one force's chain filled with
 * a million valid rows, then {@code AuditChainVerification.verify} (target ≥ 200,000 rows/s) and the two
 * auditor questions (target well under a second). Prints figures; asserts nothing about time.
 * {@code -Dbench.audit-rows=N} changes the size of the chain.
 */
@InvictaIT
class AuditVerificationBenchmark {

    private static final long ROWS = Long.getLong("bench.audit-rows", 1_000_000);
    private static final int ACTORS = 200;
    private static final int RECORDS = 50_000;
    private static final int VERIFICATIONS = 3;
    private static final int QUERIES = 50;

    @Autowired
    TestForces forces;
    @Autowired
    AuditChainVerification verification;
    @Autowired
    AuditQueries queries;
    @Autowired
    SigningIn signingIn;
    @Autowired
    @Qualifier("ownerDataSource")
    DataSource owner;

    @Test
    void verifyAndSearchALargeChain() throws Exception {
        var force = forces.create();
        var auditor = force.user("AUDITOR");
        var actors = randomIds(ACTORS);
        var records = randomIds(RECORDS).stream().map(UUID::toString).toList();

        var filling = System.nanoTime();
        new ChainFiller(owner, force.id(), actors, records).append(ROWS);
        // Autovacuum would analyse the table after a load this size; the planner needs it to pick the indexes.
        JdbcClient.create(owner).sql("ANALYZE audit_event").update();
        System.out.printf("%n=== Audit chain: %,d rows appended to one force's chain in %.1f s (%,d rows in the table) ===%n",
                ROWS, seconds(System.nanoTime() - filling), verification.rowCount());

        printVerification();
        printAuditorQueries(auditor.username(), aRecordLookedAt(force.id().value()), actors.get(0));
    }

    private void printVerification() throws Exception {
        System.out.printf("| %-28s | %10s | %9s | %11s | %14s |%n", "AuditChainVerification.verify", "rows", "s",
                "Java CPU s", "rows/s");
        System.out.printf("|%s|%n", "------------------------------|------------|-----------|-------------|----------------");
        var threads = ManagementFactory.getThreadMXBean();
        for (int run = 1; run <= VERIFICATIONS; run++) {
            var cpu = threads.getCurrentThreadCpuTime();
            var result = verification.verify(rows -> { });
            cpu = threads.getCurrentThreadCpuTime() - cpu;
            if (!result.intact()) throw new IllegalStateException("the filled chain does not verify: " + result.firstBroken());
            var seconds = result.took().toNanos() / 1e9;
            System.out.printf("| run %-24d | %,10d | %9.2f | %11.2f | %,14.0f |%n", run, result.rowsChecked(), seconds,
                    seconds(cpu), result.rowsChecked() / seconds);
        }
        // The rest of the wall time is this thread waiting for PostgreSQL to send the next rows.
        System.out.println("target: at least 200,000 rows/s. Java CPU: reading and hashing; the rest is waiting for PostgreSQL");
    }

    private void printAuditorQueries(String auditor, String record, UUID actor) {
        var principal = signingIn.loadUserByUsername(auditor);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        try {
            System.out.printf("%n| %-44s | %6s | %8s | %8s | %8s |%n", "auditor query, " + QUERIES + " calls, ms", "rows",
                    "p50", "p95", "max");
            System.out.printf("|%s|%n", "----------------------------------------------|--------|----------|----------|----------");
            time("actsOnRecord: who looked at this record", () -> queries.actsOnRecord("person", record).size());
            time("actsBy: what has this user looked at", () -> queries.actsBy(actor).size());
            System.out.println("target: well under a second (each call also writes its own CONSULT audit row)");
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static void time(String query, Supplier<Integer> call) {
        for (int i = 0; i < 5; i++) call.get(); // warm-up
        var latencies = new Latencies(QUERIES);
        int rows = 0;
        for (int i = 0; i < QUERIES; i++) {
            var started = System.nanoTime();
            rows = call.get();
            latencies.add(System.nanoTime() - started);
        }
        System.out.printf("| %-44s | %6d | %8.2f | %8.2f | %8.2f |%n", query, rows, latencies.percentileMillis(50),
                latencies.percentileMillis(95), latencies.percentileMillis(100));
    }

    private String aRecordLookedAt(String force) {
        return JdbcClient.create(owner).sql("""
                SELECT record_id FROM audit_event WHERE force_id = :force AND record_type = 'person'
                 GROUP BY record_id ORDER BY count(*) DESC LIMIT 1
                """).param("force", force).query(String.class).single();
    }

    private static List<UUID> randomIds(int count) {
        var ids = new ArrayList<UUID>(count);
        for (int i = 0; i < count; i++) ids.add(UUID.randomUUID());
        return ids;
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
