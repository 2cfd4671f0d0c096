package dev.akis.commerce;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The shop's delivery promise, "N days after the parcel is handed to the carrier": a setting of the flow (Order
 * Status, Track Shipment), not something a carrier sends, so the studio, conversation tests and a runtime server
 * against live carriers compute it the same way from the carrier's own events. The hand-over is the first event
 * that shows the carrier has the parcel (picked up, accepted at a branch, or any later movement). A parcel still
 * on its normal way (label created, picked up, in transit) after the promised day is {@code delayed} with
 * subtag {@link #PAST_PROMISED_DATE}; statuses that already tell the customer more are kept.
 */
public record DeliveryPromise(int days) {

    /** Subtag of a parcel late against the shop's promise. */
    public static final String PAST_PROMISED_DATE = "delayed.past_promised_date";

    /** Statuses of a parcel on its normal way: the only ones a passed date turns into "delayed". */
    public static final Set<ShipmentStatus> CAN_RUN_LATE = EnumSet.of(
            ShipmentStatus.LABEL_CREATED, ShipmentStatus.PICKED_UP, ShipmentStatus.IN_TRANSIT);

    private static final Set<ShipmentStatus> NOT_HANDED_OVER = EnumSet.of(
            ShipmentStatus.LABEL_CREATED, ShipmentStatus.UNKNOWN, ShipmentStatus.CANCELLED);

    /** No promise: the block setting left at 0. */
    public static final DeliveryPromise NONE = new DeliveryPromise(0);

    public DeliveryPromise {
        days = Math.max(0, days);
    }

    public boolean isSet() {
        return days > 0;
    }

    /** One of the carrier's events: when, and what it means. */
    public record Movement(Instant at, ShipmentStatus status) {
    }

    /** When the carrier first had the parcel, from its events oldest first; empty before the hand-over. */
    public static Optional<Instant> handedOverAt(List<Movement> movements) {
        for (Movement movement : movements) {
            if (movement.at() != null && movement.status() != null && !NOT_HANDED_OVER.contains(movement.status())) {
                return Optional.of(movement.at());
            }
        }
        return Optional.empty();
    }

    /** The promised day in the shop's zone, when a promise is set and the parcel has been handed over. */
    public Optional<LocalDate> due(List<Movement> movements, ZoneId zone) {
        if (!isSet()) {
            return Optional.empty();
        }
        return handedOverAt(movements).map(at -> LocalDate.ofInstant(at, zone).plusDays(days));
    }

    /** Whether a parcel with this status is late on {@code today} against {@code due}. */
    public static boolean isLate(ShipmentStatus status, LocalDate due, LocalDate today) {
        return due != null && CAN_RUN_LATE.contains(status) && due.isBefore(today);
    }

    /**
     * The tracking as the customer should hear it under this promise: the promised day filled in
     * ({@link Tracking#promisedDate()}), and the status turned into {@code delayed} when the parcel is still on its
     * normal way after that day. The carrier's raw code and text are kept.
     */
    public Tracking applyTo(Tracking tracking, LocalDate today, ZoneId zone) {
        List<Movement> movements = tracking.events().stream().map(e -> new Movement(e.at(), e.status())).toList();
        Optional<LocalDate> due = due(movements, zone);
        if (due.isEmpty()) {
            return tracking;
        }
        boolean late = isLate(tracking.status(), due.get(), today);
        return new Tracking(tracking.carrier(), tracking.trackingNumber(),
                late ? ShipmentStatus.DELAYED : tracking.status(), late ? PAST_PROMISED_DATE : tracking.subtag(),
                tracking.rawCode(), tracking.rawText(), due.get(), tracking.estimatedDelivery(), tracking.deliveredAt(),
                tracking.trackingLink(), tracking.events());
    }
}
