package org.invicta.shared;

import java.util.Map;

/**
 * Someone else changed the record since it was read: the change is refused rather than overwriting
 * theirs. Carries what the caller expected and what is there now, field by field.
 */
public class ConcurrentChange extends RuntimeException {

    private final int expectedVersion;
    private final int currentVersion;
    private final Map<String, Difference> differences;

    public ConcurrentChange(String record, int expectedVersion, int currentVersion, Map<String, Difference> differences) {
        super(record + " was changed by someone else: you edited version " + expectedVersion
                + ", it is now at version " + currentVersion);
        this.expectedVersion = expectedVersion;
        this.currentVersion = currentVersion;
        this.differences = Map.copyOf(differences);
    }

    public int expectedVersion() {
        return expectedVersion;
    }

    public int currentVersion() {
        return currentVersion;
    }

    public Map<String, Difference> differences() {
        return differences;
    }

    /** A field's value in the version the caller edited, in the current version, and in the caller's change. */
    public record Difference(String yourBase, String current, String yours) {
    }
}
