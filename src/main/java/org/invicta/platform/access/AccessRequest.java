package org.invicta.platform.access;

import org.jspecify.annotations.Nullable;

/**
 * A user asking to use a privilege on a record. A request for another force's record carries the
 * justification of the explicit cross-force use case that makes it; an ordinary request carries none.
 */
public record AccessRequest(Accessor accessor, String privilege, @Nullable String crossForceJustification) {

    public static final String CROSS_FORCE_PRIVILEGE = "cross-force:consult";

    public AccessRequest(Accessor accessor, String privilege) {
        this(accessor, privilege, null);
    }
}
