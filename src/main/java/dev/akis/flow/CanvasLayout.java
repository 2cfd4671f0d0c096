package dev.akis.flow;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where things are drawn: block positions, note bounds, the start node and the last view (zoom and the
 * canvas point at the view's top-left). Kept apart from the logic so that moving a block never shows up as a
 * change of behaviour in a diff.
 */
public record CanvasLayout(double zoom,
                           Point viewport,
                           Point start,
                           Map<String, Point> blocks,
                           Map<String, NoteBounds> notes,
                           ObjectNode extras) {

    public static final CanvasLayout EMPTY = new CanvasLayout(1.0, Point.ORIGIN, Point.ORIGIN, Map.of(), Map.of(), null);

    public CanvasLayout {
        viewport = viewport == null ? Point.ORIGIN : viewport;
        start = start == null ? Point.ORIGIN : start;
        blocks = blocks == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(blocks));
        notes = notes == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(notes));
        extras = extras == null ? Json.object() : extras;
        if (!(zoom > 0)) {
            zoom = 1.0;
        }
    }

    public Point blockPosition(String blockId) {
        return blocks.getOrDefault(blockId, Point.ORIGIN);
    }

    public CanvasLayout withBlock(String blockId, Point position) {
        Map<String, Point> copy = new LinkedHashMap<>(blocks);
        if (position == null) {
            copy.remove(blockId);
        } else {
            copy.put(blockId, position);
        }
        return new CanvasLayout(zoom, viewport, start, copy, notes, extras);
    }

    public CanvasLayout withBlocks(Map<String, Point> positions) {
        return new CanvasLayout(zoom, viewport, start, positions, notes, extras);
    }

    public CanvasLayout withNote(String noteId, NoteBounds bounds) {
        Map<String, NoteBounds> copy = new LinkedHashMap<>(notes);
        if (bounds == null) {
            copy.remove(noteId);
        } else {
            copy.put(noteId, bounds);
        }
        return new CanvasLayout(zoom, viewport, start, blocks, copy, extras);
    }

    public CanvasLayout withNotes(Map<String, NoteBounds> newNotes) {
        return new CanvasLayout(zoom, viewport, start, blocks, newNotes, extras);
    }

    public CanvasLayout withView(double newZoom, Point newViewport) {
        return new CanvasLayout(newZoom, newViewport, start, blocks, notes, extras);
    }

    public CanvasLayout withStart(Point newStart) {
        return new CanvasLayout(zoom, viewport, newStart, blocks, notes, extras);
    }
}
