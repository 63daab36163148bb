package org.invicta.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.invicta.InvictaIT;
import org.invicta.organisation.TestForces;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The force administrator's, the officer's and the auditor's pages, each scanned for accessibility. */
@InvictaIT
class AdministrationJourneyIT {

    @LocalServerPort
    int port;
    @Autowired
    TestForces forces;

    private BrowserSupport browser;

    @BeforeEach
    void browser() {
        browser = BrowserSupport.forPort(port);
    }

    @Test
    void anAdministratorAddsAUserWhoCanThenSignIn() {
        var force = forces.create();
        force.addTeam("Thanet");
        var page = browser.newPage();
        browser.signIn(page, force.user("FORCE_ADMIN"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Manage users")).click();
        BrowserSupport.assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a user")).click();
        BrowserSupport.assertAccessible(page);

        var username = force.id().value() + ".k.new";
        page.getByLabel("Username").fill(username);
        page.getByLabel("Full name").fill("Kim New");
        page.getByLabel("Rank or grade").fill("Police Constable");
        page.getByLabel("Response officer").check();
        page.getByLabel("Vetting level").selectOption("MV");
        page.getByLabel("Initial password").fill("short");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add user")).click();

        assertThat(page.locator(".govuk-error-summary")).containsText("Password must be at least 12 characters");
        BrowserSupport.assertAccessible(page);
        page.getByLabel("Initial password").fill("a-long-enough-passphrase");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add user")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("User " + username + " added");
        BrowserSupport.assertAccessible(page);

        var newcomer = browser.newPage();
        browser.signIn(newcomer, username, "a-long-enough-passphrase");
        assertThat(newcomer.locator("h1")).hasText("Hello, Kim New");
    }

    @Test
    void anAdministratorKeepsTheForcesStructure() {
        var force = forces.create();
        var page = browser.newPage();
        browser.signIn(page, force.user("FORCE_ADMIN"));
        page.navigate("/organisation");
        page.getByLabel("New district").fill("Swale");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add district")).click();
        assertThat(page.locator("#districts")).containsText("Swale");
        page.getByLabel("New district").fill("swale");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add district")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("There is already a district called swale");
        BrowserSupport.assertAccessible(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change Swale")).click();
        BrowserSupport.assertAccessible(page);
        page.getByLabel("Name").fill("Swale and Sheppey");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save changes")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Changes saved");
        assertThat(page.locator("#districts")).containsText("Swale and Sheppey");
    }

    @Test
    void anOfficersRecordAndReadAreInTheirHistoryAndTheAuditorSeesThem() {
        var force = forces.create();
        var officer = force.user("RESPONSE_OFFICER");
        var page = browser.newPage();
        browser.signIn(page, officer);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record a person")).click();
        BrowserSupport.assertAccessible(page);
        page.getByLabel("Given names").fill("Alex");
        page.getByLabel("Surname").fill("Morgan");
        page.getByLabel("Day").fill("31");
        page.getByLabel("Month").fill("2");
        page.getByLabel("Year").fill("1990");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record person")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Date of birth must be a real date");
        BrowserSupport.assertAccessible(page);
        page.getByLabel("Day").fill("28");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record person")).click();
        assertThat(page.locator("h1")).hasText("Alex MORGAN");
        BrowserSupport.assertAccessible(page);
        var personId = page.url().substring(page.url().lastIndexOf('/') + 1);

        page.navigate("/my/history");
        assertThat(page.locator("#events")).containsText("COLLECT");
        assertThat(page.locator("#events")).containsText("CONSULT");
        BrowserSupport.assertAccessible(page);

        var auditor = browser.newPage();
        browser.signIn(auditor, force.user("AUDITOR"));
        auditor.navigate("/audit");
        BrowserSupport.assertAccessible(auditor);
        auditor.getByLabel("Record id").fill(personId);
        auditor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search the trail")).first().click();
        assertThat(auditor.locator("#events")).containsText("Test User 1 (" + officer.username() + ")");
        assertThat(auditor.locator("#events")).containsText("COLLECT");
        BrowserSupport.assertAccessible(auditor);
    }

    @Test
    void aSensitiveRecordAsksWhyBeforeItOpens() {
        var force = forces.create();
        var officer = force.user("SUPERVISOR");
        var id = new org.invicta.Http(port).recordPerson(officer, java.util.Map.of("givenNames", "Guarded",
                "surname", "Source", "sensitivity", "OFFICIAL_SENSITIVE"));
        var page = browser.newPage();
        browser.signIn(page, officer);

        page.navigate("/people/" + id);
        assertThat(page.locator("h1")).hasText("Why are you opening this record?");
        assertThat(page.locator("main")).not().containsText("Guarded");
        BrowserSupport.assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the record")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Say why you are opening this record");
        page.getByLabel("Reason").fill("Reviewing the handling of source 12");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the record")).click();

        assertThat(page.locator("h1")).hasText("Guarded SOURCE");
    }

    @Test
    void disablingAUserEndsTheSessionTheyAreIn() {
        var force = forces.create();
        var officer = force.user("RESPONSE_OFFICER");
        var admin = force.user("FORCE_ADMIN");
        var page = browser.newPage();
        browser.signIn(page, officer);
        assertThat(page.locator("h1")).hasText("Hello, Test User 1");

        var http = new org.invicta.Http(port);
        var account = http.get("/api/v1/organisation/users/" + officer.id(), admin);
        var disabled = http.put("/api/v1/organisation/users/" + officer.id(), admin, java.util.Map.of(
                "displayName", "Test User 1", "rankOrGrade", "Police Constable", "vetting", "MV",
                "roles", java.util.List.of("RESPONSE_OFFICER"), "enabled", false), java.util.Map.of("If-Match", account.header("ETag")));
        org.assertj.core.api.Assertions.assertThat(disabled.status()).isEqualTo(200);

        page.navigate("/my/history");
        assertThat(page.locator(".govuk-notification-banner")).containsText("Your account was changed by an administrator");
        browser.signIn(page, officer);
        assertThat(page.locator(".govuk-error-summary")).isVisible();
    }

    @Test
    void errorPagesSayWhatHappenedAndLeakNothing() {
        var page = browser.newPage();
        browser.signIn(page, forces.create().user("INVESTIGATOR"));
        page.navigate("/people/00000000-0000-0000-0000-000000000000");
        assertThat(page.locator("h1")).hasText("Page not found");
        BrowserSupport.assertAccessible(page);
        page.navigate("/audit");
        assertThat(page.locator("h1")).hasText("You cannot see this page");
        assertThat(page.locator("main")).not().containsText("Exception");
        BrowserSupport.assertAccessible(page);
        page.navigate("/accessibility");
        BrowserSupport.assertAccessible(page);
    }
}
