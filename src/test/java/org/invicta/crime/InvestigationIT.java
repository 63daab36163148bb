package org.invicta.crime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.invicta.Http;
import org.invicta.InvictaIT;
import org.invicta.organisation.TestForces;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An investigator works a crime to its outcome; the outcomes that need a supervisor wait for one. */
@InvictaIT
class InvestigationIT {

    @LocalServerPort
    int port;
    @Autowired
    TestForces forces;

    @Test
    void aCrimeIsScreenedTaskedReviewedAndClosedWithAnOutcomeASupervisorSignsOff() {
        var force = forces.create();
        var officer = force.user("RESPONSE_OFFICER");
        var investigator = force.user("INVESTIGATOR");
        var supervisor = force.user("SUPERVISOR");
        var http = new Http(port);
        var suspect = http.recordPerson(officer, Map.of("givenNames", "Dean", "surname", "Carver", "dateOfBirth", "1991-02-03"));
        var crime = http.post("/api/v1/incidents", officer, Map.of("openingType", "Shoplifting", "place", Map.of("text", "Boots, High Street"),
                "narrative", "Razors taken", "people", List.of(Map.of("personId", suspect, "role", "SUSPECT")),
                "offences", List.of(Map.of("classification", "46/0", "victimName", "Boots")))).json().get("crimes").get(0).get("id").asString();
        var base = "/api/v1/crimes/" + crime;

        var allocated = http.send("POST", base + "/allocation", supervisor, Map.of("officer", investigator.id().toString()), Map.of("If-Match", "\"1\""));
        assertThat(allocated.status()).as(allocated.body()).isEqualTo(200);
        var screened = http.send("POST", base + "/screening", investigator, Map.of("decision", "SCREENED_IN",
                "factors", List.of("CCTV", "SUSPECT_NAMED"), "rationale", "Store CCTV shows the suspect"), Map.of("If-Match", "\"2\""));
        assertThat(screened.json().get("solvability").findValuesAsString("")).isEmpty();
        assertThat(screened.json().get("screening").asString()).isEqualTo("SCREENED_IN");
        var tasked = http.post(base + "/tasks", investigator, Map.of("description", "Seize the CCTV", "dueOn", LocalDate.now().plusDays(2).toString()));
        assertThat(tasked.status()).as(tasked.body()).isEqualTo(200);
        assertThat(http.get("/api/v1/tasks", investigator).json().findValuesAsString("description")).containsExactly("Seize the CCTV");
        assertThat(http.post(base + "/tasks/1/done", investigator, Map.of()).status()).isEqualTo(200);
        assertThat(http.get("/api/v1/tasks", investigator).json()).isEmpty();
        assertThat(http.post(base + "/reviews", supervisor, Map.of("note", "Good CCTV: arrest and interview")).status()).isEqualTo(200);
        assertThat(http.post(base + "/reviews", investigator, Map.of("note", "self review")).status()).as("reviews are supervisors'").isEqualTo(403);

        var withoutSuspect = http.send("POST", base + "/outcome", investigator, Map.of("outcome", "16", "rationale", "Victim withdrew",
                "victimTold", true), Map.of("If-Match", "\"3\""));
        assertThat(withoutSuspect.status()).isEqualTo(422);
        assertThat(withoutSuspect.body()).contains("suspectId");
        var set = http.send("POST", base + "/outcome", investigator, Map.of("outcome", "16", "rationale", "Store withdrew support on 4 May",
                "suspectId", suspect, "victimTold", true), Map.of("If-Match", "\"3\""));
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(set.json().get("outcome").get("state").asString()).isEqualTo("AWAITING_SIGN_OFF");
        assertThat(http.get(base, investigator).json().get("outcome").isNull()).as("not published until signed off").isTrue();
        assertThat(http.get("/api/v1/outcomes/awaiting-sign-off", supervisor).json().findValuesAsString("crimeNumber")).hasSize(1);

        var signed = http.send("POST", base + "/outcome/sign-off", supervisor, Map.of(), Map.of("If-Match", "\"4\""));
        assertThat(signed.status()).as(signed.body()).isEqualTo(200);
        assertThat(signed.json().get("outcome").get("state").asString()).isEqualTo("FINAL");
        assertThat(http.get(base, investigator).json().get("outcome").asString()).isEqualTo("unable-to-prosecute");
        assertThat(http.get("/api/v1/outcomes/awaiting-sign-off", supervisor).json()).isEmpty();
    }

    @Test
    void aChargeIsFinalAtOnceAndAStaleOutcomeIsRefused() {
        var force = forces.create();
        var officer = force.user("RESPONSE_OFFICER");
        var http = new Http(port);
        var suspect = http.recordPerson(officer, Map.of("givenNames", "Mia", "surname", "Lowther", "dateOfBirth", "1999-07-08"));
        var crime = http.post("/api/v1/incidents", officer, Map.of("openingType", "Theft", "place", Map.of("text", "Station"),
                "narrative", "Phone taken", "people", List.of(Map.of("personId", suspect, "role", "SUSPECT")),
                "offences", List.of(Map.of("classification", "39/0", "victimName", "Passenger")))).json().get("crimes").get(0).get("id").asString();

        var charged = http.send("POST", "/api/v1/crimes/" + crime + "/outcome", officer, Map.of("outcome", "1", "suspectId", suspect,
                "victimTold", true), Map.of("If-Match", "\"1\""));
        var stale = http.send("POST", "/api/v1/crimes/" + crime + "/outcome", officer, Map.of("outcome", "18", "rationale", "x",
                "victimTold", true), Map.of("If-Match", "\"1\""));

        assertThat(charged.json().get("outcome").get("state").asString()).isEqualTo("FINAL");
        assertThat(stale.status()).isEqualTo(409);
    }
}
