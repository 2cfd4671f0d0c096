package dev.akis.commerce.ikas;

import java.util.Set;

/**
 * The İkas Admin API enum values Akış knows (from the v2 schema as documented), used to validate datasets and
 * by the mock server. İkas may add values; unknown ones coming from the live API are passed through verbatim.
 */
public final class IkasEnums {

    public static final Set<String> ORDER_STATUS = Set.of("CANCELLED", "CREATED", "DRAFT", "PARTIALLY_CANCELLED",
            "PARTIALLY_REFUNDED", "REFUNDED", "REFUND_REJECTED", "REFUND_REQUESTED", "WAITING_UPSELL_ACTION");

    public static final Set<String> ORDER_PAYMENT_STATUS = Set.of("FAILED", "OVER_PAID", "PAID", "PARTIALLY_PAID",
            "REFUNDED", "WAITING");

    /** Order level: how far the order's packages are (OrderPackageStatusEnum). */
    public static final Set<String> ORDER_PACKAGE_STATUS = Set.of("CANCELLED", "CANCEL_REJECTED", "CANCEL_REQUESTED",
            "DELIVERED", "FULFILLED", "PARTIALLY_CANCELLED", "PARTIALLY_DELIVERED", "PARTIALLY_FULFILLED",
            "PARTIALLY_READY_FOR_SHIPMENT", "PARTIALLY_REFUNDED", "PLANNED", "READY_FOR_PICK_UP", "READY_FOR_SHIPMENT",
            "REFUNDED", "REFUND_DELIVERED", "REFUND_IN_TRANSIT", "REFUND_REJECTED", "REFUND_REQUESTED",
            "REFUND_REQUEST_ACCEPTED", "UNABLE_TO_DELIVER", "UNFULFILLED");

    /** Package level: the merchant's fulfilment of one package (OrderPackageFulfillStatusEnum). */
    public static final Set<String> PACKAGE_FULFILL_STATUS = Set.of("CANCELLED", "CANCEL_REJECTED", "CANCEL_REQUESTED",
            "DELIVERED", "ERROR", "FULFILLED", "PLANNED", "READY_FOR_PICK_UP", "READY_FOR_SHIPMENT", "REFUNDED",
            "REFUND_REJECTED", "REFUND_REQUESTED", "REFUND_REQUEST_ACCEPTED", "RETURN_DELIVERED", "RETURN_IN_TRANSIT",
            "RETURN_PARCEL_WAITING", "RETURN_REJECTED", "UNABLE_TO_DELIVER", "WAITING_FOR_PACKAGING");

    /** OrderLineItemStatusEnum: the package family plus UNFULFILLED. */
    public static final Set<String> LINE_STATUS;

    /**
     * Payment method types seen on İkas orders ({@code paymentMethods[].type}). Not verified against the schema;
     * the common Turkish ones are here, CASH_ON_DELIVERY among them.
     */
    public static final Set<String> PAYMENT_METHOD = Set.of("CREDIT_CARD", "DEBIT_CARD", "CASH_ON_DELIVERY",
            "CREDIT_CARD_ON_DELIVERY", "MONEY_ORDER", "BANK_REDIRECT", "GIFT_CARD", "OTHER");

    static {
        java.util.Set<String> lines = new java.util.HashSet<>(PACKAGE_FULFILL_STATUS);
        lines.add("UNFULFILLED");
        LINE_STATUS = Set.copyOf(lines);
    }

    private IkasEnums() {
    }
}
