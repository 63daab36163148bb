package org.invicta.platform.access;

/**
 * A request the policy refused. A record of another force is reported as not found, so that its
 * existence is not disclosed; any other denial says why.
 */
public class AccessDenied extends RuntimeException {

    private final AccessDecision decision;

    public AccessDenied(AccessDecision decision) {
        super(decision.reason());
        this.decision = decision;
    }

    public AccessDecision decision() {
        return decision;
    }

    public boolean hidesExistence() {
        return decision.rule() == AccessDecision.Rule.FORCE;
    }
}
