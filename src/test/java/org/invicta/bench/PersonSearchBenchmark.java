package org.invicta.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.invicta.InvictaIT;
import org.invicta.identity.PersonMatching;
import org.invicta.identity.PersonRecord;
import org.invicta.identity.matching.GivenNameVariants;
import org.invicta.identity.synthetic.SyntheticPopulation;
import org.invicta.organisation.TestForces;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Search and the entry check on a force holding a million people, over real HTTP through the real API
 * (access checks and CONSULT audit rows included), as a response officer signed in with a session.
 * The people come from a generated population with 10% duplicates: the first record of each true person
 * is loaded, the later ones, which carry the typing slips, nicknames and swapped names of real entry,
 * are what the search and the entry check are asked with. Targets: search p95 ≤ 50 ms for a name (with
 * typos or a year), ≤ 10 ms for an exact identifier (a PNC ID); the entry check p95 ≤ 100 ms. Prints
 * figures and asserts nothing about time. {@code -Dbench.people=1000000 -Dbench.queries=1000
 * -Dbench.warm-up=300 -Dbench.clients=4} change the size of the force and of each run.
 */
@InvictaIT
class PersonSearchBenchmark {

    private static final int PEOPLE = Integer.getInteger("bench.people", 1_000_000);
    private static final int QUERIES = Integer.getInteger("bench.queries", 1_000);
    private static final int WARM_UP = Integer.getInteger("bench.warm-up", 300);
    private static final int CLIENTS = Integer.getInteger("bench.clients", 4);
    private static final double DUPLICATE_RATE = 0.10;
    private static final double WITH_PNC_ID = 0.10;
    private static final long SEED = 20261202;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    TestForces forces;
    @Autowired
    PersonMatching matching;
    @Autowired
    @Qualifier("ownerDataSource")
    DataSource owner;

    private enum Kind {
        FUZZY("search, name (fuzzy)", 50), EXACT("search, PNC ID (exact)", 10), ENTRY("entry check (matches)", 100);

        final String label;
        final int targetP95;

        Kind(String label, int targetP95) {
            this.label = label;
            this.targetP95 = targetP95;
        }
    }

    /** One request to make, and the id of the person who ought to come back. */
    private record Probe(Kind kind, String request, String expected) {
        String send(SignedInSession session) {
            return kind == Kind.ENTRY ? session.postJson("/api/v1/people/matches", request)
                    : session.getJson("/api/v1/people?q=" + URLEncoder.encode(request, StandardCharsets.UTF_8));
        }
    }

    /** Latencies of a run, and where the expected person came in each answer. */
    private static final class Figures {
        final Latencies latencies;
        int first;
        int topThree;
        int anywhere;
        long shown;

        Figures(int expected) {
            latencies = new Latencies(expected);
        }

        void addAll(Figures other) {
            latencies.addAll(other.latencies);
            first += other.first;
            topThree += other.topThree;
            anywhere += other.anywhere;
            shown += other.shown;
        }
    }

