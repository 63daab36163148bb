package org.invicta.organisation;

import org.invicta.shared.InvalidField;
import org.jspecify.annotations.Nullable;

/** A user to create: how they sign in, and their details. No password means identity-provider sign-in only. */
public record NewAccount(String username, @Nullable String initialPassword, AccountDetails details) {

    public NewAccount {
        username = username == null ? "" : username.trim().toLowerCase();
        if (!username.matches("[a-z][a-z0-9._-]{2,63}"))
            throw new InvalidField("username",
                    "Username must be 3 to 64 characters: lower-case letters, digits, dots, hyphens or underscores, starting with a letter");
        if (initialPassword != null && initialPassword.isEmpty()) initialPassword = null;
        if (initialPassword != null) PasswordRules.check("initialPassword", initialPassword);
        if (initialPassword == null && details.identityProviderSubject() == null)
            throw new InvalidField("initialPassword",
                    "Enter an initial password, or an identity provider subject for single sign-on");
    }
}
