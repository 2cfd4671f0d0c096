package dev.akis.commerce;

import java.time.Instant;
import java.util.List;

/**
 * An order as the shop reports it. Status strings are İkas' enums (OrderStatusEnum, OrderPaymentStatusEnum,
 * OrderPackageStatusEnum) kept verbatim; {@code paymentMethod} is e.g. "CREDIT_CARD" or "CASH_ON_DELIVERY".
 */
public record Order(String id,
                    String orderNumber,
                    String memberId,
                    Instant orderedAt,
                    String status,
                    String paymentStatus,
                    String packageStatus,
                    String paymentMethod,
                    Money total,
                    String shippingCity,
                    List<OrderLine> lines,
                    List<OrderPackage> packages) {

    public Order {
        lines = lines == null ? List.of() : List.copyOf(lines);
        packages = packages == null ? List.of() : List.copyOf(packages);
    }

    public boolean isCancelled() {
        return "CANCELLED".equals(status) || "REFUNDED".equals(status);
    }

    public boolean isCashOnDelivery() {
        return "CASH_ON_DELIVERY".equals(paymentMethod);
    }
}
