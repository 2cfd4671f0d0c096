package dev.akis.blocks.ikas;

import dev.akis.blocks.BlockCategory;
import dev.akis.blocks.BlockType;
import dev.akis.blocks.FieldSpec;
import dev.akis.blocks.FieldType;
import dev.akis.blocks.PortSpec;
import dev.akis.blocks.ProvidedProperty;
import dev.akis.flow.Block;
import dev.akis.flow.PropertyType;
import java.util.List;
import java.util.Locale;

/**
 * Lists the member's orders newest first as a WhatsApp list (a page at a time, with a "more" row when there
 * are more), lets the customer pick one and fills the {@code order.*} properties. With one order and
 * "autoSelectSingle", it is picked without asking.
 */
public final class SelectOrderBlock extends BlockType {

    public static final String ID = "selectOrder";
    public static final String SELECTED = "selected";
    public static final String NO_ORDERS = "noOrders";
    public static final String ERROR = "error";

    private static final List<FieldSpec> FIELDS = List.of(
            FieldSpec.message("prompt").required().build(),
            FieldSpec.builder("memberId", FieldType.TEXT).required().defaultValue("{member.id}").build(),
            FieldSpec.builder("pageSize", FieldType.INTEGER).defaultValue(5).range(1, 9).build(),
            FieldSpec.builder("autoSelectSingle", FieldType.BOOLEAN).defaultValue(true).build(),
            FieldSpec.buttonTitle("listButton").build(),
            FieldSpec.builder("moreLabel", FieldType.LOCALIZED_TEXT).maxLength(FieldSpec.WHATSAPP_ROW_TITLE_LIMIT)
                    .customerVisible().build());

    private static final List<PortSpec> PORTS = List.of(
            PortSpec.required(SELECTED), PortSpec.required(NO_ORDERS), PortSpec.errorPort());

    private static final List<ProvidedProperty> PROVIDED = List.of(
            new ProvidedProperty("order.id", PropertyType.TEXT),
            new ProvidedProperty("order.number", PropertyType.TEXT),
            new ProvidedProperty("order.date", PropertyType.DATE),
            new ProvidedProperty("order.total", PropertyType.MONEY),
            new ProvidedProperty("order.totalAmount", PropertyType.NUMBER),
            new ProvidedProperty("order.status", PropertyType.TEXT),
            new ProvidedProperty("order.paymentStatus", PropertyType.TEXT),
            new ProvidedProperty("order.paymentMethod", PropertyType.TEXT),
            new ProvidedProperty("order.itemsSummary", PropertyType.TEXT),
            new ProvidedProperty("order.packageCount", PropertyType.NUMBER));

    public SelectOrderBlock() {
        super(ID, BlockCategory.IKAS, "mdi2c-clipboard-list-outline");
    }

    @Override
    public List<FieldSpec> fields() {
        return FIELDS;
    }

    @Override
    protected List<PortSpec> staticPorts() {
        return PORTS;
    }

    @Override
    public List<ProvidedProperty> providedProperties(Block block) {
        return PROVIDED;
    }

    @Override
    public boolean waitsForCustomer(Block block) {
        return true;
    }

    @Override
    public String summary(Block block, Locale uiLocale, String contentLanguage) {
        return TEXTS.get(uiLocale, "block.selectOrder.summary", integer(block, "pageSize"));
    }
}
