package org.invicta.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.invicta.Http;
import org.invicta.InvictaIT;
import org.invicta.organisation.TestForces;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * After recording: the investigator tasks the crime and sets an outcome the rules check, the supervisor
 * signs it off, and the registrar audits crime recording, each in the browser with every page scanned.
 */
@InvictaIT
class CrimeWorkJourneyIT {

    @LocalServerPort
    int port;
    @Autowired
    TestForces forces;

    @Test
    void anInvestigatorSetsAnOutcomeASupervisorSignsItOffAndTheRegistrarAuditsRecording() {
        var force = forces.create();
        var officer = force.user("RESPONSE_OFFICER");
        var investigator = force.user("INVESTIGATOR");
        var http = new Http(port);
        var suspect = http.recordPerson(officer, Map.of("givenNames", "Dean", "surname", "Carver", "dateOfBirth", "1991-02-03"));
        var crime = http.post("/api/v1/incidents", officer, Map.of("openingType", "Shoplifting", "place", Map.of("text", "Boots, High Street"),
                "narrative", "Razors taken", "people", List.of(Map.of("personId", suspect, "role", "SUSPECT")),
                "offences", List.of(Map.of("classification", "46/0", "victimName", "Boots")),
                "allocateTo", investigator.id().toString())).json().get("crimes").get(0);
        var browser = BrowserSupport.forPort(port);

        var page = browser.newPage();
        browser.signIn(page, investigator);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My crimes")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(crime.get("number").asString())).click();
        page.getByLabel("Screen in: investigate").check();
        page.getByLabel("Cctv").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the screening")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("say why the crime is screened in");
        page.getByLabel("Screen in: investigate").check();
        page.getByLabel("Why").fill("Store CCTV shows the suspect");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the screening")).click();
        assertThat(page.locator("#investigation")).containsText("Screened in: Store CCTV shows the suspect");
        page.getByLabel("Task").fill("Seize the store's CCTV");
        page.getByLabel("Due on").fill(LocalDate.now().plusDays(3).toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the task")).click();
        assertThat(page.locator("#investigation")).containsText("Seize the store's CCTV");
        page.getByLabel("Outcome", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setValue("16"));
        page.getByLabel("The named suspect it is against").selectOption(new SelectOption().setLabel("Dean CARVER"));
        page.getByLabel("Rationale").fill("Boots withdrew support on 4 May; CCTV overwritten");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set the outcome")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("tell the victim");
        BrowserSupport.assertAccessible(page);
        page.getByLabel("Outcome", new Page.GetByLabelOptions().setExact(true)).selectOption(new SelectOption().setValue("16"));
        page.getByLabel("The named suspect it is against").selectOption(new SelectOption().setLabel("Dean CARVER"));
        page.getByLabel("Rationale").fill("Boots withdrew support on 4 May; CCTV overwritten");
        page.getByLabel("The victim (or a child victim’s parent) has been told").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set the outcome")).click();
        assertThat(page.locator("#investigation")).containsText("awaiting a supervisor’s sign-off");
        BrowserSupport.assertAccessible(page);

        var supervisorPage = browser.newPage();
        browser.signIn(supervisorPage, force.user("SUPERVISOR"));
        supervisorPage.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Outcomes awaiting your sign-off")).click();
        BrowserSupport.assertAccessible(supervisorPage);
        supervisorPage.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(crime.get("number").asString())).click();
        supervisorPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign off the outcome")).click();
        assertThat(supervisorPage.locator(".govuk-notification-banner")).containsText("Outcome signed off");
        assertThat(supervisorPage.locator("#offence")).isVisible();
        assertThat(supervisorPage.locator("#investigation")).not().containsText("awaiting");

        var registrarPage = browser.newPage();
        browser.signIn(registrarPage, force.user("CRIME_REGISTRAR"));
        registrarPage.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Audit crime recording")).click();
        registrarPage.getByLabel("First day of the period").fill(LocalDate.now().toString());
        registrarPage.getByLabel("Last day of the period").fill(LocalDate.now().toString());
        registrarPage.getByLabel("Incidents to sample").fill("5");
        registrarPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Draw the sample")).click();
        BrowserSupport.assertAccessible(registrarPage);
        registrarPage.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mark")).first().click();
        BrowserSupport.assertAccessible(registrarPage);
        registrarPage.getByLabel("Crime correctly recorded").check();
        registrarPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and go to the next")).click();
        assertThat(registrarPage.locator("#accuracy")).containsText("100.0% (95% CI");
        assertThat(registrarPage.locator("#by-type")).containsText("Shoplifting");
    }

    @Test
    void anIncidentAwaitingADecisionIsUpdatedAndCrimedFromItsPage() {
        var force = forces.create();
        var officer = force.user("RESPONSE_OFFICER");
        new Http(port).post("/api/v1/incidents", officer, Map.of("channel", "CALL", "openingType", "Concern for safety",
                "place", Map.of("text", "14 Mill Lane"), "narrative", "Neighbour heard shouting"));
        var browser = BrowserSupport.forPort(port);
        var page = browser.newPage();
        browser.signIn(page, officer);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Incidents awaiting a recording decision")).click();
        assertThat(page.locator("#awaiting")).containsText("left");
        BrowserSupport.assertAccessible(page);
        page.locator("#awaiting a").first().click();
        page.getByLabel("Update").fill("Attended: the caller has a bruised arm; her partner has left");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the update")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Update added to the log");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the crime")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("choose the offence");
        BrowserSupport.assertAccessible(page);
        page.getByLabel("Offence", new Page.GetByLabelOptions().setExact(true)).selectOption(new SelectOption().setLabel("Assault with injury (8N/0)"));
        page.getByLabel("Victim, if not the victims linked to the incident").fill("The caller, 14 Mill Lane");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the crime")).click();

        assertThat(page.locator(".govuk-notification-banner")).containsText("recorded");
        assertThat(page.locator("#offence")).hasText("Assault with injury (8N/0)");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open the incident and its log")).click();
        assertThat(page.locator("ol")).containsText("bruised arm");
        assertThat(page.locator("ol")).containsText("Crime recorded");
    }
}
