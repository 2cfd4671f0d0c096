package dev.akis.engine.message;

import java.util.List;

/** A text with up to three reply buttons (WhatsApp's limit). */
public record ButtonsMessage(String text, List<ChoiceOption> buttons) implements OutgoingMessage {

    public ButtonsMessage {
        text = text == null ? "" : text;
        buttons = List.copyOf(buttons);
    }

    @Override
    public List<ChoiceOption> options() {
        return buttons;
    }

    @Override
    public String readableText() {
        StringBuilder out = new StringBuilder(text);
        for (ChoiceOption button : buttons) {
            out.append('\n').append(button.title());
        }
        return out.toString();
    }
}
