package org.invicta.organisation.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.invicta.organisation.AccountDetails;
import org.invicta.organisation.NewAccount;
import org.invicta.organisation.UserAccount;
import org.invicta.shared.InvalidField;
import org.invicta.shared.VettingLevel;
import org.jspecify.annotations.Nullable;

/** The user form as posted by a page. */
record UserForm(@Nullable String username, @Nullable String displayName, @Nullable String collarNumber,
                @Nullable String rankOrGrade, @Nullable String vetting, @Nullable String vettingExpiresOn,
                @Nullable String teamId, @Nullable List<String> roles, @Nullable Boolean enabled,
                @Nullable String identityProviderSubject, @Nullable String initialPassword, @Nullable Integer version) {

    // An unticked checkbox is not sent at all: absent means "cannot sign in", as on the page.
    public UserForm {
        if (enabled == null) enabled = false;
        if (version == null) version = 0;
    }

    static UserForm blank() {
        return new UserForm("", "", "", "", "RV", "", "", List.of(), true, "", "", 0);
    }

    static UserForm of(UserAccount account) {
        return new UserForm(account.username(), account.displayName(), account.collarNumber(), account.rankOrGrade(),
                account.vetting().name(), account.vettingExpiresOn() == null ? "" : account.vettingExpiresOn().toString(),
                account.teamId() == null ? "" : account.teamId().toString(), List.copyOf(account.roles()),
                account.enabled(), account.identityProviderSubject(), "", account.version());
    }

    NewAccount newAccount() {
        return new NewAccount(username == null ? "" : username, initialPassword, details());
    }

    AccountDetails details() {
        return new AccountDetails(displayName == null ? "" : displayName, collarNumber,
                rankOrGrade == null ? "" : rankOrGrade, vettingLevel(), expiry(), team(),
                roles == null ? Set.of() : Set.copyOf(roles), enabled, identityProviderSubject);
    }

    public boolean hasRole(String role) {
        return roles != null && roles.contains(role);
    }

    private VettingLevel vettingLevel() {
        try {
            return VettingLevel.fromCode(vetting == null ? "" : vetting);
        } catch (IllegalArgumentException e) {
            throw new InvalidField("vetting", "Select the user's vetting level");
        }
    }

    private @Nullable LocalDate expiry() {
        if (vettingExpiresOn == null || vettingExpiresOn.isBlank()) return null;
        try {
            return LocalDate.parse(vettingExpiresOn.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidField("vettingExpiresOn", "Vetting expiry must be a real date written YYYY-MM-DD, like 2029-03-31");
        }
    }

    private @Nullable UUID team() {
        if (teamId == null || teamId.isBlank()) return null;
        try {
            return UUID.fromString(teamId);
        } catch (IllegalArgumentException e) {
            throw new InvalidField("teamId", "Select a team from the list");
        }
    }
}
