package dev.akis.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A clock that only moves when told to ("+1 hour", "2 hours pass"), so Wait blocks, cash-on-delivery deadlines
 * and reminders can be played in seconds by tests, the simulator and conversation scripts. Thread-safe.
 */
public final class VirtualClock extends Clock {

    /** Turkey's time zone; dates shown to customers are in it. */
    public static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");

    private final ZoneId zone;
    private volatile Instant now;

    public VirtualClock(Instant start) {
        this(start, ISTANBUL);
    }

    public VirtualClock(Instant start, ZoneId zone) {
        this.now = Objects.requireNonNull(start, "start");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        return new VirtualClock(now, newZone);
    }

    @Override
    public Instant instant() {
        return now;
    }

    public synchronized Instant advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("Time does not go backwards: " + duration);
        }
        now = now.plus(duration);
        return now;
    }

    public synchronized void set(Instant instant) {
        now = Objects.requireNonNull(instant, "instant");
    }
}
