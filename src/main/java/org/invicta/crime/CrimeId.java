package org.invicta.crime;

import java.util.UUID;

public record CrimeId(UUID value) {
    public CrimeId {
        if (value == null) throw new IllegalArgumentException("crime id is required");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
