package dev.akis.blocks.cargo;

import dev.akis.blocks.BlockCategory;
import dev.akis.blocks.BlockType;
import dev.akis.blocks.FieldSpec;
import dev.akis.blocks.PortSpec;
import dev.akis.blocks.ProvidedProperty;
import dev.akis.blocks.StatusPorts;
import dev.akis.flow.Block;
import java.util.List;
import java.util.Locale;

/**
 * Tracks a parcel from a carrier and tracking number the customer gave (no shop order needed): fills
 * {@code shipment.*} and leaves through the port of the status group.
 */
public final class TrackShipmentBlock extends BlockType {

    public static final String ID = "trackShipment";

    private static final List<FieldSpec> FIELDS = List.of(
            FieldSpec.text("carrier").required().defaultValue("{shipment.carrier}").build(),
            FieldSpec.text("trackingNumber").required().defaultValue("{shipment.trackingNumber}").build(),
            FieldSpec.message("message").build());

    public TrackShipmentBlock() {
        super(ID, BlockCategory.CARGO, "mdi2p-package-variant-closed");
    }

    @Override
    public List<FieldSpec> fields() {
        return FIELDS;
    }

    @Override
    protected List<PortSpec> staticPorts() {
        return StatusPorts.ports();
    }

    @Override
    public List<ProvidedProperty> providedProperties(Block block) {
        return StatusPorts.shipmentProperties();
    }

    @Override
    public String summary(Block block, Locale uiLocale, String contentLanguage) {
        return string(block, "carrier") + " · " + string(block, "trackingNumber");
    }
}
