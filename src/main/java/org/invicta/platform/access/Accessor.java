package org.invicta.platform.access;

import java.util.Set;
import org.invicta.shared.ForceId;
import org.invicta.shared.UserId;
import org.invicta.shared.VettingLevel;

/** Who asks for access: their account, force, privileges and vetting. */
public record Accessor(UserId id, ForceId force, Set<String> privileges, VettingLevel vetting) {
    public Accessor {
        privileges = Set.copyOf(privileges);
    }
}
