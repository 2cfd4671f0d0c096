package dev.akis.blocks;

import dev.akis.commerce.Money;
import dev.akis.commerce.Order;
import dev.akis.commerce.ServiceException;
import dev.akis.engine.message.InboundEvent;
import dev.akis.engine.spi.BlockContext;
import dev.akis.engine.spi.PropertyValues;
import dev.akis.flow.PropertyType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * What a {@code checkoutReturn} entry point fills from the shop's event before the flow's first block runs:
 * {@code checkout.*} and {@code cart.*} from the event's details and, when the event names an order, the
 * {@code order.*} properties loaded from the shop exactly as Select Order fills them. A shop that cannot load
 * the order does not stop the conversation: the number and id from the event are kept, {@code order.total} and
 * the rest stay empty, and the trace says why (see decision 0070), so a flow can check {@code order.total}.
 */
public final class CheckoutEntry {

    private static final List<ProvidedProperty> PROVIDED;

    static {
        List<ProvidedProperty> provided = new ArrayList<>(List.of(
                new ProvidedProperty("checkout.id", PropertyType.TEXT),
                new ProvidedProperty("checkout.link", PropertyType.URL),
                new ProvidedProperty("checkout.orderNumber", PropertyType.TEXT),
                new ProvidedProperty("cart.summary", PropertyType.TEXT),
                new ProvidedProperty("cart.total", PropertyType.MONEY)));
        provided.addAll(OrderProperties.provided());
        PROVIDED = Collections.unmodifiableList(provided);
    }

    private CheckoutEntry() {
    }

    /** Every property a checkout event may fill; which ones it does depends on the details the shop sent. */
    public static List<ProvidedProperty> provided() {
        return PROVIDED;
    }

    /** Fills the properties from the event's details; calls the shop when the event names an order id. */
    public static void fill(BlockContext context, InboundEvent event) {
        String orderId = detail(event, InboundEvent.ORDER_ID);
        String orderNumber = detail(event, InboundEvent.ORDER_NUMBER);
        if (orderId != null || orderNumber != null) {
            for (ProvidedProperty property : OrderProperties.provided()) {
                context.setProperty(property.name(), null);
            }
            context.setProperty("checkout.orderNumber", orderNumber);
            context.setProperty("order.number", orderNumber);
            context.setProperty("order.id", orderId);
        }
        setIfPresent(context, "checkout.id", detail(event, InboundEvent.CHECKOUT_ID));
        setIfPresent(context, "checkout.link", detail(event, InboundEvent.CHECKOUT_LINK));
        setIfPresent(context, "cart.summary", detail(event, InboundEvent.CART_SUMMARY));
        String total = detail(event, InboundEvent.CART_TOTAL);
        if (total != null) {
            Money money = PropertyValues.parseMoney(total);
            if (money == null) {
                context.problem("checkoutTotalUnreadable", total);
            } else {
                context.setProperty("cart.total", PropertyValues.money(money));
            }
        }
        if (orderId != null) {
            load(context, orderId);
        }
    }

    private static void load(BlockContext context, String orderId) {
        try {
            Optional<Order> order = context.call("ikas", "getOrder", orderId, () -> context.shop().getOrder(orderId));
            if (order.isPresent()) {
                OrderProperties.fill(context, order.get());
                if (context.property("checkout.orderNumber") == null) {
                    context.setProperty("checkout.orderNumber", order.get().orderNumber());
                }
            } else {
                context.problem("checkoutOrderNotFound", orderId);
            }
        } catch (ServiceException e) {
            context.problem("checkoutOrderUnavailable", orderId, e.kind().name());
        }
    }

    private static String detail(InboundEvent event, String key) {
        String value = event.payloadValue(key);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static void setIfPresent(BlockContext context, String name, String value) {
        if (value != null) {
            context.setProperty(name, value);
        }
    }
}
