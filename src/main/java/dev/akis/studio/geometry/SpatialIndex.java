package dev.akis.studio.geometry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the elements inside a rectangle without looking at every element: a uniform grid of buckets. Large
 * flows are spread over the plane, so a viewport query touches a few buckets only.
 *
 * @param <K> what is indexed (block ids, connections)
 */
public final class SpatialIndex<K> {

    private static final double CELL = 512;

    private final Map<Long, List<K>> cells = new HashMap<>();
    private final Map<K, Rect> rects = new HashMap<>();

    public void put(K id, Rect rect) {
        remove(id);
        rects.put(id, rect);
        forEachCell(rect, key -> cells.computeIfAbsent(key, k -> new ArrayList<>(4)).add(id));
    }

    public void remove(K id) {
        Rect old = rects.remove(id);
        if (old != null) {
            forEachCell(old, key -> {
                List<K> bucket = cells.get(key);
                if (bucket != null) {
                    bucket.remove(id);
                    if (bucket.isEmpty()) {
                        cells.remove(key);
                    }
                }
            });
        }
    }

    public Rect rect(K id) {
        return rects.get(id);
    }

    public int size() {
        return rects.size();
    }

    public void clear() {
        cells.clear();
        rects.clear();
    }

    /** Ids whose rectangle intersects the query, each once. */
    public Set<K> query(Rect area) {
        Set<K> found = new LinkedHashSet<>();
        forEachCell(area, key -> {
            List<K> bucket = cells.get(key);
            if (bucket != null) {
                for (K id : bucket) {
                    if (rects.get(id).intersects(area)) {
                        found.add(id);
                    }
                }
            }
        });
        return found;
    }

    private static void forEachCell(Rect rect, java.util.function.LongConsumer action) {
        long x0 = (long) Math.floor(rect.x() / CELL);
        long x1 = (long) Math.floor(rect.maxX() / CELL);
        long y0 = (long) Math.floor(rect.y() / CELL);
        long y1 = (long) Math.floor(rect.maxY() / CELL);
        for (long cx = x0; cx <= x1; cx++) {
            for (long cy = y0; cy <= y1; cy++) {
                action.accept((cx << 32) ^ (cy & 0xffffffffL));
            }
        }
    }
}
