package org.invicta.person;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.invicta.shared.InvalidField;
import org.invicta.shared.Sensitivity;
import org.jspecify.annotations.Nullable;

/** What is entered for a person. */
public record PersonDetails(String givenNames, String surname, @Nullable LocalDate dateOfBirth,
                            @Nullable Sensitivity sensitivity) {

    public PersonDetails {
        givenNames = givenNames == null ? "" : givenNames.trim();
        surname = surname == null ? "" : surname.trim();
        if (givenNames.isEmpty()) throw new InvalidField("givenNames", "Enter the person's given names");
        if (surname.isEmpty()) throw new InvalidField("surname", "Enter the person's surname");
        if (givenNames.length() > 200) throw new InvalidField("givenNames", "Given names must be 200 characters or fewer");
        if (surname.length() > 200) throw new InvalidField("surname", "Surname must be 200 characters or fewer");
    }

    /** The sensitivity to record: the one given, else OFFICIAL for a new person (see {@link #keepingSensitivityOf}). */
    public Sensitivity sensitivityOrOfficial() {
        return sensitivity == null ? Sensitivity.OFFICIAL : sensitivity;
    }

    /** A correction that does not mention sensitivity never lowers it: it keeps the record's current one. */
    public PersonDetails keepingSensitivityOf(PersonDetails current) {
        return sensitivity != null ? this : new PersonDetails(givenNames, surname, dateOfBirth, current.sensitivityOrOfficial());
    }

    public void mustBeBornBy(LocalDate today) {
        if (dateOfBirth != null && dateOfBirth.isAfter(today))
            throw new InvalidField("dateOfBirth", "Date of birth must be today or in the past");
        if (dateOfBirth != null && dateOfBirth.isBefore(today.minusYears(130)))
            throw new InvalidField("dateOfBirth", "Date of birth must be within the last 130 years");
    }

    /** Field by field, what changes from this version to another: {this value, the other's value}. */
    public Map<String, String[]> changesTo(PersonDetails other) {
        var differences = new LinkedHashMap<String, String[]>();
        compare(differences, "givenNames", givenNames, other.givenNames);
        compare(differences, "surname", surname, other.surname);
        compare(differences, "dateOfBirth", dateOfBirth, other.dateOfBirth);
        compare(differences, "sensitivity", sensitivityOrOfficial(), other.sensitivityOrOfficial());
        return differences;
    }

    private static void compare(Map<String, String[]> differences, String field, @Nullable Object before,
                                @Nullable Object after) {
        if (!Objects.equals(before, after))
            differences.put(field, new String[] {String.valueOf(before), String.valueOf(after)});
    }
}
