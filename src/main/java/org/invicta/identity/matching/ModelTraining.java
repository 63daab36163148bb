package org.invicta.identity.matching;

import static org.invicta.identity.matching.Comparison.ADDRESS;
import static org.invicta.identity.matching.Comparison.DATE_OF_BIRTH;
import static org.invicta.identity.matching.Comparison.GENDER;
import static org.invicta.identity.matching.Comparison.GIVEN_NAME;
import static org.invicta.identity.matching.Comparison.SURNAME;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Learns a {@link MatchModel} from unlabelled records, as Splink does. u comes from pairs drawn at
 * random ({@link RandomPairs}: nearly all of them two different people). m comes from
 * expectation–maximisation over the pairs of two training blocks: pairs born on the same day teach
 * the name and address levels, pairs with the same names at the same postcode teach the date-of-birth
 * levels; a block cannot teach the fields it is keyed on. The prior follows from how many matches the
 * date-of-birth block holds and how often a match keeps its date of birth.
 */
public final class ModelTraining {

    private static final int RANDOM_PAIRS = 2_000_000;
    private static final int TRAINING_PAIRS = 3_000_000;
    private static final int LARGEST_TRAINING_BLOCK = 1_000;
    private static final int ITERATIONS = 40;

    private final List<PreparedPerson> people;
    private final Consumer<String> log;

    public ModelTraining(List<PreparedPerson> people, Consumer<String> log) {
        this.people = people;
        this.log = log;
    }

    public MatchModel train(long seed) {
        if (people.size() < 2) throw new IllegalArgumentException("at least two records are needed to learn from");
        var random = new SplittableRandom(seed);
        var given = TermFrequencies.count(people, p -> p.given);
        var surnames = TermFrequencies.count(people, p -> p.surname);
        var postcodes = TermFrequencies.count(people, p -> p.postcode);
        var randomPairs = new RandomPairs(people, random);
        var anyone = randomPairs.anyone(RANDOM_PAIRS);
        var sameYear = randomPairs.bornInTheSameYear(RANDOM_PAIRS);
        log.accept(String.format("learnt u from %,d random pairs, and from %,d born in the same year for the date-of-birth block",
                anyone.pairs(), sameYear.pairs()));
        var u = anyone.u();

        // Measured against people of one year, the date-of-birth block's shared names are not taken for
        // matches: against anyone, EM found four times the matches in it at a million records.
        var byBirth = expectationMaximisation(BlockingRule.DATE_OF_BIRTH, sameYear.pairs() > 0 ? sameYear.u() : u, random, DATE_OF_BIRTH);
        var byName = expectationMaximisation(BlockingRule.NAMES_AND_POSTCODE, u, random, GIVEN_NAME, SURNAME, ADDRESS, GENDER);
        var m = new double[Comparison.COUNT][];
        for (var c : Comparison.values()) {
            var fromBirth = byBirth.m[c.ordinal()];
            var fromName = byName.m[c.ordinal()];
            m[c.ordinal()] = switch (c) {
                case GIVEN_NAME, SURNAME -> fromBirth;
                case DATE_OF_BIRTH -> fromName;
                case ADDRESS -> fromBirth;
                default -> average(fromBirth, fromName);
            };
        }
        var keepsBirthDate = Math.max(m[DATE_OF_BIRTH.ordinal()][0], 0.01);
        var matches = byBirth.prior * byBirth.pairs / keepsBirthDate;
        var allPairs = people.size() * (people.size() - 1.0) / 2;
        var prior = Math.min(0.5, Math.max(matches / allPairs, 1.0 / allPairs));
        log.accept(String.format("learnt: about %,.0f matching pairs among %,d records (prior %.3g)", matches, people.size(), prior));
        var version = String.format("fellegi-sunter-1; %,d records; seed %d", people.size(), seed);
        return new MatchModel(version, prior, m, u, given, surnames, postcodes);
    }

    private record Learnt(double prior, double[][] m, long pairs) {
    }

