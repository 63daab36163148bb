package org.invicta.person;

import java.util.UUID;

public record PersonId(UUID value) {
    public PersonId {
        if (value == null) throw new IllegalArgumentException("person id is required");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
