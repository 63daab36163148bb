package org.invicta.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.nio.file.Path;
import org.invicta.Http;
import org.invicta.InvictaIT;
import org.invicta.map.Area;
import org.invicta.map.AreaFile;
import org.invicta.map.AreaMap;
import org.invicta.map.MapView;
import org.invicta.organisation.TestForces;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An officer gives where it happened by clicking the force's map, with JavaScript and without; the map
 * is the force's own, and another force's officer does not see it.
 */
@InvictaIT
class MapJourneyIT {

    /** Testville 001D, the north-east square of the test boundaries. */
    private static final double LATITUDE = 51.275;
    private static final double LONGITUDE = 0.53;

    @LocalServerPort
    int port;
    @Autowired
    TestForces forces;
    @Autowired
    AreaMap map;

    private TestForces.TestForce forceWithMap() throws Exception {
        var force = forces.create();
        map.load(force.id(), AreaFile.read(Path.of("src/test/resources/map/testshire.geojson")));
        return force;
    }

    /** Where on the whole map the test point is, as the page draws it. */
    private static Locator.ClickOptions atThePoint() {
        var view = MapView.of(new Area.Bounds(0.50, 51.26, 0.62, 51.28));
        return new Locator.ClickOptions().setPosition(view.x(LONGITUDE), view.y(LATITUDE));
    }

    @Test
    void withoutJavaScriptAClickOnTheMapComesBackCloserWithThePointAndThePlaceNamed() throws Exception {
        var officer = forceWithMap().user("RESPONSE_OFFICER");
        var browser = BrowserSupport.forPort(port);
        var page = browser.newPageWithoutJavaScript();
        browser.signIn(page, officer);
        page.navigate("/incidents/new");
        page.getByLabel("Offence").selectOption(new SelectOption().setLabel("Criminal damage to a vehicle (58C/0)"));
        page.getByLabel("What happened").fill("Wing mirror kicked off a parked car");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Choose the place on a map")).click();

        assertThat(page.locator("#map-point")).hasText("No point chosen yet");
        assertThat(page.getByLabel("What happened")).hasValue("Wing mirror kicked off a parked car");
        page.locator("#map").click(atThePoint());

        assertThat(page.locator("#map-point")).containsText("Point chosen: 51.27");
        assertThat(page.getByLabel("Where it happened")).hasValue("Testville 001D");
        assertThat(page.locator(".govuk-error-summary")).hasCount(0);
        page.getByLabel("Victim").fill("Owner of the car");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record incident and crime")).click();
        page.getByLabel("Not a person: Owner of the car is a business or organisation").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record with these people")).click();

        assertThat(page.locator(".govuk-notification-banner")).containsText("recorded");
        assertThat(page.locator("main")).containsText("Testville 001D");
    }

    @Test
    void withJavaScriptTheClickIsTakenInThePageAndTheCrimeKeepsThePoint() throws Exception {
        var officer = forceWithMap().user("RESPONSE_OFFICER");
        var browser = BrowserSupport.forPort(port);
        var page = browser.newPage();
        browser.signIn(page, officer);
        page.navigate("/incidents/new");
        page.getByLabel("Offence").selectOption(new SelectOption().setLabel("Criminal damage to a vehicle (58C/0)"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Choose the place on a map")).click();
        BrowserSupport.assertAccessible(page);
        var url = page.url();
        page.locator("#map").click(atThePoint());

        assertThat(page.locator("#map-point")).containsText("Testville 001D");
        assertThat(page.getByLabel("Where it happened")).hasValue("Testville 001D");
        org.assertj.core.api.Assertions.assertThat(page.url()).as("no round trip").isEqualTo(url);
        org.assertj.core.api.Assertions.assertThat(Double.parseDouble(page.locator("#latitude").inputValue()))
                .isCloseTo(LATITUDE, org.assertj.core.data.Offset.offset(0.001));
        page.getByLabel("Victim").fill("Owner of the van");
        page.getByLabel("What happened").fill("Window of a parked van smashed");
        page.getByLabel("What happened").press("Control+Enter");
        page.getByLabel("Not a person: Owner of the van is a business or organisation").check();
        assertThat(page.locator("#map-point")).containsText("Point chosen: 51.27");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record with these people")).click();

        assertThat(page.locator(".govuk-notification-banner")).containsText("recorded");
        var crime = page.url().substring(page.url().lastIndexOf('/') + 1);
        var recorded = new Http(port).get("/api/v1/crimes/" + crime, officer).json();
        org.assertj.core.api.Assertions.assertThat(recorded.get("latitude").asDouble())
                .isCloseTo(LATITUDE, org.assertj.core.data.Offset.offset(0.001));
        org.assertj.core.api.Assertions.assertThat(recorded.get("place").asString()).isEqualTo("Testville 001D");
        org.assertj.core.api.Assertions.assertThat(recorded.get("lsoaCode").asString()).as("as police.uk would publish it").isEqualTo("E01999903");
        assertThat(page.locator("#area")).hasText("Testville 001D (E01999903)");
    }

    @Test
    void thePictureAndThePlaceAreTheForcesOwnAndAnotherForceHasNoMap() throws Exception {
        var officer = forceWithMap().user("RESPONSE_OFFICER");
        var stranger = forces.create().user("RESPONSE_OFFICER");
        var http = new Http(port);

        var browser = BrowserSupport.forPort(port);
        var page = browser.newPageWithoutJavaScript();
        browser.signIn(page, officer);
        var picture = page.navigate("/maps/area.svg");
        var strangersPage = browser.newPageWithoutJavaScript();
        browser.signIn(strangersPage, stranger);
        var place = http.get("/api/v1/map/place?latitude=51.27&longitude=0.575", officer);
        var badPoint = http.get("/api/v1/map/place?latitude=95&longitude=0.5", officer);

        org.assertj.core.api.Assertions.assertThat(picture.status()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(picture.headerValue("content-type")).startsWith("image/svg+xml");
        org.assertj.core.api.Assertions.assertThat(picture.text()).startsWith("<svg").contains(">Testville 001D<", ">Otherton 002A<");
        org.assertj.core.api.Assertions.assertThat(place.json().has("area")).as("in Otherton's hole: no area").isFalse();
        org.assertj.core.api.Assertions.assertThat(http.get("/api/v1/map/place?latitude=51.265&longitude=0.51", officer).json()
                .get("area").get("name").asString()).isEqualTo("Testville 001A");
        org.assertj.core.api.Assertions.assertThat(badPoint.status()).isEqualTo(400);
        org.assertj.core.api.Assertions.assertThat(badPoint.body()).contains("latitude");
        org.assertj.core.api.Assertions.assertThat(strangersPage.navigate("/maps/area.svg").status()).isEqualTo(404);
        org.assertj.core.api.Assertions.assertThat(http.get("/api/v1/map/place?latitude=51.265&longitude=0.51", stranger).status()).isEqualTo(404);
    }
}
