package org.invicta.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.util.Map;
import org.invicta.Http;
import org.invicta.InvictaIT;
import org.invicta.organisation.TestForces;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A response officer records a shoplifting by a known suspect, from the home page to a recorded crime,
 * counting every click, field entry and Enter; the crime then appears in the investigator's list.
 */
@InvictaIT
class ShopliftingJourneyIT {

    private static final int MOST_INTERACTIONS = 15;

    @LocalServerPort
    int port;
    @Autowired
    TestForces forces;

    /** Counts what the officer does: each click, each field filled or option chosen, each Enter. */
    private static final class Officer {
        int interactions;

        void click(Locator target) {
            target.click();
            interactions++;
        }

        void fill(Locator field, String text) {
            field.fill(text);
            interactions++;
        }

        void choose(Locator select, String label) {
            select.selectOption(new SelectOption().setLabel(label));
            interactions++;
        }
    }

    @Test
    void aShopliftingWithAKnownSuspectIsRecordedInFifteenInteractionsAtMostAndReachesTheInvestigator() {
        var force = forces.create();
        var officer = force.user("RESPONSE_OFFICER");
        var investigator = force.user("INVESTIGATOR");
        new Http(port).recordPerson(officer, Map.of("givenNames", "John", "surname", "Smith", "dateOfBirth", "1985-03-07"));
        new Http(port).recordPerson(officer, Map.of("givenNames", "Joan", "surname", "Smythe", "dateOfBirth", "1962-11-30"));
        var investigatorName = new Http(port).get("/api/v1/me", investigator).json().get("displayName").asString();
        var browser = BrowserSupport.forPort(port);
        var page = browser.newPage();
        browser.signIn(page, officer);
        var counted = new Officer();

        counted.click(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Report an incident")));
        BrowserSupport.assertAccessible(page);
        counted.choose(page.getByLabel("Offence"), "Shoplifting (46/0)");
        counted.fill(page.getByLabel("Where it happened"), "Co-op, 12 High Street, Maidstone");
        counted.fill(page.getByLabel("Victim"), "Co-op, High Street");
        counted.fill(page.getByLabel("Suspect (optional)"), "john smith 7/3/1985");
        counted.choose(page.getByLabel("Allocate to"), investigatorName + ", " + "Police Constable");
        counted.fill(page.getByLabel("What happened"), "Detained by store staff after leaving with six packs of razor blades, £54.");
        page.getByLabel("What happened").press("Control+Enter"); // the shortcut: one key press
        counted.interactions++;

        assertThat(page.locator("#suspectId")).containsText("John SMITH, born 7 Mar 1985");
        BrowserSupport.assertAccessible(page);
        counted.click(page.getByLabel("Not a person: Co-op, High Street is a business or organisation"));
        counted.click(page.getByLabel("John SMITH, born 7 Mar 1985"));
        counted.click(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record with these people")));

        assertThat(page.locator(".govuk-notification-banner")).containsText(java.util.regex.Pattern.compile("Crime CR/\\d{6}/\\d{2} recorded"));
        assertThat(page.locator("#offence")).hasText("Shoplifting (46/0)");
        assertThat(page.locator("#victim")).hasText("Co-op, High Street");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("John SMITH"))).isVisible();
        BrowserSupport.assertAccessible(page);
        var crimeNumber = page.locator("#crime-number").textContent();
        System.out.printf("shoplifting recorded in %d interactions (ceiling %d)%n", counted.interactions, MOST_INTERACTIONS);
        org.assertj.core.api.Assertions.assertThat(counted.interactions).isLessThanOrEqualTo(MOST_INTERACTIONS);

        var investigatorPage = browser.newPage();
        browser.signIn(investigatorPage, investigator);
        investigatorPage.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My crimes")).click();
        assertThat(investigatorPage.locator("#my-crimes")).containsText(crimeNumber);
        assertThat(investigatorPage.locator("#my-crimes")).containsText("Shoplifting");
        BrowserSupport.assertAccessible(investigatorPage);
    }

