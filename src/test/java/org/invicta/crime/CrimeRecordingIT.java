package org.invicta.crime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.invicta.Http;
import org.invicta.InvictaIT;
import org.invicta.organisation.TestForces;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Recording crimes from incidents through the API, as a response officer and an investigator see it. */
@InvictaIT
class CrimeRecordingIT {

    @LocalServerPort
    int port;
    @Autowired
    TestForces forces;
    @Autowired
    @Qualifier("ownerDataSource")
    DataSource owner;

    @Test
    void anAssaultOnTwoPeopleIsTwoCrimesEachWithItsVictimTheSuspectAndTheNextCrimeNumber() {
        var force = forces.create();
        var officer = force.user("RESPONSE_OFFICER");
        var investigator = force.user("INVESTIGATOR");
        var http = new Http(port);
        var first = http.recordPerson(officer, Map.of("givenNames", "Ann", "surname", "Victim"));
        var second = http.recordPerson(officer, Map.of("givenNames", "Bob", "surname", "Victim"));
        var suspect = http.recordPerson(officer, Map.of("givenNames", "Sam", "surname", "Suspect"));

        var response = http.post("/api/v1/incidents", officer, Map.of(
                "channel", "CALL", "openingType", "Assault", "place", Map.of("text", "Outside the Crown", "postcode", "me141xx"),
                "narrative", "Two people punched outside the pub; one has a cut lip.",
                "people", List.of(Map.of("personId", suspect, "role", "SUSPECT")),
                "offences", List.of(Map.of("classification", "8N/0", "victimPersonId", first),
                        Map.of("classification", "105A/0", "victimPersonId", second),
                        Map.of("classification", "105A/0", "victimPersonId", first)),
                "allocateTo", investigator.id().toString()));

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        var crimes = response.json().get("crimes");
        assertThat(crimes).as("one crime per victim").hasSize(2);
        assertThat(crimes.get(0).get("number").asString()).isEqualTo(String.format("CR/000001/%02d", java.time.Year.now().getValue() % 100));
        assertThat(crimes.get(1).get("number").asString()).endsWith("000002/" + String.format("%02d", java.time.Year.now().getValue() % 100));
        assertThat(crimes.get(0).get("classification").get("code").asString()).as("the principal crime").isEqualTo("8N/0");
        assertThat(crimes.get(0).get("secondaryOffences").get(0).get("code").asString()).isEqualTo("105A/0");
        var incident = response.json().get("incident");
        assertThat(incident.get("status").asString()).isEqualTo("CRIME_RECORDED");
        assertThat(incident.get("place").get("postcode").asString()).isEqualTo("ME14 1XX");

        var crime = http.get("/api/v1/crimes/" + crimes.get(0).get("id").asString(), investigator).json();
        assertThat(crime.get("recordedInTime").asBoolean()).isTrue();
        assertThat(crime.get("people").findValuesAsString("role")).containsExactlyInAnyOrder("SUSPECT", "VICTIM");
        assertThat(crime.get("people").findValuesAsString("name")).contains("Ann VICTIM", "Sam SUSPECT").doesNotContain("Bob VICTIM");

        var mine = http.get("/api/v1/crimes?allocatedTo=me", investigator).json();
        assertThat(mine.findValuesAsString("number")).containsExactlyInAnyOrder(crimes.get(0).get("number").asString(),
                crimes.get(1).get("number").asString());
        assertThat(http.get("/api/v1/crimes", officer).json()).as("nothing is allocated to the officer").isEmpty();
    }

