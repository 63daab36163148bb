package testsupport.oidc;

import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerAutoConfiguration;
import org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerJwtAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * A real OpenID Connect provider standing in for a force's own: Spring Authorization Server on a random
 * port of localhost, with a sign-in form for the given users and one confidential client that may use
 * the authorization code grant for {@code openid profile} without a consent screen.
 * <p>
 * It lives outside {@code org.invicta} so that Invicta's component scan never finds it, and it imports
 * only the auto-configuration an authorization server needs, so it starts no database of its own.
 */
public final class TestIdentityProvider implements AutoCloseable {

    public record Client(String id, String secret, String redirectUri) {
    }

    private final ConfigurableApplicationContext context;

    private TestIdentityProvider(ConfigurableApplicationContext context) {
        this.context = context;
    }

    public static TestIdentityProvider start(Client client, String password, List<String> usernames) {
        var registration = "spring.security.oauth2.authorizationserver.client.test-client.registration.";
        var properties = new LinkedHashMap<String, Object>();
        // Its own (absent) configuration file: Invicta's application.properties would set port 8080.
        properties.put("spring.config.name", "test-identity-provider");
        properties.put("server.port", 0);
        // A browser sends a host's cookies to every port on it: a session cookie of its own keeps this
        // provider's session and the client application's apart even when both run on one host.
        properties.put("server.servlet.session.cookie.name", "IDPSESSION");
        properties.put(registration + "client-id", client.id());
        properties.put(registration + "client-secret", "{noop}" + client.secret());
        properties.put(registration + "client-authentication-methods", "client_secret_basic");
        properties.put(registration + "authorization-grant-types", "authorization_code");
        properties.put(registration + "redirect-uris", client.redirectUri());
        properties.put(registration + "scopes", "openid,profile");
        properties.put("test-identity-provider.usernames", String.join(",", usernames));
        properties.put("test-identity-provider.password", password);
        var context = new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.SERVLET)
                .bannerMode(Banner.Mode.OFF)
                .properties(properties)
                .logStartupInfo(false)
                .run();
        return new TestIdentityProvider(context);
    }

    /** The issuer, from which a client discovers the provider's endpoints and keys. */
    public String issuer() {
        return "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @Override
    public void close() {
        context.close();
    }

    @SpringBootConfiguration(proxyBeanMethods = false)
    @ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class, TomcatServletWebServerAutoConfiguration.class,
            DispatcherServletAutoConfiguration.class, SecurityAutoConfiguration.class,
            ServletWebSecurityAutoConfiguration.class, SecurityFilterAutoConfiguration.class,
            OAuth2AuthorizationServerAutoConfiguration.class, OAuth2AuthorizationServerJwtAutoConfiguration.class})
    static class Application {

        /** Each user's username is also their subject ({@code sub}) in the tokens the provider issues. */
        @Bean
        UserDetailsService users(@Value("${test-identity-provider.usernames}") List<String> usernames,
                                 @Value("${test-identity-provider.password}") String password) {
            return new InMemoryUserDetailsManager(usernames.stream()
                    .map(username -> User.withUsername(username).password("{noop}" + password).roles("USER").build())
                    .toList());
        }
    }
}
