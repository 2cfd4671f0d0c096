package dev.akis.commerce.mock;

import dev.akis.commerce.Carrier;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A parcel as the mock carrier server knows it: the carrier's estimated delivery date (sent only by carriers
 * whose answer has a field for it: Yurtiçi, UPS, DHL), carrier-specific attributes and the raw event history,
 * oldest first. What the shop promised is not the carrier's: it is a setting of the flow (decision 0101).
 */
public record ParcelRecord(Carrier carrier,
                           String trackingNumber,
                           LocalDate estimatedDelivery,
                           Map<String, String> attributes,
                           List<ParcelEvent> events) {

    public ParcelRecord {
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
        events = events == null ? List.of() : List.copyOf(events);
    }
}
