package dev.akis.blocks;

import dev.akis.engine.message.ButtonsMessage;
import dev.akis.engine.message.ChoiceOption;
import dev.akis.engine.message.ListMessage;
import dev.akis.engine.message.OutgoingMessage;
import java.util.ArrayList;
import java.util.List;

/**
 * Presents options the way WhatsApp allows: up to three short titles as reply buttons, otherwise a list (at
 * most ten rows, titles cut to 24 characters). Used by every block that lets the customer pick.
 */
public final class Offers {

    private Offers() {
    }

    /** One option with the description shown under it in a list. */
    public record Offer(String id, String title, String description) {
    }

    /** Buttons when {@code preferButtons} and they fit, else a list. */
    public static OutgoingMessage present(String text, String listButton, List<Offer> offers, boolean preferButtons) {
        if (preferButtons && fitsButtons(offers)) {
            return buttons(text, offers);
        }
        return list(text, listButton, offers);
    }

    public static boolean fitsButtons(List<Offer> offers) {
        if (offers.isEmpty() || offers.size() > FieldSpec.WHATSAPP_MAX_BUTTONS) {
            return false;
        }
        for (Offer offer : offers) {
            if (offer.title().length() > FieldSpec.WHATSAPP_BUTTON_TITLE_LIMIT) {
                return false;
            }
        }
        return true;
    }

    public static ButtonsMessage buttons(String text, List<Offer> offers) {
        List<ChoiceOption> buttons = new ArrayList<>(offers.size());
        for (Offer offer : offers) {
            buttons.add(new ChoiceOption(offer.id(), cut(offer.title(), FieldSpec.WHATSAPP_BUTTON_TITLE_LIMIT)));
        }
        return new ButtonsMessage(text, buttons);
    }

    public static ListMessage list(String text, String listButton, List<Offer> offers) {
        List<ListMessage.Row> rows = new ArrayList<>(offers.size());
        for (Offer offer : offers) {
            if (rows.size() == FieldSpec.WHATSAPP_MAX_LIST_ROWS) {
                break;
            }
            rows.add(new ListMessage.Row(offer.id(), cut(offer.title(), FieldSpec.WHATSAPP_ROW_TITLE_LIMIT),
                    cut(offer.description() == null ? "" : offer.description(), 72)));
        }
        return ListMessage.of(text, cut(listButton, FieldSpec.WHATSAPP_BUTTON_TITLE_LIMIT), rows);
    }

    /** Shortens to WhatsApp's limit with an ellipsis. */
    public static String cut(String text, int max) {
        if (text == null) {
            return "";
        }
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
