package dev.akis.commerce.carriers;

import java.time.Duration;
import java.util.Objects;

/**
 * Timeouts and the retry policy of carrier calls: how long one call may take, how often a 429 or 5xx answer is
 * tried again and how long to wait in between (exponential, with jitter, capped).
 */
public record CarrierHttpSettings(Duration connectTimeout,
                                  Duration callTimeout,
                                  int maxAttempts,
                                  Duration initialBackoff,
                                  Duration maxBackoff) {

    public CarrierHttpSettings {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(callTimeout, "callTimeout");
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
        }
        if (callTimeout.isZero() || callTimeout.isNegative()) {
            throw new IllegalArgumentException("callTimeout must be positive: " + callTimeout);
        }
    }

    /** What the studio uses: a carrier gets 10 s per call, three tries, 0.5 s doubling up to 4 s between. */
    public static CarrierHttpSettings defaults() {
        return new CarrierHttpSettings(Duration.ofSeconds(5), Duration.ofSeconds(10), 3,
                Duration.ofMillis(500), Duration.ofSeconds(4));
    }

    public CarrierHttpSettings withCallTimeout(Duration value) {
        return new CarrierHttpSettings(connectTimeout, value, maxAttempts, initialBackoff, maxBackoff);
    }

    public CarrierHttpSettings withRetries(int attempts, Duration initial, Duration max) {
        return new CarrierHttpSettings(connectTimeout, callTimeout, attempts, initial, max);
    }
}
