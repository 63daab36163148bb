package org.invicta.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import org.invicta.Http;
import org.invicta.HttpCalls;
import org.invicta.InvictaIT;
import org.invicta.organisation.TestForces;
import org.invicta.organisation.TestForces.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint the application registers, tried by every role of its own force and, for endpoints
 * about one record, on a record of another force, and by nobody signed in. The rules below are the
 * specification: an endpoint added without a rule fails this test.
 */
@InvictaIT
class AuthorisationMatrixIT {

    private static final Set<String> ALL = Set.of("RESPONSE_OFFICER", "INVESTIGATOR", "SUPERVISOR", "CRIME_REGISTRAR",
            "FORCE_ADMIN", "AUDITOR");
    private static final Set<String> READ_PEOPLE = Set.of("RESPONSE_OFFICER", "INVESTIGATOR", "SUPERVISOR", "CRIME_REGISTRAR");
    private static final Set<String> RECORD_PEOPLE = Set.of("RESPONSE_OFFICER", "INVESTIGATOR", "SUPERVISOR");
    private static final Set<String> MERGE_PEOPLE = Set.of("SUPERVISOR");
    private static final Set<String> READ_POLE = READ_PEOPLE;
    private static final Set<String> RECORD_POLE = RECORD_PEOPLE;
    private static final Set<String> READ_CRIME = READ_PEOPLE;
    private static final Set<String> RECORD_CRIME = RECORD_PEOPLE;
    private static final Set<String> DECIDE_CRIME = Set.of("CRIME_REGISTRAR");
    private static final Set<String> SUPERVISE_CRIME = Set.of("SUPERVISOR");
    private static final Set<String> ADMIN = Set.of("FORCE_ADMIN");
    private static final Set<String> AUDIT = Set.of("AUDITOR");
    private static final Set<String> CROSS_FORCE = Set.of("INVESTIGATOR", "SUPERVISOR");

    enum Subject { NONE, PERSON, USER, DISTRICT, STATION, TEAM, ITEM, LOCATION, INCIDENT, CRIME, CRIME_AUDIT }

    /** Who may call an endpoint; {@code open} endpoints need no sign-in at all. */
    record Rule(boolean open, Set<String> roles, Subject subject) {
    }

    private static Rule open() {
        return new Rule(true, ALL, Subject.NONE);
    }

    private static Rule roles(Set<String> roles) {
        return new Rule(false, roles, Subject.NONE);
    }

    private static Rule onRecord(Set<String> roles, Subject subject) {
        return new Rule(false, roles, subject);
    }

