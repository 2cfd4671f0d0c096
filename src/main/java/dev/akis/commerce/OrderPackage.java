package dev.akis.commerce;

import java.util.List;

/**
 * A parcel of an order as the shop knows it (İkas "OrderPackage"): which lines it carries, the merchant-side
 * fulfilment status and the tracking info the merchant entered. The carrier's own view comes from a
 * {@link CarrierTracker}.
 */
public record OrderPackage(String id,
                           String packageNumber,
                           List<String> lineIds,
                           String fulfillStatus,
                           String carrierName,
                           String carrierCode,
                           String trackingNumber,
                           String trackingLink) {

    public OrderPackage {
        lineIds = lineIds == null ? List.of() : List.copyOf(lineIds);
    }

    public boolean hasTracking() {
        return trackingNumber != null && !trackingNumber.isBlank();
    }
}
