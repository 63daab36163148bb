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

/** A supervisor works the duplicate queue: compares a pair side by side, merges it, and undoes the merge. */
@InvictaIT
class DuplicateReviewJourneyIT {

    @LocalServerPort
    int port;
    @Autowired
    TestForces forces;

    @Test
    void aSupervisorMergesAPairFromTheQueueAndUndoesIt() {
        var force = forces.create();
        var officer = force.user("RESPONSE_OFFICER");
        var http = new Http(port);
        var kept = http.recordPerson(officer, Map.of("givenNames", "Thomas", "surname", "Ellery", "dateOfBirth", "1966-02-10"));
        var other = http.recordPerson(officer, Map.of("givenNames", "Tom", "surname", "Ellery", "dateOfBirth", "1966-10-02",
                "reasonForNewRecord", "says he has never been arrested before"));
        var browser = BrowserSupport.forPort(port);
        var page = browser.newPage();
        browser.signIn(page, force.user("SUPERVISOR"));

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Review possible duplicates")).click();
        assertThat(page.locator("#pairs")).containsText("Created despite a match");
        BrowserSupport.assertAccessible(page);
        page.locator("#pairs a", new Page.LocatorOptions().setHasText("Compare")).first().click();
        assertThat(page.locator("#comparison")).containsText("Tom");
        assertThat(page.locator("#comparison")).containsText("Thomas");
        BrowserSupport.assertAccessible(page);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Merge these records")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Select the record to keep");
        var keepLabel = page.locator("#comparison td").first().textContent().equals("Thomas") ? "Record A" : "Record B";
        page.getByLabel(keepLabel).check();
        page.getByLabel("Why are they one person?").fill("Same man: date of birth entered American style");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Merge these records")).click();

        assertThat(page.locator(".govuk-notification-banner")).containsText("Records merged");
        assertThat(page.locator("h1")).hasText("Thomas ELLERY");
        assertThat(page.locator("#also-recorded-as")).containsText("Tom ELLERY");
        BrowserSupport.assertAccessible(page);

        page.navigate("/people/" + other);
        assertThat(page.locator("h1")).hasText("Thomas ELLERY"); // the merged record's old id leads to the one kept

        page.getByLabel("Why was the merge of " + other + " wrong?").fill("Custody photo shows a different man");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Undo this merge")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Merge undone");
        page.navigate("/people/" + other);
        assertThat(page.locator("h1")).hasText("Tom ELLERY");
        page.navigate("/people/" + kept);
        assertThat(page.locator("#also-recorded-as")).hasCount(0);
    }
}
