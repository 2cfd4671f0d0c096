package dev.akis.studio.canvas;

import javafx.css.PseudoClass;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;

/** A sticky note: coloured paper with the merchant's text and a grip to resize it. */
final class NoteView extends Region {

    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private final Label text = new Label();
    private final FontIcon grip = new FontIcon("mdi2r-resize-bottom-right");
    private String colorClass;

    NoteView() {
        getStyleClass().add("note-card");
        text.getStyleClass().add("note-text");
        text.setWrapText(true);
        grip.getStyleClass().add("note-grip");
        getChildren().addAll(text, grip);
        setManaged(false);
        setAccessibleRole(AccessibleRole.TEXT);
    }

    void bind(String id, String content, String color, double width, double height) {
        setId("note-" + id);
        text.setText(content);
        setAccessibleText(content);
        String newClass = "note-" + color;
        if (!newClass.equals(colorClass)) {
            if (colorClass != null) {
                getStyleClass().remove(colorClass);
            }
            getStyleClass().add(newClass);
            colorClass = newClass;
        }
        resize(width, height);
    }

    String text() {
        return text.getText();
    }

    @Override
    protected void layoutChildren() {
        text.resizeRelocate(12, 10, getWidth() - 24, getHeight() - 26);
        grip.relocate(getWidth() - 16, getHeight() - 16);
    }
}