    private static final Map<String, Rule> RULES = Map.ofEntries(
            Map.entry("GET /", roles(ALL)),
            Map.entry("GET /sign-in", open()),
            Map.entry("GET /accessibility", open()),
            Map.entry("GET /organisation", roles(ALL)),
            Map.entry("POST /organisation/districts", roles(ADMIN)),
            Map.entry("POST /organisation/stations", roles(ADMIN)),
            Map.entry("POST /organisation/teams", roles(ADMIN)),
            Map.entry("POST /organisation/audit-policy", roles(ADMIN)),
            Map.entry("GET /organisation/districts/{id}", onRecord(ADMIN, Subject.DISTRICT)),
            Map.entry("POST /organisation/districts/{id}", onRecord(ADMIN, Subject.DISTRICT)),
            Map.entry("GET /organisation/stations/{id}", onRecord(ADMIN, Subject.STATION)),
            Map.entry("POST /organisation/stations/{id}", onRecord(ADMIN, Subject.STATION)),
            Map.entry("GET /organisation/teams/{id}", onRecord(ADMIN, Subject.TEAM)),
            Map.entry("POST /organisation/teams/{id}", onRecord(ADMIN, Subject.TEAM)),
            Map.entry("GET /organisation/users", roles(ALL)),
            Map.entry("GET /organisation/users/new", roles(ADMIN)),
            Map.entry("POST /organisation/users", roles(ADMIN)),
            Map.entry("GET /organisation/users/{id}", onRecord(ADMIN, Subject.USER)),
            Map.entry("POST /organisation/users/{id}", onRecord(ADMIN, Subject.USER)),
            Map.entry("POST /organisation/users/{id}/unlock", onRecord(ADMIN, Subject.USER)),
            Map.entry("POST /organisation/users/{id}/password", onRecord(ADMIN, Subject.USER)),
            Map.entry("GET /audit", roles(AUDIT)),
            Map.entry("GET /audit/users/{id}", roles(AUDIT)),
            Map.entry("GET /my/history", roles(ALL)),
            Map.entry("GET /people/new", roles(RECORD_PEOPLE)),
            Map.entry("POST /people", roles(RECORD_PEOPLE)),
            Map.entry("GET /people/{id}", onRecord(READ_PEOPLE, Subject.PERSON)),
            Map.entry("POST /people/{id}/use", onRecord(RECORD_PEOPLE, Subject.PERSON)),
            Map.entry("POST /people/{id}/markers", onRecord(RECORD_PEOPLE, Subject.PERSON)),
            Map.entry("POST /people/{id}/aliases", onRecord(RECORD_PEOPLE, Subject.PERSON)),
            Map.entry("GET /people/search", roles(READ_PEOPLE)),
            Map.entry("GET /search", roles(ALL)),
            Map.entry("GET /api/v1/search", roles(ALL)),
            Map.entry("GET /api/v1/identity/model", roles(ALL)),
            Map.entry("POST /api/v1/items", roles(RECORD_POLE)),
            Map.entry("GET /api/v1/items/{id}", onRecord(READ_POLE, Subject.ITEM)),
            Map.entry("PUT /api/v1/items/{id}", onRecord(RECORD_POLE, Subject.ITEM)),
            Map.entry("GET /api/v1/items/{id}/history", onRecord(READ_POLE, Subject.ITEM)),
            Map.entry("POST /api/v1/locations", roles(RECORD_POLE)),
            Map.entry("GET /api/v1/locations/{id}", onRecord(READ_POLE, Subject.LOCATION)),
            Map.entry("PUT /api/v1/locations/{id}", onRecord(RECORD_POLE, Subject.LOCATION)),
            Map.entry("GET /api/v1/locations/{id}/history", onRecord(READ_POLE, Subject.LOCATION)),
            Map.entry("GET /people/review", roles(MERGE_PEOPLE)),
            Map.entry("POST /people/review/scan", roles(MERGE_PEOPLE)),
            Map.entry("GET /people/review/compare", roles(MERGE_PEOPLE)),
            Map.entry("POST /people/review/not-the-same", roles(MERGE_PEOPLE)),
            Map.entry("POST /people/merges", roles(MERGE_PEOPLE)),
            Map.entry("POST /people/merges/{id}/undo", roles(MERGE_PEOPLE)),
            Map.entry("GET /api/v1/people", roles(READ_PEOPLE)),
            Map.entry("POST /api/v1/people/matches", roles(RECORD_PEOPLE)),
            Map.entry("POST /api/v1/people/merges", roles(MERGE_PEOPLE)),
            Map.entry("POST /api/v1/people/merges/{id}/undo", roles(MERGE_PEOPLE)),
            Map.entry("GET /api/v1/people/{id}/merges", onRecord(READ_PEOPLE, Subject.PERSON)),
            Map.entry("GET /api/v1/people/review", roles(MERGE_PEOPLE)),
            Map.entry("POST /api/v1/people/review/scan", roles(MERGE_PEOPLE)),
            Map.entry("POST /api/v1/people/review/not-the-same", roles(MERGE_PEOPLE)),
            Map.entry("POST /api/v1/people/{id}/links", onRecord(RECORD_PEOPLE, Subject.PERSON)),
            Map.entry("GET /api/v1/people/{id}/links", onRecord(READ_PEOPLE, Subject.PERSON)),
            Map.entry("GET /api/v1/me", roles(ALL)),
            Map.entry("GET /incidents/new", roles(RECORD_CRIME)),
            Map.entry("POST /incidents", roles(RECORD_CRIME)),
            Map.entry("GET /incidents/{id}", onRecord(READ_CRIME, Subject.INCIDENT)),
            Map.entry("POST /incidents/{id}/crimes", onRecord(RECORD_CRIME, Subject.INCIDENT)),
            Map.entry("POST /incidents/{id}/no-crime", onRecord(RECORD_CRIME, Subject.INCIDENT)),
            Map.entry("POST /incidents/{id}/log", onRecord(RECORD_CRIME, Subject.INCIDENT)),
            Map.entry("GET /incidents/awaiting-decision", roles(READ_CRIME)),
            Map.entry("GET /crimes/{id}", onRecord(READ_CRIME, Subject.CRIME)),
            Map.entry("GET /crimes/mine", roles(READ_CRIME)),
            Map.entry("POST /crimes/{id}/outcome", onRecord(RECORD_CRIME, Subject.CRIME)),
            Map.entry("POST /crimes/{id}/tasks", onRecord(RECORD_CRIME, Subject.CRIME)),
            Map.entry("POST /crimes/{id}/outcome/sign-off", onRecord(SUPERVISE_CRIME, Subject.CRIME)),
            Map.entry("POST /crimes/{id}/allocation", onRecord(RECORD_CRIME, Subject.CRIME)),
            Map.entry("POST /crimes/{id}/screening", onRecord(RECORD_CRIME, Subject.CRIME)),
            Map.entry("POST /crimes/{id}/transfer", onRecord(DECIDE_CRIME, Subject.CRIME)),
            Map.entry("POST /crimes/{id}/reclassification", onRecord(DECIDE_CRIME, Subject.CRIME)),
            Map.entry("POST /crimes/{id}/cancellation", onRecord(DECIDE_CRIME, Subject.CRIME)),
            Map.entry("GET /outcomes/awaiting-sign-off", roles(SUPERVISE_CRIME)),
            Map.entry("GET /crimes", roles(ALL)),
            Map.entry("POST /api/v1/incidents", roles(RECORD_CRIME)),
            Map.entry("GET /api/v1/incidents/{id}", onRecord(READ_CRIME, Subject.INCIDENT)),
            Map.entry("GET /api/v1/incidents/awaiting-decision", roles(READ_CRIME)),
            Map.entry("POST /api/v1/incidents/{id}/no-crime", onRecord(RECORD_CRIME, Subject.INCIDENT)),
            Map.entry("POST /api/v1/incidents/{id}/crimes", onRecord(RECORD_CRIME, Subject.INCIDENT)),
            Map.entry("POST /api/v1/incidents/{id}/log", onRecord(RECORD_CRIME, Subject.INCIDENT)),
            Map.entry("POST /api/v1/incidents/{id}/n100", onRecord(RECORD_CRIME, Subject.INCIDENT)),
            Map.entry("GET /api/v1/incidents/n100", roles(READ_CRIME)),
            Map.entry("GET /api/v1/crimes", roles(READ_CRIME)),
            Map.entry("GET /api/v1/crimes/{id}", onRecord(READ_CRIME, Subject.CRIME)),
            Map.entry("GET /api/v1/crimes/classifications", roles(ALL)),
            Map.entry("GET /api/v1/crimes/cancellation-reasons", roles(ALL)),
            Map.entry("GET /api/v1/crimes/{id}/investigation", onRecord(READ_CRIME, Subject.CRIME)),
            Map.entry("POST /api/v1/crimes/{id}/links", onRecord(RECORD_CRIME, Subject.CRIME)),
            Map.entry("GET /api/v1/crimes/{id}/links", onRecord(READ_CRIME, Subject.CRIME)),
            Map.entry("PUT /api/v1/crimes/{id}/modus-operandi", onRecord(RECORD_CRIME, Subject.CRIME)),
            Map.entry("POST /api/v1/crimes/{id}/allocation", onRecord(RECORD_CRIME, Subject.CRIME)),
            Map.entry("POST /api/v1/crimes/{id}/screening", onRecord(RECORD_CRIME, Subject.CRIME)),
            Map.entry("POST /api/v1/crimes/{id}/tasks", onRecord(RECORD_CRIME, Subject.CRIME)),
            Map.entry("POST /api/v1/crimes/{id}/tasks/{task}/done", onRecord(RECORD_CRIME, Subject.CRIME)),
            Map.entry("POST /api/v1/crimes/{id}/reviews", onRecord(SUPERVISE_CRIME, Subject.CRIME)),
            Map.entry("POST /api/v1/crimes/{id}/outcome", onRecord(RECORD_CRIME, Subject.CRIME)),
            Map.entry("POST /api/v1/crimes/{id}/outcome/sign-off", onRecord(SUPERVISE_CRIME, Subject.CRIME)),
            Map.entry("GET /api/v1/tasks", roles(READ_CRIME)),
            Map.entry("GET /api/v1/outcomes/awaiting-sign-off", roles(SUPERVISE_CRIME)),
            Map.entry("GET /api/v1/outcome-types", roles(ALL)),
            Map.entry("POST /api/v1/crime-audits", roles(DECIDE_CRIME)),
            Map.entry("GET /api/v1/crime-audits", roles(DECIDE_CRIME)),
            Map.entry("GET /api/v1/crime-audits/{id}", onRecord(DECIDE_CRIME, Subject.CRIME_AUDIT)),
            Map.entry("PUT /api/v1/crime-audits/{id}/items/{item}", onRecord(DECIDE_CRIME, Subject.CRIME_AUDIT)),
            Map.entry("GET /crime-audits", roles(DECIDE_CRIME)),
            Map.entry("POST /crime-audits", roles(DECIDE_CRIME)),
            Map.entry("GET /crime-audits/{id}", onRecord(DECIDE_CRIME, Subject.CRIME_AUDIT)),
            Map.entry("GET /crime-audits/{id}/items/{item}", onRecord(DECIDE_CRIME, Subject.CRIME_AUDIT)),
            Map.entry("POST /crime-audits/{id}/items/{item}", onRecord(DECIDE_CRIME, Subject.CRIME_AUDIT)),
            Map.entry("POST /api/v1/crimes/{id}/reclassification", onRecord(DECIDE_CRIME, Subject.CRIME)),
            Map.entry("POST /api/v1/crimes/{id}/transfer", onRecord(DECIDE_CRIME, Subject.CRIME)),
            Map.entry("POST /api/v1/crimes/{id}/cancellation", onRecord(DECIDE_CRIME, Subject.CRIME)),
            Map.entry("GET /api/v1/crimes/{id}/decisions", onRecord(READ_CRIME, Subject.CRIME)),
            Map.entry("GET /maps/area.svg", roles(READ_POLE)),
            Map.entry("GET /api/v1/map/place", roles(READ_POLE)),
            Map.entry("POST /api/v1/people", roles(RECORD_PEOPLE)),
            Map.entry("GET /api/v1/people/{id}", onRecord(READ_PEOPLE, Subject.PERSON)),
            Map.entry("PUT /api/v1/people/{id}", onRecord(RECORD_PEOPLE, Subject.PERSON)),
            Map.entry("GET /api/v1/people/{id}/history", onRecord(READ_PEOPLE, Subject.PERSON)),
            Map.entry("GET /api/v1/organisation/districts", roles(ALL)),
            Map.entry("GET /api/v1/organisation/stations", roles(ALL)),
            Map.entry("GET /api/v1/organisation/teams", roles(ALL)),
            Map.entry("GET /api/v1/organisation/users", roles(ALL)),
            Map.entry("POST /api/v1/organisation/users", roles(ADMIN)),
            Map.entry("GET /api/v1/organisation/users/{id}", onRecord(ALL, Subject.USER)),
            Map.entry("PUT /api/v1/organisation/users/{id}", onRecord(ADMIN, Subject.USER)),
            Map.entry("GET /api/v1/audit/records/{type}/{id}", roles(AUDIT)),
            Map.entry("GET /api/v1/audit/users/{id}", roles(AUDIT)),
            Map.entry("GET /api/v1/audit/my-history", roles(ALL)),
            Map.entry("POST /api/v1/cross-force/person-consultations", roles(CROSS_FORCE)));

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    TestForces forces;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final Map<String, TestUser> users = new HashMap<>();
    private final Map<Subject, String> ownRecord = new HashMap<>();
    private final Map<Subject, String> otherRecord = new HashMap<>();
    private String otherForce;