    @Test
    void searchAndEntryCheckOnAMillionPeople() throws Exception {
        var force = forces.create();
        var officer = force.user("RESPONSE_OFFICER");

        var generating = System.nanoTime();
        var records = (int) Math.round(PEOPLE / (1 - DUPLICATE_RATE));
        var population = SyntheticPopulation.generate(records, DUPLICATE_RATE, SEED, GivenNameVariants.load());
        var random = new Random(SEED);
        var loaded = new ArrayList<PeopleFiller.Loaded>();
        var idOfTruePerson = new HashMap<String, UUID>();
        var duplicates = new ArrayList<Map.Entry<PersonRecord, UUID>>();
        for (int i = 0; i < population.records().size(); i++) {
            var record = population.records().get(i);
            var person = population.truePerson().get(i);
            if (idOfTruePerson.containsKey(person)) {
                duplicates.add(Map.entry(record, idOfTruePerson.get(person)));
                continue;
            }
            var id = new UUID(random.nextLong(), random.nextLong());
            idOfTruePerson.put(person, id);
            loaded.add(new PeopleFiller.Loaded(id, record, random.nextDouble() < WITH_PNC_ID ? pncId(loaded.size(), random) : null));
        }
        System.out.printf("%n=== Person search benchmark: %,d records generated (%,d people, %,d later records of them) in %.1f s ===%n",
                records, loaded.size(), duplicates.size(), seconds(System.nanoTime() - generating));

        var loading = System.nanoTime();
        var tables = new PeopleFiller(owner, force.id(), matching).load(loaded);
        var copied = seconds(System.nanoTime() - loading);
        // Autovacuum would get to a load this size in its own time, and in the middle of the measurement;
        // the planner needs the statistics, index-only scans the visibility map.
        var vacuuming = System.nanoTime();
        var jdbc = JdbcClient.create(owner);
        for (var table : List.of("person", "person_version", "person_name", "person_key"))
            jdbc.sql("VACUUM (ANALYZE) " + table).update();
        var vacuumed = seconds(System.nanoTime() - vacuuming);
        long rows = 0;
        for (var table : tables) {
            rows += table.rows();
            System.out.printf("  COPY %-15s %,10d rows in %6.1f s (%,9.0f rows/s)%n", table.name(), table.rows(),
                    seconds(table.nanos()), table.rows() / seconds(table.nanos()));
        }
        System.out.printf("  loaded %,d people (%,d rows in 4 tables) in %.1f s: %,.0f people/s, %,.0f rows/s; "
                        + "VACUUM ANALYZE %.1f s; person_name %s, person %s%n",
                loaded.size(), rows, copied, loaded.size() / copied, rows / copied, vacuumed,
                size(jdbc, "person_name"), size(jdbc, "person"));

        Collections.shuffle(duplicates, random);
        var withPnc = loaded.stream().filter(p -> p.pncId() != null).toList();
        var perRun = WARM_UP + 2 * QUERIES;
        var fuzzy = new ArrayList<Probe>();
        var exact = new ArrayList<Probe>();
        var entry = new ArrayList<Probe>();
        for (int i = 0; i < perRun; i++) {
            var typed = duplicates.get(i % duplicates.size());
            fuzzy.add(new Probe(Kind.FUZZY, searchText(typed.getKey(), random), typed.getValue().toString()));
            var held = withPnc.get(random.nextInt(withPnc.size()));
            exact.add(new Probe(Kind.EXACT, held.pncId(), held.id().toString()));
            var entered = duplicates.get((perRun + i) % duplicates.size());
            entry.add(new Probe(Kind.ENTRY, entryBody(entered.getKey()), entered.getValue().toString()));
        }

        var results = new LinkedHashMap<String, Figures>();
        var loadBefore = loadAverage();
        for (var probes : List.of(fuzzy, exact, entry)) {
            var kind = probes.get(0).kind();
            run(officer, probes.subList(0, WARM_UP), CLIENTS);
            results.put(kind.label + ", 1 client", run(officer, probes.subList(WARM_UP, WARM_UP + QUERIES), 1));
            results.put(kind.label + ", " + CLIENTS + " clients", run(officer, probes.subList(WARM_UP + QUERIES, perRun), CLIENTS));
        }
        print(results, loaded.size());
        // Other work on the same cores changes every figure: say how busy the machine was.
        System.out.printf("  load average %.2f before the runs, %.2f after, on %d cores%n", loadBefore, loadAverage(),
                Runtime.getRuntime().availableProcessors());
        System.out.printf("  e.g. fuzzy: %s | exact: %s%n", fuzzy.subList(WARM_UP, WARM_UP + 5).stream().map(Probe::request).toList(),
                exact.get(WARM_UP).request());
    }

    /** What an officer would type for a later record: the names as given, and half the time the year of birth. */
    private static String searchText(PersonRecord typed, Random random) {
        var text = typed.givenNames() + " " + typed.surname();
        return typed.dateOfBirth() != null && random.nextBoolean() ? text + " " + typed.dateOfBirth().getYear() : text;
    }

