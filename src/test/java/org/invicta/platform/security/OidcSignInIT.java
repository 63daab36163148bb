package org.invicta.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.invicta.Browser;
import org.invicta.InvictaIT;
import org.invicta.organisation.TestForces;
import org.invicta.organisation.TestForces.TestForce;
import org.invicta.shared.ForceId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import testsupport.oidc.TestIdentityProvider;

/**
 * Sign-in through a force's own OpenID Connect provider, against a real one (Spring Authorization
 * Server) rather than a stub: discovery, the authorization code flow, the ID token's signature and
 * claims and the user info call are all the genuine article.
 * <p>
 * Invicta reads the provider's configuration when it starts, so the provider starts first, when this
 * class is loaded, and the force it serves is named before the force is made. Invicta is reached at
 * 127.0.0.1: the provider then lets the redirect URI's port vary (RFC 8252 lets a loopback address's
 * port change), so Invicta keeps its random port, and as a different host from the provider's
 * {@code localhost} it keeps its cookies apart from the provider's.
 */
@InvictaIT
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OidcSignInIT {

    private static final String PASSWORD = "provider-password-123";
    private static final String LINKED = "officer.oidc";
    private static final String UNLINKED = "visitor.oidc";
    private static final String OFFICER_NAME = "Olivia Provider";
    private static final ForceId FORCE = TestForces.newForceId();
    private static final TestIdentityProvider PROVIDER = TestIdentityProvider.start(
            new TestIdentityProvider.Client("invicta", "invicta-secret",
                    "http://127.0.0.1/login/oauth2/code/" + FORCE.value()),
            PASSWORD, List.of(LINKED, UNLINKED));

    @DynamicPropertySource
    static void forceIdentityProvider(DynamicPropertyRegistry registry) {
        var registration = "spring.security.oauth2.client.registration." + FORCE.value() + ".";
        registry.add(registration + "client-id", () -> "invicta");
        registry.add(registration + "client-secret", () -> "invicta-secret");
        registry.add(registration + "authorization-grant-type", () -> "authorization_code");
        registry.add(registration + "scope", () -> "openid,profile");
        registry.add(registration + "redirect-uri", () -> "{baseUrl}/login/oauth2/code/{registrationId}");
        registry.add("spring.security.oauth2.client.provider." + FORCE.value() + ".issuer-uri", PROVIDER::issuer);
    }

    @LocalServerPort
    int port;
    @Autowired
    TestForces forces;

    private TestForce force;

    @BeforeAll
    void makeTheForceAndTheLinkedOfficer() {
        force = forces.create(FORCE);
        force.userOfIdentityProvider(LINKED, OFFICER_NAME, "RESPONSE_OFFICER");
    }

    @AfterAll
    void stopTheProvider() {
        PROVIDER.close();
    }

    @Test
    void anOfficerWithALinkedAccountArrivesOnTheHomePageSignedInAsThemselves() {
        var home = signInAtProvider(new Browser(), LINKED);

        assertThat(home.uri().toString()).as(home.toString()).isEqualTo(invicta("/"));
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("Signed in as " + OFFICER_NAME).contains(force.name());
    }

    @Test
    void theSessionFromTheProviderIsThatOfficersInTheApiToo() {
        var browser = new Browser();
        signInAtProvider(browser, LINKED);

        var person = browser.open(invicta("/api/v1/people/" + UUID.randomUUID()));

        // Not signed in would be 401; signed in as an officer of this force, a person unknown to it is 404.
        assertThat(person.status()).as(person.body()).isEqualTo(404);
    }

    @Test
    void someoneTheProviderKnowsButInvictaDoesNotIsToldNoAccountIsLinked() {
        var browser = new Browser();

        var signIn = signInAtProvider(browser, UNLINKED);

        assertThat(signIn.uri().toString()).as(signIn.toString()).isEqualTo(invicta("/sign-in?error=no-account"));
        assertThat(signIn.body()).contains("no Invicta account is linked to that identity");
        assertThat(browser.open(invicta("/")).uri().toString()).isEqualTo(invicta("/sign-in"));
    }

    /** From Invicta's sign-in page, through the force's provider and its sign-in form, and back again. */
    private Browser.Page signInAtProvider(Browser browser, String username) {
        var signIn = browser.open(invicta("/sign-in"));
        var link = "/oauth2/authorization/" + FORCE.value();
        assertThat(signIn.body()).contains("href=\"" + link + "\"");

        var providerSignIn = browser.open(invicta(link));
        assertThat(providerSignIn.uri().toString()).as(providerSignIn.toString()).startsWith(PROVIDER.issuer() + "/login");

        return browser.submit(providerSignIn.uri(), Map.of("username", username, "password", PASSWORD,
                "_csrf", providerSignIn.csrfToken()));
    }

    private String invicta(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
