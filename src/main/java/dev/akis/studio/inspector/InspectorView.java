package dev.akis.studio.inspector;

import dev.akis.blocks.BlockCatalog;
import dev.akis.blocks.BlockType;
import dev.akis.flow.Block;
import dev.akis.flow.Connection;
import dev.akis.flow.FlowDocument;
import dev.akis.flow.StickyNote;
import dev.akis.studio.document.EditorDocument;
import dev.akis.studio.document.ProblemsModel;
import dev.akis.studio.ui.Texts;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The right-hand panel that edits what is selected: a block's settings, a note, several elements, a connection,
 * or — with nothing selected — the flow's own settings. It follows the active flow and updates its editors in
 * place while the user types, rebuilding only when a different element is shown.
 */
public final class InspectorView extends VBox {

    private final BlockCatalog catalog;
    private final Texts texts;
    private final InspectorActions actions;
    private final Function<Connection, String> portLabels;
    private final VBox content = new VBox();
    private final ScrollPane scroll = new ScrollPane(content);
    private EditorDocument editor;
    private ProblemsModel problems;
    private Node current;
    private Object currentKey;
    private List<String> builtLanguages;
    /** The block inspector's language tab chosen last (null: all), kept while other elements are selected. */
    private String contentTab;
    private final ChangeListener<FlowDocument> documentListener = (obs, old, now) -> update();
    private final ChangeListener<Number> selectionListener = (obs, old, now) -> update();
    private final ChangeListener<Number> problemsListener = (obs, old, now) -> problemsChanged();

    public InspectorView(BlockCatalog catalog, Texts texts, InspectorActions actions, Function<Connection, String> portLabels) {
        this.catalog = catalog;
        this.texts = texts;
        this.actions = actions;
        this.portLabels = portLabels;
        getStyleClass().add("inspector");
        setId("inspector");
        content.getStyleClass().add("inspector-content");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().add(scroll);
        texts.localeProperty().addListener((obs, old, now) -> rebuild());
        // Undo and redo act on the flow even while a text field has the focus (its own undo would bypass the stack).
        addEventFilter(KeyEvent.KEY_PRESSED, this::undoKeys);
        accessibleTextProperty().bind(texts.text("inspector.title"));
    }

    /** Shows another open flow (or none). */
    public void setEditor(EditorDocument newEditor, ProblemsModel newProblems) {
        if (editor != null) {
            editor.documentProperty().removeListener(documentListener);
            editor.selection().versionProperty().removeListener(selectionListener);
            problems.versionProperty().removeListener(problemsListener);
        }
        editor = newEditor;
        problems = newProblems;
        if (editor != null) {
            editor.documentProperty().addListener(documentListener);
            editor.selection().versionProperty().addListener(selectionListener);
            problems.versionProperty().addListener(problemsListener);
        }
        rebuild();
    }

    private void undoKeys(KeyEvent event) {
        if (editor == null) {
            return;
        }
        KeyCombination undo = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
        KeyCombination redo = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
        KeyCombination redoY = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
        if (redo.match(event) || redoY.match(event)) {
            editor.redo();
            event.consume();
        } else if (undo.match(event)) {
            editor.undo();
            event.consume();
        }
    }

    private void rebuild() {
        currentKey = null;
        update();
    }

    private Object keyFor(EditorDocument document) {
        if (document == null) {
            return "none";
        }
        FlowDocument flow = document.document();
        var selection = document.selection();
        if (selection.connection().isPresent()) {
            return selection.connection().get();
        }
        if (selection.size() > 1) {
            return "many:" + selection.size();
        }
        String id = selection.single().orElse(null);
        if (id != null && flow.hasBlock(id)) {
            return "block:" + id + ":" + flow.block(id).get().type();
        }
        if (id != null && flow.note(id).isPresent()) {
            return "note:" + id;
        }
        return "flow";
    }

