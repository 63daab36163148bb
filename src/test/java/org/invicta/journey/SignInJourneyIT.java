package org.invicta.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.invicta.InvictaIT;
import org.invicta.organisation.TestForces;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@InvictaIT
class SignInJourneyIT {

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
    void anOfficerSignsInAndSeesTheirForceTheirNameAndOnlyTheirNavigation() {
        var force = forces.create();
        var officer = force.user("RESPONSE_OFFICER");
        var page = browser.newPage();
        page.navigate("/");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/sign-in$"));
        BrowserSupport.assertAccessible(page);

        browser.signIn(page, officer);

        assertThat(page.locator("h1")).hasText("Hello, Test User 1");
        assertThat(page.locator(".govuk-header")).containsText(force.name());
        assertThat(page.locator("#roles")).containsText("Response officer");
        var navigation = page.locator("#navigation");
        assertThat(navigation).containsText("Home");
        assertThat(navigation).containsText("My access history");
        assertThat(navigation).not().containsText("Users");
        assertThat(navigation).not().containsText("Audit");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record a person"))).isVisible();
        BrowserSupport.assertAccessible(page);
    }

    @Test
    void aWrongPasswordSaysSoWithoutSayingWhichPartWasWrong() {
        var officer = forces.create().user("RESPONSE_OFFICER");
        var page = browser.newPage();

        browser.signIn(page, officer.username(), "not-the-password");

        assertThat(page.locator(".govuk-error-summary")).containsText("Enter a correct username and password");
        assertThat(page.locator("#username-error")).containsText("Enter a correct username and password");
        BrowserSupport.assertAccessible(page);
        browser.signIn(page, "nobody-" + System.nanoTime(), "not-the-password");
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter a correct username and password");
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountEvenAgainstTheRightOne() {
        var officer = forces.create().user("RESPONSE_OFFICER");
        var page = browser.newPage();
        for (int attempt = 1; attempt <= 3; attempt++) browser.signIn(page, officer.username(), "wrong-" + attempt);

        browser.signIn(page, officer);

        assertThat(page.locator(".govuk-error-summary")).containsText("This account is locked");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/sign-in\\?error=locked$"));
        BrowserSupport.assertAccessible(page);
    }

    @Test
    void eachRoleHasItsOwnHomePage() {
        var force = forces.create();
        record Expectation(String role, String task, String absent) {
        }
        for (var expected : new Expectation[] {
                new Expectation("FORCE_ADMIN", "Manage users", "Record a person"),
                new Expectation("AUDITOR", "Audit the use of personal data", "Manage users"),
                new Expectation("INVESTIGATOR", "Record a person", "Audit the use of personal data"),
                new Expectation("CRIME_REGISTRAR", "Your force", "Record a person")}) {
            var page = browser.newPage();
            browser.signIn(page, force.user(expected.role()));
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(expected.task()))).isVisible();
            assertThat(page.locator("main")).not().containsText(expected.absent());
            BrowserSupport.assertAccessible(page);
            page.context().close();
        }
    }

    @Test
    void signingOutEndsTheSession() {
        var officer = forces.create().user("SUPERVISOR");
        var page = browser.newPage();
        browser.signIn(page, officer);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();

        assertThat(page.locator(".govuk-notification-banner")).containsText("You have signed out");
        page.navigate("/my/history");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/sign-in$"));
    }

    @Test
    void signingInAndRecordingAPersonWorkWithoutJavaScript() {
        var officer = forces.create().user("INVESTIGATOR");
        var page = browser.newPageWithoutJavaScript();
        browser.signIn(page, officer);
        assertThat(page.locator("h1")).hasText("Hello, Test User 1");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record a person")).click();
        page.getByLabel("Given names").fill("No");
        page.getByLabel("Surname").fill("Script");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record person")).click();

        assertThat(page.locator("h1")).hasText("No SCRIPT");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("You have signed out");
    }

    @Test
    void theShellIsReadyInWelsh() {
        var page = browser.newPage();
        page.navigate("/sign-in?lang=cy");
        assertThat(page.locator("h1")).hasText("Mewngofnodi i Invicta");
        assertThat(page.locator("html")).hasAttribute("lang", "cy");
        BrowserSupport.assertAccessible(page);
        assertThat(page.content()).doesNotContain("??");
    }
}
