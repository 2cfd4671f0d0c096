package dev.akis.studio.inspector;

import dev.akis.flow.FlowDocument;
import dev.akis.flow.StickyNote;
import dev.akis.studio.command.Commands;
import dev.akis.studio.document.EditorDocument;
import dev.akis.studio.ui.Texts;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** A sticky note's text in each language and its colour. */
final class NoteInspector extends VBox {

    static final List<String> COLORS = List.of("yellow", "green", "blue", "pink", "purple");

    private final String noteId;
    private final LocalizedTextBox text;
    private final ComboBox<String> color = new ComboBox<>(FXCollections.observableArrayList(COLORS));
    private boolean updating;

    NoteInspector(EditorDocument editor, Texts texts, StickyNote note) {
        this.noteId = note.id();
        setSpacing(14);
        getStyleClass().add("note-inspector");
        StackPane iconBox = new StackPane(new FontIcon("mdi2n-note-text-outline"));
        iconBox.getStyleClass().addAll("inspector-icon", "category-note");
        Label name = new Label(texts.get("inspector.note"));
        name.getStyleClass().add("inspector-type");
        HBox header = new HBox(10, iconBox, name);
        header.setAlignment(Pos.CENTER_LEFT);
        text = new LocalizedTextBox(texts, editor.document().languages(), true, 0, texts.get("inspector.noteText"), null,
                (value, key) -> editor.execute(Commands.editNote(noteId, n -> n.withText(value), key)));
        color.setConverter(SimpleEditors.converter(c -> texts.get("color." + c)));
        color.setAccessibleText(texts.get("inspector.noteColor"));
        color.valueProperty().addListener((obs, old, now) -> {
            if (!updating && now != null) {
                editor.execute(Commands.editNote(noteId, n -> n.withColor(now), new Object()));
            }
        });
        getChildren().addAll(header, Sections.help(texts.get("inspector.noteHelp")),
                new VBox(6, Sections.fieldLabel(texts.get("inspector.noteText"), false), text),
                new VBox(6, Sections.fieldLabel(texts.get("inspector.noteColor"), false), color));
        refresh(editor.document());
    }

    String noteId() {
        return noteId;
    }

    void refresh(FlowDocument document) {
        document.note(noteId).ifPresent(note -> {
            text.show(note.text());
            updating = true;
            color.setValue(note.color());
            updating = false;
        });
    }

    void focusText() {
        if (!text.inputs().isEmpty()) {
            text.inputs().get(0).requestFocus();
        }
    }
}
