package org.invicta.identity;

import java.util.List;

/**
 * How likely a candidate is the person being entered or searched for, and why: the agreements that
 * count for it and the differences that count against it, in words an officer reads.
 */
public record Match(double probability, List<String> supporting, List<String> against) {

    public int percent() {
        return (int) Math.floor(probability * 100);
    }

    /** A strong match: creating a new person despite it needs a reason (see the entry check). */
    public boolean strong() {
        return probability >= PersonMatching.STRONG;
    }
}
