package org.invicta.platform.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Counts failed password sign-ins towards the lockout, and clears the count on success. */
@Component
class SignInAttempts {

    private final SigningIn signingIn;

    SignInAttempts(SigningIn signingIn) {
        this.signingIn = signingIn;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        signingIn.recordFailedSignIn(event.getAuthentication().getName());
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof InvictaPrincipal principal)
            signingIn.recordSuccessfulSignIn(principal.getUsername());
    }
}
