package org.invicta.location;

import java.util.UUID;

public record LocationId(UUID value) {
    public LocationId {
        if (value == null) throw new IllegalArgumentException("location id is required");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