    @BeforeEach
    void twoForces() {
        var own = forces.create();
        structureOf(own, "Home", ownRecord);
        ALL.forEach(role -> users.put(role, own.user(role)));
        ownRecord.put(Subject.USER, own.user("RESPONSE_OFFICER").id().toString());
        ownRecord.put(Subject.PERSON, personIn(users.get("RESPONSE_OFFICER")));
        polesIn(users.get("RESPONSE_OFFICER"), ownRecord);
        auditIn(users.get("CRIME_REGISTRAR"), ownRecord);
        var other = forces.create();
        otherForce = other.id().value();
        structureOf(other, "Away", otherRecord);
        var stranger = other.user("RESPONSE_OFFICER");
        otherRecord.put(Subject.USER, stranger.id().toString());
        otherRecord.put(Subject.PERSON, personIn(stranger));
        polesIn(stranger, otherRecord);
        auditIn(other.user("CRIME_REGISTRAR"), otherRecord);
    }

    private void polesIn(TestUser officer, Map<Subject, String> records) {
        var http = new Http(port);
        records.put(Subject.ITEM, http.post("/api/v1/items", officer, Map.of("kind", "VEHICLE", "vrm", "MX12ABC")).json().get("id").asString());
        records.put(Subject.LOCATION, http.post("/api/v1/locations", officer, Map.of("address", "1 Matrix Road")).json().get("id").asString());
        var reported = http.post("/api/v1/incidents", officer, incidentReport()).json();
        records.put(Subject.INCIDENT, reported.get("incident").get("id").asString());
        records.put(Subject.CRIME, reported.get("crimes").get(0).get("id").asString());
    }

