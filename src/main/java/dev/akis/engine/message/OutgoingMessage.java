package dev.akis.engine.message;

import java.util.List;

/**
 * A message the bot sends, independent of the channel: a WhatsApp adapter turns it into a text, interactive
 * buttons/list or CTA-URL message; the simulator draws it as a bubble.
 */
public sealed interface OutgoingMessage
        permits TextMessage, ButtonsMessage, ListMessage, LinkButtonMessage, ProductCardsMessage, HandoffNotice {

    /** The main text the customer reads (may be empty for a hand-off notice). */
    String text();

    /** The options the customer can tap in this message, in display order; empty when none. */
    default List<ChoiceOption> options() {
        return List.of();
    }

    /** Everything readable in the message, one part per line, for searching and transcripts. */
    String readableText();
}