    @Test
    void aReportMissingWhatHappenedIsRefusedWithTheRuleAndKeepsWhatWasTyped() {
        var officer = forces.create().user("RESPONSE_OFFICER");
        var browser = BrowserSupport.forPort(port);
        var page = browser.newPageWithoutJavaScript(); // axe needs JavaScript: the same pages are scanned in the journey above
        browser.signIn(page, officer);
        page.navigate("/incidents/new");
        page.getByLabel("Offence").selectOption(new SelectOption().setLabel("Shoplifting (46/0)"));
        page.getByLabel("Where it happened").fill("Tesco Express, Week Street");
        page.getByLabel("Postcode (optional)").fill("ME14");
        page.getByLabel("Victim").fill("Tesco");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record incident and crime")).click();

        assertThat(page.locator(".govuk-error-summary")).containsText("is not a UK postcode");
        assertThat(page.getByLabel("Where it happened")).hasValue("Tesco Express, Week Street");
        page.getByLabel("Postcode (optional)").fill("ME14 1XX");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record with these people")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("say what happened");
        assertThat(page.getByLabel("Not a person: Tesco is a business or organisation")).isVisible();
    }

    @Test
    void aVictimOnRecordAndANewVictimAreLinkedToTheirCrimesAsPeople() {
        var officer = forces.create().user("RESPONSE_OFFICER");
        new Http(port).recordPerson(officer, Map.of("givenNames", "Joan", "surname", "Smythe", "dateOfBirth", "1962-11-30"));
        var browser = BrowserSupport.forPort(port);
        var page = browser.newPageWithoutJavaScript(); // the two-step choice works without JavaScript
        browser.signIn(page, officer);

        page.navigate("/incidents/new");
        page.getByLabel("Offence").selectOption(new SelectOption().setLabel("Assault without injury (105A/0)"));
        page.getByLabel("Where it happened").fill("Outside 3 Mill Lane, Tonbridge");
        page.getByLabel("Victim").fill("joan smythe 30/11/1962");
        page.getByLabel("What happened").fill("Pushed to the ground by a man she did not know");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record incident and crime")).click();
        page.getByLabel("Joan SMYTHE, born 30 Nov 1962").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record with these people")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("recorded");
        assertThat(page.locator(".govuk-summary-list__row", new Page.LocatorOptions().setHasText("Joan SMYTHE"))).containsText("Victim");

        page.navigate("/incidents/new");
        page.getByLabel("Offence").selectOption(new SelectOption().setLabel("Assault without injury (105A/0)"));
        page.getByLabel("Where it happened").fill("Bus station, Tonbridge");
        page.getByLabel("Victim").fill("Priya Ramasamy 2/2/1999");
        page.getByLabel("What happened").fill("Slapped by a passenger");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record incident and crime")).click();
        page.locator("#victimId-new").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record with these people")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("recorded");
        assertThat(page.locator(".govuk-summary-list__row", new Page.LocatorOptions().setHasText("Priya RAMASAMY"))).containsText("Victim");
        page.navigate("/search?q=priya+ramasamy+1999");
        assertThat(page.locator("#people-results")).containsText("Priya RAMASAMY");
    }

    @Test
    void aSuspectNotOnRecordIsRecordedFromTheReportItself() {
        var officer = forces.create().user("RESPONSE_OFFICER");
        var browser = BrowserSupport.forPort(port);
        var page = browser.newPage();
        browser.signIn(page, officer);
        page.navigate("/incidents/new");
        page.getByLabel("Offence").selectOption(new SelectOption().setLabel("Shoplifting (46/0)"));
        page.getByLabel("Where it happened").fill("Superdrug, Week Street");
        page.getByLabel("Victim").fill("Superdrug");
        page.getByLabel("Suspect (optional)").fill("Tobias Quennell 12/9/1990");
        page.getByLabel("What happened").fill("Took perfume worth £80 and ran");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record incident and crime")).click();

        assertThat(page.locator("#suspectId-hint")).containsText("No one on record matches");
        page.locator("#victimId-last").check();
        page.locator("#suspectId-new").check();
        // the details typed to search with are offered as the new record's
        assertThat(page.locator("#newSuspectGivenNames")).hasValue("Tobias");
        assertThat(page.locator("#newSuspectSurname")).hasValue("Quennell");
        assertThat(page.locator("#newSuspectDateOfBirth")).hasValue("12/9/1990");
        BrowserSupport.assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record with these people")).click();

        assertThat(page.locator(".govuk-notification-banner")).containsText("recorded");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tobias QUENNELL"))).isVisible();
        page.navigate("/search?q=tobias+quennell+1990");
        assertThat(page.locator("#people-results")).containsText("Tobias QUENNELL");
    }
}
