package dev.akis.flow;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * What the shop reports about a checkout, as a {@code checkoutReturn} entry point names it in
 * {@code checkoutOutcome}. The linter, the JSON schema, the engine and the studio read the one list here.
 */
public enum CheckoutOutcome {
    /** The checkout was paid; the shop created an order. */
    PAID("paid"),
    /** The payment was refused. */
    PAYMENT_FAILED("paymentFailed"),
    /** The customer left the checkout without paying. */
    ABANDONED("abandoned"),
    /** The customer placed an order to be paid in cash at the door; it waits for their confirmation. */
    CASH_ON_DELIVERY("cashOnDelivery");

    /** The value of {@code checkoutOutcome} that accepts every outcome (also the meaning of an absent value). */
    public static final String ANY = "any";

    private static final List<String> ENTRY_VALUES;

    static {
        List<String> values = new ArrayList<>();
        for (CheckoutOutcome outcome : values()) {
            values.add(outcome.id);
        }
        values.add(ANY);
        ENTRY_VALUES = Collections.unmodifiableList(values);
    }

    private final String id;

    CheckoutOutcome(String id) {
        this.id = id;
    }

    /** The name in flow files ("cashOnDelivery"). */
    public String id() {
        return id;
    }

    public static Optional<CheckoutOutcome> fromId(String id) {
        for (CheckoutOutcome outcome : values()) {
            if (outcome.id.equals(id)) {
                return Optional.of(outcome);
            }
        }
        return Optional.empty();
    }

    /** Every value an entry point's {@code checkoutOutcome} may take, in this order, {@link #ANY} last. */
    public static List<String> entryValues() {
        return ENTRY_VALUES;
    }

    /** True when an entry point waiting for {@code wanted} (null, blank or "any" for all) accepts this outcome. */
    public boolean acceptedBy(String wanted) {
        return wanted == null || wanted.isBlank() || ANY.equals(wanted) || id.equals(wanted);
    }
}
