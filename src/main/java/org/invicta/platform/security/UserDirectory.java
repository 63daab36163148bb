package org.invicta.platform.security;

import java.util.Optional;
import org.invicta.shared.UserId;

/** Finds a user of the acting force by username, for modules that must not depend on organisation. */
public interface UserDirectory {
    Optional<UserId> idOf(String username);
}
