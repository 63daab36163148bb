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

    public boolean allows(String privilege, ProtectedRecord record) {
        return decide(currentUser.require(), privilege, record).allowed();
    }

    /** The explicit cross-force use case: the justification is what makes another force's record reachable. */
    public void requireAcrossForces(String privilege, ProtectedRecord record, String justification) {
        var user = currentUser.require();
        var decision = policy.decide(new AccessRequest(accessorOf(user), privilege, justification), record);
        if (!decision.allowed()) throw new AccessDenied(decision);
    }

    public AccessDecision decide(InvictaPrincipal user, String privilege, ProtectedRecord record) {
        return policy.decide(new AccessRequest(accessorOf(user), privilege), record);
    }

    private static Accessor accessorOf(InvictaPrincipal user) {
        return new Accessor(user.id(), user.force(), user.privileges(), user.vetting());
    }
}
