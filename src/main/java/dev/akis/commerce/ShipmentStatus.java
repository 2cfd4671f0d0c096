package dev.akis.commerce;

import java.util.Optional;

/**
 * The normalized shipment vocabulary every carrier's own codes are mapped to. The carrier's raw code and text
 * are always kept beside it (see {@link Tracking}).
 */
public enum ShipmentStatus {
    LABEL_CREATED("label_created", StatusGroup.NOT_SHIPPED),
    PICKED_UP("picked_up", StatusGroup.IN_TRANSIT),
    IN_TRANSIT("in_transit", StatusGroup.IN_TRANSIT),
    OUT_FOR_DELIVERY("out_for_delivery", StatusGroup.OUT_FOR_DELIVERY),
    AVAILABLE_FOR_PICKUP("available_for_pickup", StatusGroup.READY_FOR_PICKUP),
    FAILED_ATTEMPT("failed_attempt", StatusGroup.FAILED_ATTEMPT),
    DELAYED("delayed", StatusGroup.DELAYED),
    EXCEPTION("exception", StatusGroup.PROBLEM),
    RETURN_IN_TRANSIT("return_in_transit", StatusGroup.RETURNED),
    RETURNED_TO_SENDER("returned_to_sender", StatusGroup.RETURNED),
    DELIVERED("delivered", StatusGroup.DELIVERED),
    CANCELLED("cancelled", StatusGroup.CANCELLED),
    UNKNOWN("unknown", StatusGroup.PROBLEM);

    private final String id;
    private final StatusGroup group;

    ShipmentStatus(String id, StatusGroup group) {
        this.id = id;
        this.group = group;
    }

    /** The snake_case name used in flow files, properties and conversation tests. */
    public String id() {
        return id;
    }

    /** The output port group of the Order Status and Track Shipment blocks this status leads to. */
    public StatusGroup group() {
        return group;
    }

    /** True once the carrier will not move the parcel any further. */
    public boolean isFinal() {
        return this == DELIVERED || this == RETURNED_TO_SENDER || this == CANCELLED;
    }

    public static Optional<ShipmentStatus> fromId(String id) {
        for (ShipmentStatus status : values()) {
            if (status.id.equals(id)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
