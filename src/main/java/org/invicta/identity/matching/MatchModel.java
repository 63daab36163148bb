package org.invicta.identity.matching;

import static org.invicta.identity.matching.Comparison.ADDRESS;
import static org.invicta.identity.matching.Comparison.DATE_OF_BIRTH;
import static org.invicta.identity.matching.Comparison.GIVEN_NAME;
import static org.invicta.identity.matching.Comparison.SURNAME;

import java.util.ArrayList;
import java.util.List;

/**
 * Fellegi–Sunter parameters: for each comparison level, m = P(level | one person) and u = P(level |
 * two people); the prior λ that two records picked at random are one person; and the term
 * frequencies that adjust exact agreements. The match weight of a pair is log2 of the prior odds plus
 * log2(m/u) for each comparison; its probability is 2^w / (1 + 2^w).
 */
public final class MatchModel {

    private static final double SMALLEST = 1e-9;
    private static final int GIVEN_DIFFERENT = GIVEN_NAME.levelCount() - 1;
    private static final int DATE_DIFFERENT = DATE_OF_BIRTH.levelCount() - 1;

    private final String version;
    private final double prior;
    private final double[][] m;
    private final double[][] u;
    private final double[][] levelWeight;
    private final TermFrequencies givenNames;
    private final TermFrequencies surnames;
    private final TermFrequencies postcodes;

    public MatchModel(String version, double prior, double[][] m, double[][] u, TermFrequencies givenNames,
                      TermFrequencies surnames, TermFrequencies postcodes) {
        this.version = version;
        this.prior = prior;
        this.m = m;
        this.u = u;
        this.givenNames = givenNames;
        this.surnames = surnames;
        this.postcodes = postcodes;
        levelWeight = new double[Comparison.COUNT][];
        for (var comparison : Comparison.values()) {
            var c = comparison.ordinal();
            levelWeight[c] = new double[comparison.levelCount() + 1];
            for (int level = 0; level < comparison.levelCount(); level++)
                levelWeight[c][level] = TermFrequencies.log2(Math.max(m[c][level], SMALLEST) / Math.max(u[c][level], SMALLEST));
        }
    }

    public String version() {
        return version;
    }

    public double prior() {
        return prior;
    }

    public double m(Comparison comparison, int level) {
        return m[comparison.ordinal()][level];
    }

    public double u(Comparison comparison, int level) {
        return u[comparison.ordinal()][level];
    }

    /** The weight of evidence for a level before any term-frequency adjustment or rule. */
    public double levelWeight(Comparison comparison, int level) {
        return levelWeight[comparison.ordinal()][level];
    }

    public double priorWeight() {
        return TermFrequencies.log2(prior / (1 - prior));
    }

    /** The match weight of a pair, without the reasons: what batch linking needs, millions of times. */
    public double weight(PreparedPerson a, PreparedPerson b) {
        var comparison = PairComparison.of(a, b);
        var weight = priorWeight();
        for (var c : Comparison.values()) weight += contribution(c, comparison, a);
        return weight;
    }

    public MatchScore score(PreparedPerson a, PreparedPerson b) {
        var comparison = PairComparison.of(a, b);
        var weight = priorWeight();
        var reasons = new ArrayList<MatchScore.Reason>();
        for (var c : Comparison.values()) {
            var contribution = contribution(c, comparison, a);
            weight += contribution;
            var level = comparison.level(c);
            if (level != c.unknown()) {
                var text = c.level(level);
                if (comparison.namesSwapped() && (c == GIVEN_NAME || c == SURNAME))
                    text = text + " (given name and surname swapped)";
                reasons.add(new MatchScore.Reason(c, text, contribution));
            }
        }
        return new MatchScore(probability(weight), weight, List.copyOf(reasons), comparison.namesSwapped());
    }

    public static double probability(double weight) {
        var odds = Math.pow(2, weight);
        return Double.isInfinite(odds) ? 1.0 : odds / (1 + odds);
    }

    private double contribution(Comparison c, PairComparison comparison, PreparedPerson a) {
        var level = comparison.level(c);
        var weight = levelWeight[c.ordinal()][level];
        // Relatives share an address: it supports a match only when neither name nor date of birth contradicts it.
        if (c == ADDRESS && weight > 0 && (comparison.level(GIVEN_NAME) == GIVEN_DIFFERENT
                || comparison.level(DATE_OF_BIRTH) == DATE_DIFFERENT)) return 0;
        if (comparison.namesSwapped()) return weight;
        if (c == GIVEN_NAME && level == 0) weight += givenNames.adjustment(a.given);
        else if (c == SURNAME && level == 0) weight += surnames.adjustment(a.surname);
        else if (c == ADDRESS && level <= 1) weight += postcodes.adjustment(a.postcode);
        return weight;
    }

    /** The same parameters with another prior: the chance that a new entry is one given person depends on how many there are. */
    public MatchModel withPrior(double newPrior) {
        return new MatchModel(version, newPrior, m, u, givenNames, surnames, postcodes);
    }

    /**
     * Reads parameters written by {@link #parameters()} (the {@code --model} file of {@code identity link}),
     * with the term frequencies to use beside them.
     */
    public static MatchModel read(String version, List<List<String>> rows, TermFrequencies givenNames,
                                  TermFrequencies surnames, TermFrequencies postcodes) {
        var m = new double[Comparison.COUNT][];
        var u = new double[Comparison.COUNT][];
        for (var c : Comparison.values()) {
            m[c.ordinal()] = new double[c.levelCount() + 1];
            u[c.ordinal()] = new double[c.levelCount() + 1];
        }
        var prior = Double.NaN;
        for (var row : rows) {
            if (row.get(0).equals("model")) {
                version = row.get(1);
                continue;
            }
            if (row.get(0).equals("prior")) {
                prior = Double.parseDouble(row.get(2));
                continue;
            }
            var comparison = java.util.Arrays.stream(Comparison.values()).filter(c -> c.label().equals(row.get(0))).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no comparison called " + row.get(0)));
            var level = java.util.stream.IntStream.range(0, comparison.levelCount())
                    .filter(l -> comparison.level(l).equals(row.get(1))).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no level " + row.get(1) + " of " + row.get(0)));
            m[comparison.ordinal()][level] = Double.parseDouble(row.get(2));
            u[comparison.ordinal()][level] = Double.parseDouble(row.get(3));
        }
        for (var c : Comparison.values())
            for (int level = 0; level < c.levelCount(); level++)
                if (m[c.ordinal()][level] == 0 || u[c.ordinal()][level] == 0)
                    throw new IllegalArgumentException("the model has no parameters for " + c.label() + ": " + c.level(level));
        if (Double.isNaN(prior)) throw new IllegalArgumentException("the model has no prior");
        return new MatchModel(version, prior, m, u, givenNames, surnames, postcodes);
    }

    /** The version, then every parameter, as rows for a report: comparison, level, m, u, weight. */
    public List<String[]> parameters() {
        var rows = new ArrayList<String[]>();
        rows.add(new String[] {"model", version, "", "", ""});
        rows.add(new String[] {"prior", "two records chosen at random are one person", format(prior), "", format(priorWeight())});
        for (var c : Comparison.values())
            for (int level = 0; level < c.levelCount(); level++)
                rows.add(new String[] {c.label(), c.level(level), format(m[c.ordinal()][level]),
                        format(u[c.ordinal()][level]), format(levelWeight[c.ordinal()][level])});
        return rows;
    }

    private static String format(double value) {
        return String.format(java.util.Locale.ROOT, "%.6g", value);
    }
}
