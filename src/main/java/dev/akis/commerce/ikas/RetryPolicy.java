package dev.akis.commerce.ikas;

import java.time.Duration;

/**
 * How often and how patiently to retry a call that got HTTP 429 or 5xx: at most {@code maxAttempts} calls in
 * all, waiting {@code initialBackoff} doubled each time up to {@code maxBackoff}, each wait shortened by up to
 * {@code jitter} (0 to 1) of itself at random so that many clients do not retry in step. A {@code Retry-After}
 * from the server is honoured as a minimum wait; if it asks for more than {@code maxRetryAfter}, the call gives
 * up at once, since a customer is waiting in the chat.
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, double jitter,
                          Duration maxRetryAfter) {

    public static final RetryPolicy DEFAULT = new RetryPolicy(3, Duration.ofMillis(250), Duration.ofSeconds(2), 0.5,
            Duration.ofSeconds(5));

    /** No retries: every failure is reported at once. */
    public static final RetryPolicy NONE = new RetryPolicy(1, Duration.ZERO, Duration.ZERO, 0, Duration.ZERO);

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("At least one attempt, not " + maxAttempts);
        }
        if (jitter < 0 || jitter > 1) {
            throw new IllegalArgumentException("Jitter is a fraction from 0 to 1, not " + jitter);
        }
    }

    /** The wait before attempt {@code attempt + 1} (attempt counts from 1), before jitter. */
    public Duration backoff(int attempt) {
        long millis = initialBackoff.toMillis();
        for (int i = 1; i < attempt && millis < maxBackoff.toMillis(); i++) {
            millis *= 2;
        }
        return Duration.ofMillis(Math.min(millis, maxBackoff.toMillis()));
    }

    /** The backoff with jitter applied, {@code random} in [0, 1). */
    public Duration jittered(int attempt, double random) {
        long millis = backoff(attempt).toMillis();
        return Duration.ofMillis(Math.round(millis * (1 - jitter * random)));
    }
}
