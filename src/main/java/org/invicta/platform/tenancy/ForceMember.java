package org.invicta.platform.tenancy;

import org.invicta.shared.ForceId;

/** Anything that acts for one force: the signed-in user's principal. */
public interface ForceMember {
    ForceId force();
}
