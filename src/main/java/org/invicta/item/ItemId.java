package org.invicta.item;

import java.util.UUID;

public record ItemId(UUID value) {
    public ItemId {
        if (value == null) throw new IllegalArgumentException("item id is required");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
