package org.invicta.identity.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;

/**
 * The pairs a set of blocking rules proposes, each pair once: a pair that an earlier rule already
 * proposed is skipped. A block larger than the cap would cost the square of its size, and a key shared
 * by that many says little, so it is split by its rule's {@link Refinement}; what is still too large
 * (or has no refinement) is left out, and its members do not count as proposed by that rule.
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

    /**
     * What one rule did: the pairs in its blocks, the pairs of those no earlier rule proposed, the blocks
     * it had to split and the blocks (and records in them) it left out even so.
     */
    public record RuleOutcome(BlockingRule rule, long candidates, long pairs, int blocksRefined, int blocksLeftOut,
                              long recordsLeftOut) {
    }

    public record Outcome(List<RuleOutcome> rules) {
        public long pairs() {
            return rules.stream().mapToLong(RuleOutcome::pairs).sum();
        }

        public int blocksLeftOut() {
            return rules.stream().mapToInt(RuleOutcome::blocksLeftOut).sum();
        }
    }

    /** Sends each proposed pair to the sink, and the candidates gone through so far (of {@link #pairCount}s) to progress. */
    public Outcome pairs(BlockingRule[] rules, PairSink sink, LongConsumer progress) {
        var keys = new long[rules.length][];
        var outcomes = new ArrayList<RuleOutcome>();
        long before = 0;
        for (int r = 0; r < rules.length; r++) {
            keys[r] = new long[people.size()];
            var rule = r;
            var pairs = new long[1];
            var candidatesBefore = before;
            var split = new Split(rules[r], keys[r]);
            split.run((packed, start, end) -> {
                pairs[0] += pairsOfBlock(packed, start, end, keys, rule, sink);
                progress.accept(candidatesBefore + split.candidates);
            });
            outcomes.add(new RuleOutcome(rules[r], split.candidates, pairs[0], split.refined, split.leftOut, split.recordsLeftOut));
            before += split.candidates;
        }
        return new Outcome(outcomes);
    }

    public Outcome pairs(BlockingRule[] rules, PairSink sink) {
        return pairs(rules, sink, done -> { });
    }

    /** How many pairs a rule proposes on its own, without comparing any: to decide how many to sample. */
    public long pairCount(BlockingRule rule) {
        var split = new Split(rule, new long[people.size()]);
        split.run((packed, start, end) -> { });
        return split.candidates;
    }

    private static long pairsIn(long size) {
        return size * (size - 1) / 2;
    }

    @FunctionalInterface
    private interface BlockVisitor {
        void block(long[] packed, int start, int end);
    }

    /**
     * One rule's records sorted by key (packed with their positions), cut into blocks of at most the
     * cap. Each record's final key, refined or {@link #NO_KEY}, is kept so later rules can tell which
     * pairs this one proposed.
     */
    private final class Split {
        private final BlockingRule rule;
        private final long[] keysOfRule;
        long candidates;
        int refined;
        int leftOut;
        long recordsLeftOut;

        Split(BlockingRule rule, long[] keysOfRule) {
            this.rule = rule;
            this.keysOfRule = keysOfRule;
        }

        void run(BlockVisitor visitor) {
            var packed = pack();
            blocks(packed, 0, packed.length, rule.refinement(), visitor);
        }

        private long[] pack() {
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

        /** The blocks of packed[from, to), which is sorted; those too large are split by the refinement, if any. */
        private void blocks(long[] packed, int from, int to, @Nullable Refinement refinement, BlockVisitor visitor) {
            int start = from;
            while (start < to) {
                var end = start + 1;
                var key = packed[start] >>> INDEX_BITS;
                while (end < to && packed[end] >>> INDEX_BITS == key) end++;
                var size = end - start;
                if (size <= largestBlock) {
                    candidates += pairsIn(size);
                    if (size > 1) visitor.block(packed, start, end);
                } else if (refinement != null) {
                    refined++;
                    refine(packed, start, end, refinement);
                    blocks(packed, start, end, null, visitor);
                } else {
                    leftOut++;
                    recordsLeftOut += size;
                    for (int i = start; i < end; i++) keysOfRule[(int) (packed[i] & INDEX_MASK)] = NO_KEY;
                }
                start = end;
            }
        }

        /** Re-keys one block with a refinement's value and sorts it again, so it falls apart into smaller blocks. */
        private void refine(long[] packed, int start, int end, Refinement by) {
            for (int i = start; i < end; i++) {
                var position = (int) (packed[i] & INDEX_MASK);
                var key = BlockingRule.Keys.of(packed[i] >>> INDEX_BITS, by.key(people.get(position))) >>> INDEX_BITS;
                keysOfRule[position] = key;
                packed[i] = key << INDEX_BITS | position;
            }
            Arrays.sort(packed, start, end);
        }
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
