package org.invicta.organisation;

import org.invicta.shared.InvalidField;

/** NCSC guidance: length over complexity; a passphrase of three random words beats a short mix of symbols. */
final class PasswordRules {

    static final int MINIMUM_LENGTH = 12;

    private PasswordRules() {
    }

    static void check(String field, String password) {
        if (password.length() < MINIMUM_LENGTH)
            throw new InvalidField(field, "Password must be at least " + MINIMUM_LENGTH + " characters");
        if (password.length() > 256) throw new InvalidField(field, "Password must be 256 characters or fewer");
    }
}
