package org.invicta.organisation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.invicta.shared.ForceId;
import org.invicta.shared.UserId;
import org.invicta.shared.VettingLevel;
import org.jspecify.annotations.Nullable;

/** A user as the force administrator sees one. */
public record UserAccount(
        ForceId force, UserId id, String username, String displayName, @Nullable String collarNumber,
        String rankOrGrade, VettingLevel vetting, @Nullable LocalDate vettingExpiresOn, @Nullable UUID teamId,
        Set<String> roles, boolean enabled, @Nullable Instant lockedUntil, @Nullable Instant lastSignedInAt,
        @Nullable String identityProviderSubject, int version, boolean lockedNow) {

    /** Vetting that has lapsed counts only as recruitment vetting until it is renewed. */
    public VettingLevel vettingOn(LocalDate day) {
        return vettingExpiresOn != null && vettingExpiresOn.isBefore(day) ? VettingLevel.RV : vetting;
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
