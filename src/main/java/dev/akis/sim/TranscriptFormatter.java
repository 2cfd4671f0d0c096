package dev.akis.sim;

import dev.akis.engine.message.ButtonsMessage;
import dev.akis.engine.message.ChoiceOption;
import dev.akis.engine.message.HandoffNotice;
import dev.akis.engine.message.LinkButtonMessage;
import dev.akis.engine.message.ListMessage;
import dev.akis.engine.message.OutgoingMessage;
import dev.akis.engine.message.ProductCardsMessage;
import dev.akis.engine.message.TextMessage;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes bot messages as plain-text transcript lines for the terminal and test reports: "< " before the text,
 * buttons and list rows numbered so the customer can answer with the number.
 */
public final class TranscriptFormatter {

    private TranscriptFormatter() {
    }

    public static List<String> lines(List<OutgoingMessage> messages) {
        List<String> lines = new ArrayList<>();
        for (OutgoingMessage message : messages) {
            lines.addAll(lines(message));
        }
        return lines;
    }

    public static List<String> lines(OutgoingMessage message) {
        List<String> lines = new ArrayList<>();
        if (message instanceof HandoffNotice handoff) {
            lines.add("⇄ " + handoff.team() + (handoff.reason().isEmpty() ? "" : " · " + handoff.reason()));
            return lines;
        }
        if (!message.text().isEmpty()) {
            String[] textLines = message.text().split("\n", -1);
            lines.add("< " + textLines[0]);
            for (int i = 1; i < textLines.length; i++) {
                lines.add("  " + textLines[i]);
            }
        }
        if (message instanceof TextMessage text && text.imageUrl() != null) {
            lines.add("  [🖼 " + text.imageUrl() + "]");
        } else if (message instanceof ButtonsMessage buttons) {
            StringBuilder row = new StringBuilder(" ");
            int n = 1;
            for (ChoiceOption button : buttons.buttons()) {
                row.append(" [").append(n++).append("] ").append(button.title());
            }
            lines.add(row.toString());
        } else if (message instanceof ListMessage list) {
            lines.add("  ☰ " + list.buttonTitle());
            int n = 1;
            for (ListMessage.Row row : list.rows()) {
                lines.add("    " + n++ + ". " + row.title() + (row.description().isEmpty() ? "" : " — " + row.description()));
            }
        } else if (message instanceof LinkButtonMessage link) {
            lines.add("  🔗 " + link.buttonTitle() + ": " + link.url());
        } else if (message instanceof ProductCardsMessage cards) {
            for (ProductCardsMessage.Card card : cards.cards()) {
                lines.add("  ▣ " + card.name() + (card.variant().isEmpty() ? "" : " (" + card.variant() + ")") + " · "
                        + card.price() + " · " + card.stockLabel());
            }
        }
        return lines;
    }
}
