package dev.akis.blocks.sales;

import dev.akis.blocks.BlockCategory;
import dev.akis.blocks.BlockType;
import dev.akis.blocks.Durations;
import dev.akis.blocks.FieldSpec;
import dev.akis.blocks.FieldType;
import dev.akis.blocks.PortSpec;
import dev.akis.blocks.ProvidedProperty;
import dev.akis.engine.message.InboundEvent;
import dev.akis.engine.message.LinkButtonMessage;
import dev.akis.engine.spi.BlockContext;
import dev.akis.engine.spi.BlockExecutor;
import dev.akis.engine.spi.LocalizedTemplate;
import dev.akis.engine.spi.Step;
import dev.akis.engine.spi.Template;
import dev.akis.flow.Block;
import dev.akis.flow.PropertyType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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
    public static final String ABANDON_TIMER = "abandon";

    private static final List<FieldSpec> FIELDS = List.of(
            FieldSpec.interactiveMessage("message").required().build(),
            FieldSpec.buttonTitle("linkTitle").build(),
            FieldSpec.webAddress("storeUrl").required().defaultValue("{shop.storefrontUrl}").build(),
            FieldSpec.text("discountCode").build(),
            FieldSpec.text("sourceTag").defaultValue("{contact.sourceTag}").build(),
            FieldSpec.builder("abandonAfter", FieldType.DURATION).defaultValue("PT1H").offWhenZero().build());

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
    public BlockExecutor executor(Block block) {
        LocalizedTemplate message = template(block, "message");
        LocalizedTemplate linkTitle = template(block, "linkTitle");
        Template storeUrl = plainTemplate(block, "storeUrl");
        Template discountCode = plainTemplate(block, "discountCode");
        Template sourceTag = plainTemplate(block, "sourceTag");
        Duration abandonAfter = duration(block, "abandonAfter");
        return new BlockExecutor() {
            @Override
            public Step enter(BlockContext context) {
                String checkoutId = context.newId("chk");
                String link = checkoutLink(context, context.render(storeUrl), context.render(discountCode),
                        context.render(sourceTag), checkoutId);
                context.setProperty("checkout.id", checkoutId);
                context.setProperty("checkout.link", link);
                context.setProperty("checkout.orderNumber", null);
                context.send(new LinkButtonMessage(context.render(message), context.render(linkTitle), link));
                if (abandonAfter.isZero() || abandonAfter.isNegative()) {
                    context.info("checkoutWithoutTimeout");
                } else {
                    context.startTimer(ABANDON_TIMER, abandonAfter);
                }
                return Step.waitHere();
            }

            @Override
            public Step resume(BlockContext context, InboundEvent event) {
                String outcome = event.checkoutOutcome();
                if (!PAID.equals(outcome) && !PAYMENT_FAILED.equals(outcome) && !ABANDONED.equals(outcome)) {
                    // Not about this link's payment (e.g. a cash-on-delivery order): a checkoutReturn entry may take it.
                    return Step.decline();
                }
                String about = event.payloadValue(InboundEvent.CHECKOUT_ID);
                if (about != null && !about.equals(context.property("checkout.id"))) {
                    return Step.decline();
                }
                String orderNumber = event.payloadValue(InboundEvent.ORDER_NUMBER);
                if (PAID.equals(outcome) && orderNumber != null && !orderNumber.isBlank()) {
                    context.setProperty("checkout.orderNumber", orderNumber.strip());
                }
                return Step.port(outcome);
            }

            @Override
            public Step timerFired(BlockContext context, String timer) {
                return Step.port(ABANDONED);
            }
        };
    }

    /**
     * The checkout address: {@code <store>/checkout?items=<variantId>:<quantity>&discount=<code>&source=<tag>
     * &checkoutId=<id>}, each value URL-encoded, {@code discount} and {@code source} only when set. The store
     * address falls back to the shop's storefront when the field renders empty.
     */
    static String checkoutLink(BlockContext context, String store, String discount, String source, String checkoutId) {
        String base = store.strip();
        if (base.isEmpty()) {
            base = context.shopSettings().storefrontUrl().strip();
            context.problem("checkoutWithoutStore");
        }
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        StringBuilder url = new StringBuilder(base).append("/checkout?");
        String variant = context.property("cart.variantId");
        if (variant == null || variant.isBlank()) {
            context.problem("checkoutWithoutCart");
        } else {
            String quantity = context.property("cart.quantity");
            url.append("items=").append(encode(variant)).append(':')
                    .append(quantity == null || quantity.isBlank() ? "1" : encode(quantity)).append('&');
        }
        if (!discount.isBlank()) {
            url.append("discount=").append(encode(discount.strip())).append('&');
        }
        if (!source.isBlank()) {
            url.append("source=").append(encode(source.strip())).append('&');
        }
        return url.append("checkoutId=").append(encode(checkoutId)).toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public String summary(Block block, Locale uiLocale, String contentLanguage) {
        String code = string(block, "discountCode");
        String wait = Durations.describe(duration(block, "abandonAfter"), uiLocale);
        return code.isBlank() ? "⏱ " + wait : code + " · ⏱ " + wait;
    }
}
