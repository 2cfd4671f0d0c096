package dev.akis.blocks.cargo;

import dev.akis.blocks.BlockCategory;
import dev.akis.blocks.BlockType;
import dev.akis.blocks.FieldSpec;
import dev.akis.blocks.PortSpec;
import dev.akis.blocks.ProvidedProperty;
import dev.akis.blocks.ShipmentReport;
import dev.akis.blocks.StatusPorts;
import dev.akis.commerce.Carrier;
import dev.akis.commerce.DeliveryPromise;
import dev.akis.commerce.ServiceException;
import dev.akis.commerce.StatusGroup;
import dev.akis.commerce.Tracking;
import dev.akis.engine.message.TextMessage;
import dev.akis.engine.spi.BlockExecutor;
import dev.akis.engine.spi.LocalizedTemplate;
import dev.akis.engine.spi.Step;
import dev.akis.engine.spi.Template;
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
            ShipmentReport.promiseField(),
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

    /**
     * Recognises the carrier from a code or a name as typed ("yurtiçi", "Aras Kargo"), asks it about the tracking
     * number and leaves by the status group. A tracking number the carrier does not know reads as status
     * "unknown" (the "problem" port); an unknown carrier or a failing carrier takes "error".
     */
    @Override
    public BlockExecutor executor(Block block) {
        Template carrierField = plainTemplate(block, "carrier");
        Template numberField = plainTemplate(block, "trackingNumber");
        LocalizedTemplate message = template(block, "message");
        DeliveryPromise promise = new DeliveryPromise(integer(block, ShipmentReport.PROMISE_FIELD));
        return context -> {
            String carrierText = context.render(carrierField).strip();
            String number = context.render(numberField).strip().replace(" ", "");
            if (number.isEmpty()) {
                context.problem("noTrackingNumber", numberField.source());
                return Step.port(StatusPorts.ERROR);
            }
            if (Carrier.recognise(carrierText).isEmpty()) {
                context.problem("carrierUnknown", carrierText);
                return Step.port(StatusPorts.ERROR);
            }
            StatusGroup group;
            try {
                Tracking tracking = ShipmentReport.track(context, carrierText, carrierText, number, promise);
                Carrier carrier = Carrier.recognise(carrierText).get();
                group = tracking == null
                        ? ShipmentReport.fillUnknown(context, carrier.displayName(), carrier.code(), number, null, 1)
                        : ShipmentReport.fill(context, tracking, null, 1);
            } catch (ServiceException e) {
                return Step.port(StatusPorts.ERROR);
            }
            if (!message.isBlank()) {
                String text = context.render(message);
                if (!text.isBlank()) {
                    context.send(TextMessage.of(text));
                }
            }
            return Step.port(group.portId());
        };
    }

    @Override
    public String summary(Block block, Locale uiLocale, String contentLanguage) {
        return string(block, "carrier") + " · " + string(block, "trackingNumber");
    }
}
