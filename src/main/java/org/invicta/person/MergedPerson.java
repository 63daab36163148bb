package org.invicta.person;

/** The record asked for was merged into another: readers are sent there, edits are refused. */
public class MergedPerson extends RuntimeException {

    private final PersonId survivor;

    public MergedPerson(PersonId merged, PersonId survivor) {
        super("Person " + merged + " was merged into " + survivor + ": use that record");
        this.survivor = survivor;
    }

    public PersonId survivor() {
        return survivor;
    }
}
