package org.invicta.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.invicta.InvictaIT;
import org.invicta.organisation.TestForces;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An officer records a person with identifiers, then adds a warning marker and an alias that search then finds. */
@InvictaIT
class PersonRecordJourneyIT {

    @LocalServerPort
    int port;
    @Autowired
    TestForces forces;

    @Test
    void anOfficerRecordsAPersonAddsAWarningAndAnAliasAndFindsThemByIt() {
        var officer = forces.create().user("RESPONSE_OFFICER");
        var browser = BrowserSupport.forPort(port);
        var page = browser.newPage();
        browser.signIn(page, officer);

        page.navigate("/people/new");
        page.getByLabel("Given names").fill("Connor");
        page.getByLabel("Surname").fill("Fitzgerald");
        page.getByLabel("Postcode (optional)").fill("ct11 8lp");
        page.getByLabel("PNC ID (optional)").fill("81/154257D");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record person")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("The PNC ID check letter is wrong");
        assertThat(page.getByLabel("Postcode (optional)")).hasValue("ct11 8lp");
        BrowserSupport.assertAccessible(page);

        page.getByLabel("PNC ID (optional)").fill("81/154257C");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record person")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Person recorded");
        assertThat(page.locator("#person")).containsText("1981/0154257C");
        assertThat(page.locator("#person")).containsText("CT11 8LP");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add warning marker")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Select the kind of warning");
        page.getByLabel("Kind of warning").selectOption("WEAPONS");
        page.getByLabel("What officers need to know (optional)").fill("Carried a lock knife when stopped");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add warning marker")).click();
        assertThat(page.locator(".govuk-warning-text")).containsText("Carries or uses weapons: Carried a lock knife when stopped");
        BrowserSupport.assertAccessible(page);

        page.getByLabel("Kind of name").selectOption("NICKNAME");
        page.getByLabel("Given names", new Page.GetByLabelOptions().setExact(true)).last().fill("Con");
        page.locator("#aliasSurname").fill("Fitz");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add name")).click();
        assertThat(page.locator("#person")).containsText("Con Fitz (Nickname)");

        page.navigate("/people/search?q=con+fitz");
        assertThat(page.locator("#results")).containsText("Connor FITZGERALD");
        page.navigate("/");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Search")).click();
        page.getByLabel("People, vehicles, phones, property and places").fill("1981/0154257C");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
        assertThat(page.locator("#people-results")).containsText("Connor FITZGERALD");
        assertThat(page.locator("#people-results")).containsText("PNC ID: same");
        BrowserSupport.assertAccessible(page);
    }
}
