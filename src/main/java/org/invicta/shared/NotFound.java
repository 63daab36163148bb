package org.invicta.shared;

/** No such record for this user: it does not exist, or belongs to another force (which is not disclosed). */
public class NotFound extends RuntimeException {
    public NotFound(String what) {
        super(what + " not found");
    }
}
