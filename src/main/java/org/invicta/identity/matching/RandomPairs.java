package org.invicta.identity.matching;

import static java.util.stream.Collectors.groupingBy;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Pairs of records drawn at random, nearly all of them two different people: u, the chance of each
 * level between two people, is how often the level turns up among them. Comparing millions of pairs
 * takes seconds, so they are drawn and compared on every core, in parts that each have their own
 * random stream split off in order: the same seed gives the same u.
 */
final class RandomPairs {

    private static final int PARTS = 64;

    /** How often each level of each comparison turned up, and how many pairs were drawn. */
    record Levels(double[][] u, long pairs) {
    }

    @FunctionalInterface
    private interface Draw {
        /** Puts the positions of two different records into pair. */
        void into(SplittableRandom random, int[] pair);
    }

    private final List<PreparedPerson> people;
    private final SplittableRandom random;

    RandomPairs(List<PreparedPerson> people, SplittableRandom random) {
        this.people = people;
        this.random = random;
    }

    /** Two records from the whole file. */
    Levels anyone(int atMost) {
        var n = people.size();
        return levels((int) Math.min(atMost, (long) n * (n - 1) / 2), (random, pair) -> twoBelow(random, n, pair));
    }

    /**
     * Two records born in the same year, each such pair as likely as any other. Given and middle names
     * follow the fashion of the year, so people born on one day share them more often than people at
     * random do (about twice as often in a million records); a block keyed on the date of birth must
     * be measured against these, or expectation–maximisation takes the difference for matches.
     * Empty when no two records share a year.
     */
    Levels bornInTheSameYear(int atMost) {
        var years = IntStream.range(0, people.size()).filter(i -> people.get(i).hasDateOfBirth()).boxed()
                .collect(groupingBy(i -> people.get(i).dateOfBirth / 10_000)).values().stream()
                .map(members -> members.stream().mapToInt(Integer::intValue).toArray())
                .filter(members -> members.length > 1).toArray(int[][]::new);
        // Pairs up to and including each year, to choose a year by its share of the pairs.
        var pairsTo = new long[years.length];
        for (int y = 0; y < years.length; y++)
            pairsTo[y] = (y == 0 ? 0 : pairsTo[y - 1]) + (long) years[y].length * (years[y].length - 1) / 2;
        var total = years.length == 0 ? 0 : pairsTo[years.length - 1];
        return levels((int) Math.min(atMost, total), (random, pair) -> {
            var at = Arrays.binarySearch(pairsTo, random.nextLong(total));
            var members = years[at < 0 ? -at - 1 : at + 1];
            twoBelow(random, members.length, pair);
            pair[0] = members[pair[0]];
            pair[1] = members[pair[1]];
        });
    }

    /** Two different numbers from 0 to n - 1. */
    private static void twoBelow(SplittableRandom random, int n, int[] pair) {
        pair[0] = random.nextInt(n);
        pair[1] = random.nextInt(n - 1);
        if (pair[1] >= pair[0]) pair[1]++;
    }

    private Levels levels(int samples, Draw draw) {
        var streams = IntStream.range(0, PARTS).mapToObj(part -> random.split()).toList();
        var counts = IntStream.range(0, PARTS).parallel()
                .mapToObj(part -> count(samples / PARTS + (part < samples % PARTS ? 1 : 0), draw, streams.get(part)))
                .reduce(RandomPairs::sum).orElseThrow();
        var u = new double[Comparison.COUNT][];
        for (var c : Comparison.values()) {
            var seen = counts[c.ordinal()];
            var known = Arrays.stream(seen, 0, c.levelCount()).sum();
            u[c.ordinal()] = new double[c.levelCount() + 1];
            for (int level = 0; level < c.levelCount(); level++)
                // Half a pair when none was seen: rare levels stay possible, not impossible.
                u[c.ordinal()][level] = Math.max(seen[level], 0.5) / Math.max(known, 1);
        }
        return new Levels(u, samples);
    }

    /** How many pairs of a part reached each level of each comparison, "not known" last. */
    private long[][] count(int samples, Draw draw, SplittableRandom random) {
        var counts = new long[Comparison.COUNT][];
        for (var c : Comparison.values()) counts[c.ordinal()] = new long[c.levelCount() + 1];
        var pair = new int[2];
        for (int s = 0; s < samples; s++) {
            draw.into(random, pair);
            var levels = PairComparison.of(people.get(pair[0]), people.get(pair[1])).levels();
            for (var c : Comparison.values()) counts[c.ordinal()][levels[c.ordinal()]]++;
        }
        return counts;
    }

    private static long[][] sum(long[][] a, long[][] b) {
        for (int c = 0; c < a.length; c++) for (int level = 0; level < a[c].length; level++) a[c][level] += b[c][level];
        return a;
    }
}
