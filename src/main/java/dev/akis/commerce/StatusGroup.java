package dev.akis.commerce;

/**
 * Groups of shipment statuses that a merchant answers the same way; each is one output port of the Order Status
 * and Track Shipment blocks. The port id is {@link #portId()}.
 */
public enum StatusGroup {
    NOT_SHIPPED("notShipped"),
    IN_TRANSIT("inTransit"),
    OUT_FOR_DELIVERY("outForDelivery"),
    READY_FOR_PICKUP("readyForPickup"),
    DELIVERED("delivered"),
    DELAYED("delayed"),
    FAILED_ATTEMPT("failedAttempt"),
    PROBLEM("problem"),
    RETURNED("returned"),
    CANCELLED("cancelled");

    private final String portId;

    StatusGroup(String portId) {
        this.portId = portId;
    }

    public String portId() {
        return portId;
    }
}
