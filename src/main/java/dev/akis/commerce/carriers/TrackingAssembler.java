package dev.akis.commerce.carriers;

import dev.akis.commerce.Carrier;
import dev.akis.commerce.ShipmentStatus;
import dev.akis.commerce.Tracking;
import dev.akis.commerce.TrackingEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns what an adapter read (movements, the current raw status, dates) into a {@link Tracking}: maps every
 * movement and the current status through the carrier's table, applies the derived delay rule, orders events
 * oldest first and fills the delivery time and tracking link.
 */
final class TrackingAssembler {

    private final DelayRule delayRule;

    TrackingAssembler(DelayRule delayRule) {
        this.delayRule = delayRule;
    }

    /** What one adapter read from one answer; {@code current} null means "the latest movement's status". */
    record Reading(Carrier carrier,
                   String trackingNumber,
                   List<Observation> observations,
                   RawStatus current,
                   LocalDate estimatedDelivery,
                   Instant deliveredAt,
                   String trackingLink) {
    }

    Tracking assemble(Reading reading) {
        StatusTable table = StatusTables.forCarrier(reading.carrier());
        List<Observation> ordered = new ArrayList<>(reading.observations());
        // Carriers list movements newest first (UPS, DHL) or oldest first; a stable sort keeps same-time order.
        ordered.sort(Comparator.comparing(Observation::at, Comparator.nullsFirst(Comparator.naturalOrder())));
        List<TrackingEvent> events = new ArrayList<>();
        for (Observation observation : ordered) {
            MappedStatus mapped = table.map(observation.raw());
            events.add(new TrackingEvent(observation.at(), blankToNull(observation.location()),
                    blankToNull(observation.reportedCode()), observation.raw().text(), mapped.status()));
        }
        RawStatus current = reading.current();
        if (current == null && !ordered.isEmpty()) {
            current = ordered.get(ordered.size() - 1).raw();
        }
        MappedStatus mapped;
        if (current == null || (!current.hasCode() && current.text().isEmpty())) {
            // Known to the carrier but nothing reported yet: the sender has registered the parcel.
            mapped = new MappedStatus(ShipmentStatus.LABEL_CREATED, null, null, null);
        } else {
            mapped = table.map(current);
        }
        // No carrier knows what the shop promised: a flow's delivery promise is applied by the engine.
        mapped = delayRule.apply(mapped, null, reading.estimatedDelivery());
        Instant deliveredAt = null;
        if (mapped.status() == ShipmentStatus.DELIVERED) {
            deliveredAt = reading.deliveredAt() != null ? reading.deliveredAt()
                    : events.isEmpty() ? null : events.get(events.size() - 1).at();
        }
        String link = reading.trackingLink() != null && !reading.trackingLink().isBlank()
                ? reading.trackingLink()
                : PublicTrackingLinks.of(reading.carrier(), reading.trackingNumber());
        return new Tracking(reading.carrier(), reading.trackingNumber(), mapped.status(), mapped.subtag(),
                blankToNull(mapped.rawCode()), blankToNull(mapped.rawText()), null,
                reading.estimatedDelivery(), deliveredAt, link, events);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
