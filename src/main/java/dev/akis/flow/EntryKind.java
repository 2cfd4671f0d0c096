package dev.akis.flow;

import java.util.Optional;

/** How a conversation can start. */
public enum EntryKind {
    /** Any customer message that no other entry point claims. */
    ANY_MESSAGE("anyMessage"),
    /** A customer message containing one of the keywords of the conversation's language. */
    KEYWORD("keyword"),
    /** A click-to-WhatsApp ad or link whose prefilled message carries a source tag such as "Ref: IG_Hoodie_01". */
    CLICK_TO_WHATSAPP("clickToWhatsApp"),
    /**
     * The shop reports on a checkout (paid, payment failed, abandoned, or an order placed with cash on delivery)
     * that no waiting block claims; see {@link CheckoutOutcome}.
     */
    CHECKOUT_RETURN("checkoutReturn");

    private final String id;

    EntryKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<EntryKind> fromId(String id) {
        for (EntryKind kind : values()) {
            if (kind.id.equals(id)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
