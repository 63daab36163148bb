package org.invicta.platform.web;

/** A change sent without the If-Match that guards it against overwriting someone else's. */
public class PreconditionRequired extends RuntimeException {
    public PreconditionRequired(String message) {
        super(message);
    }
}
