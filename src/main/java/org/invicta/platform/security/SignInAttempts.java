package org.invicta.platform.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Clears the count of attempts on a successful sign-in; each attempt was counted before its password was checked. */
@Component
class SignInAttempts {

    private final SigningIn signingIn;

    SignInAttempts(SigningIn signingIn) {
        this.signingIn = signingIn;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof InvictaPrincipal principal)
            signingIn.recordSuccessfulSignIn(principal.getUsername());
    }
}
