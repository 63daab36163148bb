package org.invicta.platform.access;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The one place that decides whether a user may act on a record: privilege, then force, then vetting
 * against the record's sensitivity, then any handling restriction. The first rule that denies gives
 * the reason. Pure: no Spring, no database, so every rule is tested on its own.
 */
public final class AccessPolicy {

    private final List<BiFunction<AccessRequest, ProtectedRecord, Optional<AccessDecision>>> rules = List.of(
            AccessPolicy::holdsThePrivilege,
            AccessPolicy::belongsToTheUsersForce,
            AccessPolicy::vettedForTheSensitivity,
            AccessPolicy::namedInAnyHandlingRestriction);

    public AccessDecision decide(AccessRequest request, ProtectedRecord record) {
        return rules.stream().map(rule -> rule.apply(request, record)).flatMap(Optional::stream)
                .findFirst().orElseGet(AccessDecision::allow);
    }

    private static Optional<AccessDecision> holdsThePrivilege(AccessRequest request, ProtectedRecord record) {
        if (request.accessor().privileges().contains(request.privilege())) return Optional.empty();
        return Optional.of(AccessDecision.deny(AccessDecision.Rule.PRIVILEGE,
                "your roles do not give the privilege '" + request.privilege() + "'"));
    }

    // Forces share one installation, never each other's records: cross-force access is its own audited
    // use case, which names its justification and needs a privilege of its own.
    private static Optional<AccessDecision> belongsToTheUsersForce(AccessRequest request, ProtectedRecord record) {
        if (record.force().equals(request.accessor().force())) return Optional.empty();
        var justification = request.crossForceJustification();
        if (justification != null && !justification.isBlank()
                && request.accessor().privileges().contains(AccessRequest.CROSS_FORCE_PRIVILEGE))
            return Optional.empty();
        return Optional.of(AccessDecision.deny(AccessDecision.Rule.FORCE,
                "the " + record.type() + " belongs to another force"));
    }

    private static Optional<AccessDecision> vettedForTheSensitivity(AccessRequest request, ProtectedRecord record) {
        var required = record.sensitivity().vettingRequired();
        if (request.accessor().vetting().atLeast(required)) return Optional.empty();
        return Optional.of(AccessDecision.deny(AccessDecision.Rule.VETTING,
                "the " + record.type() + " is " + record.sensitivity() + " and needs " + required
                        + " vetting; you hold " + request.accessor().vetting()));
    }

    private static Optional<AccessDecision> namedInAnyHandlingRestriction(AccessRequest request, ProtectedRecord record) {
        if (record.restrictedTo().isEmpty() || record.restrictedTo().contains(request.accessor().id()))
            return Optional.empty();
        return Optional.of(AccessDecision.deny(AccessDecision.Rule.HANDLING_RESTRICTION,
                "the " + record.type() + " is restricted to named officers"));
    }
}
