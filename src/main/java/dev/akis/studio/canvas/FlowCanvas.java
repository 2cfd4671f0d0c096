package dev.akis.studio.canvas;

import dev.akis.blocks.BlockCatalog;
import dev.akis.blocks.BlockType;
import dev.akis.blocks.PortSpec;
import dev.akis.flow.Block;
import dev.akis.flow.Connection;
import dev.akis.flow.EntryPoint;
import dev.akis.flow.FlowDocument;
import dev.akis.flow.LocalizedText;
import dev.akis.flow.NoteBounds;
import dev.akis.flow.Point;
import dev.akis.flow.StickyNote;
import dev.akis.flow.validate.Severity;
import dev.akis.studio.command.Commands;
import dev.akis.studio.command.FlowEdits;
import dev.akis.studio.document.EditorDocument;
import dev.akis.studio.document.ProblemsModel;
import dev.akis.studio.geometry.BlockShape;
import dev.akis.studio.geometry.CardMetrics;
import dev.akis.studio.geometry.Rect;
import dev.akis.studio.geometry.Wire;
import dev.akis.studio.ui.Texts;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.scene.AccessibleRole;
import javafx.scene.CacheHint;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ScrollBar;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.CubicCurve;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.transform.Affine;

/**
 * The flow drawn as cards and wires that the user edits directly. The drawing is layered inside one transformed
 * group (grid, notes, wires, start node, cards, drag overlay). Only elements near the visible area get nodes;
 * below {@link #LOD_ZOOM} everything is painted on one canvas instead (level of detail) so that thousands of
 * blocks stay fluid. Updates are incremental and happen once per pulse.
 *
 * <p>For the simulator: {@link #highlight} marks the blocks and connections of a conversation, {@link #centreOn}
 * and {@link #reveal} bring a block into view.
 */
public final class FlowCanvas extends Region {

    public static final double MIN_ZOOM = 0.08;
    public static final double MAX_ZOOM = 2.5;
    public static final double LOD_ZOOM = 0.45;
    /** What {@link #setOnOpenElement} receives when Enter is pressed on a selected connection. */
    public static final String SELECTED_CONNECTION = "@connection";
    /** Key under which a palette entry's node carries the block type it adds when dropped on the canvas. */
    public static final String BLOCK_TYPE_PROPERTY = "akis.blockType";
    private static final double WIRE_LABEL_ZOOM = 0.6;
    private static final double MARGIN = 160;
    private static final double RETARGET_HANDLE_RADIUS = 7;

    private final EditorDocument editor;
    private final BlockCatalog catalog;
    private final Texts texts;
    private final ProblemsModel problems;
    final CanvasModel model;

    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(1);
    private final BooleanProperty levelOfDetail = new SimpleBooleanProperty(true);
    private final BooleanProperty minimapVisible = new SimpleBooleanProperty(true);
    private double panX;
    private double panY;

    private final GridLines grid = new GridLines();
    private final Canvas lod = new Canvas();
    private final Affine transform = new Affine();
    private final Group world = new Group();
    private final Group notesLayer = new Group();
    private final Group wiresLayer = new Group();
    private final Group nodesLayer = new Group();
    private final Group overlayLayer = new Group();
    final Pane screenOverlay = new Pane();
    final Rectangle rubberBand = new Rectangle();
    final CubicCurve dragWire = new CubicCurve();
    /** The grip on the far end of the selected connection: dragging it to another block reconnects the wire. */
    final Circle retargetHandle = new Circle();
    private final ScrollBar hbar = new ScrollBar();
    private final ScrollBar vbar = new ScrollBar();
    private final Minimap minimap;
    private final ZoomBar zoomBar;
    private final StartView startView = new StartView();

    private final Map<String, BlockCard> cards = new HashMap<>();
    private final Deque<BlockCard> cardPool = new ArrayDeque<>();
    private final Map<Connection, WireView> wires = new HashMap<>();
    private final Deque<WireView> wirePool = new ArrayDeque<>();
    private final List<WireView> entryWires = new ArrayList<>();
    private final Map<String, NoteView> notes = new HashMap<>();
    private final Set<String> staleCards = new HashSet<>();
    private final Set<Connection> staleWires = new HashSet<>();
    private final Set<String> highlightedBlocks = new HashSet<>();
    private final Set<Connection> highlightedConnections = new HashSet<>();
    /** The block a simulated conversation is at now: marked more strongly than the rest of its path. */
    private String currentBlock;
    private final Set<String> foundBlocks = new HashSet<>();
    private String dropTarget;

    private CanvasColors colors = CanvasColors.LIGHT;
    /** The view moved (pan, zoom, resize): nodes entering or leaving it are added or released. */
    private boolean viewDirty = true;
    /** Selection, problems, highlights or the drop target changed: drawn cards and wires are re-marked. */
    private boolean decorationsDirty = true;
    /** A drag preview moved: the dragged elements (and those dragged a frame ago) are placed again. */
    private boolean dragDirty = true;
    private boolean contentDirty = true;
    private boolean startDirty = true;
    private boolean notesDirty = true;
    private boolean allStale = true;
    private boolean lodShown;
    private boolean wireLabelsShown = true;
    private boolean retargeting;
    private Connection retargetingConnection;
    private Set<String> lastDragged = Set.of();
    private boolean updatingScrollbars;
    private Scene pulseScene;
    private final Runnable pulseListener = this::refresh;
    private Consumer<String> onOpenElement = id -> { };
    private final ReadOnlyDoubleWrapper framesDrawn = new ReadOnlyDoubleWrapper();
    private final CanvasGestures gestures;
    private CacheHint cacheHint = CacheHint.DEFAULT;
    private final javafx.animation.PauseTransition sharpen = new javafx.animation.PauseTransition(javafx.util.Duration.millis(200));

