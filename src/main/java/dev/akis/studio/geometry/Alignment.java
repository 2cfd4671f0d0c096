package dev.akis.studio.geometry;

import dev.akis.flow.Point;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Lines up or spreads out selected elements, given their current bounds. */
public enum Alignment {
    LEFT, CENTRE, RIGHT, TOP, MIDDLE, BOTTOM, DISTRIBUTE_HORIZONTALLY, DISTRIBUTE_VERTICALLY;

    /** Bundle key suffix ("align.left"). */
    public String key() {
        return "align." + name().toLowerCase(java.util.Locale.ROOT).replace("_", "");
    }

    /** New top-left positions; needs at least two elements (three to distribute). */
    public Map<String, Point> apply(Map<String, Rect> bounds) {
        Map<String, Point> result = new LinkedHashMap<>();
        if (bounds.size() < 2) {
            return result;
        }
        double minX = bounds.values().stream().mapToDouble(Rect::x).min().orElse(0);
        double maxX = bounds.values().stream().mapToDouble(Rect::maxX).max().orElse(0);
        double minY = bounds.values().stream().mapToDouble(Rect::y).min().orElse(0);
        double maxY = bounds.values().stream().mapToDouble(Rect::maxY).max().orElse(0);
        switch (this) {
            case LEFT -> bounds.forEach((id, r) -> result.put(id, new Point(minX, r.y())));
            case RIGHT -> bounds.forEach((id, r) -> result.put(id, new Point(maxX - r.width(), r.y())));
            case CENTRE -> bounds.forEach((id, r) -> result.put(id, new Point((minX + maxX) / 2 - r.width() / 2, r.y())));
            case TOP -> bounds.forEach((id, r) -> result.put(id, new Point(r.x(), minY)));
            case BOTTOM -> bounds.forEach((id, r) -> result.put(id, new Point(r.x(), maxY - r.height())));
            case MIDDLE -> bounds.forEach((id, r) -> result.put(id, new Point(r.x(), (minY + maxY) / 2 - r.height() / 2)));
            case DISTRIBUTE_HORIZONTALLY -> distribute(bounds, result, true, minX, maxX);
            case DISTRIBUTE_VERTICALLY -> distribute(bounds, result, false, minY, maxY);
        }
        return result;
    }

    private static void distribute(Map<String, Rect> bounds, Map<String, Point> result, boolean horizontal,
                                   double min, double max) {
        List<Map.Entry<String, Rect>> sorted = new ArrayList<>(bounds.entrySet());
        sorted.sort(Comparator.comparingDouble(e -> horizontal ? e.getValue().x() : e.getValue().y()));
        double total = sorted.stream().mapToDouble(e -> horizontal ? e.getValue().width() : e.getValue().height()).sum();
        double gap = sorted.size() > 1 ? Math.max(0, (max - min - total) / (sorted.size() - 1)) : 0;
        double cursor = min;
        for (Map.Entry<String, Rect> entry : sorted) {
            Rect r = entry.getValue();
            result.put(entry.getKey(), horizontal ? new Point(cursor, r.y()) : new Point(r.x(), cursor));
            cursor += (horizontal ? r.width() : r.height()) + gap;
        }
    }
}
