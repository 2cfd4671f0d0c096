package dev.akis.commerce.carriers;

import dev.akis.commerce.ShipmentStatus;
import dev.akis.time.VirtualClock;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The derived "delayed" status: a parcel still on its normal way (label created, picked up, in transit) whose
 * promised delivery date (or, when none was promised, the carrier's estimate) lies before today in Istanbul is
 * reported as delayed. Carriers send no promise, so the adapters pass only the estimate; the shop's promise is a
 * flow setting applied by the engine through {@link dev.akis.commerce.DeliveryPromise} with the same statuses, keeping the carrier's raw code and text. Statuses that already ask something of the
 * customer or say more (out for delivery today, waiting at a branch, a failed attempt, an exception, a return) are
 * kept: they are what the customer needs to hear. Today comes from the injected clock, so the simulator's virtual
 * time counts.
 */
public final class DelayRule {

    /** Subtag when the promised date has passed. */
    public static final String PAST_PROMISED_DATE = dev.akis.commerce.DeliveryPromise.PAST_PROMISED_DATE;
    /** Subtag when no date was promised and the carrier's own estimate has passed. */
    public static final String PAST_ESTIMATED_DATE = "delayed.past_estimated_date";

    private static final java.util.Set<ShipmentStatus> CAN_RUN_LATE = dev.akis.commerce.DeliveryPromise.CAN_RUN_LATE;

    private final Clock clock;

    public DelayRule(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), VirtualClock.ISTANBUL);
    }

    public MappedStatus apply(MappedStatus mapped, LocalDate promised, LocalDate estimated) {
        ShipmentStatus status = mapped.status();
        if (!CAN_RUN_LATE.contains(status)) {
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
