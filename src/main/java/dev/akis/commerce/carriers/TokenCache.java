package dev.akis.commerce.carriers;

import java.time.Duration;
import java.time.Instant;

/**
 * An access token and when to stop using it (real time, not the simulator's virtual clock: carriers expire
 * tokens by the wall clock). Thread-safe.
 */
final class TokenCache {

    private String token;
    private Instant renewAt = Instant.MIN;

    synchronized String valid() {
        return token != null && Instant.now().isBefore(renewAt) ? token : null;
    }

    /** Keeps the token until a minute before it expires, so it never runs out in the middle of a call. */
    synchronized void store(String value, Duration lifetime) {
        token = value;
        Duration margin = lifetime.compareTo(Duration.ofMinutes(2)) > 0 ? Duration.ofMinutes(1) : Duration.ZERO;
        renewAt = Instant.now().plus(lifetime.minus(margin));
    }

    synchronized void forget() {
        token = null;
        renewAt = Instant.MIN;
    }
}
