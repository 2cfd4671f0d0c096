package dev.akis.studio.document;

import dev.akis.flow.FlowDocument;
import dev.akis.studio.command.Command;
import dev.akis.studio.command.CommandStack;
import java.nio.file.Path;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * One open flow: the current document, the file it belongs to, its undo history and the selection. Every change
 * of the flow goes through {@link #execute(Command)}.
 */
public final class EditorDocument {

    private final CommandStack stack;
    private final Selection selection = new Selection();
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final String key = UUID.randomUUID().toString();

    public EditorDocument(FlowDocument document, Path file) {
        this.stack = new CommandStack(document);
        this.file.set(file);
    }

    public FlowDocument document() {
        return stack.document();
    }

    public ReadOnlyObjectProperty<FlowDocument> documentProperty() {
        return stack.documentProperty();
    }

    public CommandStack stack() {
        return stack;
    }

    public Selection selection() {
        return selection;
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public Path file() {
        return file.get();
    }

    /** A stable id for this open flow, used to name its recovery copy. */
    public String key() {
        return key;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return stack.dirtyProperty();
    }

    public boolean isDirty() {
        return stack.isDirty();
    }

    public boolean execute(Command command) {
        boolean changed = stack.execute(command);
        if (changed) {
            pruneSelection();
        }
        return changed;
    }

    public boolean undo() {
        boolean changed = stack.undo();
        pruneSelection();
        return changed;
    }

    public boolean redo() {
        boolean changed = stack.redo();
        pruneSelection();
        return changed;
    }

    /** Records that the flow now matches {@code savedTo} on disk. */
    public void markSaved(Path savedTo, FlowDocument written) {
        if (written != stack.document()) {
            stack.replaceCurrent(written);
        }
        file.set(savedTo);
        stack.markSaved();
    }

    private void pruneSelection() {
        FlowDocument document = stack.document();
        selection.retain(id -> document.hasBlock(id) || document.note(id).isPresent(),
                connection -> document.connections().contains(connection));
    }
}
