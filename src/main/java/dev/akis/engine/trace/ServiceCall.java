package dev.akis.engine.trace;

import java.time.Duration;

/**
 * A call a block made to the shop, a carrier or another system.
 *
 * @param service       "ikas", "carrier:yurtici", "http"
 * @param operation     what was asked ("findMemberByEmail", "track", "POST")
 * @param detail        the key asked for (an e-mail, an order number, a URL)
 * @param durationNanos wall time of the call, measured with {@link System#nanoTime()}
 * @param errorKind     for {@link CallOutcome#ERROR}: the failure kind ("TIMEOUT", "SERVER_ERROR", "HTTP 503"), else null
 * @param message       technical detail of a failure, else null
 */
public record ServiceCall(String blockId, String service, String operation, String detail, long durationNanos,
                          CallOutcome outcome, String errorKind, String message) implements TraceEntry {

    public Duration duration() {
        return Duration.ofNanos(durationNanos);
    }

    /** Milliseconds with one decimal, for display. */
    public double millis() {
        return Math.round(durationNanos / 100_000.0) / 10.0;
    }
}