    private void auditIn(TestUser registrar, Map<Subject, String> records) {
        var day = java.time.LocalDate.now().toString();
        records.put(Subject.CRIME_AUDIT, new Http(port).post("/api/v1/crime-audits", registrar,
                Map.of("from", day, "to", day, "sampleSize", 1)).json().get("id").asString());
    }

    private static Map<String, Object> incidentReport() {
        return Map.of("openingType", "Shoplifting", "place", Map.of("text", "Matrix Stores, High Street"),
                "narrative", "Matrix check", "offences", List.of(Map.of("classification", "46/0", "victimName", "Matrix Stores")));
    }

    @Test
    void everyRegisteredEndpointHasARuleAndEveryRuleAnEndpoint() {
        assertThat(registeredEndpoints()).containsExactlyInAnyOrderElementsOf(new TreeSet<>(RULES.keySet()));
    }

    @Test
    void eachRoleGetsExactlyWhatItsRuleAllowsInItsOwnForceAndNothingOfAnother() {
        var mismatches = new ArrayList<String>();
        var sessions = new HashMap<String, Session>();
        for (var endpoint : registeredEndpoints()) {
            var rule = RULES.get(endpoint);
            if (rule == null) continue; // reported by the other test
            var anonymous = call(endpoint, null, null, ownRecord);
            if (!rule.open() && !refusesAnonymous(endpoint, anonymous))
                mismatches.add(endpoint + " served to nobody signed in: " + anonymous);
            for (var role : ALL) {
                var session = sessions.computeIfAbsent(role, r -> Session.signIn(port, users.get(r)));
                var status = call(endpoint, users.get(role), session, ownRecord);
                var allowed = rule.roles().contains(role);
                if (allowed && (status == 401 || status == 403 || status >= 500))
                    mismatches.add(endpoint + " refused " + role + " of its own force: " + status);
                if (!allowed && status != 403)
                    mismatches.add(endpoint + " did not refuse " + role + ": " + status);
                if (rule.subject() != Subject.NONE) {
                    var other = call(endpoint, users.get(role), session, otherRecord);
                    var expected = allowed ? 404 : 403;
                    if (other != expected)
                        mismatches.add(endpoint + " on another force's record by " + role + ": " + other
                                + " (expected " + expected + ")");
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    private static boolean refusesAnonymous(String endpoint, int status) {
        // The API answers 401, or 403 when a write without credentials fails the CSRF check; pages go to sign-in.
        return endpoint.contains(" /api/") ? status == 401 || status == 403 : status == 302 || status == 401 || status == 403;
    }

    private List<String> registeredEndpoints() {
        var endpoints = new TreeSet<String>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            if (!mapping.getValue().getBeanType().getPackageName().startsWith("org.invicta")) continue;
            var methods = mapping.getKey().getMethodsCondition().getMethods();
            for (var pattern : mapping.getKey().getPathPatternsCondition().getPatternValues())
                for (var method : methods.isEmpty() ? Set.of(org.springframework.web.bind.annotation.RequestMethod.GET) : methods)
                    endpoints.add(method.name() + " " + pattern);
        }
        return List.copyOf(endpoints);
    }

    private int call(String endpoint, TestUser user, Session session, Map<Subject, String> records) {
        var method = endpoint.substring(0, endpoint.indexOf(' '));
        var rule = RULES.get(endpoint);
        var recordId = records.get(rule == null || rule.subject() == Subject.NONE ? Subject.PERSON : rule.subject());
        var path = endpoint.substring(endpoint.indexOf(' ') + 1)
                .replace("{type}", "person").replace("{id}", recordId == null ? UUID.randomUUID().toString() : recordId)
                .replace("{item}", "1").replace("{task}", "1");
        if (path.startsWith("/api/")) return new Http(port).send(method, path, user, apiBody(method, path), Map.of("If-Match", "\"1\"")).status();
        if (session == null) return Session.anonymous(port).send(method, path);
        return session.send(method, path);
    }

    private Object apiBody(String method, String path) {
        if (method.equals("GET")) return null;
        if (path.contains("/cross-force/"))
            return Map.of("force", otherForce, "personId", otherRecord.get(Subject.PERSON), "justification", "matrix check");
        if (path.contains("/people")) return Map.of("givenNames", "Matrix", "surname", "Check");
        if (path.endsWith("/no-crime")) return Map.of("nonCrimeRationale", "matrix check");
        if (path.endsWith("/log")) return Map.of("text", "matrix check");
        if (path.endsWith("/n100")) return Map.of("reason", "matrix check");
        if (path.contains("/incidents/") && path.endsWith("/crimes")) return Map.of("offences", List.of());
        if (path.contains("/incidents")) return incidentReport();
        if (path.contains("/crime-audits")) return Map.of("from", "2026-01-01", "to", "2026-01-31", "sampleSize", 1, "verdict", "CORRECTLY_RECORDED");
        if (path.contains("/items")) return Map.of("kind", "VEHICLE", "vrm", "MX12ABC");
        if (path.contains("/locations")) return Map.of("address", "2 Matrix Road");
        return Map.of("username", "matrix." + UUID.randomUUID().toString().substring(0, 8), "displayName", "Matrix User",
                "rankOrGrade", "Police Constable", "vetting", "RV", "roles", List.of("RESPONSE_OFFICER"), "enabled", true,
                "initialPassword", "matrix-password-123", "version", 0);
    }

    // District ids are slugs of their names, unique within a force: the other force's is named apart.
    private static void structureOf(TestForces.TestForce force, String district, Map<Subject, String> records) {
        var team = force.addTeam(district);
        records.put(Subject.DISTRICT, district.toLowerCase());
        records.put(Subject.TEAM, team.toString());
        records.put(Subject.STATION, force.stationOf(team).toString());
    }

    private String personIn(TestUser officer) {
        return new Http(port).recordPerson(officer, Map.of("givenNames", "Record", "surname", "Holder"));
    }

    /** A browser-like session: cookies kept, the CSRF token sent with every form. */
    private record Session(HttpClient client, String base, String csrf) {

        static Session anonymous(int port) {
            return new Session(HttpClient.newBuilder().cookieHandler(new CookieManager()).build(),
                    "http://localhost:" + port, "");
        }

        static Session signIn(int port, TestUser user) {
            var session = anonymous(port);
            var token = session.csrfFrom("/sign-in");
            var form = "username=" + user.username() + "&password=" + user.password() + "&_csrf=" + token;
            var status = session.exchange(HttpRequest.newBuilder(URI.create(session.base + "/sign-in"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build()).statusCode();
            assertThat(status).as("sign-in of " + user.username()).isEqualTo(302);
            return new Session(session.client, session.base, session.csrfFrom("/"));
        }

        int send(String method, String path) {
            if (method.equals("GET"))
                return exchange(HttpRequest.newBuilder(URI.create(base + path)).GET().build()).statusCode();
            var form = "_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8) + "&version=0&password=short";
            return exchange(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .method(method, HttpRequest.BodyPublishers.ofString(form)).build()).statusCode();
        }

        private String csrfFrom(String path) {
            var page = exchange(HttpRequest.newBuilder(URI.create(base + path)).GET().build()).body();
            var token = CSRF.matcher(page);
            assertThat(token.find()).as("a CSRF token on " + path).isTrue();
            return token.group(1);
        }

        private HttpResponse<String> exchange(HttpRequest request) {
            return HttpCalls.send(client, request);
        }
    }
}