    private Learnt expectationMaximisation(BlockingRule block, double[][] u, SplittableRandom random, Comparison... keyedOn) {
        var blocks = new Blocks(people, LARGEST_TRAINING_BLOCK);
        var patterns = new long[Patterns.COUNT];
        var counted = new long[1];
        var rate = Math.min(1.0, TRAINING_PAIRS / (double) Math.max(1, blocks.pairCount(block)));
        var sampler = random.split();
        blocks.pairs(new BlockingRule[] {block}, (a, b) -> {
            if (rate < 1 && sampler.nextDouble() >= rate) return;
            patterns[Patterns.encode(PairComparison.of(people.get(a), people.get(b)).levels())]++;
            counted[0]++;
        });
        var pairs = (long) (counted[0] / rate);
        var learns = new boolean[Comparison.COUNT];
        for (var c : Comparison.values()) learns[c.ordinal()] = !List.of(keyedOn).contains(c);

        var prior = 0.01;
        var m = levelArrays(0);
        for (var c : Comparison.values()) startingGuess(m[c.ordinal()], c.levelCount());
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            var expected = levelArrays(0);
            double matchMass = 0, allMass = 0;
            for (int p = 0; p < patterns.length; p++) {
                if (patterns[p] == 0) continue;
                var levels = Patterns.decode(p);
                double match = prior, nonMatch = 1 - prior;
                for (var c : Comparison.values()) {
                    var level = levels[c.ordinal()];
                    if (!learns[c.ordinal()] || level == c.unknown()) continue;
                    match *= m[c.ordinal()][level];
                    nonMatch *= u[c.ordinal()][level];
                }
                var responsibility = match / (match + nonMatch);
                var mass = patterns[p] * responsibility;
                matchMass += mass;
                allMass += patterns[p];
                for (var c : Comparison.values()) {
                    var level = levels[c.ordinal()];
                    if (level != c.unknown()) expected[c.ordinal()][level] += mass;
                }
            }
            prior = matchMass / Math.max(allMass, 1);
            for (var c : Comparison.values()) normaliseInto(expected[c.ordinal()], m[c.ordinal()]);
        }
        log.accept(String.format("learnt m from %,d pairs sharing %s: %.2f%% of them match",
                counted[0], block.name().toLowerCase().replace('_', ' '), prior * 100));
        return new Learnt(prior, m, pairs);
    }

    private static void startingGuess(double[] m, int levels) {
        for (int level = 0; level < levels; level++) m[level] = level == levels - 1 ? 0.02 : Math.pow(0.4, level);
        normaliseInto(m.clone(), m);
    }

    /** Expected counts to probabilities, with one pseudo-pair per level: a level never seen is unlikely, not impossible. */
    private static void normaliseInto(double[] counts, double[] into) {
        var total = 0.0;
        for (int level = 0; level < into.length - 1; level++) total += counts[level] + 1;
        for (int level = 0; level < into.length - 1; level++) into[level] = (counts[level] + 1) / total;
    }

    private static double[] average(double[] a, double[] b) {
        var mean = new double[a.length];
        for (int i = 0; i < a.length; i++) mean[i] = (a[i] + b[i]) / 2;
        return mean;
    }

    private static double[][] levelArrays(double initial) {
        var arrays = new double[Comparison.COUNT][];
        for (var c : Comparison.values()) {
            arrays[c.ordinal()] = new double[c.levelCount() + 1];
            if (initial != 0) java.util.Arrays.fill(arrays[c.ordinal()], initial);
        }
        return arrays;
    }

    /** All comparisons' levels of a pair as one number, so EM runs over a few thousand patterns, not millions of pairs. */
    static final class Patterns {
        static final int COUNT;

        static {
            var count = 1;
            for (var c : Comparison.values()) count *= c.levelCount() + 1;
            COUNT = count;
        }

        static int encode(int[] levels) {
            var code = 0;
            for (var c : Comparison.values()) code = code * (c.levelCount() + 1) + levels[c.ordinal()];
            return code;
        }

        static int[] decode(int code) {
            var levels = new int[Comparison.COUNT];
            var all = Comparison.values();
            for (int i = all.length - 1; i >= 0; i--) {
                levels[i] = code % (all[i].levelCount() + 1);
                code /= all[i].levelCount() + 1;
            }
            return levels;
        }
    }
}
