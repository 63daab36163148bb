package org.invicta.platform.access;

import org.invicta.platform.security.CurrentUser;
import org.invicta.platform.security.InvictaPrincipal;
import org.springframework.stereotype.Component;

/** Applies the {@link AccessPolicy} for the signed-in user; services call it before they use a record. */
@Component
public class RecordAccess {

    private final AccessPolicy policy = new AccessPolicy();
    private final CurrentUser currentUser;

    RecordAccess(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    public void require(String privilege, ProtectedRecord record) {
        var decision = decide(currentUser.require(), privilege, record);
        if (!decision.allowed()) throw new AccessDenied(decision);
    }

    public AccessDecision decide(InvictaPrincipal user, String privilege, ProtectedRecord record) {
        var accessor = new Accessor(user.id(), user.force(), user.privileges(), user.vetting());
        return policy.decide(new AccessRequest(accessor, privilege), record);
    }
}
