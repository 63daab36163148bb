package org.invicta.person;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

public record PersonId(UUID value) {
    public PersonId {
        if (value == null) throw new IllegalArgumentException("person id is required");
    }

    /** The id, or null when none was given: for requests whose missing ids the service reports by field. */
    public static @Nullable PersonId orNull(@Nullable UUID value) {
        return value == null ? null : new PersonId(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