    @Test
    void aBadReportIsRefusedNamingTheFieldAndRecordsNothing() {
        var force = forces.create();
        var officer = force.user("RESPONSE_OFFICER");
        var http = new Http(port);

        var badPostcode = http.post("/api/v1/incidents", officer, Map.of("openingType", "Theft", "place", Map.of("postcode", "ME14"),
                "narrative", "Bike taken", "offences", List.of(Map.of("classification", "44/0", "victimName", "Owner"))));
        var unknownOffence = http.post("/api/v1/incidents", officer, Map.of("openingType", "Theft", "place", Map.of("text", "Station"),
                "narrative", "Bike taken", "offences", List.of(Map.of("classification", "999/9", "victimName", "Owner"))));
        var noVictim = http.post("/api/v1/incidents", officer, Map.of("openingType", "Theft", "place", Map.of("text", "Station"),
                "narrative", "Bike taken", "offences", List.of(Map.of("classification", "44/0"))));

        assertThat(badPostcode.status()).isEqualTo(422);
        assertThat(badPostcode.body()).contains("place.postcode", "not a UK postcode");
        assertThat(unknownOffence.body()).contains("offences[0].classification", "not a Home Office classification");
        assertThat(noVictim.body()).contains("name the victim");
        assertThat(JdbcClient.create(owner).sql("SELECT count(*) FROM incident WHERE force_id = :f").param("f", force.id().value())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aCrimeOfOneForceCannotBeReadListedOrFoundByNumberInAnother() {
        var kent = forces.create();
        var officer = kent.user("RESPONSE_OFFICER");
        var http = new Http(port);
        var reported = http.post("/api/v1/incidents", officer, Map.of("openingType", "Shoplifting", "place", Map.of("text", "Co-op"),
                "narrative", "Razors taken", "offences", List.of(Map.of("classification", "46/0", "victimName", "Co-op")),
                "allocateTo", officer.id().toString())).json();
        var crimeId = reported.get("crimes").get(0).get("id").asString();
        var number = reported.get("crimes").get(0).get("number").asString();
        var stranger = forces.create().user("INVESTIGATOR");

        assertThat(http.get("/api/v1/crimes/" + crimeId, stranger).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/incidents/" + reported.get("incident").get("id").asString(), stranger).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/crimes?number=" + number, stranger).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/crimes?number=" + number, officer).status()).isEqualTo(200);
        assertThat(http.get("/api/v1/crimes?q=co-op+shoplifting", officer).json().findValuesAsString("number")).containsExactly(number);
        assertThat(http.get("/api/v1/crimes?q=" + number, officer).json().findValuesAsString("number")).containsExactly(number);
        assertThat(http.get("/api/v1/crimes?q=co-op+shoplifting", stranger).json()).isEmpty();
        assertThat(http.get("/api/v1/crimes?q=co-op+burglary", officer).json()).as("every word must match").isEmpty();
        assertThat(http.get("/api/v1/incidents/awaiting-decision", stranger).json()).isEmpty();
        assertThat(http.get("/api/v1/crimes", officer).json()).hasSize(1);
    }

    @Test
    void anIncidentLeftOpenCountsDownAndIsClosedAsNoCrimeOnlyWithARationale() {
        var force = forces.create();
        var officer = force.user("RESPONSE_OFFICER");
        var http = new Http(port);
        var reported = http.post("/api/v1/incidents", officer, Map.of("channel", "FRONT_COUNTER", "openingType", "Suspicious circumstances",
                "place", Map.of("text", "Car park behind the station"), "narrative", "Man trying car doors")).json();
        var id = reported.get("incident").get("id").asString();

        var awaiting = http.get("/api/v1/incidents/awaiting-decision", officer).json();
        assertThat(awaiting.findValuesAsString("id")).containsExactly(id);
        assertThat(awaiting.get(0).get("recordingClock").asString()).matches("2[34] h \\d+ min left");

        var noReason = http.post("/api/v1/incidents/" + id + "/no-crime", officer, Map.of("nonCrimeRationale", " "));
        assertThat(noReason.status()).as("an If-Match is needed first").isEqualTo(428);
        var withoutRationale = http.send("POST", "/api/v1/incidents/" + id + "/no-crime", officer, Map.of("nonCrimeRationale", " "),
                Map.of("If-Match", "\"1\""));
        assertThat(withoutRationale.status()).isEqualTo(422);
        assertThat(withoutRationale.body()).contains("nonCrimeRationale");
        var closed = http.send("POST", "/api/v1/incidents/" + id + "/no-crime", officer,
                Map.of("nonCrimeRationale", "Owner of the car, locked out; confirmed by his keys and V5"), Map.of("If-Match", "\"1\""));
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(closed.json().get("status").asString()).isEqualTo("NO_CRIME");
        assertThat(http.get("/api/v1/incidents/awaiting-decision", officer).json()).isEmpty();
        var stale = http.send("POST", "/api/v1/incidents/" + id + "/no-crime", officer, Map.of("nonCrimeRationale", "again"),
                Map.of("If-Match", "\"1\""));
        assertThat(stale.status()).isIn(409, 422);
    }

    @Test
    void anOpenIncidentIsCrimedLaterAgainstItsPeopleWithItsLogKept() {
        var force = forces.create();
        var officer = force.user("RESPONSE_OFFICER");
        var http = new Http(port);
        var victim = http.recordPerson(officer, Map.of("givenNames", "Ruth", "surname", "Okonedo", "dateOfBirth", "1970-01-02"));
        var reported = http.post("/api/v1/incidents", officer, Map.of("channel", "CALL", "openingType", "Concern for safety",
                "place", Map.of("text", "14 Mill Lane"), "narrative", "Neighbour heard shouting",
                "people", List.of(Map.of("personId", victim, "role", "VICTIM")))).json();
        var id = reported.get("incident").get("id").asString();

        var logged = http.post("/api/v1/incidents/" + id + "/log", officer, Map.of("text", "Attended: she has a bruised arm, partner left"));
        var crimed = http.send("POST", "/api/v1/incidents/" + id + "/crimes", officer, // against the incident's victim: none named
                Map.of("offences", List.of(Map.of("classification", "8N/0"))), Map.of("If-Match", "\"1\""));
        var again = http.send("POST", "/api/v1/incidents/" + id + "/crimes", officer,
                Map.of("offences", List.of(Map.of("classification", "8N/0", "victimPersonId", victim))), Map.of("If-Match", "\"1\""));

        assertThat(logged.status()).as(logged.body()).isEqualTo(200);
        assertThat(crimed.status()).as(crimed.body()).isEqualTo(200);
        var crime = crimed.json().get("crimes").get(0);
        assertThat(crime.get("classification").get("code").asString()).isEqualTo("8N/0");
        assertThat(crime.get("recordedInTime").asBoolean()).isTrue();
        assertThat(crime.get("people").findValuesAsString("role")).containsExactly("VICTIM");
        assertThat(crime.get("people").findValuesAsString("name")).containsExactly("Ruth OKONEDO");
        assertThat(crimed.json().get("incident").get("status").asString()).isEqualTo("CRIME_RECORDED");
        assertThat(crimed.json().get("incident").get("log").findValuesAsString("text"))
                .containsExactly("Reported: Concern for safety", "Attended: she has a bruised arm, partner left", "Crime recorded: " + crime.get("number").asString());
        assertThat(again.status()).as("no longer open").isEqualTo(422);
        assertThat(http.get("/api/v1/incidents/awaiting-decision", officer).json()).isEmpty();
    }

    @Test
    void aCrimeLinksItsPropertyVehicleAndSceneAndDescribesHowItWasDone() {
        var force = forces.create();
        var officer = force.user("RESPONSE_OFFICER");
        var http = new Http(port);
        var crime = http.post("/api/v1/incidents", officer, Map.of("openingType", "Burglary", "place", Map.of("text", "3 Orchard Way"),
                "narrative", "Rear door forced, laptop taken", "offences", List.of(Map.of("classification", "28E/0", "victimName", "Householder"))))
                .json().get("crimes").get(0).get("id").asString();
        var laptop = http.post("/api/v1/items", officer, Map.of("kind", "PROPERTY", "description", "Silver laptop", "serialNumber", "SN-4471")).json().get("id").asString();
        var car = http.post("/api/v1/items", officer, Map.of("kind", "VEHICLE", "vrm", "GK21 XYZ", "make", "Ford", "colour", "Blue")).json().get("id").asString();
        var scene = http.post("/api/v1/locations", officer, Map.of("address", "3 Orchard Way, Maidstone", "postcode", "ME15 6AA")).json().get("id").asString();

        http.post("/api/v1/crimes/" + crime + "/links", officer, Map.of("kind", "ITEM", "id", laptop, "role", "STOLEN"));
        http.post("/api/v1/crimes/" + crime + "/links", officer, Map.of("kind", "ITEM", "id", car, "role", "USED"));
        var links = http.post("/api/v1/crimes/" + crime + "/links", officer, Map.of("kind", "LOCATION", "id", scene, "role", "SCENE"));
        var unknown = http.post("/api/v1/crimes/" + crime + "/links", officer, Map.of("kind", "ITEM", "id", java.util.UUID.randomUUID().toString(), "role", "STOLEN"));
        var described = http.put("/api/v1/crimes/" + crime + "/modus-operandi", officer, Map.of("modusOperandi", "Rear door forced with a bar"),
                Map.of("If-Match", "\"1\""));
        var stale = http.put("/api/v1/crimes/" + crime + "/modus-operandi", officer, Map.of("modusOperandi", "Through a window"),
                Map.of("If-Match", "\"1\""));

        assertThat(links.json().findValuesAsString("role")).containsExactlyInAnyOrder("STOLEN", "USED", "SCENE");
        assertThat(links.json().findValuesAsString("summary")).anySatisfy(s -> assertThat(s).contains("GK21XYZ"));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(described.status()).as(described.body()).isEqualTo(200);
        assertThat(stale.status()).as("a concurrent description is not overwritten").isEqualTo(409);
        assertThat(http.get("/api/v1/crimes/" + crime + "/links", forces.create().user("INVESTIGATOR")).status()).isEqualTo(404);
    }

    @Test
    void aRapeReportNotConfirmedIsKeptAsAnN100AndCanStillBecomeACrime() {
        var force = forces.create();
        var officer = force.user("INVESTIGATOR");
        var http = new Http(port);
        var id = http.post("/api/v1/incidents", officer, Map.of("channel", "ONLINE", "openingType", "Sexual offence",
                "place", Map.of("text", "Outside the force area"), "narrative", "Third-party report of a rape in Leeds"))
                .json().get("incident").get("id").asString();

        var noReason = http.send("POST", "/api/v1/incidents/" + id + "/n100", officer, Map.of("reason", ""), Map.of("If-Match", "\"1\""));
        var n100 = http.send("POST", "/api/v1/incidents/" + id + "/n100", officer,
                Map.of("reason", "Happened in West Yorkshire: transferred to them"), Map.of("If-Match", "\"1\""));

        assertThat(noReason.status()).isEqualTo(422);
        assertThat(n100.json().get("status").asString()).isEqualTo("N100");
        assertThat(http.get("/api/v1/incidents/n100", officer).json().findValuesAsString("id")).containsExactly(id);
        assertThat(http.get("/api/v1/incidents/awaiting-decision", officer).json()).as("not waiting: decided as an N100").isEmpty();
        var crimed = http.send("POST", "/api/v1/incidents/" + id + "/crimes", officer,
                Map.of("offences", List.of(Map.of("classification", "19C/0", "victimName", "The victim"))), Map.of("If-Match", "\"2\""));
        assertThat(crimed.status()).as(crimed.body()).isEqualTo(200);
        assertThat(crimed.json().get("crimes").get(0).get("classification").get("code").asString()).isEqualTo("19C/0");
    }
}
