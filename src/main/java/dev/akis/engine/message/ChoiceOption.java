package dev.akis.engine.message;

import java.util.Objects;

/** A tappable option of a message: a reply button or a list row. */
public record ChoiceOption(String id, String title) {

    public ChoiceOption {
        Objects.requireNonNull(id, "id");
        title = title == null ? "" : title;
    }
}
