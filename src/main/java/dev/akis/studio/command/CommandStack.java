package dev.akis.studio.command;

import dev.akis.flow.FlowDocument;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The undo and redo history of one open flow. Every edit goes through {@link #execute(Command)}; there is no
 * fixed limit on the history because documents share their unchanged parts. Each state of the document gets a
 * number, and the number of the last saved state gives the "unsaved changes" flag.
 */
public final class CommandStack {

    private record Entry(Command command, FlowDocument before, FlowDocument after, long beforeState, long afterState) {
    }

    private final Deque<Entry> undo = new ArrayDeque<>();
    private final Deque<Entry> redo = new ArrayDeque<>();
    private final ReadOnlyObjectWrapper<FlowDocument> document;
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(0);
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);
    private long state;
    private long nextState = 1;
    private long savedState;
    private boolean mergeOpen;

    public CommandStack(FlowDocument initial) {
        this.document = new ReadOnlyObjectWrapper<>(Objects.requireNonNull(initial));
    }

    public ReadOnlyObjectProperty<FlowDocument> documentProperty() {
        return document.getReadOnlyProperty();
    }

    public FlowDocument document() {
        return document.get();
    }

    /** Increases with every change of the document (edit, undo, redo); views can listen to it. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** Applies the command; returns false when it changed nothing (then no undo step is recorded). */
    public boolean execute(Command command) {
        FlowDocument before = document.get();
        FlowDocument after = command.apply(before);
        if (after == null || after == before) {
            return false;
        }
        Entry top = undo.peek();
        if (mergeOpen && top != null && command.mergeKey() != null && command.mergeKey().equals(top.command().mergeKey())) {
            undo.pop();
            undo.push(new Entry(command, top.before(), after, top.beforeState(), nextState++));
        } else {
            undo.push(new Entry(command, before, after, state, nextState++));
        }
        redo.clear();
        mergeOpen = true;
        changeTo(after, undo.peek().afterState());
        return true;
    }

    public boolean undo() {
        Entry entry = undo.poll();
        if (entry == null) {
            return false;
        }
        redo.push(entry);
        mergeOpen = false;
        changeTo(entry.before(), entry.beforeState());
        return true;
    }

    public boolean redo() {
        Entry entry = redo.poll();
        if (entry == null) {
            return false;
        }
        undo.push(entry);
        mergeOpen = false;
        changeTo(entry.after(), entry.afterState());
        return true;
    }

    /** Ends the current merge run: the next command starts a new undo step even with the same key. */
    public void closeMerge() {
        mergeOpen = false;
    }

    public Optional<String> undoDescription(Locale locale) {
        Entry top = undo.peek();
        return top == null ? Optional.empty() : Optional.of(top.command().description(locale));
    }

    public Optional<String> redoDescription(Locale locale) {
        Entry top = redo.peek();
        return top == null ? Optional.empty() : Optional.of(top.command().description(locale));
    }

    public int undoSize() {
        return undo.size();
    }

    /** Remembers the current state as saved; the dirty flag clears until the next change. */
    public void markSaved() {
        savedState = state;
        mergeOpen = false;
        dirty.set(false);
    }

    /** Forgets the saved state, so the document counts as unsaved (a recovered or new-from-sample flow). */
    public void markUnsaved() {
        savedState = -1;
        dirty.set(true);
    }

    /**
     * Replaces the current document without an undo step, for changes that are not edits (the save time written
     * into the metadata). The entry that produced the current state is patched so undo and redo stay consistent.
     */
    public void replaceCurrent(FlowDocument replacement) {
        Entry top = undo.peek();
        if (top != null && top.afterState() == state) {
            undo.pop();
            undo.push(new Entry(top.command(), top.before(), replacement, top.beforeState(), top.afterState()));
        }
        document.set(replacement);
        revision.set(revision.get() + 1);
    }

    private void changeTo(FlowDocument next, long nextStateNumber) {
        state = nextStateNumber;
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
        document.set(next);
        dirty.set(state != savedState);
        revision.set(revision.get() + 1);
    }
}