    /** The entry form as filled in for a later record: names, date of birth and address as given. */
    private static String entryBody(PersonRecord entered) {
        var body = new LinkedHashMap<String, Object>();
        body.put("givenNames", entered.givenNames());
        body.put("surname", entered.surname());
        if (entered.dateOfBirth() != null) body.put("dateOfBirth", entered.dateOfBirth().toString());
        if (!entered.address().isEmpty() || !entered.postcode().isEmpty())
            body.put("addresses", List.of(Map.of("line", entered.address(), "postcode", entered.postcode(), "use", "HOME")));
        return JSON.writeValueAsString(body);
    }

    /**
     * A valid PNC ID, canonical {@code YYYY/NNNNNNNA}: the check letter is the last two digits of the
     * year and the 7-digit serial, mod 23, in the alphabet without I, O and S (as {@code PncIds} checks it).
     * The serial is the person's position, so no two people share one.
     */
    private static String pncId(int position, Random random) {
        var year = 1990 + random.nextInt(30);
        var serial = String.format("%07d", position);
        var check = "ZABCDEFGHJKLMNPQRTUVWXY".charAt((int) (Long.parseLong(String.format("%02d", year % 100) + serial) % 23));
        return year + "/" + serial + check;
    }

    // Each client has a session of its own, as each officer would; the probes are dealt out between them.
    private Figures run(TestForces.TestUser officer, List<Probe> probes, int clients) throws Exception {
        var pool = Executors.newFixedThreadPool(clients);
        try {
            var tasks = new ArrayList<Callable<Figures>>();
            for (int c = 0; c < clients; c++) {
                var session = SignedInSession.signIn(port, officer);
                var mine = new ArrayList<Probe>();
                for (int i = c; i < probes.size(); i += clients) mine.add(probes.get(i));
                tasks.add(() -> measure(session, mine));
            }
            var all = new Figures(probes.size());
            for (var task : pool.invokeAll(tasks)) all.addAll(task.get());
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Figures measure(SignedInSession session, List<Probe> probes) {
        var figures = new Figures(probes.size());
        for (var probe : probes) {
            var started = System.nanoTime();
            var answer = probe.send(session);
            figures.latencies.add(System.nanoTime() - started);
            var shown = JSON.readTree(answer);
            figures.shown += shown.size();
            for (int i = 0; i < shown.size(); i++) {
                if (!shown.get(i).get("person").get("id").asString().equals(probe.expected())) continue;
                if (i == 0) figures.first++;
                if (i < 3) figures.topThree++;
                figures.anywhere++;
                break;
            }
        }
        return figures;
    }

    private static void print(Map<String, Figures> results, int people) {
        System.out.printf("%n=== Person search and entry check, %,d people in one force, %,d requests a run (after %,d warm-up) ===%n",
                people, QUERIES, WARM_UP);
        System.out.printf("| %-34s | %8s | %8s | %8s | %10s | %7s | %7s | %7s | %6s |%n", "ms", "p50", "p95", "max", "target p95",
                "1st", "top 3", "shown", "mean n");
        System.out.printf("|%s|%n", "------------------------------------|----------|----------|----------|------------|"
                + "---------|---------|---------|--------");
        for (var result : results.entrySet()) {
            var f = result.getValue();
            var l = f.latencies;
            var kind = java.util.Arrays.stream(Kind.values()).filter(k -> result.getKey().startsWith(k.label)).findFirst().orElseThrow();
            var n = (double) l.count();
            System.out.printf("| %-34s | %8.2f | %8.2f | %8.2f | %10s | %6.1f%% | %6.1f%% | %6.1f%% | %6.1f |%n", result.getKey(),
                    l.percentileMillis(50), l.percentileMillis(95), l.percentileMillis(100),
                    "<= " + kind.targetP95 + (l.percentileMillis(95) <= kind.targetP95 ? "" : " !"),
                    100 * f.first / n, 100 * f.topThree / n, 100 * f.anywhere / n, f.shown / n);
        }
        System.out.println("  1st / top 3 / shown: how often the true person was first, in the first three, anywhere in the answer;"
                + " mean n: people shown per answer. '!' marks a p95 over its target.");
    }

    private static String size(JdbcClient jdbc, String table) {
        return jdbc.sql("SELECT pg_size_pretty(pg_total_relation_size(CAST(:t AS regclass)))").param("t", table)
                .query(String.class).single();
    }

    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
