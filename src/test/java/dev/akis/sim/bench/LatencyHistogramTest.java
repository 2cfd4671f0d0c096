package dev.akis.sim.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Turn latencies: percentiles within the bucket precision, never below the true value, max exact. */
class LatencyHistogramTest {

    @Test
    void percentilesOfAThousandTurnsAreWithinTwoPercentAndNeverOptimistic() {
        LatencyHistogram histogram = new LatencyHistogram();
        for (long micros = 1; micros <= 1000; micros++) {
            histogram.record(micros * 1000);
        }
        assertThat(histogram.count()).isEqualTo(1000);
        assertThat(histogram.percentile(50)).isBetween(500_000L, 510_000L);
        assertThat(histogram.percentile(99)).isBetween(990_000L, 1_000_000L);
        assertThat(histogram.max()).isEqualTo(1_000_000L);
        assertThat(histogram.percentile(100)).isEqualTo(1_000_000L);
        assertThat(histogram.meanNanos()).isCloseTo(500_500.0, within(0.1));
    }

    @Test
    void smallValuesAreExactAndEmptyIsZero() {
        LatencyHistogram histogram = new LatencyHistogram();
        assertThat(histogram.percentile(50)).isZero();
        histogram.record(7);
        histogram.record(-3);
        assertThat(histogram.percentile(100)).isEqualTo(7);
        assertThat(histogram.percentile(1)).isZero();
    }

    @Test
    void everyBucketHoldsWhatItsEdgesSay() {
        for (long value : new long[] {63, 64, 65, 127, 128, 1_000, 65_535, 1L << 40, Long.MAX_VALUE}) {
            int index = LatencyHistogram.index(value);
            assertThat(LatencyHistogram.upperEdge(index)).as("upper edge for %d", value).isGreaterThanOrEqualTo(value);
            if (index > 0) {
                assertThat(LatencyHistogram.upperEdge(index - 1)).as("previous edge for %d", value).isLessThan(value);
            }
        }
    }
}
