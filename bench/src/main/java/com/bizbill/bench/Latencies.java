package com.bizbill.bench;

import java.util.Arrays;

/** Latencies of one phase (nanoseconds), read as milliseconds at a percentile. */
final class Latencies {

    private final long[] sorted;

    Latencies(long[] nanos, int count) {
        this.sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(this.sorted);
    }

    /** Nearest-rank percentile in milliseconds; 0 when nothing was measured. */
    double percentileMs(double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        int index = Math.min(sorted.length - 1, Math.max(0, rank - 1));
        return sorted[index] / 1_000_000.0;
    }

    double maxMs() {
        return sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1_000_000.0;
    }

    String summary() {
        return String.format("p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms",
                percentileMs(50), percentileMs(95), percentileMs(99), maxMs());
    }
}
