package org.invicta.person;

import java.time.LocalDate;
import org.invicta.shared.InvalidField;
import org.jspecify.annotations.Nullable;

/** Another name a person is or was known by (type from the alias-type code list), with its own date of birth if given. */
public record Alias(String type, String givenNames, String surname, @Nullable LocalDate dateOfBirth) {

    public Alias {
        type = type == null || type.isBlank() ? "AKA" : type.trim();
        givenNames = givenNames == null ? "" : givenNames.trim();
        surname = surname == null ? "" : surname.trim();
    }

    void check(String field) {
        if (surname.isEmpty() && givenNames.isEmpty()) throw new InvalidField(field + ".surname", "Enter the alias's name");
        if (givenNames.length() > 200 || surname.length() > 200)
            throw new InvalidField(field + ".surname", "An alias must be 200 characters or fewer");
    }
}
