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

/** The search box and the entry check, over real HTTP on the embedded database. */
@InvictaIT
class FindingPeopleIT {

    @LocalServerPort
    int port;
    @Autowired
    TestForces forces;

    @Test
    void searchFindsPeopleHoweverTheirNamesWereSpeltOrOrdered() {
        var force = forces.create();
        var officer = force.user("RESPONSE_OFFICER");
        var http = new Http(port);
        var jonSmyth = http.recordPerson(officer, Map.of("givenNames", "Jon", "surname", "Smyth", "dateOfBirth", "1985-03-07"));
        var billJones = http.recordPerson(officer, Map.of("givenNames", "Bill", "surname", "Jones", "dateOfBirth", "1970-06-21"));
        var swapped = http.recordPerson(officer, Map.of("givenNames", "Smith", "surname", "John", "dateOfBirth", "1962-11-02",
                "reasonForNewRecord", "a different man from Jon Smyth"));
        http.recordPerson(officer, Map.of("givenNames", "Priya", "surname", "Patel", "dateOfBirth", "1991-01-15"));

        assertThat(ids(search(http, officer, "John Smith"))).contains(jonSmyth, swapped);
        assertThat(ids(search(http, officer, "William Jones"))).containsExactly(billJones);
        assertThat(ids(search(http, officer, "john smith 1985"))).as("the year narrows it").containsExactly(jonSmyth);
        var first = search(http, officer, "John Smith 7/3/1985").get(0);
        assertThat(first.get("person").get("id").asString()).isEqualTo(jonSmyth);
        assertThat(first.get("supporting").toString()).contains("date of birth: same", "given name: known variant (nickname)");
    }

    @Test
    void searchNeverReturnsAnotherForcesPeople() {
        var ours = forces.create();
        var theirs = forces.create();
        var http = new Http(port);
        http.recordPerson(theirs.user("RESPONSE_OFFICER"), Map.of("givenNames", "John", "surname", "Smith", "dateOfBirth", "1985-03-07"));

        assertThat(search(http, ours.user("RESPONSE_OFFICER"), "John Smith 7/3/1985")).isEmpty();
        assertThat(search(http, theirs.user("RESPONSE_OFFICER"), "John Smith 7/3/1985")).hasSize(1);
    }

    @Test
    void creatingSomeoneAlreadyRecordedIsRefusedUntilAReasonIsGiven() {
        var force = forces.create();
        var officer = force.user("RESPONSE_OFFICER");
        var http = new Http(port);
        var existing = http.recordPerson(officer, Map.of("givenNames", "Margaret Ann", "surname", "Hollis", "dateOfBirth", "1948-05-02"));

        var again = http.post("/api/v1/people", officer, Map.of("givenNames", "Peggy", "surname", "Hollis", "dateOfBirth", "1948-02-05"));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("type").asString()).isEqualTo("/problems/possible-duplicate");
        assertThat(again.json().get("field").asString()).isEqualTo("reasonForNewRecord");
        var match = again.json().get("matches").get(0);
        assertThat(match.get("person").get("id").asString()).isEqualTo(existing);
        assertThat(match.get("strong").asBoolean()).isTrue();
        assertThat(match.get("supporting").toString()).contains("day and month swapped");
        assertThat(ids(search(http, officer, "Hollis"))).as("nothing was saved").containsExactly(existing);

        var anyway = http.post("/api/v1/people", officer, Map.of("givenNames", "Peggy", "surname", "Hollis",
                "dateOfBirth", "1948-02-05", "reasonForNewRecord", "Her twin sister, seen in person"));
        assertThat(anyway.status()).isEqualTo(201);
        assertThat(ids(search(http, officer, "Hollis"))).hasSize(2);
    }

    @Test
    void theEntryCheckOnItsOwnSavesNothing() {
        var force = forces.create();
        var officer = force.user("RESPONSE_OFFICER");
        var http = new Http(port);
        var existing = http.recordPerson(officer, Map.of("givenNames", "Dafydd", "surname", "Pritchard", "dateOfBirth", "1979-09-30"));

        var matches = http.post("/api/v1/people/matches", officer, Map.of("givenNames", "David", "surname", "Prichard"));

        assertThat(matches.status()).isEqualTo(200);
        assertThat(ids(matches.json())).containsExactly(existing);
        assertThat(http.post("/api/v1/people/matches", officer, Map.of("givenNames", "David")).json().get("field").asString())
                .isEqualTo("surname");
    }

    @Test
    void theMatchersParametersArePublishedWithTheirVersion() {
        var model = new Http(port).get("/api/v1/identity/model", forces.create().user("RESPONSE_OFFICER")).json();

        assertThat(model.get("version").asString()).startsWith("fellegi-sunter-1; learnt");
        var swapped = new ArrayList<JsonNode>();
        model.get("parameters").forEach(p -> {
            if (p.get("level").asString().equals("day and month swapped")) swapped.add(p);
        });
        assertThat(swapped).hasSize(1);
        assertThat(swapped.get(0).get("weight").asDouble()).as("a swapped day and month still counts for a match").isPositive();
        assertThat(swapped.get(0).get("m").asDouble()).isGreaterThan(swapped.get(0).get("u").asDouble());
    }

    private static List<JsonNode> search(Http http, org.invicta.organisation.TestForces.TestUser user, String query) {
        var response = http.get("/api/v1/people?q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8), user);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        var results = new ArrayList<JsonNode>();
        response.json().forEach(results::add);
        return results;
    }

    private static List<String> ids(List<JsonNode> results) {
        return results.stream().map(r -> r.get("person").get("id").asString()).toList();
    }

    private static List<String> ids(JsonNode results) {
        var list = new ArrayList<JsonNode>();
        results.forEach(list::add);
        return ids(list);
    }
}
