package org.invicta.platform.security;

import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Ends the open sessions of a user whose account changed, once the change has committed, so that a
 * disabled user, a removed role or a lowered vetting takes effect on their very next request.
 */
@Component
class SessionsOfChangedAccounts {

    private final SessionRegistry sessions;

    SessionsOfChangedAccounts(SessionRegistry sessions) {
        this.sessions = sessions;
    }

    @TransactionalEventListener
    void expire(AccountChanged change) {
        sessions.getAllPrincipals().stream()
                .filter(principal -> principal instanceof InvictaPrincipal user && user.id().equals(change.user()))
                .flatMap(principal -> sessions.getAllSessions(principal, false).stream())
                .forEach(session -> session.expireNow());
    }
}
