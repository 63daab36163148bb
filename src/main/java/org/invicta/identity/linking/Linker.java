package org.invicta.identity.linking;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.invicta.identity.PersonRecord;
import org.invicta.identity.matching.BlockingRule;
import org.invicta.identity.matching.Blocks;
import org.invicta.identity.matching.GivenNameVariants;
import org.invicta.identity.matching.MatchModel;
import org.invicta.identity.matching.ModelTraining;
import org.invicta.identity.matching.PreparedPerson;
import org.invicta.platform.cli.TerminalProgress;
import org.jspecify.annotations.Nullable;

/**
 * Batch linking: learns the model from the records themselves, compares every pair the blocking rules
 * propose, and joins into one cluster the records linked at or above the threshold.
 */
public final class Linker {

    /**
     * Blocks sharing a key with more records than this are split by their rule's refinement, and left
     * out if still larger (see {@link Blocks}), so a rule proposes at most 25 pairs per record however
     * common its keys become. A million records gave 121 million pairs with a cap of 2,000 and give 27
     * million with this one, for the loss of about 40 of 93,000 true links; 100,000 records lose one.
     */
    static final int LARGEST_BLOCK = 50;
    /**
     * The probability at which two records are joined by default. On five labelled 20,000-record
     * populations it gives precision 0.956–0.965 and recall 0.952–0.960; at 0.95 recall was 0.944–0.954,
     * with names-only pairs (no date of birth on one side, a new address) the ones left out.
     */
    public static final double THRESHOLD = 0.85;
    private static final int CHUNK = 1 << 20;

    /** Where scored pairs go, when the caller wants them. */
    @FunctionalInterface
    public interface PairOutput {
        void pair(String idA, String idB, double probability) throws IOException;
    }

    public record Result(List<String> ids, int[] clusterOf, MatchModel model, long pairsCompared, long pairsLinked,
                         int clusters, int largestCluster, int blocksLeftOut, Duration took) {
        public String clusterId(int record) {
            return ids.get(clusterOf[record]);
        }
    }

    private final GivenNameVariants variants;
    private final Consumer<String> log;
    private final boolean showProgress;

    public Linker(GivenNameVariants variants, Consumer<String> log, boolean showProgress) {
        this.variants = variants;
        this.log = log;
        this.showProgress = showProgress;
    }

    public Result link(List<PersonRecord> records, double threshold, @Nullable PairOutput pairs, double pairsFrom, long seed) {
        var started = System.nanoTime();
        var people = records.parallelStream().map(r -> PreparedPerson.of(r, variants)).toList();
        var model = records.size() < 2 ? null : new ModelTraining(people, log).train(seed);
        var clusters = new Clusters(people.size());
        long compared = 0, linked = 0;
        var leftOut = 0;
        if (model != null) {
            var scoring = new Scoring(people, model, clusters, Math.min(threshold, pairsFrom), threshold, pairs);
            var blocks = new Blocks(people, LARGEST_BLOCK);
            long estimate = 0;
            for (var rule : BlockingRule.LINKING) estimate += blocks.pairCount(rule);
            var progress = showProgress ? TerminalProgress.start("comparing pairs", estimate) : null;
            var outcome = blocks.pairs(BlockingRule.LINKING, scoring::add, progress == null ? done -> { } : progress::at);
            scoring.flush();
            if (progress != null) progress.done();
            outcome.rules().forEach(this::logRule);
            compared = outcome.pairs();
            linked = scoring.linked;
            leftOut = outcome.blocksLeftOut();
        }
        var clusterOf = clusters.firstOfEach();
        var sizes = new int[people.size()];
        int count = 0, largest = 0;
        for (var first : clusterOf) {
            if (sizes[first]++ == 0) count++;
            largest = Math.max(largest, sizes[first]);
        }
        var ids = records.stream().map(PersonRecord::id).toList();
        return new Result(ids, clusterOf, model, compared, linked, count, largest, leftOut,
                Duration.ofNanos(System.nanoTime() - started));
    }

    private void logRule(Blocks.RuleOutcome rule) {
        var line = new StringBuilder(String.format("blocking on %s: %,d pairs, %,d not proposed before",
                rule.rule().name().toLowerCase().replace('_', ' '), rule.candidates(), rule.pairs()));
        if (rule.blocksRefined() > 0)
            line.append(String.format("; %,d blocks of more than %,d records refined", rule.blocksRefined(), LARGEST_BLOCK));
        if (rule.blocksLeftOut() > 0)
            line.append(String.format("; %,d still too large left out (%,d records)", rule.blocksLeftOut(), rule.recordsLeftOut()));
        log.accept(line.toString());
    }

    /** Scores proposed pairs a chunk at a time on every core, then links and writes them in order. */
    private static final class Scoring {
        private final List<PreparedPerson> people;
        private final MatchModel model;
        private final Clusters clusters;
        private final double keepFrom;
        private final double linkFrom;
        private final @Nullable PairOutput output;
        private final int[] left = new int[CHUNK];
        private final int[] right = new int[CHUNK];
        private final double[] probability = new double[CHUNK];
        private int filled;
        private long linked;

        Scoring(List<PreparedPerson> people, MatchModel model, Clusters clusters, double keepFrom, double linkFrom,
                @Nullable PairOutput output) {
            this.people = people;
            this.model = model;
            this.clusters = clusters;
            this.keepFrom = keepFrom;
            this.linkFrom = linkFrom;
            this.output = output;
        }

        void add(int a, int b) {
            left[filled] = a;
            right[filled] = b;
            if (++filled == CHUNK) flush();
        }

        void flush() {
            IntStream.range(0, filled).parallel().forEach(i ->
                    probability[i] = MatchModel.probability(model.weight(people.get(left[i]), people.get(right[i]))));
            try {
                for (int i = 0; i < filled; i++) {
                    if (probability[i] < keepFrom) continue;
                    if (probability[i] >= linkFrom) {
                        clusters.join(left[i], right[i]);
                        linked++;
                    }
                    if (output != null) output.pair(people.get(left[i]).id(), people.get(right[i]).id(), probability[i]);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            filled = 0;
        }
    }
}
