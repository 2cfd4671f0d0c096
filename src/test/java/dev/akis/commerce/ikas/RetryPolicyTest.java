package dev.akis.commerce.ikas;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Waits between retries grow, stop growing, and are spread out by jitter. */
class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(5, Duration.ofMillis(100), Duration.ofMillis(500), 0.5,
            Duration.ofSeconds(3));

    @Test
    void theWaitDoublesUntilItsCeiling() {
        assertThat(policy.backoff(1)).isEqualTo(Duration.ofMillis(100));
        assertThat(policy.backoff(2)).isEqualTo(Duration.ofMillis(200));
        assertThat(policy.backoff(3)).isEqualTo(Duration.ofMillis(400));
        assertThat(policy.backoff(4)).isEqualTo(Duration.ofMillis(500));
        assertThat(policy.backoff(40)).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void jitterShortensTheWaitByAtMostItsShare() {
        assertThat(policy.jittered(2, 0.0)).isEqualTo(Duration.ofMillis(200));
        assertThat(policy.jittered(2, 0.999)).isBetween(Duration.ofMillis(100), Duration.ofMillis(101));
        assertThat(policy.jittered(2, 0.5)).isEqualTo(Duration.ofMillis(150));
    }
}
