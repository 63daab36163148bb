package org.invicta.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.invicta.Http;
import org.invicta.InvictaIT;
import org.invicta.organisation.TestForces;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Merge and unmerge as a supervisor uses them over the API: nothing lost, everything reversible, no lost update. */
@InvictaIT
class MergeIT {

    @LocalServerPort
    int port;
    @Autowired
    TestForces forces;

    private final Http http = new Http(0);

    @Test
    void mergeThenUnmergeRestoresBothPeopleAndTheirLinksExactly() {
        var force = forces.create();
        var officer = force.user("RESPONSE_OFFICER");
        var supervisor = force.user("SUPERVISOR");
        var http = new Http(port);
        var a = http.recordPerson(officer, Map.of("givenNames", "Jonathan", "surname", "Ashworth", "dateOfBirth", "1980-01-09",
                "phones", List.of("01622 123456")));
        var b = http.recordPerson(officer, Map.of("givenNames", "Jon", "surname", "Ashworth", "dateOfBirth", "1980-09-01",
                "reasonForNewRecord", "not sure it is him", "identifiers", List.of(Map.of("type", "PNC_ID", "value", "81/154257C"))));
        link(http, officer, a, "crime", "CR-1", "victim");
        link(http, officer, b, "incident", "IN-7", "witness");
        var aBefore = read(http, officer, a);
        var bBefore = read(http, officer, b);

        var merged = http.post("/api/v1/people/merges", supervisor, Map.of("survivorId", a, "survivorVersion", 1,
                "mergedId", b, "mergedVersion", 1, "reason", "same PNC record, DOB day and month swapped"));
        assertThat(merged.status()).as(merged.body()).isEqualTo(201);
        var mergeId = merged.json().get("mergeId").asString();

        var oldId = http.get("/api/v1/people/" + b, officer);
        assertThat(oldId.status()).as("a merged person found by its old id is sent on").isEqualTo(307);
        assertThat(oldId.header("Location")).isEqualTo("/api/v1/people/" + a);
        assertThat(http.get("/api/v1/people?q=81/154257C", officer).json().findValuesAsString("id")).containsExactly(a);
        assertThat(roles(http.get("/api/v1/people/" + a + "/links", officer).json())).containsExactly("victim", "witness");
        link(http, officer, b, "stop", "ST-3", "subject");
        link(http, officer, a, "crime", "CR-9", "suspect");

        var undone = http.post("/api/v1/people/merges/" + mergeId + "/undo", supervisor, Map.of("reason", "PNC check: different men"));
        assertThat(undone.status()).as(undone.body()).isEqualTo(200);

        assertThat(withoutVersion(read(http, officer, a))).isEqualTo(withoutVersion(aBefore));
        assertThat(withoutVersion(read(http, officer, b))).isEqualTo(withoutVersion(bBefore));
        assertThat(roles(http.get("/api/v1/people/" + a + "/links", officer).json())).containsExactly("victim", "suspect");
        assertThat(roles(http.get("/api/v1/people/" + b + "/links", officer).json()))
                .as("a link made after the merge to the merged record goes back with it").containsExactly("witness", "subject");
        var audit = http.get("/api/v1/audit/records/person/" + b, force.user("AUDITOR")).json();
        assertThat(audit.findValuesAsString("operation")).contains("COMBINE");
    }

