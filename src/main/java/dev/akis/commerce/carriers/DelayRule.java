package dev.akis.commerce.carriers;

import dev.akis.commerce.ShipmentStatus;
import dev.akis.time.VirtualClock;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The derived "delayed" status: a parcel whose latest status is not final and whose promised delivery date (or,
 * when none was promised, the carrier's estimate) lies before today in Istanbul is reported as delayed, keeping
 * the carrier's raw code and text. Today comes from the injected clock, so the simulator's virtual time counts.
 */
public final class DelayRule {

    /** Subtag when the promised date has passed. */
    public static final String PAST_PROMISED_DATE = "delayed.past_promised_date";
    /** Subtag when no date was promised and the carrier's own estimate has passed. */
    public static final String PAST_ESTIMATED_DATE = "delayed.past_estimated_date";

    private final Clock clock;

    public DelayRule(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), VirtualClock.ISTANBUL);
    }

    public MappedStatus apply(MappedStatus mapped, LocalDate promised, LocalDate estimated) {
        ShipmentStatus status = mapped.status();
        if (status.isFinal() || status == ShipmentStatus.DELAYED) {
            return mapped;
        }
        LocalDate due = promised != null ? promised : estimated;
        if (due == null || !due.isBefore(today())) {
            return mapped;
        }
        String subtag = promised != null ? PAST_PROMISED_DATE : PAST_ESTIMATED_DATE;
        return new MappedStatus(ShipmentStatus.DELAYED, subtag, mapped.rawCode(), mapped.rawText());
    }
}
