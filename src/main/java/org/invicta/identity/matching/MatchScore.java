package org.invicta.identity.matching;

import java.util.List;

/**
 * How likely two records are one person, with the reasons: each comparison's level and the weight of
 * evidence (in bits) it added or took away.
 */
public record MatchScore(double probability, double weight, List<Reason> reasons, boolean namesSwapped) {

    public record Reason(Comparison comparison, String level, double weight) {
        public String describe() {
            return comparison.label() + ": " + level;
        }
    }

    /** The reasons that count for the match, strongest first, as an officer would read them. */
    public List<Reason> supporting() {
        return reasons.stream().filter(r -> r.weight() > 0)
                .sorted((x, y) -> Double.compare(y.weight(), x.weight())).toList();
    }

    public List<Reason> against() {
        return reasons.stream().filter(r -> r.weight() < 0)
                .sorted((x, y) -> Double.compare(x.weight(), y.weight())).toList();
    }
}
