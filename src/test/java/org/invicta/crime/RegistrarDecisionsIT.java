package org.invicta.crime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.invicta.Http;
import org.invicta.InvictaIT;
import org.invicta.organisation.TestForces;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The Force Crime Registrar's decisions: each needs its reason, keeps what the crime was, and loses no concurrent change. */
@InvictaIT
class RegistrarDecisionsIT {

    @LocalServerPort
    int port;
    @Autowired
    TestForces forces;

    @Test
    void aReclassificationKeepsTheOldClassAndItsReasonAndAStaleOneIsRefused() {
        var force = forces.create();
        var registrar = force.user("CRIME_REGISTRAR");
        var http = new Http(port);
        var crime = shoplifting(http, force.user("RESPONSE_OFFICER"));

        var changed = http.send("POST", "/api/v1/crimes/" + crime + "/reclassification", registrar,
                Map.of("classification", "34A/0", "reason", "Force used on the security guard: robbery of business property"),
                Map.of("If-Match", "\"1\""));
        var stale = http.send("POST", "/api/v1/crimes/" + crime + "/reclassification", registrar,
                Map.of("classification", "49/0", "reason", "second thoughts"), Map.of("If-Match", "\"1\""));

        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("classification").get("code").asString()).isEqualTo("34A/0");
        assertThat(changed.json().get("category").asString()).isEqualTo("robbery");
        assertThat(stale.status()).as("the registrar read version 1; it is now 2").isEqualTo(409);
        var decisions = http.get("/api/v1/crimes/" + crime + "/decisions", registrar).json();
        assertThat(decisions).singleElement().satisfies(decision -> {
            assertThat(decision.get("kind").asString()).isEqualTo("RECLASSIFIED");
            assertThat(decision.get("fromCode").asString()).isEqualTo("46/0");
            assertThat(decision.get("toCode").asString()).isEqualTo("34A/0");
            assertThat(decision.get("reason").asString()).contains("security guard");
        });
        assertThat(http.get("/api/v1/crimes?q=robbery", registrar).json().findValuesAsString("id")).contains(crime);
    }

    @Test
    void cancellationNeedsAListedReasonAndTheVerifiableInformationAndOnlyTheRegistrarMayDecide() {
        var force = forces.create();
        var officer = force.user("RESPONSE_OFFICER");
        var registrar = force.user("CRIME_REGISTRAR");
        var http = new Http(port);
        var crime = shoplifting(http, officer);
        var cancel = "/api/v1/crimes/" + crime + "/cancellation";

        var byOfficer = http.send("POST", cancel, officer, Map.of("reasonCode", "RECORDED_IN_ERROR",
                "additionalVerifiableInformation", "x"), Map.of("If-Match", "\"1\""));
        var noReason = http.send("POST", cancel, registrar, Map.of("additionalVerifiableInformation", "Till roll shows it was paid for"),
                Map.of("If-Match", "\"1\""));
        var noInformation = http.send("POST", cancel, registrar, Map.of("reasonCode", "NO_CRIME_AVI"), Map.of("If-Match", "\"1\""));
        var cancelled = http.send("POST", cancel, registrar, Map.of("reasonCode", "NO_CRIME_AVI",
                "additionalVerifiableInformation", "Till roll 4471 and CCTV show the razors were paid for at 14:02"), Map.of("If-Match", "\"1\""));

        assertThat(byOfficer.status()).isEqualTo(403);
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.body()).contains("reasonCode");
        assertThat(noInformation.body()).contains("additionalVerifiableInformation");
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(cancelled.json().get("status").asString()).isEqualTo("CANCELLED");
        var again = http.send("POST", "/api/v1/crimes/" + crime + "/transfer", registrar, Map.of("force", "essex", "reason", "x"),
                Map.of("If-Match", "\"2\""));
        assertThat(again.body()).as("a cancelled crime is not transferred").contains("only a recorded crime can be changed");
    }

    @Test
    void aCrimeIsTransferredOnlyToAnotherForceThatExists() {
        var force = forces.create();
        var registrar = force.user("CRIME_REGISTRAR");
        var http = new Http(port);
        var crime = shoplifting(http, force.user("RESPONSE_OFFICER"));

        var nowhere = http.send("POST", "/api/v1/crimes/" + crime + "/transfer", registrar, Map.of("force", "atlantis", "reason", "x"),
                Map.of("If-Match", "\"1\""));
        var transferred = http.send("POST", "/api/v1/crimes/" + crime + "/transfer", registrar,
                Map.of("force", "essex", "reason", "The shop is in Southend: Essex's crime"), Map.of("If-Match", "\"1\""));

        assertThat(nowhere.status()).isEqualTo(422);
        assertThat(transferred.json().get("status").asString()).isEqualTo("TRANSFERRED");
        assertThat(transferred.json().get("transferredTo").asString()).isEqualTo("essex");
    }

    private static String shoplifting(Http http, TestForces.TestUser officer) {
        return http.post("/api/v1/incidents", officer, Map.of("openingType", "Shoplifting", "place", Map.of("text", "Boots, High Street"),
                "narrative", "Razors taken", "offences", List.of(Map.of("classification", "46/0", "victimName", "Boots"))))
                .json().get("crimes").get(0).get("id").asString();
    }
}
