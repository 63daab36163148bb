package org.invicta.bench;

import java.util.Arrays;

/** Latencies in nanoseconds, kept whole so the percentiles are exact rather than estimated. */
final class Latencies {

    private long[] nanos;
    private int count;

    Latencies(int expected) {
        nanos = new long[Math.max(expected, 16)];
    }

    void add(long elapsedNanos) {
        if (count == nanos.length) nanos = Arrays.copyOf(nanos, count * 2);
        nanos[count++] = elapsedNanos;
    }

    void addAll(Latencies other) {
        for (int i = 0; i < other.count; i++) add(other.nanos[i]);
    }

    int count() {
        return count;
    }

    /** The nearest-rank percentile, in milliseconds. */
    double percentileMillis(double percentile) {
        if (count == 0) throw new IllegalStateException("no latency recorded");
        var sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        var rank = (int) Math.ceil(percentile / 100 * count);
        return sorted[Math.max(rank, 1) - 1] / 1e6;
    }

    double meanMillis() {
        long total = 0;
        for (int i = 0; i < count; i++) total += nanos[i];
        return total / 1e6 / count;
    }
}
