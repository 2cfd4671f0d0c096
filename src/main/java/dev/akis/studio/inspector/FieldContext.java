package dev.akis.studio.inspector;

import com.fasterxml.jackson.databind.JsonNode;
import dev.akis.blocks.BlockCatalog;
import dev.akis.blocks.BlockType;
import dev.akis.blocks.FieldSpec;
import dev.akis.flow.Block;
import dev.akis.studio.command.Commands;
import dev.akis.studio.document.EditorDocument;
import dev.akis.studio.ui.Texts;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;

/** What a field editor needs: the block and field it edits, the texts, and the way to commit a new value. */
final class FieldContext {

    final EditorDocument editor;
    final BlockCatalog catalog;
    final Texts texts;
    final String blockId;
    final BlockType type;
    final FieldSpec field;
    /** The content language tab chosen in the block inspector (null: all languages). */
    final ObservableValue<String> shownLanguage;
    private Consumer<String> localError = message -> { };

    FieldContext(EditorDocument editor, BlockCatalog catalog, Texts texts, String blockId, BlockType type, FieldSpec field,
                 ObservableValue<String> shownLanguage) {
        this.editor = editor;
        this.catalog = catalog;
        this.texts = texts;
        this.blockId = blockId;
        this.type = type;
        this.field = field;
        this.shownLanguage = shownLanguage;
    }

    Block block() {
        return editor.document().block(blockId).orElse(null);
    }

    List<String> languages() {
        return editor.document().languages();
    }

    Locale locale() {
        return texts.locale();
    }

    String label() {
        return type.fieldLabel(field, locale());
    }

    String optionLabel(String option) {
        return type.optionLabel(field, option, locale());
    }

    List<String> propertyNames() {
        return Suggestions.propertyNames(editor.document(), catalog);
    }

    /** Sets the field to a new value (null removes it) as one undoable step per merge key. */
    void commit(JsonNode value, Object mergeKey) {
        localError.accept(null);
        editor.execute(Commands.setField(blockId, type, field, value, mergeKey));
    }

    /** Shows (or, with null, clears) a message about the input itself, such as "not a number". */
    void reportLocalError(String message) {
        localError.accept(message);
    }

    void onLocalError(Consumer<String> sink) {
        this.localError = sink;
    }
}
