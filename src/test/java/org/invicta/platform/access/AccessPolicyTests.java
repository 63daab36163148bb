package org.invicta.platform.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.invicta.shared.ForceId;
import org.invicta.shared.Sensitivity;
import org.invicta.shared.UserId;
import org.invicta.shared.VettingLevel;
import org.junit.jupiter.api.Test;

class AccessPolicyTests {

    private static final ForceId KENT = ForceId.of("kent");
    private static final ForceId ESSEX = ForceId.of("essex");
    private final AccessPolicy policy = new AccessPolicy();

    private static Accessor officerOf(ForceId force, VettingLevel vetting, String... privileges) {
        return new Accessor(new UserId(UUID.randomUUID()), force, Set.of(privileges), vetting);
    }

    private static ProtectedRecord personOf(ForceId force, Sensitivity sensitivity) {
        return ProtectedRecord.of("person", UUID.randomUUID(), force, sensitivity);
    }

    @Test
    void anOfficerReadsAnOfficialRecordOfTheirOwnForce() {
        var decision = policy.decide(new AccessRequest(officerOf(KENT, VettingLevel.RV, "person:read"), "person:read"),
                personOf(KENT, Sensitivity.OFFICIAL));
        assertThat(decision.allowed()).isTrue();
    }

    @Test
    void withoutThePrivilegeTheReasonNamesIt() {
        var decision = policy.decide(new AccessRequest(officerOf(KENT, VettingLevel.SC), "person:read"),
                personOf(KENT, Sensitivity.OFFICIAL));
        assertThat(decision.allowed()).isFalse();
        assertThat(decision.rule()).isEqualTo(AccessDecision.Rule.PRIVILEGE);
        assertThat(decision.reason()).contains("person:read");
    }

    @Test
    void anotherForcesRecordIsRefusedEvenWithEveryOtherRightInPlace() {
        var decision = policy.decide(new AccessRequest(officerOf(KENT, VettingLevel.DV, "person:read",
                AccessRequest.CROSS_FORCE_PRIVILEGE), "person:read"), personOf(ESSEX, Sensitivity.OFFICIAL));
        assertThat(decision.rule()).isEqualTo(AccessDecision.Rule.FORCE);
    }

    @Test
    void anotherForcesRecordIsReachableOnlyWithTheCrossForcePrivilegeAndAJustification() {
        var record = personOf(ESSEX, Sensitivity.OFFICIAL);
        var privileged = officerOf(KENT, VettingLevel.MV, "person:read", AccessRequest.CROSS_FORCE_PRIVILEGE);
        assertThat(policy.decide(new AccessRequest(privileged, "person:read", "suspect lives in Essex"), record).allowed())
                .isTrue();
        assertThat(policy.decide(new AccessRequest(privileged, "person:read", "  "), record).allowed()).isFalse();
        var unprivileged = officerOf(KENT, VettingLevel.MV, "person:read");
        assertThat(policy.decide(new AccessRequest(unprivileged, "person:read", "suspect lives in Essex"), record).allowed())
                .isFalse();
    }

    @Test
    void aSensitiveRecordNeedsTheVettingItsSensitivityAsksFor() {
        var decision = policy.decide(new AccessRequest(officerOf(KENT, VettingLevel.RV, "person:read"), "person:read"),
                personOf(KENT, Sensitivity.OFFICIAL_SENSITIVE));
        assertThat(decision.rule()).isEqualTo(AccessDecision.Rule.VETTING);
        assertThat(decision.reason()).contains("needs MV vetting; you hold RV");
        assertThat(policy.decide(new AccessRequest(officerOf(KENT, VettingLevel.NPPV3, "person:read"), "person:read"),
                personOf(KENT, Sensitivity.SECRET)).rule()).isEqualTo(AccessDecision.Rule.VETTING);
    }

    @Test
    void aRestrictedRecordIsForItsNamedOfficersOnly() {
        var named = officerOf(KENT, VettingLevel.MV, "person:read");
        var record = new ProtectedRecord("person", "1", KENT, Sensitivity.OFFICIAL, Set.of(named.id()));
        assertThat(policy.decide(new AccessRequest(named, "person:read"), record).allowed()).isTrue();
        var other = officerOf(KENT, VettingLevel.MV, "person:read");
        assertThat(policy.decide(new AccessRequest(other, "person:read"), record).rule())
                .isEqualTo(AccessDecision.Rule.HANDLING_RESTRICTION);
    }
}
