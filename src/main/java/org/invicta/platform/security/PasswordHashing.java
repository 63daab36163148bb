package org.invicta.platform.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Argon2id, as OWASP recommends for password storage (batch commands need it too), and the password
 * sign-in that counts each attempt against the lockout before it spends time on the password.
 */
@Configuration(proxyBeanMethods = false)
class PasswordHashing {

    /** Who is signed in where, so that a changed account's sessions can be ended. */
    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    @Bean
    HttpSessionEventPublisher sessionEvents() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    PasswordEncoder passwordEncoder(@Value("${invicta.sign-in.concurrent-password-checks:4}") int concurrentChecks) {
        return new BoundedPasswordHashing(Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(), concurrentChecks);
    }

    @Bean
    DaoAuthenticationProvider passwordSignIn(SigningIn signingIn, PasswordEncoder passwords) {
        var provider = new DaoAuthenticationProvider(signingIn);
        provider.setPasswordEncoder(passwords);
        provider.setPreAuthenticationChecks(user -> {
            if (!user.isAccountNonLocked() || !signingIn.reserveAttempt(user.getUsername()))
                throw new LockedException("this account is locked after repeated failed sign-ins");
            if (!user.isEnabled()) throw new DisabledException("disabled");
        });
        return provider;
    }
}
