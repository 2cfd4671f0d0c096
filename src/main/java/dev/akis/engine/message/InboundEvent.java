package dev.akis.engine.message;

import dev.akis.flow.CheckoutOutcome;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Something that happens to a conversation: the customer writes or taps an option, the shop reports on a
 * checkout, time passes, or an agent gives the conversation back to the bot. Channel-neutral: a WhatsApp
 * webhook, the studio simulator and conversation tests all arrive here.
 *
 * @param kind     what happened
 * @param text     the customer's text; for a tapped option its title (may be empty)
 * @param choiceId the id of the tapped button or list row, for {@link Kind#CHOICE_SELECTED}
 * @param payload  details of system events: {@link #ORDER_NUMBER}, {@link #ORDER_ID}, {@link #CHECKOUT_ID},
 *                 {@link #CHECKOUT_LINK}, {@link #CART_SUMMARY}, {@link #CART_TOTAL}
 */
public record InboundEvent(Kind kind, String text, String choiceId, Map<String, String> payload) {

    /** Payload key of the order number the shop created for a paid checkout. */
    public static final String ORDER_NUMBER = "orderNumber";
    /** Payload key of the checkout a shop event refers to (optional). */
    public static final String CHECKOUT_ID = "checkoutId";
    /**
     * Payload key of the shop's id of the order a checkout event is about (İkas' order id, not its number); the
     * engine loads that order and fills {@code order.*} before the flow starts.
     */
    public static final String ORDER_ID = "orderId";
    /** Payload key of the address that takes the customer back to their checkout (an abandoned cart's link). */
    public static final String CHECKOUT_LINK = "checkoutLink";
    /** Payload key of the cart in words ("1 × Oversize Kapüşonlu Sweatshirt (Siyah / M)"). */
    public static final String CART_SUMMARY = "cartSummary";
    /** Payload key of the cart's total in canonical form ("899.90 TRY"). */
    public static final String CART_TOTAL = "cartTotal";

    /** The kinds of events a conversation receives. */
    public enum Kind {
        /** The customer wrote a message. */
        CUSTOMER_TEXT,
        /** The customer tapped a reply button or picked a list row. */
        CHOICE_SELECTED,
        /** The shop reports that the checkout was paid. */
        PAYMENT_SUCCEEDED,
        /** The shop reports that the payment was refused. */
        PAYMENT_FAILED,
        /** The shop reports that the customer left the checkout. */
        CHECKOUT_ABANDONED,
        /** The shop reports an order placed with cash on delivery, which waits for the customer's confirmation. */
        CASH_ON_DELIVERY_ORDERED,
        /** The clock moved on: timers that are due fire. */
        TIME_PASSED,
        /** An agent gives a handed-off conversation back to the bot. */
        RESUME_BOT
    }

    public InboundEvent {
        Objects.requireNonNull(kind, "kind");
        text = text == null ? "" : text;
        payload = payload == null ? Map.of() : Map.copyOf(payload);
    }

    public static InboundEvent text(String text) {
        return new InboundEvent(Kind.CUSTOMER_TEXT, text, null, null);
    }

    public static InboundEvent choice(String choiceId, String title) {
        return new InboundEvent(Kind.CHOICE_SELECTED, title, Objects.requireNonNull(choiceId, "choiceId"), null);
    }

    public static InboundEvent paymentSucceeded(String orderNumber) {
        return new InboundEvent(Kind.PAYMENT_SUCCEEDED, null, null,
                orderNumber == null ? Map.of() : Map.of(ORDER_NUMBER, orderNumber));
    }

    public static InboundEvent paymentFailed() {
        return new InboundEvent(Kind.PAYMENT_FAILED, null, null, null);
    }

    public static InboundEvent checkoutAbandoned() {
        return new InboundEvent(Kind.CHECKOUT_ABANDONED, null, null, null);
    }

    /**
     * The customer left a checkout; {@code checkoutLink} takes them back to it (may be null). The shop's checkout
     * id, the cart in words and its total can be added with {@link #system(Kind, Map)}.
     */
    public static InboundEvent checkoutAbandoned(String checkoutId, String checkoutLink) {
        Map<String, String> payload = new LinkedHashMap<>();
        putIfPresent(payload, CHECKOUT_ID, checkoutId);
        putIfPresent(payload, CHECKOUT_LINK, checkoutLink);
        return new InboundEvent(Kind.CHECKOUT_ABANDONED, null, null, payload);
    }

    /** An order paid in cash at the door was placed: the shop's order id (to load it) and its number. */
    public static InboundEvent cashOnDeliveryOrdered(String orderId, String orderNumber) {
        Map<String, String> payload = new LinkedHashMap<>();
        putIfPresent(payload, ORDER_ID, orderId);
        putIfPresent(payload, ORDER_NUMBER, orderNumber);
        return new InboundEvent(Kind.CASH_ON_DELIVERY_ORDERED, null, null, payload);
    }

    private static void putIfPresent(Map<String, String> payload, String key, String value) {
        if (value != null && !value.isBlank()) {
            payload.put(key, value.strip());
        }
    }

    /** A system event of the given kind with details. */
    public static InboundEvent system(Kind kind, Map<String, String> payload) {
        return new InboundEvent(kind, null, null, payload);
    }

    /** "Time passed": fires the timers that are due by the engine's clock. */
    public static InboundEvent tick() {
        return new InboundEvent(Kind.TIME_PASSED, null, null, null);
    }

    public static InboundEvent resumeBot() {
        return new InboundEvent(Kind.RESUME_BOT, null, null, null);
    }

    /** True for something the customer wrote or tapped. */
    public boolean fromCustomer() {
        return kind == Kind.CUSTOMER_TEXT || kind == Kind.CHOICE_SELECTED;
    }

    /** The checkout outcome this event reports ("paid", "paymentFailed", "abandoned", "cashOnDelivery"), or null. */
    public String checkoutOutcome() {
        CheckoutOutcome outcome = outcome();
        return outcome == null ? null : outcome.id();
    }

    /** The checkout outcome this event reports, or null for events that are not about a checkout. */
    public CheckoutOutcome outcome() {
        return switch (kind) {
            case PAYMENT_SUCCEEDED -> CheckoutOutcome.PAID;
            case PAYMENT_FAILED -> CheckoutOutcome.PAYMENT_FAILED;
            case CHECKOUT_ABANDONED -> CheckoutOutcome.ABANDONED;
            case CASH_ON_DELIVERY_ORDERED -> CheckoutOutcome.CASH_ON_DELIVERY;
            default -> null;
        };
    }

    public String payloadValue(String key) {
        return payload.get(key);
    }

    /** A short description for logs and transcripts. */
    public String describe() {
        return switch (kind) {
            case CUSTOMER_TEXT -> "> " + text;
            case CHOICE_SELECTED -> "tap " + choiceId + (text.isEmpty() ? "" : " (" + text + ")");
            default -> kind.name().toLowerCase(java.util.Locale.ROOT) + (payload.isEmpty() ? "" : " " + payload);
        };
    }
}
