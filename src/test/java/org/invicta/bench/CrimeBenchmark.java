package org.invicta.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.invicta.Http;
import org.invicta.InvictaIT;
import org.invicta.organisation.TestForces;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Crimes at a force's scale: a million crimes in one force, then over real HTTP (access checks and
 * CONSULT audit rows included) the investigator's list, crime search and opening a crime with 20 people
 * linked, and the weight of the recording form with everything it loads. Targets: list and search p95
 * ≤ 100 ms, opening p95 ≤ 50 ms, form ≤ 150 KB. Prints figures and asserts nothing about time.
 * {@code -Dbench.crimes=1000000 -Dbench.queries=500 -Dbench.clients=4}.
 */
@InvictaIT
class CrimeBenchmark {

    private static final int CRIMES = Integer.getInteger("bench.crimes", 1_000_000);
    private static final int QUERIES = Integer.getInteger("bench.queries", 500);
    private static final int WARM_UP = Integer.getInteger("bench.warm-up", 100);
    private static final int CLIENTS = Integer.getInteger("bench.clients", 4);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> TOWNS = List.of("Maidstone", "Canterbury", "Ashford", "Dover", "Folkestone", "Margate",
            "Ramsgate", "Gravesend", "Dartford", "Sevenoaks", "Tonbridge", "Sittingbourne", "Faversham", "Whitstable", "Deal",
            "Chatham", "Gillingham", "Rochester", "Tunbridge Wells", "Herne Bay");
    private static final List<String> STREETS = List.of("High Street", "Station Road", "Church Road", "London Road", "Park Road",
            "Victoria Road", "Green Lane", "Manor Road", "Church Street", "Queens Road", "New Road", "Grange Road", "Kings Road",
            "Mill Lane", "School Lane", "The Crescent", "Broadway", "Albert Road", "Stone Street", "Week Street", "Gabriel's Hill",
            "Pudding Lane", "Tonbridge Road", "Sandling Road", "Parking Area", "Supermarket", "Shopping Area", "Petrol Station",
            "Sports/recreation Area", "Nightclub");
    private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/[^\"]+\\.(?:css|js|png|svg|ico|woff2?))\"");

    @LocalServerPort
    int port;
    @Autowired
    TestForces forces;
    @Autowired
    @Qualifier("ownerDataSource")
    DataSource owner;

