package dev.akis.sim.bench;

/**
 * Turn latencies in nanoseconds, counted in buckets that are exact below 64 ns and 1/64 of a power of two wide
 * above (under 1.6 % error), so millions of turns cost a few kilobytes and no sorting. The maximum is kept
 * exactly. Percentiles answer the upper edge of the bucket holding that rank, never an optimistic value.
 */
public final class LatencyHistogram {

    private static final int SUB_BITS = 6;
    private static final int SUB = 1 << SUB_BITS;
    /** Enough buckets for any positive long. */
    private static final int BUCKETS = (64 - SUB_BITS + 1) * SUB;

    private final long[] counts = new long[BUCKETS];
    private long count;
    private long total;
    private long max;

    public void record(long nanos) {
        long value = Math.max(0, nanos);
        counts[index(value)]++;
        count++;
        total += value;
        if (value > max) {
            max = value;
        }
    }

    static int index(long value) {
        if (value < SUB) {
            return (int) value;
        }
        int exponent = 63 - Long.numberOfLeadingZeros(value);
        int shift = exponent - SUB_BITS;
        return (shift + 1) * SUB + (int) ((value >>> shift) - SUB);
    }

    /** The largest value that falls into the bucket. */
    static long upperEdge(int index) {
        if (index < SUB) {
            return index;
        }
        int shift = index / SUB - 1;
        long mantissa = (index % SUB) + SUB;
        return ((mantissa + 1) << shift) - 1;
    }

    public long count() {
        return count;
    }

    public long max() {
        return max;
    }

    public double meanNanos() {
        return count == 0 ? 0 : (double) total / count;
    }

    /**
     * The latency below or at which {@code percent} of the turns fell (nearest rank), capped at the maximum;
     * 0 when nothing was recorded.
     */
    public long percentile(double percent) {
        if (count == 0) {
            return 0;
        }
        long rank = Math.max(1, (long) Math.ceil(percent / 100.0 * count));
        long seen = 0;
        for (int i = 0; i < BUCKETS; i++) {
            seen += counts[i];
            if (seen >= rank) {
                return Math.min(upperEdge(i), max);
            }
        }
        return max;
    }
}
