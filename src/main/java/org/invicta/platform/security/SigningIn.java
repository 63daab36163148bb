package org.invicta.platform.security;

import java.util.Optional;
import org.invicta.shared.ForceId;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * How the platform finds the account behind a sign-in. The organisation module, which keeps the
 * accounts, implements it; the platform only knows this interface.
 */
public interface SigningIn extends UserDetailsService {

    /** The account linked to a force identity provider's subject, if that force has one for it. */
    Optional<InvictaPrincipal> byIdentityProvider(ForceId force, String subject, String preferredUsername);

    /** Counts an attempt before its password is checked; false if the account is (now) locked. */
    boolean reserveAttempt(String username);

    void recordSuccessfulSignIn(String username);

    boolean isLocked(String username);
}
