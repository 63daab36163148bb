package org.invicta.identity.linking;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairwise precision and recall of a clustering against the truth: of the pairs put in one cluster,
 * how many are one person; of the pairs that are one person, how many were put in one cluster.
 */
public record PairwiseQuality(long predictedPairs, long truePairs, long correctPairs) {

    /** Both lists give, position by position, the cluster and the true person of the same record. */
    public static PairwiseQuality of(List<String> predicted, List<String> truth) {
        if (predicted.size() != truth.size()) throw new IllegalArgumentException("the clustering and the truth cover different records");
        var byPredicted = new HashMap<String, Long>();
        var byTruth = new HashMap<String, Long>();
        var byBoth = new HashMap<String, Long>();
        for (int i = 0; i < predicted.size(); i++) {
            byPredicted.merge(predicted.get(i), 1L, Long::sum);
            byTruth.merge(truth.get(i), 1L, Long::sum);
            byBoth.merge(predicted.get(i) + "\u0000" + truth.get(i), 1L, Long::sum);
        }
        return new PairwiseQuality(pairs(byPredicted), pairs(byTruth), pairs(byBoth));
    }

    private static long pairs(Map<String, Long> sizes) {
        return sizes.values().stream().mapToLong(n -> n * (n - 1) / 2).sum();
    }

    public double precision() {
        return predictedPairs == 0 ? 1 : correctPairs / (double) predictedPairs;
    }

    public double recall() {
        return truePairs == 0 ? 1 : correctPairs / (double) truePairs;
    }

    public double f1() {
        var p = precision();
        var r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
