package org.invicta.person;

import java.util.List;

/**
 * The person being created strongly matches someone already recorded: nothing was saved. Use the
 * existing person, or create anyway with a reason, which goes to the duplicate review.
 */
public class PossibleDuplicate extends RuntimeException {

    private final List<FindingPeople.Found> matches;

    public PossibleDuplicate(List<FindingPeople.Found> matches) {
        super("This person may already be recorded: use the existing record, or give a reason for creating a new one");
        this.matches = List.copyOf(matches);
    }

    public List<FindingPeople.Found> matches() {
        return matches;
    }
}
