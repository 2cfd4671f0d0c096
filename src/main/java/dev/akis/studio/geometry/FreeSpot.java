package dev.akis.studio.geometry;

import dev.akis.flow.Point;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Finds room on the canvas for a group of cards that must not cover the others (a tidied selection, a block that
 * had to be given a new id): the smallest move, on the grid, after which no card of the group comes closer to
 * another card than {@link #CLEARANCE}. The search goes outwards ring by ring from where the group is; should the
 * neighbourhood be full, the group goes below everything else, which is always free.
 */
public final class FreeSpot {

    /** The least room left between a placed card and any other card. */
    public static final double CLEARANCE = CardMetrics.GRID;
    private static final double STEP = 2 * CardMetrics.GRID;
    private static final int RINGS = 60;

    private FreeSpot() {
    }

    /**
     * The offset by which to move {@code group} so that it overlaps none of {@code obstacles}; (0, 0) when it
     * overlaps nothing where it is. Among offsets equally far, moving right or down is preferred to left or up,
     * where the flow's earlier steps usually are.
     */
    public static Point offset(Collection<Rect> group, Collection<Rect> obstacles) {
        if (group.isEmpty()) {
            return Point.ORIGIN;
        }
        SpatialIndex<Integer> index = new SpatialIndex<>();
        int n = 0;
        for (Rect obstacle : obstacles) {
            index.put(n++, obstacle);
        }
        if (isFree(group, index, 0, 0)) {
            return Point.ORIGIN;
        }
        for (int ring = 1; ring <= RINGS; ring++) {
            for (Point candidate : ring(ring)) {
                if (isFree(group, index, candidate.x(), candidate.y())) {
                    return candidate;
                }
            }
        }
        double groupTop = group.stream().mapToDouble(Rect::y).min().orElse(0);
        double bottom = obstacles.stream().mapToDouble(Rect::maxY).max().orElse(groupTop);
        return new Point(0, Math.ceil((bottom + 2 * CLEARANCE - groupTop) / CardMetrics.GRID) * CardMetrics.GRID);
    }

    private static boolean isFree(Collection<Rect> group, SpatialIndex<Integer> obstacles, double dx, double dy) {
        for (Rect card : group) {
            if (!obstacles.query(card.translate(dx, dy).expand(CLEARANCE - 0.5)).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** The grid offsets on the square ring {@code ring} steps out, nearest first, right and down before left and up. */
    private static List<Point> ring(int ring) {
        List<Point> points = new ArrayList<>(8 * ring);
        for (int i = -ring; i <= ring; i++) {
            for (int j = -ring; j <= ring; j++) {
                if (Math.max(Math.abs(i), Math.abs(j)) == ring) {
                    points.add(new Point(i * STEP, j * STEP));
                }
            }
        }
        points.sort(Comparator.comparingDouble((Point p) -> Math.hypot(p.x(), p.y()))
                .thenComparing(p -> p.x() < 0 || p.y() < 0)
                .thenComparingDouble(p -> -p.x()));
        return points;
    }
}
