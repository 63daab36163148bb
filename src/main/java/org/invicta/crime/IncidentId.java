package org.invicta.crime;

import java.util.UUID;

public record IncidentId(UUID value) {
    public IncidentId {
        if (value == null) throw new IllegalArgumentException("incident id is required");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
