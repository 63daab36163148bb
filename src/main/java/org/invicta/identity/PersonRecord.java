package org.invicta.identity;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the matcher compares about a person, however it was recorded: a row of a file, a person record
 * or a form being filled in. Empty strings mean not known.
 */
public record PersonRecord(String id, String givenNames, String surname, @Nullable LocalDate dateOfBirth,
                           String gender, String address, String postcode) {

    public PersonRecord {
        givenNames = givenNames == null ? "" : givenNames;
        surname = surname == null ? "" : surname;
        gender = gender == null ? "" : gender;
        address = address == null ? "" : address;
        postcode = postcode == null ? "" : postcode;
    }
}
