package org.invicta.identity.matching;

import java.util.List;

/**
 * The fields the matcher compares and the levels of agreement each can reach, strongest first. The
 * last level of each is "not known on one side", which counts neither way.
 */
public enum Comparison {
    GIVEN_NAME("given name", List.of("same", "known variant (nickname)", "nearly the same spelling", "sounds the same",
            "similar spelling", "initial or start matches", "matches a middle name", "different")),
    MIDDLE_NAMES("middle names", List.of("share a middle name", "middle initials match", "different")),
    SURNAME("surname", List.of("same", "nearly the same spelling", "sounds the same", "similar spelling",
            "shares part of a double-barrelled name", "different")),
    DATE_OF_BIRTH("date of birth", List.of("same", "day and month swapped", "one digit different",
            "same day and month, year one out", "within two years", "different")),
    ADDRESS("address", List.of("same postcode and address", "same postcode", "same address, other postcode",
            "same postcode district", "different")),
    GENDER("gender", List.of("same", "different"));

    private final String label;
    private final List<String> levels;

    Comparison(String label, List<String> levels) {
        this.label = label;
        this.levels = levels;
    }

    public String label() {
        return label;
    }

    /** Levels that can be scored; {@link #unknown()} follows them. */
    public int levelCount() {
        return levels.size();
    }

    /** The level meaning one side does not say. */
    public int unknown() {
        return levels.size();
    }

    public String level(int level) {
        return level == unknown() ? "not known" : levels.get(level);
    }

    public static final int COUNT = values().length;
}
