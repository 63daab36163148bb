package org.invicta.platform.access;

/** Allow or deny, always with the reason a user or an auditor can read. */
public record AccessDecision(boolean allowed, String reason, Rule rule) {

    public enum Rule { GRANTED, PRIVILEGE, FORCE, VETTING, HANDLING_RESTRICTION }

    static AccessDecision allow() {
        return new AccessDecision(true, "allowed", Rule.GRANTED);
    }

    static AccessDecision deny(Rule rule, String reason) {
        return new AccessDecision(false, reason, rule);
    }
}
