package dev.akis.engine.message;

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
 * @param payload  details of system events, e.g. {@code orderNumber} for a payment, {@code checkoutId}
 */
public record InboundEvent(Kind kind, String text, String choiceId, Map<String, String> payload) {

    /** Payload key of the order number the shop created for a paid checkout. */
    public static final String ORDER_NUMBER = "orderNumber";
    /** Payload key of the checkout a shop event refers to (optional). */
    public static final String CHECKOUT_ID = "checkoutId";

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

    /** The checkout outcome this event reports ("paid", "paymentFailed", "abandoned"), or null. */
    public String checkoutOutcome() {
        return switch (kind) {
            case PAYMENT_SUCCEEDED -> "paid";
            case PAYMENT_FAILED -> "paymentFailed";
            case CHECKOUT_ABANDONED -> "abandoned";
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
