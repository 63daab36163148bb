package org.invicta.person;

import java.time.Instant;
import java.time.LocalDate;
import org.invicta.shared.ForceId;
import org.invicta.shared.Sensitivity;
import org.jspecify.annotations.Nullable;

/** A person as read: who they are and the version an edit must name. */
public record Person(PersonId id, ForceId force, String givenNames, String surname, @Nullable LocalDate dateOfBirth,
                     Sensitivity sensitivity, int version, Instant updatedAt) {

    public PersonDetails details() {
        return new PersonDetails(givenNames, surname, dateOfBirth, sensitivity);
    }
}
