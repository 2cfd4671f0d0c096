package dev.akis.blocks;

import dev.akis.commerce.Order;
import dev.akis.commerce.OrderLine;
import dev.akis.engine.spi.BlockContext;
import dev.akis.engine.spi.PropertyValues;
import dev.akis.flow.PropertyType;
import java.util.List;

/**
 * The {@code order.*} properties and how an order fills them: shared by Select Order (the customer picks an
 * order) and the checkout entry (the shop names the order), so both read the same.
 */
public final class OrderProperties {

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

    private OrderProperties() {
    }

    public static List<ProvidedProperty> provided() {
        return PROVIDED;
    }

    /** Fills {@code order.*} from an order (dates in the shop's time zone, amounts in canonical form). */
    public static void fill(BlockContext context, Order order) {
        context.setProperty("order.id", order.id());
        context.setProperty("order.number", order.orderNumber());
        context.setProperty("order.date", order.orderedAt() == null ? null
                : PropertyValues.date(order.orderedAt().atZone(context.zone()).toLocalDate()));
        context.setProperty("order.total", PropertyValues.money(order.total()));
        context.setProperty("order.totalAmount", order.total() == null ? null : order.total().amount().toPlainString());
        context.setProperty("order.status", order.status());
        context.setProperty("order.paymentStatus", order.paymentStatus());
        context.setProperty("order.paymentMethod", order.paymentMethod());
        StringBuilder items = new StringBuilder();
        for (OrderLine line : order.lines()) {
            if (items.length() > 0) {
                items.append(", ");
            }
            items.append(line.quantity()).append(" × ").append(line.name());
            if (line.variantDescription() != null && !line.variantDescription().isBlank()) {
                items.append(" (").append(line.variantDescription()).append(')');
            }
        }
        context.setProperty("order.itemsSummary", items.length() == 0 ? null : items.toString());
        context.setProperty("order.packageCount", PropertyValues.number(order.packages().size()));
    }
}
