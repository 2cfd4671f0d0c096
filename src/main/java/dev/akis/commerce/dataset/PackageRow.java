package dev.akis.commerce.dataset;

import dev.akis.commerce.Carrier;
import java.util.List;

/**
 * One package of an order as the merchant entered it in İkas: number ("1028-1"), the lines inside, the
 * fulfilment status (OrderPackageFulfillStatusEnum), and, once shipped, the carrier, the cargo company name as
 * the merchant typed it, the tracking number and link. Carrier and tracking fields are null before shipping.
 */
public record PackageRow(String id,
                         String number,
                         List<String> lineIds,
                         String fulfillStatus,
                         Carrier carrier,
                         String cargoCompany,
                         String trackingNumber,
                         String trackingLink) {

    public PackageRow {
        lineIds = lineIds == null ? List.of() : List.copyOf(lineIds);
    }

    public boolean hasTracking() {
        return trackingNumber != null && !trackingNumber.isBlank();
    }
}
