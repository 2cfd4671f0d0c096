package dev.akis.commerce.mock;

import dev.akis.commerce.Carrier;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A parcel as the mock carrier server knows it: promised and estimated dates, carrier-specific attributes and
 * the raw event history, oldest first.
 */
public record ParcelRecord(Carrier carrier,
                           String trackingNumber,
                           LocalDate promisedDate,
                           LocalDate estimatedDelivery,
                           Map<String, String> attributes,
                           List<ParcelEvent> events) {

    public ParcelRecord {
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
        events = events == null ? List.of() : List.copyOf(events);
    }
}
