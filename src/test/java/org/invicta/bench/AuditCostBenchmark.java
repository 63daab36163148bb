package org.invicta.bench;

import benchmark.unaudited.UnauditedReads;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.invicta.Http;
import org.invicta.InvictaIT;
import org.invicta.organisation.TestForces;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * What the s.62 audit row costs a person read over real HTTP: {@code GET /api/v1/people/{id}} against
 * the same read without its CONSULT row. Audited and unaudited requests alternate, so both see the same
 * machine, JIT and database state. Prints figures; asserts nothing about time. Target: p50 ratio ≤ 1.3.
 * Run with {@code ./mvnw -B -o verify -Pbench}; {@code -Dbench.reads=N} changes the number measured.
 */
@InvictaIT
@Import(UnauditedReads.class)
class AuditCostBenchmark {

    private static final int WARM_UP = Integer.getInteger("bench.warm-up", 2_000);
    private static final int READS = Integer.getInteger("bench.reads", 5_000);
    private static final int CLIENTS = Integer.getInteger("bench.clients", 4);

    @LocalServerPort
    int port;
    @Autowired
    TestForces forces;

    private record Paths(String audited, String unaudited) {
    }

    private record Figures(Latencies audited, Latencies unaudited) {
        Figures(int expected) {
            this(new Latencies(expected), new Latencies(expected));
        }

        void addAll(Figures other) {
            audited.addAll(other.audited);
            unaudited.addAll(other.unaudited);
        }
    }

    @Test
    void auditedAgainstUnauditedPersonReads() throws Exception {
        var officer = forces.create().user("RESPONSE_OFFICER");
        var person = new Http(port).recordPerson(officer,
                Map.of("givenNames", "Bench", "surname", "Mark", "dateOfBirth", "1990-02-03"));
        var paths = new Paths("/api/v1/people/" + person, "/api/v1/bench/unaudited-people/" + person);
        var session = SignedInSession.signIn(port, officer);

        alternate(session, paths, WARM_UP);
        print("1 client", alternate(session, paths, READS), READS);
        print(CLIENTS + " concurrent clients", concurrently(paths, officer), READS);
    }

    /** A, B, A, B...: each pair shares the moment it ran in. */
    private static Figures alternate(SignedInSession session, Paths paths, int reads) {
        var figures = new Figures(reads);
        for (int i = 0; i < reads; i++) {
            figures.audited.add(timed(session, paths.audited));
            figures.unaudited.add(timed(session, paths.unaudited));
        }
        return figures;
    }

    // Each client has a session of its own, as each user in a station would; together they make READS of each.
    private Figures concurrently(Paths paths, TestForces.TestUser officer) throws Exception {
        var pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            var clients = new ArrayList<Callable<Figures>>();
            for (int c = 0; c < CLIENTS; c++) {
                var session = SignedInSession.signIn(port, officer);
                clients.add(() -> alternate(session, paths, READS / CLIENTS));
            }
            var all = new Figures(READS);
            for (var client : pool.invokeAll(clients)) all.addAll(client.get());
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    private static long timed(SignedInSession session, String path) {
        var started = System.nanoTime();
        session.getJson(path);
        return System.nanoTime() - started;
    }

    private static void print(String run, Figures figures, int reads) {
        var a = figures.audited;
        var u = figures.unaudited;
        System.out.printf("%n=== Audit cost of a person read, %s, %,d reads of each (after %,d warm-up) ===%n", run, reads, WARM_UP);
        System.out.printf("| %-24s | %8s | %8s | %8s | %8s |%n", "ms", "p50", "p95", "p99", "mean");
        System.out.printf("|%s|%n", "--------------------------|----------|----------|----------|----------");
        row("audited (CONSULT row)", a.percentileMillis(50), a.percentileMillis(95), a.percentileMillis(99), a.meanMillis());
        row("unaudited", u.percentileMillis(50), u.percentileMillis(95), u.percentileMillis(99), u.meanMillis());
        System.out.printf("| %-24s | %7.2fx | %7.2fx | %7.2fx | %7.2fx |  (target p50 ratio <= 1.3x)%n", "ratio audited/unaudited",
                a.percentileMillis(50) / u.percentileMillis(50), a.percentileMillis(95) / u.percentileMillis(95),
                a.percentileMillis(99) / u.percentileMillis(99), a.meanMillis() / u.meanMillis());
    }

    private static void row(String name, double p50, double p95, double p99, double mean) {
        System.out.printf("| %-24s | %8.3f | %8.3f | %8.3f | %8.3f |%n", name, p50, p95, p99, mean);
    }
}
