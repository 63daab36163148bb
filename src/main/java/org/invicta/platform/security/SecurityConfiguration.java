package org.invicta.platform.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Two ways in: pages with a session (password, or the force's own OpenID Connect provider), and the
 * API under /api/v1 with HTTP Basic or the page session. Which user may do what is not decided here
 * but on each service method and in the access policy; this only insists that someone has signed in.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableMethodSecurity
class SecurityConfiguration {

    static final String SIGN_IN = "/sign-in";

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        return http.securityMatcher("/api/v1/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(ProblemEntryPoints::unauthorised))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                // A request carrying its own credentials cannot be forged by another site; a cookie session can.
                .csrf(csrf -> csrf.ignoringRequestMatchers(request -> request.getHeader("Authorization") != null))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(ProblemEntryPoints::unauthorised)
                        .accessDeniedHandler(ProblemEntryPoints::forbidden))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> identityProviders,
                              SignInFailures failures, ForceIdentityProviderUsers providerUsers,
                              SessionRegistry sessionRegistry) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(SIGN_IN, "/assets/**", "/webjars/**", "/css/**", "/js/**", "/favicon.ico",
                                "/error", "/accessibility", "/actuator/health/**", "/actuator/prometheus",
                                "/api/docs/**", "/api/docs", "/api/swagger-ui/**", "/api/openapi.json", "/api/openapi.json/**")
                        .permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage(SIGN_IN).failureHandler(failures).defaultSuccessUrl("/", true))
                .logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl(SIGN_IN + "?signed-out")
                        .deleteCookies("JSESSIONID"))
                .sessionManagement(sessions -> sessions.invalidSessionUrl(SIGN_IN + "?timed-out")
                        .maximumSessions(-1).sessionRegistry(sessionRegistry).expiredUrl(SIGN_IN + "?account-changed"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; object-src 'none'; frame-ancestors 'none'")));
        if (identityProviders.getIfAvailable() != null)
            http.oauth2Login(oidc -> oidc.loginPage(SIGN_IN).failureHandler(failures)
                    .defaultSuccessUrl("/", true)
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(providerUsers)));
        return http.build();
    }
}
