package dev.akis.commerce;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a carrier says about one parcel, normalized: the status (with an optional subtag such as
 * "failed_attempt.recipient_absent"), the carrier's own code and text kept beside it, the promised delivery day
 * (null from carriers: the shop's promise is applied by {@link DeliveryPromise}), the carrier's estimated date,
 * the delivery time once delivered, the tracking link and the event history, oldest first.
 */
public record Tracking(Carrier carrier,
                       String trackingNumber,
                       ShipmentStatus status,
                       String subtag,
                       String rawCode,
                       String rawText,
                       LocalDate promisedDate,
                       LocalDate estimatedDelivery,
                       Instant deliveredAt,
                       String trackingLink,
                       List<TrackingEvent> events) {

    public Tracking {
        events = events == null ? List.of() : List.copyOf(events);
    }

    public TrackingEvent lastEvent() {
        return events.isEmpty() ? null : events.get(events.size() - 1);
    }
}
