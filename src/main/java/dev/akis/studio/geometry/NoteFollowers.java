package dev.akis.studio.geometry;

import dev.akis.flow.Block;
import dev.akis.flow.FlowDocument;
import dev.akis.flow.NoteBounds;
import dev.akis.flow.Point;
import dev.akis.flow.StickyNote;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Keeps sticky notes with the blocks they describe when blocks are rearranged (tidy): each note belongs to the
 * block it lies over or, failing that, nearest to, and moves by as much as that block moves. A note whose block
 * does not move stays where it is.
 */
public final class NoteFollowers {

    private NoteFollowers() {
    }

    /**
     * New top-left positions of the notes whose block moves from its current position to the one in
     * {@code blockMoves}.
     */
    public static Map<String, Point> follow(FlowDocument document, Map<String, Point> blockMoves,
                                            Function<String, BlockShape> shapes) {
        Map<String, Point> moved = new LinkedHashMap<>();
        if (blockMoves.isEmpty() || document.blocks().isEmpty()) {
            return moved;
        }
        for (StickyNote note : document.notes()) {
            NoteBounds bounds = document.layout().notes().get(note.id());
            if (bounds == null) {
                continue;
            }
            Rect rect = new Rect(bounds.x(), bounds.y(), bounds.width(), bounds.height());
            String owner = nearestBlock(document, rect, shapes);
            Point to = owner == null ? null : blockMoves.get(owner);
            if (to == null) {
                continue;
            }
            Point from = document.layout().blockPosition(owner);
            double dx = to.x() - from.x();
            double dy = to.y() - from.y();
            if (dx != 0 || dy != 0) {
                moved.put(note.id(), new Point(bounds.x() + dx, bounds.y() + dy));
            }
        }
        return moved;
    }

    /** The block under the note (the one it covers most), else the one with the smallest gap to it. */
    static String nearestBlock(FlowDocument document, Rect note, Function<String, BlockShape> shapes) {
        String best = null;
        double bestOverlap = 0;
        double bestGap = Double.MAX_VALUE;
        for (Block block : document.blocks()) {
            BlockShape shape = shapes.apply(block.id());
            Point p = document.layout().blockPosition(block.id());
            Rect card = new Rect(p.x(), p.y(), shape.width(), shape.height());
            double overlap = overlap(note, card);
            if (overlap > bestOverlap) {
                best = block.id();
                bestOverlap = overlap;
            } else if (bestOverlap == 0) {
                double gap = gap(note, card);
                if (gap < bestGap) {
                    best = block.id();
                    bestGap = gap;
                }
            }
        }
        return best;
    }

    private static double overlap(Rect a, Rect b) {
        double w = Math.min(a.maxX(), b.maxX()) - Math.max(a.x(), b.x());
        double h = Math.min(a.maxY(), b.maxY()) - Math.max(a.y(), b.y());
        return w > 0 && h > 0 ? w * h : 0;
    }

    private static double gap(Rect a, Rect b) {
        double dx = Math.max(0, Math.max(a.x() - b.maxX(), b.x() - a.maxX()));
        double dy = Math.max(0, Math.max(a.y() - b.maxY(), b.y() - a.maxY()));
        return Math.hypot(dx, dy);
    }
}
