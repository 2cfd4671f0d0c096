package dev.akis.studio.geometry;

import dev.akis.blocks.BlockCatalog;
import dev.akis.flow.Block;
import dev.akis.flow.EntryPoint;
import dev.akis.flow.FlowDocument;
import dev.akis.flow.Point;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Tidies blocks left to right in conversation order: the blocks an entry point leads to form the first column,
 * each block's successors (in port order, then Jump targets) the next, and a child starts level with its
 * parent when there is room. Blocks no path reaches are laid out below, the same way.
 */
public final class AutoLayout {

    public static final double COLUMN_GAP = 110;
    public static final double ROW_GAP = 36;

    private AutoLayout() {
    }

    /**
     * New top-left positions for the blocks in {@code scope} (every block when null), starting at
     * {@code origin}. Only connections between blocks in scope shape the layout.
     */
    public static Map<String, Point> arrange(FlowDocument document, Collection<String> scope, Point origin,
                                             Function<String, BlockShape> shapes, BlockCatalog catalog) {
        Set<String> inScope = new LinkedHashSet<>();
        for (Block block : document.blocks()) {
            if (scope == null || scope.contains(block.id())) {
                inScope.add(block.id());
            }
        }
        Map<String, List<String>> successors = new HashMap<>();
        Set<String> hasIncoming = new HashSet<>();
        for (String id : inScope) {
            List<String> next = successorsOf(document, id, shapes.apply(id), catalog, inScope);
            successors.put(id, next);
            hasIncoming.addAll(next);
        }
        List<String> roots = new ArrayList<>();
        if (scope == null) {
            for (EntryPoint entry : document.entryPoints()) {
                if (entry.target() != null && inScope.contains(entry.target())) {
                    roots.add(entry.target());
                }
            }
        }
        for (String id : inScope) {
            if (!hasIncoming.contains(id)) {
                roots.add(id);
            }
        }

        Map<String, Point> positions = new LinkedHashMap<>();
        Map<Integer, Double> nextFreeY = new HashMap<>();
        Map<String, Integer> column = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        Map<String, Double> desiredY = new HashMap<>();
        List<String> pending = new ArrayList<>(roots);
        pending.addAll(inScope);
        for (String root : pending) {
            if (column.containsKey(root)) {
                continue;
            }
            double below = nextFreeY.values().stream().mapToDouble(Double::doubleValue).max().orElse(origin.y());
            column.put(root, 0);
            desiredY.put(root, Math.max(below, nextFreeY.getOrDefault(0, origin.y())));
            queue.add(root);
            while (!queue.isEmpty()) {
                String id = queue.poll();
                int col = column.get(id);
                double y = Math.max(desiredY.getOrDefault(id, origin.y()), nextFreeY.getOrDefault(col, origin.y()));
                double x = origin.x() + col * (CardMetrics.WIDTH + COLUMN_GAP);
                positions.put(id, new Point(x, y));
                nextFreeY.put(col, y + shapes.apply(id).height() + ROW_GAP);
                double childY = y;
                for (String child : successors.getOrDefault(id, List.of())) {
                    if (!column.containsKey(child)) {
                        column.put(child, col + 1);
                        desiredY.put(child, childY);
                        childY += shapes.apply(child).height() + ROW_GAP;
                        queue.add(child);
                    }
                }
            }
        }
        return positions;
    }

    private static List<String> successorsOf(FlowDocument document, String id, BlockShape shape, BlockCatalog catalog,
                                             Set<String> inScope) {
        List<String> next = new ArrayList<>();
        for (String port : shape.ports()) {
            document.target(id, port).filter(inScope::contains).filter(t -> !next.contains(t)).ifPresent(next::add);
        }
        Block block = document.block(id).orElseThrow();
        catalog.find(block.type()).ifPresent(type -> {
            for (String target : type.referencedBlocks(block)) {
                if (inScope.contains(target) && !next.contains(target)) {
                    next.add(target);
                }
            }
        });
        next.remove(id);
        return next;
    }
}
