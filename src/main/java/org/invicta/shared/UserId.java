package org.invicta.shared;

import java.util.UUID;

/** A user account of Invicta, in whatever force it belongs to. */
public record UserId(UUID value) {
    public UserId {
        if (value == null) throw new IllegalArgumentException("user id is required");
    }

    public static UserId of(String value) {
        return new UserId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
