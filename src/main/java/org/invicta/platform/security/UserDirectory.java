package org.invicta.platform.security;

import java.util.List;
import java.util.Optional;
import org.invicta.shared.UserId;

/** Finds a user of the acting force by username, for modules that must not depend on organisation. */
public interface UserDirectory {
    Optional<UserId> idOf(String username);

    /** A user of the acting force, as others are shown them: to allocate work to, or to say who did it. */
    record Officer(UserId id, String displayName, String rankOrGrade) {
    }

    /** The acting force's enabled users whose roles give this privilege, by name. */
    List<Officer> holding(String privilege);

    /** The district of the user's team (through its station), if the user is in one. */
    Optional<String> districtOf(UserId user);
}
