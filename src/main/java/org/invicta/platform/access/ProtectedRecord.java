package org.invicta.platform.access;

import java.util.Set;
import org.invicta.shared.ForceId;
import org.invicta.shared.Sensitivity;
import org.invicta.shared.UserId;

/**
 * What the policy needs to know of a record: its owning force, how sensitive it is, and any handling
 * restriction naming the only users who may see it (an empty set means no such restriction).
 */
public record ProtectedRecord(String type, String id, ForceId force, Sensitivity sensitivity, Set<UserId> restrictedTo) {
    public ProtectedRecord {
        restrictedTo = Set.copyOf(restrictedTo);
    }

    public static ProtectedRecord of(String type, Object id, ForceId force, Sensitivity sensitivity) {
        return new ProtectedRecord(type, id.toString(), force, sensitivity, Set.of());
    }
}