    private void update() {
        Object key = keyFor(editor);
        List<String> languages = editor == null ? null : editor.document().languages();
        if (Objects.equals(key, currentKey) && Objects.equals(languages, builtLanguages)) {
            refreshCurrent();
            return;
        }
        boolean sameTarget = Objects.equals(key, currentKey);
        Node focused = getScene() == null ? null : getScene().getFocusOwner();
        boolean focusInside = focused != null && isInside(focused);
        String focusedId = focusInside ? focused.getId() : null;
        double scrolled = scroll.getVvalue();
        currentKey = key;
        builtLanguages = languages;
        content.getChildren().clear();
        current = build(key);
        if (current != null) {
            content.getChildren().add(current);
        }
        scroll.setVvalue(sameTarget ? scrolled : 0);
        if (focusInside) {
            // Keep the keyboard in the inspector (else it would jump to the first control of the window).
            Node again = focusedId == null || current == null ? null : current.lookup("#" + focusedId);
            (again != null ? again : scroll).requestFocus();
        }
    }

    private boolean isInside(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == this) {
                return true;
            }
        }
        return false;
    }

    private Node build(Object key) {
        if (editor == null) {
            Label none = new Label(texts.get("inspector.noFlow"));
            none.getStyleClass().add("field-help");
            none.setId("inspector-no-flow");
            none.setWrapText(true);
            return none;
        }
        FlowDocument document = editor.document();
        if (key instanceof Connection connection) {
            return SelectionInspector.forConnection(texts, editor, catalog, connection, portLabels.apply(connection));
        }
        String text = key.toString();
        if (text.startsWith("many:")) {
            return SelectionInspector.forElements(texts, editor.selection().size(), actions);
        }
        if (text.startsWith("block:")) {
            Block block = document.block(editor.selection().single().orElseThrow()).orElseThrow();
            BlockType type = catalog.find(block.type()).orElse(null);
            if (type == null) {
                Label unknown = new Label(texts.get("inspector.unknownType", block.type()));
                unknown.setWrapText(true);
                unknown.getStyleClass().add("field-help");
                return unknown;
            }
            return new BlockInspector(editor, problems, catalog, texts, block, type, contentTab, tab -> contentTab = tab);
        }
        if (text.startsWith("note:")) {
            StickyNote note = document.note(editor.selection().single().orElseThrow()).orElseThrow();
            return new NoteInspector(editor, texts, note);
        }
        return new FlowInspector(editor, problems, catalog, texts);
    }

    private void refreshCurrent() {
        if (editor == null) {
            return;
        }
        FlowDocument document = editor.document();
        if (current instanceof BlockInspector block) {
            block.refresh(document);
        } else if (current instanceof NoteInspector note) {
            note.refresh(document);
        } else if (current instanceof FlowInspector flow) {
            flow.refresh(document);
        }
    }

    private void problemsChanged() {
        if (current instanceof BlockInspector block) {
            block.showProblems();
        } else if (current instanceof FlowInspector flow) {
            flow.showProblems();
        }
    }

    /** Moves the keyboard focus into the inspector: the first field, or the one named. */
    public void focusField(String fieldKey) {
        if (current instanceof BlockInspector block) {
            block.focusField(fieldKey);
        } else if (current instanceof NoteInspector note) {
            note.focusText();
        } else if (current instanceof FlowInspector flow) {
            flow.focusName();
        } else if (current instanceof SelectionInspector selection) {
            selection.focusFirstControl();
        }
    }

    /** The editor control of a field of the shown block, or null (used by tests and the problems panel). */
    public Node fieldNode(String fieldKey) {
        return current instanceof BlockInspector block ? block.fieldNode(fieldKey) : null;
    }

    /** Id of the block being edited, or null. */
    public String shownBlockId() {
        return current instanceof BlockInspector block ? block.blockId() : null;
    }

    /** The block inspector's chosen language tab (null: all languages). */
    public String contentTab() {
        return contentTab;
    }

    /** True when the flow's own settings are shown. */
    public boolean showsFlowSettings() {
        return current instanceof FlowInspector;
    }
}
