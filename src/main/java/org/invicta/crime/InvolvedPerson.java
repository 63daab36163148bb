package org.invicta.crime;

import java.util.UUID;

/** A person on record and the part they had: victim, suspect, witness or the one who reported it. */
public record InvolvedPerson(UUID personId, String name, Role role) {

    public enum Role { VICTIM, SUSPECT, WITNESS, REPORTER }
}
