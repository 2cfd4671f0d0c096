package dev.akis.studio.canvas;

import dev.akis.blocks.BlockType;
import dev.akis.flow.Block;
import dev.akis.flow.Connection;
import dev.akis.flow.FlowDocument;
import dev.akis.flow.NoteBounds;
import dev.akis.flow.Point;
import dev.akis.studio.command.Commands;
import dev.akis.studio.command.FlowEdits;
import dev.akis.studio.document.EditorDocument;
import dev.akis.studio.document.Selection;
import dev.akis.studio.geometry.CardMetrics;
import dev.akis.studio.geometry.Rect;
import dev.akis.studio.geometry.Wire;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.control.ContextMenu;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseDragEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;

/**
 * Mouse, touchpad and keyboard handling of the canvas. Hits are found from the geometry in {@link CanvasModel},
 * not from nodes, so the same gestures work in the level-of-detail drawing: select (click, shift-click, rubber
 * band), move (drag, arrow keys), connect (drag from a port to a block), reconnect (drag the grip at the far end
 * of the selected connection to another block; dropped anywhere else, nothing changes), pan (space-drag,
 * middle-drag, wheel), zoom (Ctrl+wheel, pinch) and drop blocks from the palette.
 */
final class CanvasGestures {

    private enum Mode { NONE, PENDING_MOVE, MOVE, PAN, WIRE, RETARGET, RUBBER, RESIZE }

    private static final double DRAG_THRESHOLD = 3;

    private final FlowCanvas canvas;
    private Mode mode = Mode.NONE;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private boolean spaceDown;
    private boolean additive;
    private String pressedElement;
    private Set<String> moving = Set.of();
    private double dragDx;
    private double dragDy;
    private String wireBlock;
    private String wirePort;
    private String wireEntry;
    private Connection retargeted;
    private String resizeNote;
    private Rect resizeBounds;
    private Object nudgeKey = new Object();
    private Function<CanvasModel.Hit, ContextMenu> contextMenus = hit -> null;
    private ContextMenu showing;

