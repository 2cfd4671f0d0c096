package dev.akis.studio.app;

import dev.akis.blocks.BlockCatalog;
import dev.akis.flow.Block;
import dev.akis.flow.Connection;
import dev.akis.flow.FlowDocument;
import dev.akis.flow.Point;
import dev.akis.flow.StickyNote;
import dev.akis.flow.json.FlowFormatException;
import dev.akis.flow.validate.Problem;
import dev.akis.studio.canvas.FlowCanvas;
import dev.akis.studio.clipboard.FlowFragment;
import dev.akis.studio.clipboard.SystemClipboard;
import dev.akis.studio.command.Commands;
import dev.akis.studio.document.EditorDocument;
import dev.akis.studio.document.ProblemsModel;
import dev.akis.studio.find.FindBar;
import dev.akis.studio.geometry.Alignment;
import dev.akis.studio.geometry.AutoLayout;
import dev.akis.studio.geometry.CardMetrics;
import dev.akis.studio.geometry.FreeSpot;
import dev.akis.studio.geometry.NoteFollowers;
import dev.akis.studio.geometry.Rect;
import dev.akis.studio.geometry.Shapes;
import dev.akis.studio.ui.Texts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.scene.control.Tab;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * One open flow in the window: its document, problems, canvas, find bar and tab, and the editing operations
 * that the menus run on it (delete, duplicate, clipboard, tidy, align, notes).
 */
public final class EditorSession {

    private final EditorDocument editor;
    private final ProblemsModel problems;
    private final FlowCanvas canvas;
    private final FindBar findBar;
    private final Tab tab = new Tab();
    private final BlockCatalog catalog;
    private final Texts texts;
    private final Consumer<String> status;
    private final StringBinding displayName;
    private String lastPasted;
    private int pasteCount;

    EditorSession(FlowDocument document, Path file, BlockCatalog catalog, Texts texts,
                  Function<FlowDocument, List<Problem>> linter, Consumer<String> status) {
        this.catalog = catalog;
        this.texts = texts;
        this.status = status;
        this.editor = new EditorDocument(document, file);
        this.problems = new ProblemsModel(editor, linter);
        this.canvas = new FlowCanvas(editor, catalog, texts, problems);
        this.findBar = new FindBar(editor, problems, catalog, canvas, texts);
        VBox content = new VBox(findBar, canvas);
        content.getStyleClass().add("editor-area");
        VBox.setVgrow(canvas, Priority.ALWAYS);
        tab.setContent(content);
        tab.setUserData(this);
        displayName = Bindings.createStringBinding(this::computeName, editor.fileProperty(), editor.documentProperty(),
                texts.localeProperty());
        tab.textProperty().bind(Bindings.createStringBinding(
                () -> (editor.isDirty() ? "• " : "") + displayName.get(), displayName, editor.dirtyProperty()));
        tab.setTooltip(new javafx.scene.control.Tooltip());
        tab.getTooltip().textProperty().bind(Bindings.createStringBinding(
                () -> editor.file() == null ? displayName.get() : editor.file().toString(), editor.fileProperty(), displayName));
    }

    private String computeName() {
        if (editor.file() != null) {
            return editor.file().getFileName().toString();
        }
        FlowDocument document = editor.document();
        String name = document.name().resolve(texts.language(), document.defaultLanguage());
        return name.isBlank() ? texts.get("flow.untitled") : name;
    }

    public EditorDocument editor() {
        return editor;
    }

    public ProblemsModel problems() {
        return problems;
    }

    public FlowCanvas canvas() {
        return canvas;
    }

    public FindBar findBar() {
        return findBar;
    }

    public Tab tab() {
        return tab;
    }

    public StringBinding displayNameBinding() {
        return displayName;
    }

    public String displayName() {
        return displayName.get();
    }

    // ---- editing -----------------------------------------------------------------------------------------

    public void deleteSelection() {
        var selection = editor.selection();
        if (selection.connection().isPresent()) {
            editor.execute(Commands.disconnect(selection.connection().get()));
        } else if (!selection.elements().isEmpty()) {
            editor.execute(Commands.delete(selection.elements()));
            selection.clear();
        }
    }

