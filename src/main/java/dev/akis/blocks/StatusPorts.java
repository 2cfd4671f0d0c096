package dev.akis.blocks;

import dev.akis.commerce.StatusGroup;
import dev.akis.flow.PropertyType;
import java.util.ArrayList;
import java.util.List;

/**
 * The ports and properties shared by the blocks that report a shipment (Order Status, Track Shipment): one
 * port per {@link StatusGroup}, each falling back to "other", plus "error".
 */
public final class StatusPorts {

    public static final String OTHER = "other";
    public static final String ERROR = "error";

    private static final List<PortSpec> PORTS;
    private static final List<ProvidedProperty> SHIPMENT_PROPERTIES = List.of(
            new ProvidedProperty("shipment.carrier", PropertyType.TEXT),
            new ProvidedProperty("shipment.carrierCode", PropertyType.TEXT),
            new ProvidedProperty("shipment.trackingNumber", PropertyType.TEXT),
            new ProvidedProperty("shipment.trackingLink", PropertyType.URL),
            new ProvidedProperty("shipment.status", PropertyType.TEXT),
            new ProvidedProperty("shipment.statusLabel", PropertyType.TEXT),
            new ProvidedProperty("shipment.statusGroup", PropertyType.TEXT),
            new ProvidedProperty("shipment.rawStatus", PropertyType.TEXT),
            new ProvidedProperty("shipment.estimatedDelivery", PropertyType.DATE),
            new ProvidedProperty("shipment.deliveredAt", PropertyType.DATE_TIME),
            new ProvidedProperty("shipment.lastEvent", PropertyType.TEXT),
            new ProvidedProperty("shipment.lastEventAt", PropertyType.DATE_TIME),
            new ProvidedProperty("shipment.lastLocation", PropertyType.TEXT),
            new ProvidedProperty("shipment.history", PropertyType.TEXT),
            new ProvidedProperty("shipment.packageCount", PropertyType.NUMBER),
            new ProvidedProperty("shipment.summary", PropertyType.TEXT));

    static {
        List<PortSpec> ports = new ArrayList<>();
        for (StatusGroup group : StatusGroup.values()) {
            ports.add(PortSpec.optional(group.portId()).withFallback(OTHER));
        }
        ports.add(PortSpec.required(OTHER));
        ports.add(PortSpec.errorPort());
        PORTS = List.copyOf(ports);
    }

    private StatusPorts() {
    }

    public static List<PortSpec> ports() {
        return PORTS;
    }

    public static List<ProvidedProperty> shipmentProperties() {
        return SHIPMENT_PROPERTIES;
    }
}
