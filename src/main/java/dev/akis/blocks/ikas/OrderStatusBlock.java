package dev.akis.blocks.ikas;

import dev.akis.blocks.BlockCategory;
import dev.akis.blocks.BlockType;
import dev.akis.blocks.FieldSpec;
import dev.akis.blocks.FieldType;
import dev.akis.blocks.PortSpec;
import dev.akis.blocks.ProvidedProperty;
import dev.akis.blocks.StatusPorts;
import dev.akis.flow.Block;
import java.util.List;
import java.util.Locale;

/**
 * Looks up the selected order's packages and asks each carrier where they are: fills {@code shipment.*}
 * (carrier, tracking number and link, normalized status, estimated delivery, history) and leaves through the
 * port of the status group. With several packages, either the one that most needs attention is reported or
 * the customer is asked which one.
 */
public final class OrderStatusBlock extends BlockType {

    public static final String ID = "orderStatus";
    public static final String PACKAGES_MOST_URGENT = "mostUrgent";
    public static final String PACKAGES_ASK = "ask";

    private static final List<FieldSpec> FIELDS = List.of(
            FieldSpec.builder("orderId", FieldType.TEXT).required().defaultValue("{order.id}").build(),
            FieldSpec.choice("packages", PACKAGES_MOST_URGENT, PACKAGES_ASK).build(),
            FieldSpec.message("packagePrompt").visibleWhen("packages", PACKAGES_ASK).build(),
            FieldSpec.message("message").build());

    public OrderStatusBlock() {
        super(ID, BlockCategory.IKAS, "mdi2t-truck-delivery-outline");
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
    public boolean waitsForCustomer(Block block) {
        return PACKAGES_ASK.equals(string(block, "packages"));
    }

    @Override
    public String summary(Block block, Locale uiLocale, String contentLanguage) {
        FieldSpec packages = field("packages").orElseThrow();
        return optionLabel(packages, string(block, "packages"), uiLocale);
    }
}