    @Test
    void investigatorsListSearchAndACrimeWithTwentyPeopleAmongAMillionCrimes() throws Exception {
        var force = forces.create();
        var officer = force.user("RESPONSE_OFFICER");
        var investigator = force.user("INVESTIGATOR");
        var jdbc = JdbcClient.create(owner);

        var filling = System.nanoTime();
        fill(jdbc, force.id().value(), investigator.id().value());
        var filled = seconds(System.nanoTime() - filling);
        var vacuuming = System.nanoTime();
        jdbc.sql("VACUUM (ANALYZE) crime").update();
        System.out.printf("%n=== Crime benchmark: %,d crimes filled in %.1f s (VACUUM ANALYZE %.1f s); crime with its indexes %s ===%n",
                CRIMES, filled, seconds(System.nanoTime() - vacuuming), size(jdbc, "crime"));

        var linked = crimeWithTwentyPeople(officer, investigator);
        var random = new Random(20261202);
        var perRun = WARM_UP + 2 * QUERIES;
        var searches = new ArrayList<String>();
        for (int i = 0; i < perRun; i++) searches.add(searchText(random));
        var numbers = jdbc.sql("SELECT crime_number FROM crime WHERE force_id = :f ORDER BY random() LIMIT :n")
                .param("f", force.id().value()).param("n", perRun).query(String.class).list();

        var results = new LinkedHashMap<String, Latencies>();
        measure(results, "investigator's list (100 crimes)", 100, investigator, repeat("/api/v1/crimes?allocatedTo=me", perRun));
        measure(results, "search, words of place and offence", 100, investigator,
                searches.stream().map(q -> "/api/v1/crimes?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)).toList());
        measure(results, "search, crime number", 100, investigator,
                numbers.stream().map(n -> "/api/v1/crimes?q=" + URLEncoder.encode(n, StandardCharsets.UTF_8)).toList());
        measure(results, "open a crime with 20 people linked", 50, investigator, repeat("/api/v1/crimes/" + linked, perRun));

        System.out.printf("%n| %-44s | %8s | %8s | %8s |%n", "ms (" + QUERIES + " requests a run)", "p50", "p95", "max");
        System.out.println("|----------------------------------------------|----------|----------|----------|");
        results.forEach((label, l) -> System.out.printf("| %-44s | %8.2f | %8.2f | %8.2f |%n", label, l.percentileMillis(50),
                l.percentileMillis(95), l.percentileMillis(100)));
        pageWeight(officer);
        System.out.printf("  e.g. searches: %s; load average %.2f on %d cores%n", searches.subList(0, 4),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }

    /** A million crimes spread over two years, 30 places in 20 towns, the 14 categories; 1 in 100 allocated to the investigator. */
    private static void fill(JdbcClient jdbc, String force, java.util.UUID investigator) {
        var towns = "ARRAY[" + String.join(",", TOWNS.stream().map(t -> "'" + t + "'").toList()) + "]";
        var streets = "ARRAY[" + String.join(",", STREETS.stream().map(s -> "'" + s.replace("'", "''") + "'").toList()) + "]";
        jdbc.sql("""
                INSERT INTO crime (force_id, crime_id, crime_number, source, category_code, month, reported_at, recorded_at, status,
                                   location_text, lsoa_code, lsoa_name, allocated_to, search_words, version, updated_at)
                SELECT force_id, gen_random_uuid(), crime_number, 'INCIDENT', category_code, month, reported_at, reported_at + interval '2 hours',
                       'RECORDED', location_text, lsoa_code, lsoa_name, allocated_to,
                       ARRAY(SELECT DISTINCT w FROM regexp_split_to_table(lower(regexp_replace(location_text, '^On or near ', '') || ' '
                                                        || lsoa_name || ' ' || category_name), '[^a-z0-9]+') AS w
                              WHERE length(w) > 1 AND w NOT IN ('on', 'or', 'near', 'of', 'the', 'and', 'to', 'in', 'at')) || lower(crime_number),
                       1, now()
                  FROM (SELECT :force AS force_id, 'CR/' || lpad((g / 2)::text, 6, '0') || '/' || (24 + g % 2) AS crime_number,
                               k.category_code, k.name AS category_name, date '2024-01-01' + ((g % 24) * interval '1 month') AS month,
                               now() - (g % 700) * interval '1 day' AS reported_at,
                               'On or near ' || (STREETS)[1 + g % 30] || ', ' || (TOWNS)[1 + (g / 30) % 20] AS location_text,
                               'E0' || (1000000 + g % 1000) AS lsoa_code,
                               (TOWNS)[1 + (g / 30) % 20] || ' ' || lpad((g % 17)::text, 3, '0') || 'A' AS lsoa_name,
                               CASE WHEN g % 100 = 0 THEN CAST(:investigator AS uuid) END AS allocated_to
                          FROM generate_series(1, :crimes) g
                          JOIN (SELECT category_code, name, row_number() OVER (ORDER BY position) - 1 AS n FROM crime_category) k
                            ON k.n = g % 14) generated
                """.replace("STREETS", streets).replace("TOWNS", towns))
                .param("force", force).param("crimes", CRIMES).param("investigator", investigator).update();
    }

    private String crimeWithTwentyPeople(TestForces.TestUser officer, TestForces.TestUser investigator) {
        var http = new Http(port);
        var people = new ArrayList<Map<String, Object>>();
        var given = List.of("Aaron", "Beatrice", "Cyril", "Delia", "Edmund", "Fiona", "Gareth", "Hilary", "Ivor", "Jocelyn", "Kieran",
                "Lorna", "Magnus", "Nerys", "Oswald", "Petra", "Quentin", "Rosalind", "Silas");
        var surnames = List.of("Abbott", "Bramley", "Cartwright", "Dunmore", "Ellison", "Fairbairn", "Goodchild", "Holloway", "Ingram",
                "Jephcott", "Kershaw", "Lockwood", "Mortimer", "Newbold", "Oakley", "Pemberton", "Quarrie", "Ridley", "Stanhope");
        for (int i = 0; i < 19; i++)
            people.add(Map.of("personId", http.recordPerson(officer, Map.of("givenNames", given.get(i), "surname", surnames.get(i),
                    "dateOfBirth", (1960 + i) + "-0" + (1 + i % 9) + "-1" + (i % 10))), "role", i < 10 ? "SUSPECT" : "WITNESS"));
        var victim = http.recordPerson(officer, Map.of("givenNames", "Linked", "surname", "Victim"));
        var reported = http.post("/api/v1/incidents", officer, Map.of("openingType", "Affray", "place", Map.of("text", "High Street"),
                "narrative", "A fight involving many people", "people", people,
                "offences", List.of(Map.of("classification", "8N/0", "victimPersonId", victim)),
                "allocateTo", investigator.id().toString()));
        var crime = reported.json().get("crimes").get(0);
        if (crime.get("people").size() != 20) throw new IllegalStateException("expected 20 people on the crime: " + crime);
        return crime.get("id").asString();
    }

    private static String searchText(Random random) {
        var town = TOWNS.get(random.nextInt(TOWNS.size()));
        var street = STREETS.get(random.nextInt(STREETS.size()));
        return switch (random.nextInt(3)) {
            case 0 -> street + " " + town;
            case 1 -> town + " shoplifting";
            default -> street + " " + town + " burglary";
        };
    }

    private static List<String> repeat(String path, int times) {
        return java.util.Collections.nCopies(times, path);
    }

    private void measure(Map<String, Latencies> results, String label, int target, TestForces.TestUser user, List<String> paths) throws Exception {
        run(user, paths.subList(0, WARM_UP), CLIENTS);
        results.put(label + ", 1 client (target " + target + ")", run(user, paths.subList(WARM_UP, WARM_UP + QUERIES), 1));
        results.put(label + ", " + CLIENTS + " clients", run(user, paths.subList(WARM_UP + QUERIES, WARM_UP + 2 * QUERIES), CLIENTS));
    }

    private Latencies run(TestForces.TestUser user, List<String> paths, int clients) throws Exception {
        var pool = Executors.newFixedThreadPool(clients);
        try {
            var tasks = new ArrayList<Callable<Latencies>>();
            for (int c = 0; c < clients; c++) {
                var session = SignedInSession.signIn(port, user);
                var mine = new ArrayList<String>();
                for (int i = c; i < paths.size(); i += clients) mine.add(paths.get(i));
                tasks.add(() -> {
                    var latencies = new Latencies(mine.size());
                    for (var path : mine) {
                        var started = System.nanoTime();
                        JSON.readTree(session.getJson(path));
                        latencies.add(System.nanoTime() - started);
                    }
                    return latencies;
                });
            }
            var all = new Latencies(paths.size());
            for (var task : pool.invokeAll(tasks)) all.addAll(task.get());
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The recording form and everything it loads, as sent (compressed where the server compresses) and unpacked. */
    private void pageWeight(TestForces.TestUser officer) throws Exception {
        var session = SignedInSession.signIn(port, officer);
        var html = session.getHtml("/incidents/new");
        var client = HttpClient.newHttpClient();
        long sent = html.sent(), unpacked = html.body().length();
        var assets = new java.util.TreeSet<String>();
        var matcher = ASSET.matcher(html.body());
        while (matcher.find()) assets.add(matcher.group(1));
        for (var asset : assets) {
            var response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + asset))
                    .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
            var gzipped = "gzip".equals(response.headers().firstValue("Content-Encoding").orElse(""));
            sent += response.body().length;
            unpacked += gzipped ? new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(response.body())).readAllBytes().length
                    : response.body().length;
        }
        System.out.printf("  recording form: %,d bytes sent, %,d unpacked, HTML and %d assets %s (target 150 KB)%n", sent, unpacked,
                assets.size(), assets);
    }

    private static String size(JdbcClient jdbc, String table) {
        return jdbc.sql("SELECT pg_size_pretty(pg_total_relation_size(CAST(:t AS regclass)))").param("t", table).query(String.class).single();
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
