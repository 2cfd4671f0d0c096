package dev.akis.flow;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/** A note on the canvas for the people editing the flow; customers never see it. */
public record StickyNote(String id, LocalizedText text, String color, ObjectNode extras) {

    public static final String DEFAULT_COLOR = "yellow";

    public StickyNote {
        Objects.requireNonNull(id, "id");
        text = text == null ? LocalizedText.EMPTY : text;
        color = color == null || color.isBlank() ? DEFAULT_COLOR : color;
        extras = extras == null ? Json.object() : extras;
    }

    public StickyNote withText(LocalizedText newText) {
        return new StickyNote(id, newText, color, extras);
    }

    public StickyNote withColor(String newColor) {
        return new StickyNote(id, text, newColor, extras);
    }

    public StickyNote withId(String newId) {
        return new StickyNote(newId, text, color, extras);
    }
}