    public FlowCanvas(EditorDocument editor, BlockCatalog catalog, Texts texts, ProblemsModel problems) {
        this.editor = editor;
        this.catalog = catalog;
        this.texts = texts;
        this.problems = problems;
        this.model = new CanvasModel(catalog, editor.document());
        getStyleClass().add("flow-canvas");
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.NODE);
        setAccessibleText(texts.get("canvas.accessible"));
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);

        lod.setMouseTransparent(true);
        lod.setVisible(false);
        world.getTransforms().add(transform);
        world.setMouseTransparent(true);
        world.setManaged(false);
        world.setAutoSizeChildren(false);
        for (Group layer : List.of(notesLayer, wiresLayer, nodesLayer, overlayLayer)) {
            layer.setAutoSizeChildren(false);
        }
        nodesLayer.getChildren().add(startView);
        startView.setCache(true);
        dragWire.getStyleClass().addAll("wire-curve", "drag-wire");
        dragWire.setFill(null);
        dragWire.setVisible(false);
        retargetHandle.getStyleClass().add("retarget-handle");
        retargetHandle.setVisible(false);
        retargetHandle.setMouseTransparent(true);
        overlayLayer.getChildren().addAll(dragWire, retargetHandle);
        world.getChildren().addAll(notesLayer, wiresLayer, nodesLayer, overlayLayer);

        screenOverlay.setMouseTransparent(true);
        screenOverlay.setManaged(false);
        rubberBand.getStyleClass().add("rubber-band");
        rubberBand.setVisible(false);
        rubberBand.setManaged(false);
        screenOverlay.getChildren().add(rubberBand);

        hbar.setOrientation(Orientation.HORIZONTAL);
        vbar.setOrientation(Orientation.VERTICAL);
        hbar.getStyleClass().add("canvas-scrollbar");
        vbar.getStyleClass().add("canvas-scrollbar");
        hbar.accessibleTextProperty().bind(texts.text("canvas.scrollHorizontal"));
        vbar.accessibleTextProperty().bind(texts.text("canvas.scrollVertical"));
        hbar.valueProperty().addListener((obs, old, now) -> {
            if (!updatingScrollbars) {
                setPan(now.doubleValue(), panY);
            }
        });
        vbar.valueProperty().addListener((obs, old, now) -> {
            if (!updatingScrollbars) {
                setPan(panX, now.doubleValue());
            }
        });
        minimap = new Minimap(this::centreAt);
        minimap.visibleProperty().bind(minimapVisible);
        minimap.accessibleTextProperty().bind(texts.text("canvas.minimap"));
        zoomBar = new ZoomBar(this, texts);
        getChildren().addAll(grid, world, lod, screenOverlay, hbar, vbar, minimap, zoomBar);

        editor.documentProperty().addListener((obs, old, now) -> documentChanged(now));
        editor.selection().versionProperty().addListener((obs, old, now) -> {
            describeSelection();
            invalidateDecorations();
        });
        problems.versionProperty().addListener((obs, old, now) -> invalidateDecorations());
        texts.localeProperty().addListener((obs, old, now) -> {
            allStale = true;
            startDirty = true;
            notesDirty = true;
            describeSelection();
            schedule();
        });
        levelOfDetail.addListener((obs, old, now) -> invalidateView());
        sceneProperty().addListener((obs, old, now) -> attachPulse(now));
        widthProperty().addListener((obs, old, now) -> invalidateView());
        heightProperty().addListener((obs, old, now) -> invalidateView());
        gestures = new CanvasGestures(this);
        sharpen.setOnFinished(e -> {
            cacheHint = CacheHint.DEFAULT;
            applyCacheHint();
        });
        zoom.addListener((obs, old, now) -> zoomChanging());

        panX = editor.document().layout().viewport().x();
        panY = editor.document().layout().viewport().y();
        zoom.set(clampZoom(editor.document().layout().zoom()));
    }

    // ---- public API ----------------------------------------------------------------------------------------

    public EditorDocument editor() {
        return editor;
    }

    public ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    public double zoom() {
        return zoom.get();
    }

    /** True while the level-of-detail drawing is used (zoomed far out). */
    public boolean isLevelOfDetailShown() {
        return lodShown;
    }

    /** Whether far-out zoom switches to the simplified drawing (on by default; the benchmark turns it off). */
    public BooleanProperty levelOfDetailProperty() {
        return levelOfDetail;
    }

    public BooleanProperty minimapVisibleProperty() {
        return minimapVisible;
    }

    public void setColors(CanvasColors newColors) {
        this.colors = newColors;
        contentDirty = true;
        invalidateView();
    }

    /** Called with a block or note id when the user double-clicks it or presses Enter on it. */
    public void setOnOpenElement(Consumer<String> handler) {
        this.onOpenElement = handler == null ? id -> { } : handler;
    }

    void openElement(String id) {
        onOpenElement.accept(id);
    }

    /** The canvas point at the top-left corner of the view. */
    public Point viewOrigin() {
        return new Point(panX, panY);
    }

    public Rect visibleArea() {
        return new Rect(panX, panY, Math.max(1, getWidth()) / zoom.get(), Math.max(1, getHeight()) / zoom.get());
    }

    public Point viewCentre() {
        Rect view = visibleArea();
        return new Point(view.centreX(), view.centreY());
    }

    public void setPan(double x, double y) {
        if (x == panX && y == panY) {
            return;
        }
        panX = x;
        panY = y;
        invalidateView();
    }

    public void panBy(double screenDx, double screenDy) {
        setPan(panX - screenDx / zoom.get(), panY - screenDy / zoom.get());
    }

    public void setZoom(double newZoom) {
        zoomAt(newZoom / zoom.get(), getWidth() / 2, getHeight() / 2);
    }

    /** Zooms by a factor keeping the canvas point under the given view position in place. */
    public void zoomAt(double factor, double viewX, double viewY) {
        double old = zoom.get();
        double next = clampZoom(old * factor);
        if (next == old) {
            return;
        }
        double worldX = panX + viewX / old;
        double worldY = panY + viewY / old;
        zoom.set(next);
        panX = worldX - viewX / next;
        panY = worldY - viewY / next;
        invalidateView();
    }

    public void zoomIn() {
        zoomAt(1.25, getWidth() / 2, getHeight() / 2);
    }

    public void zoomOut() {
        zoomAt(0.8, getWidth() / 2, getHeight() / 2);
    }

    public void zoomToActualSize() {
        setZoom(1.0);
    }

    /** Shows the whole flow (never enlarging beyond 100 %). */
    public void zoomToFit() {
        Rect content = model.contentBounds().expand(40);
        double width = Math.max(1, getWidth());
        double height = Math.max(1, getHeight());
        double next = clampZoom(Math.min(1.0, Math.min(width / content.width(), height / content.height())));
        zoom.set(next);
        panX = content.centreX() - width / next / 2;
        panY = content.centreY() - height / next / 2;
        invalidateView();
    }

    /** Zooms to fit when the saved view would show none of the flow (a file without a saved view, say). */
    public void fitIfNothingVisible() {
        if (getWidth() > 0 && !visibleArea().intersects(model.contentBounds())) {
            zoomToFit();
        }
    }

    /** Puts a block (or note) in the middle of the view. */
    public void centreOn(String id) {
        if (!model.isBlock(id) && model.document().note(id).isEmpty()) {
            return;
        }
        Rect bounds = model.bounds(id);
        centreAt(bounds.centreX(), bounds.centreY());
    }

    /** Scrolls just enough to show a block or note, if it is not already in view (the simulator follows this way). */
    public void reveal(String id) {
        if (!model.isBlock(id) && model.document().note(id).isEmpty()) {
            return;
        }
        Rect bounds = model.bounds(id);
        Rect view = visibleArea().expand(-20 / zoom.get());
        if (!view.contains(bounds.x(), bounds.y()) || !view.contains(bounds.maxX(), bounds.maxY())) {
            centreOn(id);
        }
    }

    /** Brings a connection's middle into view when it is not (keyboard selection of connections follows this). */
    public void revealConnection(Connection connection) {
        Wire wire = model.wire(connection);
        if (wire == null) {
            return;
        }
        Rect view = visibleArea().expand(-40 / zoom.get());
        if (!view.contains(wire.pointX(0.5), wire.pointY(0.5))) {
            centreAt(wire.pointX(0.5), wire.pointY(0.5));
        }
    }

    public void centreAt(double worldX, double worldY) {
        setPan(worldX - getWidth() / zoom.get() / 2, worldY - getHeight() / zoom.get() / 2);
    }

    /**
     * Marks blocks and connections (the simulator's current block and the path a conversation took); replaces
     * the previous marking. An empty call clears it.
     */
    public void highlight(Collection<String> blockIds, Collection<Connection> connections) {
        highlight(blockIds, connections, null);
    }

    /**
     * Marks a conversation's path and, more strongly, the block it is at now ({@code current}, may be null).
     */
    public void highlight(Collection<String> blockIds, Collection<Connection> connections, String current) {
        highlightedBlocks.clear();
        highlightedBlocks.addAll(blockIds);
        highlightedConnections.clear();
        highlightedConnections.addAll(connections);
        currentBlock = current;
        if (current != null) {
            highlightedBlocks.add(current);
        }
        invalidateDecorations();
    }

    /** The block marked as where the conversation is now, or null. */
    public String currentBlock() {
        return currentBlock;
    }

    public void clearHighlight() {
        highlight(List.of(), List.of());
    }

    public Set<String> highlightedBlocks() {
        return Set.copyOf(highlightedBlocks);
    }

    /** Marks the results of a search. */
    public void markFound(Collection<String> blockIds) {
        foundBlocks.clear();
        foundBlocks.addAll(blockIds);
        invalidateDecorations();
    }

    /** Converts a position in the scene to canvas units. */
    public Point sceneToWorld(double sceneX, double sceneY) {
        Point2D local = sceneToLocal(sceneX, sceneY);
        return toWorld(local.getX(), local.getY());
    }

    /** The card node of a block, if it is currently drawn as a node (for tests and accessibility). */
    public Region cardNode(String blockId) {
        return cards.get(blockId);
    }

    /** Where a block's card is on screen, in scene coordinates (whether or not it has a node). */
    public javafx.geometry.Bounds blockSceneBounds(String blockId) {
        Rect r = model.blockBounds(blockId);
        Point2D topLeft = localToScene(toView(r.x(), r.y()));
        Point2D bottomRight = localToScene(toView(r.maxX(), r.maxY()));
        return new javafx.geometry.BoundingBox(topLeft.getX(), topLeft.getY(),
                bottomRight.getX() - topLeft.getX(), bottomRight.getY() - topLeft.getY());
    }

    /** Scene position of a canvas point. */
    public Point2D worldToScene(double worldX, double worldY) {
        return localToScene(toView(worldX, worldY));
    }

    /** Scene position of the middle of a connection's curve, or null when one of its blocks is missing. */
    public Point2D wireMiddleScene(Connection connection) {
        Wire wire = model.wire(connection);
        return wire == null ? null : worldToScene(wire.pointX(0.5), wire.pointY(0.5));
    }

    /** Scene position of a port handle. */
    public Point2D portScenePosition(String blockId, String portId) {
        Point p = model.outputAnchor(blockId, portId);
        return localToScene(toView(p.x(), p.y()));
    }

    /** The text shown on a wire, or null if the connection is not drawn as a node. */
    public String wireLabel(Connection connection) {
        WireView view = wires.get(connection);
        return view == null ? null : view.text();
    }

    public int drawnCardCount() {
        return cards.size();
    }

    public int drawnWireCount() {
        return wires.size();
    }

    /** Brings the drawing up to date now instead of at the next pulse (tests and the benchmark use it). */
    public void refreshNow() {
        refresh();
    }

    // ---- adding blocks --------------------------------------------------------------------------------------

    /** Adds a new block of the type with its card centred at a canvas point; selects it and returns its id. */
    public String addBlock(BlockType type, Point centre) {
        FlowDocument document = editor.document();
        String id = document.freshBlockId(type.id());
        Block block = type.newBlock(id, document.languages());
        BlockShape shape = dev.akis.studio.geometry.Shapes.of(document, block, catalog);
        Point position = new Point(CardMetrics.snap(centre.x() - shape.width() / 2), CardMetrics.snap(centre.y() - CardMetrics.HEADER / 2));
        position = freeSpot(position);
        editor.execute(Commands.addBlock(type, block, position));
        editor.selection().select(id);
        return id;
    }

    /** Adds a block at the centre of the view (double-click or Enter in the palette). */
    public String addBlockAtCentre(BlockType type) {
        return addBlock(type, viewCentre());
    }

    private Point freeSpot(Point wanted) {
        Point candidate = wanted;
        for (int i = 0; i < 50; i++) {
            boolean taken = false;
            for (Point existing : editor.document().layout().blocks().values()) {
                if (Math.abs(existing.x() - candidate.x()) < 1 && Math.abs(existing.y() - candidate.y()) < 1) {
                    taken = true;
                    break;
                }
            }
            if (!taken) {
                return candidate;
            }
            candidate = candidate.translate(CardMetrics.GRID * 2, CardMetrics.GRID * 2);
        }
        return candidate;
    }

    /** Adds a sticky note at the centre of the view; returns its id. */
    public String addNote() {
        FlowDocument document = editor.document();
        String id = document.freshBlockId("note");
        Point centre = viewCentre();
        NoteBounds bounds = new NoteBounds(CardMetrics.snap(centre.x() - NoteBounds.DEFAULT_WIDTH / 2),
                CardMetrics.snap(centre.y() - NoteBounds.DEFAULT_HEIGHT / 2), NoteBounds.DEFAULT_WIDTH, NoteBounds.DEFAULT_HEIGHT);
        StickyNote note = new StickyNote(id, LocalizedText.of(texts.language(), texts.get("note.placeholder")),
                StickyNote.DEFAULT_COLOR, null);
        editor.execute(Commands.addNote(note, bounds));
        editor.selection().select(id);
        return id;
    }

    // ---- coordinates -----------------------------------------------------------------------------------------

    Point toWorld(double viewX, double viewY) {
        return new Point(panX + viewX / zoom.get(), panY + viewY / zoom.get());
    }

    Point2D toView(double worldX, double worldY) {
        return new Point2D((worldX - panX) * zoom.get(), (worldY - panY) * zoom.get());
    }

    private static double clampZoom(double value) {
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, value));
    }

    // ---- change tracking -------------------------------------------------------------------------------------

    private void documentChanged(FlowDocument next) {
        CanvasModel.Diff diff = model.setDocument(next);
        for (String id : diff.removed()) {
            BlockCard card = cards.remove(id);
            if (card != null) {
                releaseCard(card);
            }
        }
        for (Connection connection : diff.removedConnections()) {
            WireView view = wires.remove(connection);
            if (view != null) {
                releaseWire(view);
            }
        }
        staleCards.addAll(diff.changed());
        staleCards.addAll(diff.added());
        for (String id : diff.changed()) {
            model.incoming(id).forEach(staleWires::add);
            next.outgoing(id).forEach(staleWires::add);
        }
        staleWires.addAll(diff.addedConnections());
        if (!diff.addedConnections().isEmpty() || !diff.removedConnections().isEmpty()) {
            // handles show whether a port is connected
            diff.addedConnections().forEach(c -> staleCards.add(c.from()));
            diff.removedConnections().forEach(c -> staleCards.add(c.from()));
        }
        // Entry-point wires end at blocks, so any moved, added or removed block may move one of them.
        startDirty |= diff.startChanged() || !diff.added().isEmpty() || !diff.removed().isEmpty() || !diff.changed().isEmpty();
        notesDirty |= diff.notesChanged();
        contentDirty = true;
        schedule();
    }

    void invalidateView() {
        viewDirty = true;
        schedule();
    }

    void invalidateDecorations() {
        decorationsDirty = true;
        schedule();
    }

    /** After a drag preview moved things: repositions cards and wires. */
    void invalidateDrag() {
        dragDirty = true;
        schedule();
    }

    private void schedule() {
        Platform.requestNextPulse();
    }

    private void attachPulse(Scene scene) {
        if (pulseScene != null) {
            pulseScene.removePreLayoutPulseListener(pulseListener);
        }
        pulseScene = scene;
        if (scene != null) {
            scene.addPreLayoutPulseListener(pulseListener);
            invalidateView();
        }
    }

    // ---- drawing ---------------------------------------------------------------------------------------------

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        double bar = 12;
        hbar.resizeRelocate(0, h - bar, w - bar, bar);
        vbar.resizeRelocate(w - bar, 0, bar, h - bar);
        minimap.resizeRelocate(w - Minimap.WIDTH - bar - 10, h - Minimap.HEIGHT - bar - 10, Minimap.WIDTH, Minimap.HEIGHT);
        zoomBar.autosize();
        zoomBar.relocate(12, h - zoomBar.getHeight() - bar - 10);
        screenOverlay.resize(w, h);
    }

    private void refresh() {
        if (!viewDirty && !decorationsDirty && !dragDirty && !contentDirty && !startDirty && !notesDirty && !allStale
                && staleCards.isEmpty() && staleWires.isEmpty()) {
            return;
        }
        double w = getWidth();
        double h = getHeight();
        if (w <= 0 || h <= 0) {
            return;
        }
        double z = zoom.get();
        // Setting an Affine marks the group dirty even with equal values, so only a real change is applied.
        if (transform.getMxx() != z || transform.getTx() != -panX * z || transform.getTy() != -panY * z) {
            transform.setToTransform(z, 0, -panX * z, 0, z, -panY * z);
        }
        Rect view = visibleArea();
        boolean useLod = levelOfDetail.get() && z < LOD_ZOOM;
        if (useLod != lodShown) {
            lodShown = useLod;
            notesLayer.setVisible(!useLod);
            wiresLayer.setVisible(!useLod);
            nodesLayer.setVisible(!useLod);
            lod.setVisible(useLod);
            if (useLod) {
                releaseAll();
            } else {
                lod.getGraphicsContext2D().clearRect(0, 0, lod.getWidth(), lod.getHeight());
                allStale = true;
                startDirty = true;
                notesDirty = true;
            }
        }
        if (lod.getWidth() != w || lod.getHeight() != h) {
            lod.setWidth(w);
            lod.setHeight(h);
        }
        grid.show(z, panX, panY, w, h, colors.gridMinor(), colors.gridMajor());
        if (useLod) {
            drawLevelOfDetail(view);
        } else {
            reconcile(view.expand(MARGIN / Math.max(z, 0.2)));
        }
        if (viewDirty || decorationsDirty || dragDirty || contentDirty) {
            placeRetargetHandle();
        }
        if (contentDirty) {
            updateScrollbars(view);
            minimap.redraw(model, colors, view);
        } else if (viewDirty) {
            updateScrollbars(view);
            minimap.showView(view);
        }
        viewDirty = false;
        decorationsDirty = false;
        dragDirty = false;
        contentDirty = false;
        framesDrawn.set(framesDrawn.get() + 1);
    }

    /**
     * Brings the nodes up to date with as little work as the change needs. A pan only adds the cards and wires
     * entering the area and releases those leaving it; nodes that stay are not touched (the group's transform moves
     * them). Content changes rebind the stale elements, decoration changes re-mark the drawn ones, and a drag
     * preview places the dragged elements.
     */
    private void reconcile(Rect area) {
        FlowDocument document = model.document();
        Set<String> dragged = model.dragged();
        Set<String> moving = new HashSet<>();
        if (dragDirty) {
            moving.addAll(dragged);
            moving.addAll(lastDragged);
            lastDragged = dragged;
        }
        Set<String> wanted = new LinkedHashSet<>(model.blocksIn(area));
        for (String id : dragged) {
            if (model.isBlock(id)) {
                wanted.add(id);
            }
        }
        Iterator<Map.Entry<String, BlockCard>> drawn = cards.entrySet().iterator();
        while (drawn.hasNext()) {
            Map.Entry<String, BlockCard> entry = drawn.next();
            if (!wanted.contains(entry.getKey())) {
                releaseCard(entry.getValue());
                drawn.remove();
            }
        }
        String language = contentLanguage();
        Locale locale = texts.locale();
        for (String id : wanted) {
            BlockCard card = cards.get(id);
            boolean entering = card == null;
            if (entering) {
                card = takeCard();
                cards.put(id, card);
            }
            if (entering || allStale || staleCards.contains(id)) {
                bindCard(card, id, language, locale);
                placeCard(card, id);
                decorateCard(card, id);
            } else {
                if (moving.contains(id)) {
                    placeCard(card, id);
                }
                if (decorationsDirty) {
                    decorateCard(card, id);
                }
            }
        }
        staleCards.clear();

        Set<Connection> wantedWires = new HashSet<>(model.wiresIn(area));
        for (String id : dragged) {
            if (model.isBlock(id)) {
                wantedWires.addAll(document.outgoing(id));
                wantedWires.addAll(model.incoming(id));
            }
        }
        Iterator<Map.Entry<Connection, WireView>> drawnWires = wires.entrySet().iterator();
        while (drawnWires.hasNext()) {
            Map.Entry<Connection, WireView> entry = drawnWires.next();
            if (!wantedWires.contains(entry.getKey())) {
                releaseWire(entry.getValue());
                drawnWires.remove();
            }
        }
        boolean labels = zoom.get() >= WIRE_LABEL_ZOOM;
        boolean labelsChanged = labels != wireLabelsShown;
        wireLabelsShown = labels;
        for (Connection connection : wantedWires) {
            Wire wire = model.wire(connection);
            if (wire == null) {
                continue;
            }
            WireView view = wires.get(connection);
            boolean entering = view == null;
            if (entering) {
                view = takeWire();
                wires.put(connection, view);
            }
            boolean shifted = moving.contains(connection.from()) || moving.contains(connection.to());
            if (entering || allStale || staleWires.contains(connection)) {
                view.setText(portLabel(connection, language, locale));
                view.pseudoClassStateChanged(WireView.ERROR_PORT, isErrorPort(connection));
                placeWire(view, connection, wire);
                view.setLabelVisible(labels);
                decorateWire(view, connection);
            } else {
                if (shifted) {
                    placeWire(view, connection, wire);
                }
                if (labelsChanged) {
                    view.setLabelVisible(labels);
                }
                if (decorationsDirty) {
                    decorateWire(view, connection);
                }
            }
        }
        staleWires.clear();

        // The start node's wires follow dragged blocks, and its highlight follows the decorations.
        if (startDirty || allStale || decorationsDirty || !moving.isEmpty()) {
            drawStart(language, locale, startDirty || allStale);
        }
        if (notesDirty || allStale) {
            drawNotes(area, language);
        } else if (decorationsDirty || !moving.isEmpty()) {
            placeNotes();
        }
        allStale = false;
        startDirty = false;
        notesDirty = false;
    }

    /** Shows the grip at the far end of the selected connection (same size on screen at any zoom). */
    private void placeRetargetHandle() {
        Wire wire = editor.selection().connection().map(model::wire).orElse(null);
        retargetHandle.setVisible(wire != null && !retargeting);
        if (wire != null) {
            double z = zoom.get();
            retargetHandle.setCenterX(wire.x2());
            retargetHandle.setCenterY(wire.y2());
            retargetHandle.setRadius(RETARGET_HANDLE_RADIUS / z);
            retargetHandle.setStrokeWidth(2 / z);
        }
    }

    /** True when a canvas point is on the grip of the selected connection's far end. */
    boolean isOnRetargetHandle(Point world, double tolerance) {
        Wire wire = editor.selection().connection().map(model::wire).orElse(null);
        return wire != null && Math.hypot(world.x() - wire.x2(), world.y() - wire.y2())
                <= RETARGET_HANDLE_RADIUS / zoom.get() + tolerance;
    }

    /** While the far end of a connection is dragged, its grip hides and the wire is drawn faint. */
    void setRetargeting(Connection connection) {
        retargeting = connection != null;
        retargetingConnection = connection;
        for (Map.Entry<Connection, WireView> entry : wires.entrySet()) {
            entry.getValue().pseudoClassStateChanged(WireView.RETARGETING, entry.getKey().equals(connection));
        }
        invalidateDecorations();
    }

    /** Scene position of the far end of a connection (where its grip is when it is selected). */
    public Point2D wireEndScene(Connection connection) {
        Wire wire = model.wire(connection);
        return wire == null ? null : worldToScene(wire.x2(), wire.y2());
    }

    private void placeCard(BlockCard card, String id) {
        Point p = model.position(id);
        card.relocate(p.x(), p.y());
    }

    private void placeWire(WireView view, Connection connection, Wire wire) {
        // A wire that changes shape every frame is cheaper drawn directly than re-cached every frame.
        boolean moving = model.isDragged(connection.from()) || model.isDragged(connection.to());
        if (view.isCache() == moving) {
            view.setCache(!moving);
        }
        view.setWire(wire);
    }

    private void decorateWire(WireView view, Connection connection) {
        view.pseudoClassStateChanged(WireView.SELECTED, editor.selection().connection().filter(connection::equals).isPresent());
        view.pseudoClassStateChanged(WireView.RETARGETING, connection.equals(retargetingConnection));
        view.pseudoClassStateChanged(WireView.HIGHLIGHTED, highlightedConnections.contains(connection));
    }

    private void bindCard(BlockCard card, String id, String language, Locale locale) {
        Block block = model.document().block(id).orElseThrow();
        BlockShape shape = model.shape(id);
        BlockType type = catalog.find(block.type()).orElse(null);
        String category = type == null ? "unknown" : type.category().id();
        String icon = type == null ? "mdi2h-help-circle-outline" : type.icon();
        String typeName = type == null ? block.type() : type.name(locale);
        String title = block.title().resolve(language, model.document().defaultLanguage());
        if (title.isBlank()) {
            title = typeName;
        }
        String summary;
        try {
            summary = type == null ? texts.get("canvas.unknownType", block.type()) : type.summary(block, locale, language);
        } catch (RuntimeException broken) {
            summary = "";
        }
        List<String> portTexts = new ArrayList<>();
        Set<String> errorPorts = new HashSet<>();
        for (String port : shape.ports()) {
            PortSpec spec = type == null ? null : type.port(block, port).orElse(null);
            portTexts.add(spec == null ? port : type.portLabel(spec, locale, language));
            if (spec != null && spec.error()) {
                errorPorts.add(port);
            }
        }
        String accessible = texts.get("canvas.cardAccessible", title, typeName, id, shape.ports().size());
        card.bind(id, shape, category, icon, title, summary, portTexts, errorPorts, accessible);
        Set<String> connected = new HashSet<>();
        model.document().outgoing(id).forEach(c -> connected.add(c.port()));
        card.setConnectedPorts(connected);
    }

    private void decorateCard(BlockCard card, String id) {
        card.pseudoClassStateChanged(BlockCard.SELECTED, editor.selection().contains(id));
        Severity severity = problems.severityOf(id);
        card.pseudoClassStateChanged(BlockCard.INVALID, severity == Severity.ERROR);
        card.pseudoClassStateChanged(BlockCard.WARNING, severity == Severity.WARNING);
        card.setProblemBadge(severity != null, severity == null ? null : texts.get("canvas.hasProblems"));
        card.pseudoClassStateChanged(BlockCard.HIGHLIGHTED, highlightedBlocks.contains(id));
        card.pseudoClassStateChanged(BlockCard.CURRENT, id.equals(currentBlock));
        card.pseudoClassStateChanged(BlockCard.FOUND, foundBlocks.contains(id));
        card.pseudoClassStateChanged(BlockCard.DROP_TARGET, id.equals(dropTarget));
    }

    private String portLabel(Connection connection, String language, Locale locale) {
        Block block = model.document().block(connection.from()).orElse(null);
        if (block == null) {
            return connection.port();
        }
        BlockType type = catalog.find(block.type()).orElse(null);
        PortSpec spec = type == null ? null : type.port(block, connection.port()).orElse(null);
        return spec == null ? connection.port() : type.portLabel(spec, locale, language);
    }

    private boolean isErrorPort(Connection connection) {
        Block block = model.document().block(connection.from()).orElse(null);
        BlockType type = block == null ? null : catalog.find(block.type()).orElse(null);
        return type != null && type.port(block, connection.port()).map(PortSpec::error).orElse(false);
    }

    /** The language card texts are shown in: the interface language if the flow has it, else the flow's default. */
    public String contentLanguage() {
        FlowDocument document = model.document();
        return document.languages().contains(texts.language()) ? texts.language() : document.defaultLanguage();
    }

    private void drawStart(String language, Locale locale, boolean rebind) {
        FlowDocument document = model.document();
        if (rebind) {
            List<String> rows = new ArrayList<>();
            List<Boolean> connected = new ArrayList<>();
            for (EntryPoint entry : document.entryPoints()) {
                rows.add(describeEntry(entry, language));
                connected.add(entry.target() != null && document.hasBlock(entry.target()));
            }
            startView.bind(texts.get("canvas.start"), rows, connected, texts.get("canvas.noEntryPoints"));
        }
        Point p = model.position(FlowEdits.START_ID);
        startView.relocate(p.x(), p.y());
        while (entryWires.size() < document.entryPoints().size()) {
            WireView view = new WireView();
            view.pseudoClassStateChanged(WireView.ENTRY, true);
            view.setCache(true);
            entryWires.add(view);
            wiresLayer.getChildren().add(view);
        }
        for (int i = 0; i < entryWires.size(); i++) {
            WireView view = entryWires.get(i);
            Wire wire = i < document.entryPoints().size() ? model.entryWire(i) : null;
            view.setVisible(wire != null);
            if (wire != null) {
                view.setWire(wire);
                if (rebind) {
                    view.setText("");
                }
                view.pseudoClassStateChanged(WireView.HIGHLIGHTED,
                        highlightedBlocks.contains(document.entryPoints().get(i).target()));
            }
        }
    }

    /** One line describing an entry point, as on the start node. */
    public String describeEntry(EntryPoint entry, String language) {
        return describeEntry(entry, language, texts.locale());
    }

    /**
     * One line describing an entry point in an interface language ("Keywords: kargo, sipariş"), as on the start
     * node; the simulator's timeline names the entry a conversation started by the same way.
     */
    public static String describeEntry(EntryPoint entry, String language, Locale locale) {
        String kind = entry.kind();
        String detail = switch (entry.knownKind().map(Enum::name).orElse("")) {
            case "KEYWORD" -> String.join(", ", entry.keywords().getOrDefault(language,
                    entry.keywords().values().stream().findFirst().orElse(List.of())));
            case "CLICK_TO_WHATSAPP" -> entry.sourceTag() == null ? "" : entry.sourceTag();
            case "CHECKOUT_RETURN" -> find(locale, "checkout." + entry.checkoutOutcome(),
                    entry.checkoutOutcome() == null ? "" : entry.checkoutOutcome());
            default -> "";
        };
        return find(locale, "entry." + kind, kind) + (detail.isBlank() ? "" : ": " + detail);
    }

    private static String find(Locale locale, String key, String fallback) {
        String text = Texts.BUNDLE.find(locale, key);
        return text == null ? fallback : text;
    }

    private void drawNotes(Rect area, String language) {
        FlowDocument document = model.document();
        Set<String> present = new HashSet<>();
        for (StickyNote note : document.notes()) {
            present.add(note.id());
            NoteView view = notes.computeIfAbsent(note.id(), id -> {
                NoteView created = new NoteView();
                created.setCache(true);
                notesLayer.getChildren().add(created);
                return created;
            });
            NoteBounds bounds = model.noteBounds(note.id());
            view.bind(note.id(), note.text().resolve(language, document.defaultLanguage()), note.color(),
                    bounds.width(), bounds.height());
        }
        notes.entrySet().removeIf(entry -> {
            if (!present.contains(entry.getKey())) {
                notesLayer.getChildren().remove(entry.getValue());
                return true;
            }
            return false;
        });
        placeNotes();
    }

    private void placeNotes() {
        for (Map.Entry<String, NoteView> entry : notes.entrySet()) {
            Point p = model.position(entry.getKey());
            entry.getValue().relocate(p.x(), p.y());
            entry.getValue().pseudoClassStateChanged(NoteView.SELECTED, editor.selection().contains(entry.getKey()));
        }
    }

    /**
     * Cards leaving the view are hidden and kept in their layer for reuse: showing a hidden node again costs no
     * style computation, while removing and re-adding it would. Cards are cached as bitmaps, so panning and
     * dragging move pictures instead of redrawing rounded shapes in the software renderer.
     */
    private BlockCard takeCard() {
        if (!cardPool.isEmpty()) {
            BlockCard card = cardPool.pop();
            card.setVisible(true);
            return card;
        }
        BlockCard card = new BlockCard();
        card.setCache(true);
        card.setCacheHint(cacheHint);
        nodesLayer.getChildren().add(card);
        return card;
    }

    private WireView takeWire() {
        if (!wirePool.isEmpty()) {
            WireView view = wirePool.pop();
            view.setVisible(true);
            return view;
        }
        WireView view = new WireView();
        view.setCache(true);
        view.setCacheHint(cacheHint);
        wiresLayer.getChildren().add(view);
        return view;
    }

    private void releaseCard(BlockCard card) {
        card.setVisible(false);
        cardPool.push(card);
    }

    private void releaseWire(WireView view) {
        view.setVisible(false);
        wirePool.push(view);
    }

    /**
     * While zooming, cached bitmaps are scaled instead of redrawn at every step; shortly after the zoom settles
     * they are drawn sharp again.
     */
    private void zoomChanging() {
        if (cacheHint != CacheHint.SCALE) {
            cacheHint = CacheHint.SCALE;
            applyCacheHint();
        }
        sharpen.playFromStart();
    }

    private void applyCacheHint() {
        for (javafx.scene.Node node : nodesLayer.getChildren()) {
            node.setCacheHint(cacheHint);
        }
        for (javafx.scene.Node node : wiresLayer.getChildren()) {
            node.setCacheHint(cacheHint);
        }
    }

    private void releaseAll() {
        cards.values().forEach(this::releaseCard);
        cards.clear();
        wires.values().forEach(this::releaseWire);
        wires.clear();
    }

    private void drawLevelOfDetail(Rect view) {
        GraphicsContext g = lod.getGraphicsContext2D();
        double z = zoom.get();
        g.clearRect(0, 0, lod.getWidth(), lod.getHeight());
        g.save();
        g.setTransform(z, 0, 0, z, -panX * z, -panY * z);
        FlowDocument document = model.document();
        g.setFill(colors.note());
        for (StickyNote note : document.notes()) {
            Rect r = model.noteRect(note.id());
            if (r.intersects(view)) {
                g.fillRect(r.x(), r.y(), r.width(), r.height());
            }
        }
        g.setLineWidth(1.5 / z);
        g.setStroke(colors.wire());
        g.beginPath();
        boolean anyHighlighted = false;
        for (Connection connection : model.wiresIn(view)) {
            if (highlightedConnections.contains(connection)) {
                anyHighlighted = true;
                continue;
            }
            Wire wire = model.wire(connection);
            g.moveTo(wire.x1(), wire.y1());
            g.bezierCurveTo(wire.c1x(), wire.c1y(), wire.c2x(), wire.c2y(), wire.x2(), wire.y2());
        }
        for (int i = 0; i < document.entryPoints().size(); i++) {
            Wire wire = model.entryWire(i);
            if (wire != null && wire.bounds().intersects(view)) {
                g.moveTo(wire.x1(), wire.y1());
                g.bezierCurveTo(wire.c1x(), wire.c1y(), wire.c2x(), wire.c2y(), wire.x2(), wire.y2());
            }
        }
        g.stroke();
        if (anyHighlighted) {
            g.setStroke(colors.highlight());
            g.setLineWidth(4 / z);
            g.beginPath();
            for (Connection connection : highlightedConnections) {
                Wire wire = model.wire(connection);
                if (wire != null) {
                    g.moveTo(wire.x1(), wire.y1());
                    g.bezierCurveTo(wire.c1x(), wire.c1y(), wire.c2x(), wire.c2y(), wire.x2(), wire.y2());
                }
            }
            g.stroke();
        }
        Rect start = model.startBounds();
        g.setFill(colors.start());
        g.fillRect(start.x(), start.y(), start.width(), start.height());
        Set<String> visible = new LinkedHashSet<>(model.blocksIn(view));
        visible.addAll(model.dragged().stream().filter(model::isBlock).toList());
        boolean titles = z >= 0.28;
        if (titles) {
            g.setFont(Font.font(Math.min(11 / z, 24)));
        }
        Locale locale = texts.locale();
        String language = contentLanguage();
        for (String id : visible) {
            Rect r = model.blockBounds(id);
            Block block = document.block(id).orElse(null);
            BlockType type = block == null ? null : catalog.find(block.type()).orElse(null);
            g.setFill(colors.card());
            g.fillRect(r.x(), r.y(), r.width(), r.height());
            g.setFill(CanvasColors.category(type == null ? null : type.category()));
            g.fillRect(r.x(), r.y(), r.width(), CardMetrics.HEADER);
            Color outline = null;
            double outlineWidth = 2 / z;
            if (id.equals(currentBlock)) {
                outline = colors.highlight();
                outlineWidth = 8 / z;
            } else if (highlightedBlocks.contains(id)) {
                outline = colors.highlight();
                outlineWidth = 4 / z;
            } else if (editor.selection().contains(id)) {
                outline = colors.selection();
                outlineWidth = 3 / z;
            } else if (problems.severityOf(id) == Severity.ERROR) {
                outline = colors.error();
            } else if (foundBlocks.contains(id)) {
                outline = colors.warning();
            }
            if (outline != null) {
                g.setStroke(outline);
                g.setLineWidth(outlineWidth);
                g.strokeRect(r.x(), r.y(), r.width(), r.height());
            }
            if (titles && block != null) {
                String title = block.title().resolve(language, document.defaultLanguage());
                if (title.isBlank() && type != null) {
                    title = type.name(locale);
                }
                g.setFill(Color.WHITE);
                g.fillText(title, r.x() + 10, r.y() + CardMetrics.HEADER * 0.7, r.width() - 20);
            }
        }
        g.restore();
    }

    private void updateScrollbars(Rect view) {
        Rect extent = model.contentBounds().expand(Math.max(view.width(), view.height()) / 2).union(view);
        updatingScrollbars = true;
        try {
            hbar.setMin(extent.x());
            hbar.setMax(Math.max(extent.x(), extent.maxX() - view.width()));
            hbar.setVisibleAmount(view.width() * (hbar.getMax() - hbar.getMin()) / Math.max(1, extent.width()));
            hbar.setValue(panX);
            hbar.setUnitIncrement(40 / zoom.get());
            hbar.setBlockIncrement(view.width() * 0.8);
            vbar.setMin(extent.y());
            vbar.setMax(Math.max(extent.y(), extent.maxY() - view.height()));
            vbar.setVisibleAmount(view.height() * (vbar.getMax() - vbar.getMin()) / Math.max(1, extent.height()));
            vbar.setValue(panY);
            vbar.setUnitIncrement(40 / zoom.get());
            vbar.setBlockIncrement(view.height() * 0.8);
        } finally {
            updatingScrollbars = false;
        }
    }

    // ---- gestures support ---------------------------------------------------------------------------------------

    void setDropTarget(String blockId) {
        if (java.util.Objects.equals(dropTarget, blockId)) {
            return;
        }
        dropTarget = blockId;
        invalidateDecorations();
    }

    Group overlayLayer() {
        return overlayLayer;
    }

    Texts texts() {
        return texts;
    }

    BlockCatalog catalog() {
        return catalog;
    }

    private void describeSelection() {
        FlowDocument document = model.document();
        String base = texts.get("canvas.accessible");
        String selected = editor.selection().single().flatMap(document::block)
                .map(block -> block.title().resolve(contentLanguage(), document.defaultLanguage()))
                .orElse(null);
        setAccessibleText(selected == null ? base : base + " — " + texts.get("canvas.selectedAccessible", selected));
    }

    /** Frames rendered by this canvas so far (each refresh that drew something). */
    public ReadOnlyDoubleProperty refreshCountProperty() {
        return framesDrawn.getReadOnlyProperty();
    }

    /** Supplies the context menu for what was right-clicked (null for none). */
    public void setContextMenuProvider(java.util.function.Function<CanvasModel.Hit, javafx.scene.control.ContextMenu> provider) {
        gestures.setContextMenus(provider);
    }

    /** Leaves any gesture in progress (Escape). */
    public void cancelGesture() {
        gestures.cancelGesture();
    }
}