    /**
     * Selects a connection from the keyboard: with a block selected, its first (or, going back, last) outgoing
     * connection; with a connection selected, the next or previous one leaving the same block, round and round.
     * Connections go in the order of the card's outputs, top to bottom. The status bar names the connection and
     * says what Enter and Delete do, so the step is clear without looking at the canvas.
     */
    public void stepOutgoingConnection(int direction) {
        var selection = editor.selection();
        FlowDocument document = editor.document();
        String from = selection.connection().map(Connection::from)
                .orElseGet(() -> selection.single().filter(document::hasBlock).orElse(null));
        if (from == null) {
            status.accept(texts.get("status.selectOneBlockForConnections"));
            return;
        }
        List<String> ports = Shapes.of(document, document.block(from).orElseThrow(), catalog).ports();
        List<Connection> outgoing = new ArrayList<>(document.outgoing(from));
        outgoing.sort(java.util.Comparator.comparingInt(c -> ports.indexOf(c.port())));
        if (outgoing.isEmpty()) {
            status.accept(texts.get("status.noOutgoingConnections", titleOf(document, from)));
            return;
        }
        int current = selection.connection().map(outgoing::indexOf).orElse(direction > 0 ? -1 : 0);
        int next = Math.floorMod(current + direction, outgoing.size());
        Connection chosen = outgoing.get(next);
        selection.selectConnection(chosen);
        canvas.revealConnection(chosen);
        status.accept(texts.get("status.connectionSelected", titleOf(document, from), portLabel(document, chosen),
                titleOf(document, chosen.to()), next + 1, outgoing.size()));
    }

    private String portLabel(FlowDocument document, Connection connection) {
        return document.block(connection.from())
                .flatMap(block -> catalog.find(block.type())
                        .flatMap(type -> type.port(block, connection.port())
                                .map(spec -> type.portLabel(spec, texts.locale(), canvas.contentLanguage()))))
                .orElse(connection.port());
    }

    private String titleOf(FlowDocument document, String blockId) {
        String title = document.block(blockId)
                .map(b -> b.title().resolve(canvas.contentLanguage(), document.defaultLanguage())).orElse("");
        return title.isBlank() ? blockId : title;
    }

    public void selectAll() {
        List<String> ids = new ArrayList<>();
        editor.document().blocks().forEach(b -> ids.add(b.id()));
        editor.document().notes().forEach(n -> ids.add(n.id()));
        editor.selection().set(ids);
    }

    /** Copies the selection to the system clipboard; returns false when nothing was selected. */
    public boolean copy() {
        FlowFragment fragment = FlowFragment.copy(editor.document(), editor.selection().elements());
        if (fragment.isEmpty()) {
            status.accept(texts.get("status.nothingSelected"));
            return false;
        }
        SystemClipboard.put(fragment);
        lastPasted = null;
        status.accept(texts.count("status.copied", fragment.blocks().size() + fragment.notes().size()));
        return true;
    }

    public void cut() {
        Set<String> ids = editor.selection().elements();
        FlowFragment fragment = FlowFragment.copy(editor.document(), ids);
        if (fragment.isEmpty()) {
            status.accept(texts.get("status.nothingSelected"));
            return;
        }
        SystemClipboard.put(fragment);
        editor.execute(Commands.cut(ids));
        editor.selection().clear();
        status.accept(texts.count("status.cut", ids.size()));
    }

    /**
     * Pastes the clipboard's fragment; text that is no fragment is ignored with a status message. Connections of a
     * damaged fragment that lead outside it are left out (and the status bar says how many); a fragment that
     * cannot be pasted at all changes nothing and says why.
     */
    public void paste() {
        String text = SystemClipboard.text();
        FlowFragment fragment;
        try {
            fragment = FlowFragment.parse(text).orElse(null);
        } catch (FlowFormatException unreadable) {
            status.accept(texts.get("status.badFragment", unreadable.format(texts.locale())));
            return;
        }
        if (fragment == null || fragment.isEmpty()) {
            status.accept(texts.get("status.notFragment"));
            return;
        }
        FlowDocument before = editor.document();
        FlowFragment.PasteResult result;
        try {
            Rect bounds = fragment.bounds(block -> Shapes.of(before, block, catalog).height(), CardMetrics.WIDTH);
            Rect view = canvas.visibleArea();
            int count = text.equals(lastPasted) ? pasteCount + 1 : 1;
            double dx;
            double dy;
            if (view.contains(bounds.centreX(), bounds.centreY())) {
                dx = 40 * count;
                dy = 40 * count;
            } else {
                dx = CardMetrics.snap(view.centreX() - bounds.centreX());
                dy = CardMetrics.snap(view.centreY() - bounds.centreY());
            }
            result = fragment.pasteInto(before, dx, dy, catalog);
            lastPasted = text;
            pasteCount = count;
        } catch (RuntimeException damaged) {
            // Whatever else a hand-edited fragment holds, the flow stays as it was and the user learns why.
            String reason = damaged.getMessage() == null ? damaged.getClass().getSimpleName() : damaged.getMessage();
            status.accept(texts.get("status.fragmentNotPasted", reason));
            return;
        }
        editor.execute(Commands.paste(before, result.document(), result.pastedIds().size(), "command.paste"));
        editor.selection().set(result.pastedIds());
        String pasted = texts.count("status.pasted", result.pastedIds().size());
        status.accept(result.droppedConnections() == 0 ? pasted
                : texts.count("status.droppedDangling", result.droppedConnections(), pasted));
    }