    CanvasGestures(FlowCanvas canvas) {
        this.canvas = canvas;
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        canvas.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        canvas.addEventHandler(ZoomEvent.ZOOM, this::zoomed);
        canvas.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        canvas.addEventHandler(KeyEvent.KEY_RELEASED, this::keyReleased);
        canvas.addEventFilter(KeyEvent.KEY_PRESSED, this::tabFilter);
        canvas.addEventHandler(MouseDragEvent.MOUSE_DRAG_RELEASED, this::paletteDrop);
        canvas.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, this::contextMenu);
        editor().selection().versionProperty().addListener((obs, old, now) -> nudgeKey = new Object());
    }

    void setContextMenus(Function<CanvasModel.Hit, ContextMenu> provider) {
        this.contextMenus = provider == null ? hit -> null : provider;
    }

    private EditorDocument editor() {
        return canvas.editor();
    }

    private CanvasModel model() {
        return canvas.model;
    }

    private boolean ownTarget(MouseEvent event) {
        return event.getTarget() == canvas;
    }

    private double tolerance() {
        return 6 / canvas.zoom();
    }

    // ---- mouse ---------------------------------------------------------------------------------------------

    private void pressed(MouseEvent event) {
        if (!ownTarget(event)) {
            return;
        }
        canvas.requestFocus();
        if (showing != null) {
            showing.hide();
            showing = null;
        }
        pressX = lastX = event.getX();
        pressY = lastY = event.getY();
        if (event.getButton() == MouseButton.MIDDLE || (event.getButton() == MouseButton.PRIMARY && spaceDown)) {
            mode = Mode.PAN;
            canvas.setCursor(Cursor.CLOSED_HAND);
            event.consume();
            return;
        }
        if (event.getButton() != MouseButton.PRIMARY) {
            return;
        }
        additive = event.isShiftDown() || event.isShortcutDown();
        Point world = canvas.toWorld(event.getX(), event.getY());
        Selection selection = editor().selection();
        if (selection.connection().isPresent() && canvas.isOnRetargetHandle(world, tolerance())) {
            startRetarget(selection.connection().get());
            event.consume();
            return;
        }
        CanvasModel.Hit hit = model().hitTest(world.x(), world.y(), tolerance());
        mode = Mode.NONE;
        if (hit instanceof CanvasModel.Hit.PortHandle port) {
            startWire(port.blockId(), port.portId(), null, model().outputAnchor(port.blockId(), port.portId()));
        } else if (hit instanceof CanvasModel.Hit.EntryHandle entry) {
            int index = indexOfEntry(entry.entryId());
            startWire(null, null, entry.entryId(), model().entryAnchor(index));
        } else if (hit instanceof CanvasModel.Hit.BlockCard card) {
            pressElement(card.blockId(), selection);
        } else if (hit instanceof CanvasModel.Hit.NoteCard note) {
            pressElement(note.noteId(), selection);
        } else if (hit instanceof CanvasModel.Hit.NoteResize resize) {
            selection.select(resize.noteId());
            resizeNote = resize.noteId();
            resizeBounds = model().noteRect(resize.noteId());
            mode = Mode.RESIZE;
        } else if (hit instanceof CanvasModel.Hit.StartNode) {
            selection.clear();
            pressedElement = FlowEdits.START_ID;
            mode = Mode.PENDING_MOVE;
        } else if (hit instanceof CanvasModel.Hit.WireHit wire) {
            selection.selectConnection(wire.connection());
        } else {
            mode = Mode.RUBBER;
        }
        event.consume();
    }

    private void pressElement(String id, Selection selection) {
        if (additive) {
            selection.toggle(id);
            if (!selection.contains(id)) {
                return;
            }
        } else if (!selection.contains(id)) {
            selection.select(id);
        }
        pressedElement = id;
        mode = Mode.PENDING_MOVE;
    }

    private void startWire(String blockId, String portId, String entryId, Point from) {
        wireBlock = blockId;
        wirePort = portId;
        wireEntry = entryId;
        mode = Mode.WIRE;
        canvas.dragWire.setStartX(from.x());
        canvas.dragWire.setStartY(from.y());
        updateWire(from);
        canvas.dragWire.setVisible(true);
    }

    /** Starts dragging the far end of a connection: a wire follows the pointer from the connection's output. */
    private void startRetarget(Connection connection) {
        retargeted = connection;
        startWire(connection.from(), connection.port(), null, model().outputAnchor(connection.from(), connection.port()));
        mode = Mode.RETARGET;
        canvas.setRetargeting(connection);
    }

    private void updateWire(Point to) {
        Wire wire = Wire.between(canvas.dragWire.getStartX(), canvas.dragWire.getStartY(), to.x(), to.y());
        canvas.dragWire.setControlX1(wire.c1x());
        canvas.dragWire.setControlY1(wire.c1y());
        canvas.dragWire.setControlX2(wire.c2x());
        canvas.dragWire.setControlY2(wire.c2y());
        canvas.dragWire.setEndX(to.x());
        canvas.dragWire.setEndY(to.y());
    }

    private void dragged(MouseEvent event) {
        if (mode == Mode.NONE) {
            return;
        }
        double x = event.getX();
        double y = event.getY();
        switch (mode) {
            case PAN -> canvas.panBy(x - lastX, y - lastY);
            case PENDING_MOVE -> {
                if (Math.hypot(x - pressX, y - pressY) > DRAG_THRESHOLD) {
                    moving = FlowEdits.START_ID.equals(pressedElement) ? Set.of(FlowEdits.START_ID)
                            : new LinkedHashSet<>(editor().selection().elements());
                    mode = Mode.MOVE;
                    previewMove(x, y, event.isAltDown());
                }
            }
            case MOVE -> previewMove(x, y, event.isAltDown());
            case WIRE, RETARGET -> {
                Point world = canvas.toWorld(x, y);
                updateWire(world);
                String target = blockAt(world);
                canvas.setDropTarget(target != null && target.equals(wireBlock) ? null : target);
            }
            case RUBBER -> {
                if (Math.hypot(x - pressX, y - pressY) > DRAG_THRESHOLD) {
                    canvas.rubberBand.setVisible(true);
                    canvas.rubberBand.setX(Math.min(x, pressX));
                    canvas.rubberBand.setY(Math.min(y, pressY));
                    canvas.rubberBand.setWidth(Math.abs(x - pressX));
                    canvas.rubberBand.setHeight(Math.abs(y - pressY));
                }
            }
            case RESIZE -> {
                Point2D topLeft = canvas.toView(resizeBounds.x(), resizeBounds.y());
                double width = Math.max(120 * canvas.zoom(), x - topLeft.getX());
                double height = Math.max(60 * canvas.zoom(), y - topLeft.getY());
                canvas.rubberBand.setVisible(true);
                canvas.rubberBand.setX(topLeft.getX());
                canvas.rubberBand.setY(topLeft.getY());
                canvas.rubberBand.setWidth(width);
                canvas.rubberBand.setHeight(height);
            }
            default -> { }
        }
        lastX = x;
        lastY = y;
        event.consume();
    }

    private void previewMove(double x, double y, boolean freely) {
        Point anchor = model().savedPosition(pressedElement);
        double dx = (x - pressX) / canvas.zoom();
        double dy = (y - pressY) / canvas.zoom();
        if (!freely) {
            dx = CardMetrics.snap(anchor.x() + dx) - anchor.x();
            dy = CardMetrics.snap(anchor.y() + dy) - anchor.y();
        }
        dragDx = dx;
        dragDy = dy;
        model().setDragPreview(moving, dx, dy);
        canvas.invalidateDrag();
    }

    private void released(MouseEvent event) {
        Mode finished = mode;
        mode = Mode.NONE;
        switch (finished) {
            case PAN -> canvas.setCursor(spaceDown ? Cursor.OPEN_HAND : Cursor.DEFAULT);
            case MOVE -> {
                Map<String, Point> positions = new LinkedHashMap<>();
                for (String id : moving) {
                    positions.put(id, model().savedPosition(id).translate(dragDx, dragDy));
                }
                model().clearDragPreview();
                editor().execute(Commands.move(positions));
                canvas.invalidateDrag();
                moving = Set.of();
            }
            case PENDING_MOVE -> {
                if (!additive && pressedElement != null && !FlowEdits.START_ID.equals(pressedElement)
                        && editor().selection().size() > 1) {
                    editor().selection().select(pressedElement);
                }
            }
            case WIRE -> finishWire(canvas.toWorld(event.getX(), event.getY()));
            case RETARGET -> finishRetarget(canvas.toWorld(event.getX(), event.getY()));
            case RUBBER -> {
                if (canvas.rubberBand.isVisible()) {
                    Point a = canvas.toWorld(canvas.rubberBand.getX(), canvas.rubberBand.getY());
                    Point b = canvas.toWorld(canvas.rubberBand.getX() + canvas.rubberBand.getWidth(),
                            canvas.rubberBand.getY() + canvas.rubberBand.getHeight());
                    Set<String> inside = model().elementsIn(Rect.ofCorners(a.x(), a.y(), b.x(), b.y()));
                    if (additive) {
                        editor().selection().add(inside);
                    } else {
                        editor().selection().set(inside);
                    }
                    canvas.rubberBand.setVisible(false);
                } else if (!additive) {
                    editor().selection().clear();
                }
            }
            case RESIZE -> {
                canvas.rubberBand.setVisible(false);
                double width = canvas.rubberBand.getWidth() / canvas.zoom();
                double height = canvas.rubberBand.getHeight() / canvas.zoom();
                if (width > 0 && height > 0) {
                    NoteBounds bounds = model().noteBounds(resizeNote);
                    editor().execute(Commands.resizeNote(resizeNote,
                            new NoteBounds(bounds.x(), bounds.y(), CardMetrics.snap(width), CardMetrics.snap(height))));
                }
            }
            default -> { }
        }
        pressedElement = null;
        if (finished != Mode.NONE) {
            event.consume();
        }
    }

    private void finishWire(Point world) {
        canvas.dragWire.setVisible(false);
        canvas.setDropTarget(null);
        String target = blockAt(world);
        if (target == null) {
            return;
        }
        if (wireEntry != null) {
            editor().execute(Commands.setEntryTarget(wireEntry, target));
        } else if (!target.equals(wireBlock)) {
            String from = wireBlock;
            String port = wirePort;
            editor().execute(Commands.connect(from, port, target, locale -> portLabel(from, port, locale)));
        }
    }

    /**
     * Drops the far end of a connection: on another block it reconnects there (one undoable step) and the new
     * connection stays selected; on the empty canvas, on its own block or on its current target nothing changes.
     */
    private void finishRetarget(Point world) {
        Connection connection = retargeted;
        retargeted = null;
        canvas.dragWire.setVisible(false);
        canvas.setDropTarget(null);
        canvas.setRetargeting(null);
        String target = blockAt(world);
        if (connection == null || target == null || target.equals(connection.from()) || target.equals(connection.to())) {
            return;
        }
        String from = connection.from();
        String port = connection.port();
        if (editor().execute(Commands.reconnect(connection, target, locale -> portLabel(from, port, locale)))) {
            editor().selection().selectConnection(connection.withTo(target));
        }
    }

    private String portLabel(String blockId, String portId, java.util.Locale locale) {
        Block block = model().document().block(blockId).orElse(null);
        BlockType type = block == null ? null : canvas.catalog().find(block.type()).orElse(null);
        if (type == null) {
            return portId;
        }
        return type.port(block, portId).map(spec -> type.portLabel(spec, locale, canvas.contentLanguage())).orElse(portId);
    }

    private String blockAt(Point world) {
        CanvasModel.Hit hit = model().hitTest(world.x(), world.y(), tolerance());
        if (hit instanceof CanvasModel.Hit.BlockCard card) {
            return card.blockId();
        }
        if (hit instanceof CanvasModel.Hit.PortHandle port) {
            return port.blockId();
        }
        return null;
    }

    private void clicked(MouseEvent event) {
        if (!ownTarget(event) || event.getButton() != MouseButton.PRIMARY || event.getClickCount() != 2) {
            return;
        }
        Point world = canvas.toWorld(event.getX(), event.getY());
        CanvasModel.Hit hit = model().hitTest(world.x(), world.y(), tolerance());
        if (hit instanceof CanvasModel.Hit.BlockCard card) {
            canvas.openElement(card.blockId());
        } else if (hit instanceof CanvasModel.Hit.NoteCard note) {
            canvas.openElement(note.noteId());
        } else if (hit instanceof CanvasModel.Hit.StartNode) {
            canvas.openElement(FlowEdits.START_ID);
        }
    }

    private void moved(MouseEvent event) {
        if (!ownTarget(event)) {
            return;
        }
        if (spaceDown) {
            canvas.setCursor(Cursor.OPEN_HAND);
            return;
        }
        Point world = canvas.toWorld(event.getX(), event.getY());
        if (canvas.isOnRetargetHandle(world, tolerance())) {
            canvas.setCursor(Cursor.CROSSHAIR);
            return;
        }
        CanvasModel.Hit hit = model().hitTest(world.x(), world.y(), tolerance());
        Cursor cursor = Cursor.DEFAULT;
        if (hit instanceof CanvasModel.Hit.PortHandle || hit instanceof CanvasModel.Hit.EntryHandle) {
            cursor = Cursor.CROSSHAIR;
        } else if (hit instanceof CanvasModel.Hit.NoteResize) {
            cursor = Cursor.SE_RESIZE;
        } else if (hit instanceof CanvasModel.Hit.WireHit) {
            cursor = Cursor.HAND;
        }
        canvas.setCursor(cursor);
    }

    private void scrolled(ScrollEvent event) {
        if (event.getTarget() != canvas) {
            return;
        }
        if (event.isShortcutDown() || event.isControlDown()) {
            double factor = Math.pow(1.0018, event.getDeltaY());
            canvas.zoomAt(factor, event.getX(), event.getY());
        } else {
            double dx = event.getDeltaX();
            double dy = event.getDeltaY();
            if (event.isShiftDown() && dx == 0) {
                dx = dy;
                dy = 0;
            }
            canvas.panBy(dx, dy);
        }
        event.consume();
    }

    private void zoomed(ZoomEvent event) {
        canvas.zoomAt(event.getZoomFactor(), event.getX(), event.getY());
        event.consume();
    }

    private void paletteDrop(MouseDragEvent event) {
        Object source = event.getGestureSource();
        if (source instanceof javafx.scene.Node node && node.getProperties().get(FlowCanvas.BLOCK_TYPE_PROPERTY) instanceof BlockType type) {
            canvas.addBlock(type, canvas.toWorld(event.getX(), event.getY()));
            canvas.requestFocus();
            event.consume();
        }
    }

    private void contextMenu(ContextMenuEvent event) {
        Point world = canvas.toWorld(event.getX(), event.getY());
        CanvasModel.Hit hit = model().hitTest(world.x(), world.y(), tolerance());
        Selection selection = editor().selection();
        if (hit instanceof CanvasModel.Hit.BlockCard card && !selection.contains(card.blockId())) {
            selection.select(card.blockId());
        } else if (hit instanceof CanvasModel.Hit.NoteCard note && !selection.contains(note.noteId())) {
            selection.select(note.noteId());
        } else if (hit instanceof CanvasModel.Hit.WireHit wire) {
            selection.selectConnection(wire.connection());
        }
        ContextMenu menu = contextMenus.apply(hit);
        if (menu != null) {
            if (showing != null) {
                showing.hide();
            }
            showing = menu;
            menu.show(canvas, event.getScreenX(), event.getScreenY());
        }
        event.consume();
    }

    // ---- keyboard -----------------------------------------------------------------------------------------

    private void keyPressed(KeyEvent event) {
        KeyCode code = event.getCode();
        if (code == KeyCode.SPACE) {
            spaceDown = true;
            canvas.setCursor(Cursor.OPEN_HAND);
            event.consume();
        } else if (code.isArrowKey() && !event.isShortcutDown()) {
            nudge(code, event.isShiftDown() ? CardMetrics.GRID * 5 : CardMetrics.GRID);
            event.consume();
        } else if (code == KeyCode.ESCAPE) {
            cancelGesture();
            event.consume();
        } else if (code == KeyCode.ENTER) {
            Selection selection = editor().selection();
            if (selection.connection().isPresent()) {
                canvas.openElement(FlowCanvas.SELECTED_CONNECTION);
            } else {
                selection.single().ifPresent(canvas::openElement);
            }
            event.consume();
        }
    }

    private void keyReleased(KeyEvent event) {
        if (event.getCode() == KeyCode.SPACE) {
            spaceDown = false;
            canvas.setCursor(Cursor.DEFAULT);
            event.consume();
        }
    }

    /**
     * Tab and Shift+Tab step through the blocks in flow order and then the sticky notes, so every element is
     * reachable without a mouse. With a connection selected, the steps go on from the block it leaves.
     */
    private void tabFilter(KeyEvent event) {
        if (event.getCode() != KeyCode.TAB || event.isShortcutDown()) {
            return;
        }
        FlowDocument document = model().document();
        List<String> order = new java.util.ArrayList<>(document.blocks().size() + document.notes().size());
        document.blocks().forEach(block -> order.add(block.id()));
        document.notes().forEach(note -> order.add(note.id()));
        if (order.isEmpty()) {
            return;
        }
        Selection selection = editor().selection();
        int current = selection.connection().map(Connection::from)
                .or(selection::single)
                .map(order::indexOf).orElse(-1);
        if (current < 0) {
            current = event.isShiftDown() ? 0 : -1;
        }
        int next = Math.floorMod(current + (event.isShiftDown() ? -1 : 1), order.size());
        String id = order.get(next);
        selection.select(id);
        canvas.reveal(id);
        event.consume();
    }

    private int indexOfEntry(String entryId) {
        FlowDocument document = model().document();
        for (int i = 0; i < document.entryPoints().size(); i++) {
            if (document.entryPoints().get(i).id().equals(entryId)) {
                return i;
            }
        }
        return 0;
    }

    private void nudge(KeyCode code, double step) {
        Set<String> ids = editor().selection().elements();
        if (ids.isEmpty()) {
            double pan = 60;
            switch (code) {
                case LEFT -> canvas.panBy(pan, 0);
                case RIGHT -> canvas.panBy(-pan, 0);
                case UP -> canvas.panBy(0, pan);
                default -> canvas.panBy(0, -pan);
            }
            return;
        }
        double dx = code == KeyCode.LEFT ? -step : code == KeyCode.RIGHT ? step : 0;
        double dy = code == KeyCode.UP ? -step : code == KeyCode.DOWN ? step : 0;
        Map<String, Point> positions = new LinkedHashMap<>();
        for (String id : ids) {
            positions.put(id, model().savedPosition(id).translate(dx, dy));
        }
        editor().execute(Commands.nudge(positions, nudgeKey));
    }

    void cancelGesture() {
        if (mode == Mode.MOVE) {
            model().clearDragPreview();
            canvas.invalidateDrag();
        } else if (mode == Mode.WIRE || mode == Mode.RETARGET) {
            canvas.dragWire.setVisible(false);
            canvas.setDropTarget(null);
            canvas.setRetargeting(null);
            retargeted = null;
        } else if (mode == Mode.NONE) {
            editor().selection().clear();
        }
        canvas.rubberBand.setVisible(false);
        mode = Mode.NONE;
    }
}
