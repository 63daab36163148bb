package org.invicta.identity.matching;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * How common each value of a field is. Agreeing on a rare surname ("Linacre") says more than agreeing
 * on "Smith": the matcher scores an exact agreement against the frequency of the value agreed on.
 */
public final class TermFrequencies {

    private final Map<String, Double> frequency;
    private final double floor;
    private final double chanceOfAgreement;

    private TermFrequencies(Map<String, Double> frequency, double floor, double chanceOfAgreement) {
        this.frequency = frequency;
        this.floor = floor;
        this.chanceOfAgreement = chanceOfAgreement;
    }

    public static TermFrequencies count(Iterable<PreparedPerson> people, Function<PreparedPerson, String> field) {
        var counts = new HashMap<String, Integer>();
        var known = 0;
        for (var person : people) {
            var value = field.apply(person);
            if (value.isEmpty()) continue;
            counts.merge(value, 1, Integer::sum);
            known++;
        }
        var frequency = new HashMap<String, Double>(counts.size() * 2);
        var agreement = 0.0;
        for (var entry : counts.entrySet()) {
            var f = entry.getValue() / (double) Math.max(known, 1);
            frequency.put(entry.getKey(), f);
            agreement += f * f;
        }
        return new TermFrequencies(frequency, 1.0 / Math.max(known, 1), agreement);
    }

    public static TermFrequencies of(Map<String, Double> frequency, double floor) {
        var agreement = frequency.values().stream().mapToDouble(f -> f * f).sum();
        return new TermFrequencies(Map.copyOf(frequency), floor, agreement);
    }

    /** Share of records holding this value; never below one record's share. */
    public double frequency(String value) {
        return Math.max(frequency.getOrDefault(value, floor), floor);
    }

    /** Log2 adjustment to an exact agreement on this value: positive for rare values, negative for common ones. */
    public double adjustment(String value) {
        if (chanceOfAgreement == 0) return 0;
        return log2(chanceOfAgreement / frequency(value));
    }

    public Map<String, Double> frequencies() {
        return frequency;
    }

    public double floor() {
        return floor;
    }

    static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
