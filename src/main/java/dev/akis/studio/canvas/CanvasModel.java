package dev.akis.studio.canvas;

import dev.akis.blocks.BlockCatalog;
import dev.akis.flow.Block;
import dev.akis.flow.Connection;
import dev.akis.flow.EntryPoint;
import dev.akis.flow.FlowDocument;
import dev.akis.flow.NoteBounds;
import dev.akis.flow.Point;
import dev.akis.flow.StickyNote;
import dev.akis.studio.command.FlowEdits;
import dev.akis.studio.geometry.AutoLayout;
import dev.akis.studio.geometry.BlockShape;
import dev.akis.studio.geometry.CardMetrics;
import dev.akis.studio.geometry.Rect;
import dev.akis.studio.geometry.Shapes;
import dev.akis.studio.geometry.SpatialIndex;
import dev.akis.studio.geometry.Wire;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The geometry of a flow on the canvas, without any JavaFX node: card outlines, positions (with the preview
 * offset of a drag in progress), wire curves, a spatial index for culling and hit tests. Updated incrementally
 * from document changes; {@link #setDocument} reports what changed so views touch only that.
 */
public final class CanvasModel {

    /** What a point on the canvas hits, from the top of the drawing down. */
    public sealed interface Hit {
        record PortHandle(String blockId, String portId) implements Hit { }
        record EntryHandle(String entryId) implements Hit { }
        record BlockCard(String blockId) implements Hit { }
        record NoteResize(String noteId) implements Hit { }
        record NoteCard(String noteId) implements Hit { }
        record StartNode() implements Hit { }
        record WireHit(Connection connection) implements Hit { }
        record Nothing() implements Hit { }
    }

    /** Elements whose drawing must be refreshed after a document change. */
    public record Diff(Set<String> added, Set<String> removed, Set<String> changed,
                       Set<Connection> addedConnections, Set<Connection> removedConnections,
                       boolean notesChanged, boolean startChanged) {

        public boolean isEmpty() {
            return added.isEmpty() && removed.isEmpty() && changed.isEmpty() && addedConnections.isEmpty()
                    && removedConnections.isEmpty() && !notesChanged && !startChanged;
        }
    }

    private final BlockCatalog catalog;
    private FlowDocument document;
    private final Map<String, BlockShape> shapes = new HashMap<>();
    private final Map<String, Point> fallbackPositions = new HashMap<>();
    private final SpatialIndex<String> index = new SpatialIndex<>();
    /** Connections by the box around their curve, so culling and hit tests look only near the view. */
    private final SpatialIndex<Connection> wireIndex = new SpatialIndex<>();
    private final Map<String, List<Connection>> incoming = new HashMap<>();
    private final Map<Connection, Wire> wireCache = new HashMap<>();
    private Set<String> dragged = Set.of();
    private double dragDx;
    private double dragDy;
    private Rect contentBounds;

    public CanvasModel(BlockCatalog catalog, FlowDocument initial) {
        this.catalog = catalog;
        this.document = FlowDocument.builder(initial.id()).build();
        setDocument(initial);
    }

    public FlowDocument document() {
        return document;
    }

    public BlockCatalog catalog() {
        return catalog;
    }

    // ---- updates ----------------------------------------------------------------------------------------

    public Diff setDocument(FlowDocument next) {
        FlowDocument previous = document;
        document = next;
        Set<String> added = new LinkedHashSet<>();
        Set<String> removed = new LinkedHashSet<>();
        Set<String> changed = new LinkedHashSet<>();

        Set<Connection> oldConnections = new HashSet<>(previous.connections());
        Set<Connection> newConnections = new HashSet<>(next.connections());
        Set<Connection> addedConnections = new HashSet<>(newConnections);
        addedConnections.removeAll(oldConnections);
        Set<Connection> removedConnections = new HashSet<>(oldConnections);
        removedConnections.removeAll(newConnections);
        Set<String> rewired = new HashSet<>();
        addedConnections.forEach(c -> rewired.add(c.from()));
        removedConnections.forEach(c -> rewired.add(c.from()));

        for (Block block : previous.blocks()) {
            if (!next.hasBlock(block.id())) {
                removed.add(block.id());
                shapes.remove(block.id());
                index.remove(block.id());
            }
        }
        boolean positionsMissing = false;
        for (Block block : next.blocks()) {
            Optional<Block> before = previous.block(block.id());
            Point oldPosition = previous.layout().blocks().get(block.id());
            Point newPosition = next.layout().blocks().get(block.id());
            positionsMissing |= newPosition == null;
            if (before.isEmpty()) {
                added.add(block.id());
                shapes.put(block.id(), Shapes.of(next, block, catalog));
            } else if (before.get() != block || !Objects.equals(oldPosition, newPosition) || rewired.contains(block.id())) {
                BlockShape shape = Shapes.of(next, block, catalog);
                shapes.put(block.id(), shape);
                changed.add(block.id());
            }
        }
        if (positionsMissing) {
            computeFallbackPositions();
            for (Block block : next.blocks()) {
                if (!next.layout().blocks().containsKey(block.id()) && !added.contains(block.id())) {
                    changed.add(block.id());
                }
            }
        } else {
            fallbackPositions.clear();
        }
        for (String id : added) {
            index.put(id, blockBounds(id));
        }
        for (String id : changed) {
            index.put(id, blockBounds(id));
        }
        if (!removedConnections.isEmpty() || !addedConnections.isEmpty() || !removed.isEmpty() || !added.isEmpty()) {
            rebuildIncoming();
        }
        Set<String> moved = new HashSet<>(changed);
        moved.addAll(removed);
        wireCache.keySet().removeIf(c -> moved.contains(c.from()) || moved.contains(c.to()) || removedConnections.contains(c));
        removedConnections.forEach(wireIndex::remove);
        Set<Connection> reshaped = new HashSet<>(addedConnections);
        for (String id : changed) {
            reshaped.addAll(incoming(id));
            reshaped.addAll(next.outgoing(id));
        }
        for (String id : added) {
            reshaped.addAll(incoming(id));
            reshaped.addAll(next.outgoing(id));
        }
        for (Connection connection : reshaped) {
            Wire wire = wire(connection);
            if (wire == null) {
                wireIndex.remove(connection);
            } else {
                wireIndex.put(connection, wire.bounds());
            }
        }

        boolean notesChanged = !previous.notes().equals(next.notes())
                || !previous.layout().notes().equals(next.layout().notes());
        boolean startChanged = !previous.entryPoints().equals(next.entryPoints())
                || !previous.layout().start().equals(next.layout().start());
        contentBounds = null;
        return new Diff(added, removed, changed, addedConnections, removedConnections, notesChanged, startChanged);
    }

    private void computeFallbackPositions() {
        fallbackPositions.clear();
        Point origin = new Point(document.layout().start().x() + CardMetrics.START_WIDTH + AutoLayout.COLUMN_GAP,
                document.layout().start().y());
        Map<String, Point> arranged = AutoLayout.arrange(document, null, origin, shapes::get, catalog);
        arranged.forEach((id, point) -> {
            if (!document.layout().blocks().containsKey(id)) {
                fallbackPositions.put(id, point);
            }
        });
    }

    private void rebuildIncoming() {
        incoming.clear();
        for (Connection connection : document.connections()) {
            incoming.computeIfAbsent(connection.to(), id -> new ArrayList<>(2)).add(connection);
        }
    }

    // ---- drag preview -------------------------------------------------------------------------------------

    /** Shows the given elements moved by an offset, without changing the document. */
    public void setDragPreview(Set<String> ids, double dx, double dy) {
        dragged = Set.copyOf(ids);
        dragDx = dx;
        dragDy = dy;
    }

    public void clearDragPreview() {
        dragged = Set.of();
        dragDx = 0;
        dragDy = 0;
    }

    public Set<String> dragged() {
        return dragged;
    }

    public boolean isDragged(String id) {
        return dragged.contains(id);
    }

    // ---- geometry -----------------------------------------------------------------------------------------

    public BlockShape shape(String blockId) {
        return shapes.get(blockId);
    }

    /** Top-left corner of a block, note or the start node ({@link FlowEdits#START_ID}), drag preview included. */
    public Point position(String id) {
        Point base;
        if (FlowEdits.START_ID.equals(id)) {
            base = document.layout().start();
        } else if (shapes.containsKey(id)) {
            base = document.layout().blocks().get(id);
            if (base == null) {
                base = fallbackPositions.getOrDefault(id, Point.ORIGIN);
            }
        } else {
            NoteBounds bounds = noteBounds(id);
            base = new Point(bounds.x(), bounds.y());
        }
        return dragged.contains(id) ? base.translate(dragDx, dragDy) : base;
    }

    /** The saved position, without drag preview; null if the block has none (it is drawn where tidying puts it). */
    public Point savedPosition(String id) {
        Point p = position(id);
        return dragged.contains(id) ? p.translate(-dragDx, -dragDy) : p;
    }

    public Rect blockBounds(String blockId) {
        BlockShape shape = shapes.get(blockId);
        Point p = position(blockId);
        return new Rect(p.x(), p.y(), shape.width(), shape.height());
    }

    public NoteBounds noteBounds(String noteId) {
        NoteBounds bounds = document.layout().notes().get(noteId);
        return bounds == null ? FlowEdits.defaultNoteBounds() : bounds;
    }

    public Rect noteRect(String noteId) {
        NoteBounds b = noteBounds(noteId);
        Point p = position(noteId);
        return new Rect(p.x(), p.y(), b.width(), b.height());
    }

    public Rect startBounds() {
        Point p = position(FlowEdits.START_ID);
        return new Rect(p.x(), p.y(), CardMetrics.START_WIDTH, CardMetrics.startHeight(document.entryPoints().size()));
    }

    /** Bounds of any element (block, note or start node). */
    public Rect bounds(String id) {
        if (FlowEdits.START_ID.equals(id)) {
            return startBounds();
        }
        return shapes.containsKey(id) ? blockBounds(id) : noteRect(id);
    }

    public boolean isBlock(String id) {
        return shapes.containsKey(id);
    }

    public Point outputAnchor(String blockId, String portId) {
        Point p = position(blockId);
        BlockShape shape = shapes.get(blockId);
        int index = shape.portIndex(portId);
        double y = index < 0 ? shape.height() - CardMetrics.BOTTOM : CardMetrics.portY(index);
        return new Point(p.x() + shape.width(), p.y() + y);
    }

    public Point inputAnchor(String blockId) {
        Point p = position(blockId);
        return new Point(p.x(), p.y() + CardMetrics.inputY());
    }

    public Point entryAnchor(int entryIndex) {
        Point p = position(FlowEdits.START_ID);
        return new Point(p.x() + CardMetrics.START_WIDTH, p.y() + CardMetrics.entryY(entryIndex));
    }

    /** The curve of a connection, or null when one of its blocks does not exist. */
    public Wire wire(Connection connection) {
        if (!shapes.containsKey(connection.from()) || !shapes.containsKey(connection.to())) {
            return null;
        }
        boolean moving = dragged.contains(connection.from()) || dragged.contains(connection.to());
        if (!moving) {
            Wire cached = wireCache.get(connection);
            if (cached != null) {
                return cached;
            }
        }
        Point from = outputAnchor(connection.from(), connection.port());
        Point to = inputAnchor(connection.to());
        Wire wire = Wire.between(from.x(), from.y(), to.x(), to.y());
        if (!moving) {
            wireCache.put(connection, wire);
        }
        return wire;
    }

    /** The curve from the n-th entry point to its block, or null when it has no existing target. */
    public Wire entryWire(int entryIndex) {
        EntryPoint entry = document.entryPoints().get(entryIndex);
        if (entry.target() == null || !shapes.containsKey(entry.target())) {
            return null;
        }
        Point from = entryAnchor(entryIndex);
        Point to = inputAnchor(entry.target());
        return Wire.between(from.x(), from.y(), to.x(), to.y());
    }

    public List<Connection> incoming(String blockId) {
        return incoming.getOrDefault(blockId, List.of());
    }

    /** Blocks whose card intersects the area (positions as saved; callers add dragged blocks themselves). */
    public Set<String> blocksIn(Rect area) {
        return index.query(area);
    }

    /** Connections whose curve may cross the area (positions as saved; callers add dragged blocks' wires). */
    public Set<Connection> wiresIn(Rect area) {
        return wireIndex.query(area);
    }

    /** Everything drawn: blocks, notes and the start node. */
    public Rect contentBounds() {
        if (contentBounds == null) {
            Rect area = startBounds();
            for (Block block : document.blocks()) {
                area = area.union(blockBounds(block.id()));
            }
            for (StickyNote note : document.notes()) {
                area = area.union(noteRect(note.id()));
            }
            contentBounds = area;
        }
        return contentBounds;
    }

    // ---- hit testing ---------------------------------------------------------------------------------------

    /** What the canvas shows at a point; {@code tolerance} is in canvas units (a few screen pixels). */
    public Hit hitTest(double x, double y, double tolerance) {
        Rect probe = new Rect(x - CardMetrics.WIDTH, y - tolerance, CardMetrics.WIDTH + 2 * tolerance + 16, 2 * tolerance);
        Set<String> candidates = new LinkedHashSet<>(index.query(probe.expand(16)));
        candidates.addAll(dragged.stream().filter(shapes::containsKey).toList());
        String topBlock = null;
        int topOrder = -1;
        List<Block> blocks = document.blocks();
        Map<String, Integer> order = candidates.isEmpty() ? Map.of() : orderOf(candidates, blocks);
        for (String id : candidates) {
            BlockShape shape = shapes.get(id);
            Point p = position(id);
            double handleX = p.x() + shape.width();
            if (Math.abs(x - handleX) <= CardMetrics.HANDLE_RADIUS + tolerance + 4) {
                for (int i = 0; i < shape.ports().size(); i++) {
                    if (Math.abs(y - (p.y() + CardMetrics.portY(i))) <= CardMetrics.PORT_ROW / 2) {
                        return new Hit.PortHandle(id, shape.ports().get(i));
                    }
                }
            }
            if (new Rect(p.x(), p.y(), shape.width(), shape.height()).contains(x, y)) {
                int rank = order.getOrDefault(id, 0);
                if (rank > topOrder) {
                    topOrder = rank;
                    topBlock = id;
                }
            }
        }
        Rect start = startBounds();
        if (Math.abs(x - start.maxX()) <= CardMetrics.HANDLE_RADIUS + tolerance + 4) {
            for (int i = 0; i < document.entryPoints().size(); i++) {
                if (Math.abs(y - (start.y() + CardMetrics.entryY(i))) <= CardMetrics.PORT_ROW / 2) {
                    return new Hit.EntryHandle(document.entryPoints().get(i).id());
                }
            }
        }
        if (topBlock != null) {
            return new Hit.BlockCard(topBlock);
        }
        if (start.contains(x, y)) {
            return new Hit.StartNode();
        }
        Set<Connection> nearWires = new LinkedHashSet<>(wireIndex.query(new Rect(x - tolerance, y - tolerance,
                2 * tolerance, 2 * tolerance)));
        for (String id : dragged) {
            if (shapes.containsKey(id)) {
                nearWires.addAll(incoming(id));
                nearWires.addAll(document.outgoing(id));
            }
        }
        Connection nearest = null;
        double nearestDistance = tolerance;
        for (Connection connection : nearWires) {
            Wire wire = wire(connection);
            if (wire != null && wire.bounds().expand(tolerance).contains(x, y)) {
                double distance = wire.distanceTo(x, y);
                if (distance <= nearestDistance) {
                    nearest = connection;
                    nearestDistance = distance;
                }
            }
        }
        if (nearest != null) {
            return new Hit.WireHit(nearest);
        }
        List<StickyNote> notes = document.notes();
        for (int i = notes.size() - 1; i >= 0; i--) {
            Rect r = noteRect(notes.get(i).id());
            if (r.contains(x, y)) {
                if (x >= r.maxX() - 16 && y >= r.maxY() - 16) {
                    return new Hit.NoteResize(notes.get(i).id());
                }
                return new Hit.NoteCard(notes.get(i).id());
            }
        }
        return new Hit.Nothing();
    }

    private static Map<String, Integer> orderOf(Set<String> ids, List<Block> blocks) {
        Map<String, Integer> order = new HashMap<>();
        if (ids.size() == 1) {
            order.put(ids.iterator().next(), 0);
            return order;
        }
        for (int i = 0; i < blocks.size(); i++) {
            if (ids.contains(blocks.get(i).id())) {
                order.put(blocks.get(i).id(), i);
            }
        }
        return order;
    }

    /** Blocks and notes whose bounds intersect the area (for the rubber band). */
    public Set<String> elementsIn(Rect area) {
        Set<String> found = new LinkedHashSet<>(index.query(area));
        for (StickyNote note : document.notes()) {
            if (noteRect(note.id()).intersects(area)) {
                found.add(note.id());
            }
        }
        return found;
    }
}
