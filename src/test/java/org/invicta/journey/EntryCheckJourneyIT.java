package org.invicta.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Map;
import org.invicta.Http;
import org.invicta.InvictaIT;
import org.invicta.organisation.TestForces;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An officer starts to record someone already held, sees the match before saving, opens it and uses it. */
@InvictaIT
class EntryCheckJourneyIT {

    @LocalServerPort
    int port;
    @Autowired
    TestForces forces;

    @Test
    void anOfficerIsShownTheExistingPersonAndUsesItInstead() {
        var page = officerWhoseForceHolds(Map.of("givenNames", "William Arthur", "surname", "Hargreaves", "dateOfBirth", "1971-08-14"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record a person")).click();
        enter(page, "Bill", "Hargreves", "14", "8", "1971");

        var matches = page.locator("#possible-matches");
        assertThat(matches).containsText("William Arthur HARGREAVES");
        assertThat(matches).containsText("given name: known variant (nickname)");
        assertThat(matches).containsText("Strong");
        BrowserSupport.assertAccessible(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("William Arthur HARGREAVES")).click();
        assertThat(page.locator("h1")).hasText("William Arthur HARGREAVES");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Use this person")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Using the existing record: no new person was created");
        BrowserSupport.assertAccessible(page);

        page.navigate("/people/search?q=bill+hargreaves");
        assertThat(page.locator("#results-heading")).hasText("1 person found");
        BrowserSupport.assertAccessible(page);
    }

    @Test
    void creatingANewPersonDespiteAStrongMatchNeedsAReason() {
        var page = officerWhoseForceHolds(Map.of("givenNames", "Aisha", "surname", "Rahman", "dateOfBirth", "1990-04-03"));
        page.navigate("/people/new");
        enter(page, "Aisha", "Rahman", "3", "4", "1990");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create a new person")).click();

        assertThat(page.locator(".govuk-error-summary")).containsText("Give a reason for creating a new record");
        BrowserSupport.assertAccessible(page);
        page.getByLabel("Why is this a different person?").fill("Same name and birthday, different mother: checked on PNC");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create a new person")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Person recorded");
    }

    /** A signed-in officer of a new force that already holds this person. */
    private Page officerWhoseForceHolds(Map<String, String> person) {
        var officer = forces.create().user("RESPONSE_OFFICER");
        new Http(port).recordPerson(officer, person);
        var browser = BrowserSupport.forPort(port);
        var page = browser.newPage();
        browser.signIn(page, officer);
        return page;
    }

    private static void enter(Page page, String given, String surname, String day, String month, String year) {
        page.getByLabel("Given names").fill(given);
        page.getByLabel("Surname").fill(surname);
        page.getByLabel("Day").fill(day);
        page.getByLabel("Month").fill(month);
        page.getByLabel("Year").fill(year);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record person")).click();
    }
}
