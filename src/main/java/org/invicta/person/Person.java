package org.invicta.person;

import java.time.Instant;
import java.time.LocalDate;
import org.invicta.shared.ForceId;
import org.invicta.shared.Sensitivity;
import org.jspecify.annotations.Nullable;

/** A person as read: what is recorded about them, the version an edit must name, and the record it was merged into, if any. */
public record Person(PersonId id, ForceId force, PersonDetails details, int version, Instant updatedAt,
                     @Nullable PersonId mergedInto) {

    public boolean merged() {
        return mergedInto != null;
    }

    public String givenNames() {
        return details.givenNames();
    }

    public String surname() {
        return details.surname();
    }

    public @Nullable LocalDate dateOfBirth() {
        return details.dateOfBirth();
    }

    public Sensitivity sensitivity() {
        return details.sensitivityOrOfficial();
    }
}
