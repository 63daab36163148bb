package org.invicta.platform.access;

/** A user asking to use a privilege on a record. */
public record AccessRequest(Accessor accessor, String privilege) {
}
