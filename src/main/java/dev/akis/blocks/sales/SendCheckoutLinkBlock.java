package dev.akis.blocks.sales;

import dev.akis.blocks.BlockCategory;
import dev.akis.blocks.BlockType;
import dev.akis.blocks.Durations;
import dev.akis.blocks.FieldSpec;
import dev.akis.blocks.FieldType;
import dev.akis.blocks.PortSpec;
import dev.akis.blocks.ProvidedProperty;
import dev.akis.flow.Block;
import dev.akis.flow.PropertyType;
import java.util.List;
import java.util.Locale;

/**
 * Sends a checkout link that carries the cart (variant and quantity), the discount code and the source tag,
 * then waits for the shop: "paid", "paymentFailed", or "abandoned" (reported by the shop, or no payment within
 * {@code abandonAfter}).
 */
public final class SendCheckoutLinkBlock extends BlockType {

    public static final String ID = "sendCheckoutLink";
    public static final String PAID = "paid";
    public static final String PAYMENT_FAILED = "paymentFailed";
    public static final String ABANDONED = "abandoned";

    private static final List<FieldSpec> FIELDS = List.of(
            FieldSpec.message("message").required().build(),
            FieldSpec.buttonTitle("linkTitle").build(),
            FieldSpec.text("storeUrl").required().defaultValue("{shop.storefrontUrl}").build(),
            FieldSpec.text("discountCode").build(),
            FieldSpec.text("sourceTag").defaultValue("{contact.sourceTag}").build(),
            FieldSpec.builder("abandonAfter", FieldType.DURATION).defaultValue("PT1H").build());

    private static final List<PortSpec> PORTS = List.of(
            PortSpec.required(PAID), PortSpec.required(PAYMENT_FAILED), PortSpec.required(ABANDONED));

    private static final List<ProvidedProperty> PROVIDED = List.of(
            new ProvidedProperty("checkout.id", PropertyType.TEXT),
            new ProvidedProperty("checkout.link", PropertyType.URL),
            new ProvidedProperty("checkout.orderNumber", PropertyType.TEXT));

    public SendCheckoutLinkBlock() {
        super(ID, BlockCategory.SALES, "mdi2c-credit-card-outline");
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
        String code = string(block, "discountCode");
        String wait = Durations.describe(duration(block, "abandonAfter"), uiLocale);
        return code.isBlank() ? "⏱ " + wait : code + " · ⏱ " + wait;
    }
}
