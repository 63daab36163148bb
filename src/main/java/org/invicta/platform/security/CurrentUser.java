package org.invicta.platform.security;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The user the current request or unit of work acts for, if anyone is signed in. */
@Component
public class CurrentUser {

    public Optional<InvictaPrincipal> get() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof InvictaPrincipal principal)
            return Optional.of(principal);
        return Optional.empty();
    }

    public InvictaPrincipal require() {
        return get().orElseThrow(() -> new AccessDeniedException("sign in first"));
    }
}
