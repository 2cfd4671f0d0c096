package dev.akis.studio.simulator;

import dev.akis.commerce.dataset.LineRow;
import dev.akis.commerce.dataset.OrderRow;
import dev.akis.commerce.dataset.ProductRow;
import dev.akis.commerce.dataset.VariantRow;
import dev.akis.engine.ConversationState;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The shop events the simulator's Tools send, written as a conversation test writes them after {@code event:}
 * ("abandoned checkout=chk-5120 link=… cart="1 × …" total="899.90 TRY""). They then go through the same parser
 * as a test, show up in a saved test exactly as they were sent, and carry what a real shop sends with them:
 * <ul>
 *   <li>a checkout the conversation already has (a Send Checkout Link waiting for its payment) is the one the
 *       event is about, with its id, link and cart;</li>
 *   <li>otherwise an abandoned checkout is made up from the data: a recovery link on the shop's storefront and a
 *       cart of one item — the product of the customer's latest order while it is in stock, else the first
 *       product in stock;</li>
 *   <li>a paid checkout names the order it created, numbered after the dataset's orders;</li>
 *   <li>a cash-on-delivery order names one of the customer's orders by number and id, as the shop would.</li>
 * </ul>
 */
public final class ShopEventLines {

    /** What the shop reports about a checkout. */
    public enum CheckoutOutcome {
        PAID("paid"),
        FAILED("failed"),
        ABANDONED("abandoned");

        private final String eventName;

        CheckoutOutcome(String eventName) {
            this.eventName = eventName;
        }
    }

    /** The shop data an event may be built from; the customer's orders newest first. */
    record ShopData(String storefrontUrl, String currency, List<ProductRow> products, List<OrderRow> customerOrders,
                    int nextOrderNumber) {
        ShopData {
            products = List.copyOf(products);
            customerOrders = List.copyOf(customerOrders);
        }
    }

    private static final String CASH_ON_DELIVERY = "CASH_ON_DELIVERY";

    private ShopEventLines() {
    }

    /**
     * The event line for a checkout outcome; {@code sequence} numbers the checkouts and orders the simulator made
     * up so far in this conversation, so two of them never share an id.
     */
    static String checkout(CheckoutOutcome outcome, ConversationState state, ShopData shop, int sequence) {
        List<String> words = new ArrayList<>();
        words.add(outcome.eventName);
        String checkoutId = property(state, "checkout.id");
        switch (outcome) {
            case PAID -> {
                words.add("order=" + (shop.nextOrderNumber() + sequence));
                add(words, "checkout", checkoutId);
            }
            case FAILED -> add(words, "checkout", checkoutId);
            case ABANDONED -> {
                String id = checkoutId != null ? checkoutId : "chk-sim-" + (sequence + 1);
                String link = property(state, "checkout.link");
                add(words, "checkout", id);
                add(words, "link", link != null ? link : recoveryLink(shop.storefrontUrl(), id));
                String cart = property(state, "cart.summary");
                String total = property(state, "cart.total");
                if (cart == null) {
                    Optional<Item> item = cartItem(shop);
                    if (item.isPresent()) {
                        cart = "1 × " + item.get().label();
                        total = item.get().variant().price().setScale(2, RoundingMode.HALF_UP).toPlainString()
                                + " " + shop.currency();
                    }
                }
                add(words, "cart", cart);
                add(words, "total", total);
            }
            default -> throw new IllegalArgumentException(outcome.name());
        }
        return String.join(" ", words);
    }

    /** "cod order=1125 order-id=o-1125": the shop reports an order placed with cash on delivery. */
    static String cashOnDelivery(OrderRow order) {
        List<String> words = new ArrayList<>();
        words.add("cod");
        add(words, "order", order.orderNumber());
        add(words, "order-id", order.id());
        return String.join(" ", words);
    }

    /** The order the cash-on-delivery tool offers first: the newest one paid at the door, else the newest. */
    static Optional<OrderRow> suggestedCashOnDeliveryOrder(List<OrderRow> newestFirst) {
        return newestFirst.stream().filter(ShopEventLines::isCashOnDelivery).findFirst()
                .or(() -> newestFirst.stream().findFirst());
    }

    static boolean isCashOnDelivery(OrderRow order) {
        return CASH_ON_DELIVERY.equals(order.paymentMethod());
    }

    /** The order number after the dataset's highest one (order numbers are whole numbers in İkas). */
    static int nextOrderNumber(List<OrderRow> allOrders) {
        int highest = 1000;
        for (OrderRow order : allOrders) {
            try {
                highest = Math.max(highest, Integer.parseInt(order.orderNumber().strip()));
            } catch (NumberFormatException e) {
                // A number the dataset wrote with letters cannot collide with ours.
            }
        }
        return highest + 1;
    }

    private record Item(ProductRow product, VariantRow variant) {
        String label() {
            return variant.name().isBlank() ? product.name() : product.name() + " (" + variant.name() + ")";
        }
    }

    private static Optional<Item> cartItem(ShopData shop) {
        List<LineRow> latest = shop.customerOrders().isEmpty() ? List.of() : shop.customerOrders().get(0).lines();
        for (LineRow line : latest) {
            Optional<Item> again = variant(shop.products(), line.variantId()).filter(i -> i.variant().stock() > 0);
            if (again.isPresent()) {
                return again;
            }
        }
        for (ProductRow product : shop.products()) {
            for (VariantRow variant : product.variants()) {
                if (variant.stock() > 0) {
                    return Optional.of(new Item(product, variant));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Item> variant(List<ProductRow> products, String variantId) {
        for (ProductRow product : products) {
            for (VariantRow variant : product.variants()) {
                if (variant.id().equals(variantId)) {
                    return Optional.of(new Item(product, variant));
                }
            }
        }
        return Optional.empty();
    }

    private static String recoveryLink(String storefront, String checkoutId) {
        String base = storefront == null ? "" : storefront.strip();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base + "/checkout/recover/" + checkoutId;
    }

    private static String property(ConversationState state, String name) {
        String value = state == null ? null : state.property(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** key=value, the value in double quotes when it has spaces (the format has no escape for a quote). */
    private static void add(List<String> words, String key, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        String clean = value.strip().replace('"', '\'');
        words.add(key + "=" + (clean.chars().anyMatch(Character::isWhitespace) ? "\"" + clean + "\"" : clean));
    }
}
