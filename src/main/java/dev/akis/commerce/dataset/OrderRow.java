package dev.akis.commerce.dataset;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An order of the dataset. Statuses are İkas enums kept verbatim (OrderStatusEnum, OrderPaymentStatusEnum,
 * OrderPackageStatusEnum); the payment method is a PaymentMethodTypeEnum value such as "CASH_ON_DELIVERY".
 * The total is not stored: it is the sum of the lines' final prices plus shipping.
 */
public record OrderRow(String id,
                       String orderNumber,
                       String memberId,
                       Instant orderedAt,
                       String status,
                       String paymentStatus,
                       String packageStatus,
                       String paymentMethod,
                       BigDecimal shippingPrice,
                       String shippingCity,
                       String shippingDistrict,
                       List<LineRow> lines,
                       List<PackageRow> packages) {

    public OrderRow {
        lines = lines == null ? List.of() : List.copyOf(lines);
        packages = packages == null ? List.of() : List.copyOf(packages);
    }

    public BigDecimal total() {
        BigDecimal sum = shippingPrice == null ? BigDecimal.ZERO : shippingPrice;
        for (LineRow line : lines) {
            sum = sum.add(line.finalPrice());
        }
        return sum.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    public OrderRow withStatuses(String newStatus, String newPaymentStatus, String newPackageStatus) {
        return new OrderRow(id, orderNumber, memberId, orderedAt, newStatus, newPaymentStatus, newPackageStatus,
                paymentMethod, shippingPrice, shippingCity, shippingDistrict, lines, packages);
    }

    public OrderRow withPackages(List<PackageRow> newPackages) {
        return new OrderRow(id, orderNumber, memberId, orderedAt, status, paymentStatus, packageStatus,
                paymentMethod, shippingPrice, shippingCity, shippingDistrict, lines, newPackages);
    }
}
