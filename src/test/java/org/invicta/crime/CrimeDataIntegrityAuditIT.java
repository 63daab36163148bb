package org.invicta.crime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.invicta.Http;
import org.invicta.InvictaIT;
import org.invicta.organisation.TestForces;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The registrar samples incidents, marks them, and reads recording accuracy as HMICFRS would compute it. */
@InvictaIT
class CrimeDataIntegrityAuditIT {

    @LocalServerPort
    int port;
    @Autowired
    TestForces forces;

    @Test
    void aSeededSampleIsFrozenMarkedAndGivesAccuracyWithItsIntervalByDistrictAndType() {
        var force = forces.create();
        var officer = force.user("RESPONSE_OFFICER");
        var registrar = force.user("CRIME_REGISTRAR");
        var http = new Http(port);
        for (int i = 0; i < 6; i++)
            http.post("/api/v1/incidents", officer, Map.of("openingType", "Shoplifting", "place", Map.of("text", "Shop " + i),
                    "narrative", "Goods taken", "offences", List.of(Map.of("classification", "46/0", "victimName", "Shop " + i))));
        for (int i = 0; i < 4; i++)
            http.post("/api/v1/incidents", officer, Map.of("openingType", "Concern for safety", "place", Map.of("text", "Park " + i),
                    "narrative", "Man shouting"));
        var today = LocalDate.now().toString();

        var drawn = http.post("/api/v1/crime-audits", registrar, Map.of("from", today, "to", today, "sampleSize", 8, "seed", 42));
        var again = http.post("/api/v1/crime-audits", registrar, Map.of("from", today, "to", today, "sampleSize", 8, "seed", 42));

        assertThat(drawn.status()).as(drawn.body()).isEqualTo(201);
        var items = drawn.json().get("items");
        assertThat(items).hasSize(8);
        assertThat(again.json().get("items").findValuesAsString("incidentId")).as("the same seed draws the same sample")
                .isEqualTo(items.findValuesAsString("incidentId"));
        assertThat(new HashSet<>(items.findValuesAsString("incidentId"))).hasSize(8);
        var audit = "/api/v1/crime-audits/" + drawn.json().get("id").asString();
        int missed = 0;
        for (var item : items) {
            var crimed = !item.get("crimes").asString().isEmpty();
            var verdict = crimed ? "CORRECTLY_RECORDED" : missed++ == 0 ? "SHOULD_HAVE_BEEN_RECORDED" : "CORRECTLY_NOT_RECORDED";
            var marked = http.put(audit + "/items/" + item.get("item").asInt(), registrar, Map.of("verdict", verdict), Map.of());
            assertThat(marked.status()).as(marked.body()).isEqualTo(200);
        }

        var result = http.get(audit, registrar).json();
        var recorded = (int) items.findValuesAsString("crimes").stream().filter(c -> !c.isEmpty()).count();
        assertThat(result.get("marked").asInt()).isEqualTo(8);
        assertThat(result.get("accuracy").get("correctlyRecorded").asInt()).isEqualTo(recorded);
        assertThat(result.get("accuracy").get("shouldHaveBeenRecorded").asInt()).isEqualTo(1);
        assertThat(result.get("accuracy").get("accuracy").asDouble()).isEqualTo(recorded / (recorded + 1.0));
        assertThat(result.get("accuracy").get("lower").asDouble()).isLessThan(result.get("accuracy").get("accuracy").asDouble());
        assertThat(result.get("byIncidentType").get("Shoplifting").get("shouldHaveBeenRecorded").asInt()).isZero();
        assertThat(result.get("byIncidentType").get("Concern for safety").get("shouldHaveBeenRecorded").asInt()).isEqualTo(1);
        assertThat(result.get("byDistrict").properties()).isNotEmpty();
        assertThat(http.put(audit + "/items/1", registrar, Map.of("verdict", "MAYBE"), Map.of()).status()).isIn(400, 422);
        assertThat(http.get(audit, forces.create().user("CRIME_REGISTRAR")).status()).as("another force's audit").isEqualTo(404);
    }
}