    @Test
    void aConcurrentEditDuringAMergeGetsAConflictNotALostUpdate() {
        var force = forces.create();
        var officer = force.user("RESPONSE_OFFICER");
        var supervisor = force.user("SUPERVISOR");
        var http = new Http(port);
        var a = http.recordPerson(officer, Map.of("givenNames", "Priya", "surname", "Chandra", "dateOfBirth", "1975-04-11"));
        var b = http.recordPerson(officer, Map.of("givenNames", "Priya", "surname", "Chandra", "dateOfBirth", "1975-04-11",
                "reasonForNewRecord", "check later"));
        var edited = http.put("/api/v1/people/" + b, officer, Map.of("givenNames", "Priya", "surname", "Chandra-Shah",
                "dateOfBirth", "1975-04-11"), Map.of("If-Match", "\"1\""));
        assertThat(edited.status()).isEqualTo(200);

        var merge = http.post("/api/v1/people/merges", supervisor, Map.of("survivorId", a, "survivorVersion", 1,
                "mergedId", b, "mergedVersion", 1, "reason", "same person"));

        assertThat(merge.status()).isEqualTo(409);
        var b2 = http.get("/api/v1/people/" + b, officer);
        assertThat(b2.status()).as("nothing was merged").isEqualTo(200);
        assertThat(b2.json().get("surname").asString()).as("the edit stands").isEqualTo("Chandra-Shah");
        assertThat(http.post("/api/v1/people/merges", officer, Map.of("survivorId", a, "survivorVersion", 1,
                "mergedId", b, "mergedVersion", 2, "reason", "same person")).status()).as("officers do not merge").isEqualTo(403);
        assertThat(http.put("/api/v1/people/" + b, officer, Map.of("givenNames", "P", "surname", "C"), Map.of()).status())
                .isEqualTo(428);
    }

    @Test
    void theReviewQueueOffersLikelyDuplicatesUntilAReviewerDecides() {
        var force = forces.create();
        var officer = force.user("RESPONSE_OFFICER");
        var supervisor = force.user("SUPERVISOR");
        var http = new Http(port);
        var a = http.recordPerson(officer, Map.of("givenNames", "Grace", "surname", "Nwosu", "dateOfBirth", "1992-12-03"));
        var b = http.recordPerson(officer, Map.of("givenNames", "Grace", "surname", "Nwosu", "dateOfBirth", "1992-03-12",
                "reasonForNewRecord", "gave a different date of birth"));
        var c = http.recordPerson(officer, Map.of("givenNames", "Gracie", "surname", "Nwosu", "dateOfBirth", "1992-12-03",
                "reasonForNewRecord", "sister?"));

        var queue = http.get("/api/v1/people/review", supervisor).json();
        assertThat(queue.size()).isGreaterThanOrEqualTo(2);
        assertThat(queue.get(0).get("matchProbability").asDouble()).isGreaterThanOrEqualTo(queue.get(1).get("matchProbability").asDouble());
        assertThat(queue.get(0).get("supporting").size()).isPositive();

        assertThat(http.post("/api/v1/people/review/not-the-same", supervisor, Map.of("a", a, "b", c)).status()).isEqualTo(204);
        http.post("/api/v1/people/review/scan", supervisor, Map.of());
        var pairs = new ArrayList<String>();
        http.get("/api/v1/people/review", supervisor).json()
                .forEach(p -> pairs.add(p.get("a").get("id").asString() + "+" + p.get("b").get("id").asString()));
        assertThat(pairs).as("a decided pair is not asked again").noneMatch(p -> p.contains(a) && p.contains(c));
        assertThat(pairs).anyMatch(p -> p.contains(a) && p.contains(b));
        assertThat(http.get("/api/v1/people/review", officer).status()).isEqualTo(403);
    }

    private static void link(Http http, TestForces.TestUser user, String person, String type, String subject, String role) {
        var response = http.post("/api/v1/people/" + person + "/links", user, Map.of("subjectType", type, "subjectId", subject, "role", role));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    private static JsonNode read(Http http, TestForces.TestUser user, String id) {
        var response = http.get("/api/v1/people/" + id, user);
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }

    private static String withoutVersion(JsonNode person) {
        return ((tools.jackson.databind.node.ObjectNode) person.deepCopy()).remove("version") == null ? "" : person.deepCopy().toString()
                .replaceAll("\"version\":\\d+", "");
    }

    private static List<String> roles(JsonNode links) {
        var roles = new ArrayList<String>();
        links.forEach(l -> roles.add(l.get("role").asString()));
        return roles;
    }
}
