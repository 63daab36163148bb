package org.invicta.identity.matching;

import java.util.Arrays;
import java.util.List;

/**
 * The pairs a set of blocking rules proposes, each pair once: a pair that an earlier rule already
 * proposed is skipped. Blocks larger than the cap are left out rather than compared whole (a key
 * shared by thousands says little), and their members do not count as proposed by that rule.
 */
public final class Blocks {

    private static final int INDEX_BITS = 24;
    private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;
    private static final long NO_KEY = -1;

    /** Receives each proposed pair by position in the list of people. */
    @FunctionalInterface
    public interface PairSink {
        void pair(int a, int b);
    }

    private final List<PreparedPerson> people;
    private final int largestBlock;

    public Blocks(List<PreparedPerson> people, int largestBlock) {
        if (people.size() > INDEX_MASK) throw new IllegalArgumentException("at most " + INDEX_MASK + " records can be linked at once");
        this.people = people;
        this.largestBlock = largestBlock;
    }

    public record Outcome(long pairs, int blocksLeftOut, long recordsInBlocksLeftOut) {
    }

    public Outcome pairs(BlockingRule[] rules, PairSink sink) {
        var keys = new long[rules.length][];
        long pairs = 0, leftOutRecords = 0;
        var leftOut = 0;
        for (int r = 0; r < rules.length; r++) {
            keys[r] = new long[people.size()];
            var packed = pack(rules[r], keys[r]);
            int start = 0;
            while (start < packed.length) {
                var end = start + 1;
                var key = packed[start] >>> INDEX_BITS;
                while (end < packed.length && packed[end] >>> INDEX_BITS == key) end++;
                var size = end - start;
                if (size > largestBlock) {
                    leftOut++;
                    leftOutRecords += size;
                    for (int i = start; i < end; i++) keys[r][(int) (packed[i] & INDEX_MASK)] = NO_KEY;
                } else if (size > 1) {
                    pairs += pairsOfBlock(packed, start, end, keys, r, sink);
                }
                start = end;
            }
        }
        return new Outcome(pairs, leftOut, leftOutRecords);
    }

    /** How many pairs a rule proposes on its own, without comparing any: to decide how many to sample. */
    public long pairCount(BlockingRule rule) {
        var packed = pack(rule, new long[people.size()]);
        long pairs = 0;
        int start = 0;
        while (start < packed.length) {
            var end = start + 1;
            while (end < packed.length && packed[end] >>> INDEX_BITS == packed[start] >>> INDEX_BITS) end++;
            long size = end - start;
            if (size <= largestBlock) pairs += size * (size - 1) / 2;
            start = end;
        }
        return pairs;
    }

    private long[] pack(BlockingRule rule, long[] keysOfRule) {
        var packed = new long[people.size()];
        var count = 0;
        for (int i = 0; i < people.size(); i++) {
            var key = rule.key(people.get(i));
            if (key == BlockingRule.Keys.NONE) {
                keysOfRule[i] = NO_KEY;
                continue;
            }
            var shortKey = key >>> INDEX_BITS;
            keysOfRule[i] = shortKey;
            packed[count++] = shortKey << INDEX_BITS | i;
        }
        packed = Arrays.copyOf(packed, count);
        Arrays.sort(packed);
        return packed;
    }

    private static long pairsOfBlock(long[] packed, int start, int end, long[][] keys, int rule, PairSink sink) {
        long pairs = 0;
        for (int x = start; x < end; x++) {
            var a = (int) (packed[x] & INDEX_MASK);
            for (int y = x + 1; y < end; y++) {
                var b = (int) (packed[y] & INDEX_MASK);
                if (proposedEarlier(keys, rule, a, b)) continue;
                sink.pair(a, b);
                pairs++;
            }
        }
        return pairs;
    }

    private static boolean proposedEarlier(long[][] keys, int rule, int a, int b) {
        for (int r = 0; r < rule; r++) if (keys[r][a] != NO_KEY && keys[r][a] == keys[r][b]) return true;
        return false;
    }
}
