package org.invicta.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.invicta.Http;
import org.invicta.InvictaIT;
import org.invicta.organisation.TestForces;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A crime of one force cannot be read, listed, searched or counted by another force's users, in the pages or the API. */
@InvictaIT
class CrimeIsolationJourneyIT {

    @LocalServerPort
    int port;
    @Autowired
    TestForces forces;

    @Test
    void anotherForcesOfficersCannotReadListSearchOrCountACrime() {
        var kent = forces.create();
        var officer = kent.user("RESPONSE_OFFICER");
        var http = new Http(port);
        var reported = http.post("/api/v1/incidents", officer, Map.of("openingType", "Shoplifting", "place", Map.of("text", "Zebrafield Stores"),
                "narrative", "Gin taken", "offences", List.of(Map.of("classification", "46/0", "victimName", "Zebrafield Stores")),
                "allocateTo", officer.id().toString())).json();
        var crime = reported.get("crimes").get(0);
        var essex = forces.create();
        var investigator = essex.user("INVESTIGATOR");
        var registrar = essex.user("CRIME_REGISTRAR");
        var browser = BrowserSupport.forPort(port);
        var page = browser.newPage();
        browser.signIn(page, investigator);

        page.navigate("/crimes?q=zebrafield");
        assertThat(page.locator("#nothing-found")).isVisible();
        page.navigate("/crimes?q=" + crime.get("number").asString());
        assertThat(page.locator("#nothing-found")).isVisible();
        page.navigate("/crimes/mine");
        assertThat(page.locator("#no-crimes")).isVisible();
        var opened = page.navigate("/crimes/" + crime.get("id").asString());
        org.assertj.core.api.Assertions.assertThat(opened.status()).isEqualTo(404);
        page.navigate("/incidents/awaiting-decision");
        assertThat(page.locator("#none-awaiting")).isVisible();

        var today = LocalDate.now().toString();
        var counted = http.post("/api/v1/crime-audits", registrar, Map.of("from", today, "to", today, "sampleSize", 100)).json();
        org.assertj.core.api.Assertions.assertThat(counted.get("items")).as("Kent's incidents are not in Essex's audit").isEmpty();
        org.assertj.core.api.Assertions.assertThat(http.get("/api/v1/crimes?q=zebrafield", investigator).json()).isEmpty();
        org.assertj.core.api.Assertions.assertThat(http.get("/api/v1/crimes?q=zebrafield", officer).json()).hasSize(1);
    }
}
