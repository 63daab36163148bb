package org.invicta.crime.recording;

/**
 * A Home Office classification of the counting rules of one year: class and subclass as text (classes
 * carry letters: 8N, 105A), the police.uk category it is published under, whether it has a personal
 * victim, and its seriousness for the principal crime rule (rank 1 is the most serious).
 */
public record Classification(String rulesYear, String classCode, String subclassCode, String title, String categoryCode,
                             boolean personalVictim, boolean violent, int rank) {

    /** As officers write it: class/subclass, e.g. 46/0 shoplifting, 8N/0 assault with injury. */
    public String code() {
        return classCode + "/" + subclassCode;
    }

    /** Whether this is the more serious of the two: violence first, then rank. */
    public boolean moreSeriousThan(Classification other) {
        if (violent != other.violent) return violent;
        return rank < other.rank;
    }
}
