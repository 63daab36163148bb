package org.invicta.organisation;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.invicta.shared.VettingLevel;
import org.invicta.shared.InvalidField;
import org.jspecify.annotations.Nullable;

/** What an administrator enters for a user. The username is fixed once created: it is how they sign in. */
public record AccountDetails(
        String displayName, @Nullable String collarNumber, String rankOrGrade, VettingLevel vetting,
        @Nullable LocalDate vettingExpiresOn, @Nullable UUID teamId, Set<String> roles, boolean enabled,
        @Nullable String identityProviderSubject) {

    public AccountDetails {
        roles = Set.copyOf(roles);
        if (displayName == null || displayName.isBlank())
            throw new InvalidField("displayName", "Enter the user's full name");
        if (rankOrGrade == null || rankOrGrade.isBlank())
            throw new InvalidField("rankOrGrade", "Enter the user's rank or grade");
        if (collarNumber != null && collarNumber.isBlank()) collarNumber = null;
        if (collarNumber != null && !collarNumber.matches("[A-Za-z]{0,3}[0-9]{1,6}"))
            throw new InvalidField("collarNumber", "Collar number must be up to 3 letters then up to 6 digits, like 4521 or PC4521");
        if (identityProviderSubject != null && identityProviderSubject.isBlank()) identityProviderSubject = null;
        if (roles.isEmpty()) throw new InvalidField("roles", "Select at least one role");
    }
}
