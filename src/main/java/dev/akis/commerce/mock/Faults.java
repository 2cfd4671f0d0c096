package dev.akis.commerce.mock;

import java.time.Duration;
import java.util.Objects;

/**
 * The fault settings of one mock service: extra latency and a failure mode. Changed at any time (by tests or the
 * simulator's toggles) and read by the server on every request. Thread-safe.
 */
public final class Faults {

    private volatile Duration latency = Duration.ZERO;
    private volatile FaultMode mode = FaultMode.NONE;

    public Duration latency() {
        return latency;
    }

    public void setLatency(Duration value) {
        this.latency = Objects.requireNonNull(value, "latency");
    }

    public FaultMode mode() {
        return mode;
    }

    public void setMode(FaultMode value) {
        this.mode = Objects.requireNonNull(value, "mode");
    }

    public void clear() {
        latency = Duration.ZERO;
        mode = FaultMode.NONE;
    }
}