    public void duplicate() {
        FlowDocument before = editor.document();
        FlowFragment fragment = FlowFragment.copy(before, editor.selection().elements());
        if (fragment.isEmpty()) {
            status.accept(texts.get("status.nothingSelected"));
            return;
        }
        FlowFragment.PasteResult result = fragment.pasteInto(before, 40, 40, catalog);
        editor.execute(Commands.paste(before, result.document(), result.pastedIds().size(), "command.duplicate"));
        editor.selection().set(result.pastedIds());
    }

    /**
     * Tidies the selected blocks, or the whole flow when fewer than two are selected. Sticky notes go along with
     * the block they lie over or nearest to, in the same step.
     */
    public void tidy() {
        FlowDocument document = editor.document();
        List<String> selectedBlocks = editor.selection().elements().stream().filter(document::hasBlock).toList();
        Map<String, Point> positions;
        if (selectedBlocks.size() >= 2) {
            double minX = Double.MAX_VALUE;
            double minY = Double.MAX_VALUE;
            for (String id : selectedBlocks) {
                Point p = document.layout().blockPosition(id);
                minX = Math.min(minX, p.x());
                minY = Math.min(minY, p.y());
            }
            positions = clearOfOtherCards(document, AutoLayout.arrange(document, selectedBlocks, new Point(minX, minY),
                    id -> Shapes.of(document, document.block(id).orElseThrow(), catalog), catalog));
        } else {
            Point start = document.layout().start();
            Point origin = new Point(start.x() + CardMetrics.START_WIDTH + AutoLayout.COLUMN_GAP, start.y());
            positions = AutoLayout.arrange(document, null, origin,
                    id -> Shapes.of(document, document.block(id).orElseThrow(), catalog), catalog);
        }
        Map<String, Point> withNotes = new LinkedHashMap<>(positions);
        withNotes.putAll(NoteFollowers.follow(document, positions,
                id -> Shapes.of(document, document.block(id).orElseThrow(), catalog)));
        editor.execute(Commands.arrange(withNotes));
    }

    /**
     * Moves a tidied selection, as a whole, to the nearest place where it covers no other card (blocks outside the
     * selection and the start node); a selection tidied where it was (duplicated blocks lying on their originals,
     * say) would otherwise stay on top of them.
     */
    private Map<String, Point> clearOfOtherCards(FlowDocument document, Map<String, Point> arranged) {
        List<Rect> group = new ArrayList<>();
        arranged.forEach((id, p) -> group.add(new Rect(p.x(), p.y(), CardMetrics.WIDTH,
                Shapes.of(document, document.block(id).orElseThrow(), catalog).height())));
        List<Rect> others = new ArrayList<>();
        for (Block block : document.blocks()) {
            if (!arranged.containsKey(block.id())) {
                Point p = document.layout().blockPosition(block.id());
                others.add(new Rect(p.x(), p.y(), CardMetrics.WIDTH, Shapes.of(document, block, catalog).height()));
            }
        }
        Point start = document.layout().start();
        others.add(new Rect(start.x(), start.y(), CardMetrics.START_WIDTH,
                CardMetrics.startHeight(document.entryPoints().size())));
        Point offset = FreeSpot.offset(group, others);
        if (offset.equals(Point.ORIGIN)) {
            return arranged;
        }
        Map<String, Point> moved = new LinkedHashMap<>();
        arranged.forEach((id, p) -> moved.put(id, p.translate(offset.x(), offset.y())));
        return moved;
    }

    public void align(Alignment alignment) {
        Map<String, Rect> bounds = new LinkedHashMap<>();
        FlowDocument document = editor.document();
        for (String id : editor.selection().elements()) {
            if (document.hasBlock(id)) {
                Block block = document.block(id).orElseThrow();
                Point p = document.layout().blockPosition(id);
                bounds.put(id, new Rect(p.x(), p.y(), CardMetrics.WIDTH, Shapes.of(document, block, catalog).height()));
            } else {
                document.note(id).map(StickyNote::id).ifPresent(noteId -> {
                    var b = document.layout().notes().get(noteId);
                    if (b != null) {
                        bounds.put(noteId, new Rect(b.x(), b.y(), b.width(), b.height()));
                    }
                });
            }
        }
        Map<String, Point> positions = alignment.apply(bounds);
        if (!positions.isEmpty()) {
            editor.execute(Commands.align(positions));
        }
    }

    public void addNote() {
        canvas.addNote();
    }
}
