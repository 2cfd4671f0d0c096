package dev.akis.studio.geometry;

import dev.akis.blocks.BlockCatalog;
import dev.akis.flow.Block;
import dev.akis.flow.EntryPoint;
import dev.akis.flow.FlowDocument;
import dev.akis.flow.Point;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
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
 * Tidies blocks left to right in conversation order. Columns come from the longest path from the first blocks
 * (so a block that several steps lead to, such as a handoff, sits right of all of them); loops are broken where
 * a depth-first walk meets a block it is still inside. Within a column, blocks follow their nearest parent and
 * that parent's port order, and a block starts level with that parent when there is room.
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
                if (entry.target() != null && inScope.contains(entry.target()) && !roots.contains(entry.target())) {
                    roots.add(entry.target());
                }
            }
        }
        for (String id : inScope) {
            if (!hasIncoming.contains(id) && !roots.contains(id)) {
                roots.add(id);
            }
        }

        // Depth-first walk from the roots (then from anything left, for pure loops) to find the back edges.
        Map<String, List<String>> forward = new HashMap<>();
        Set<String> visited = new HashSet<>();
        Set<String> onPath = new HashSet<>();
        List<String> starts = new ArrayList<>(roots);
        starts.addAll(inScope);
        List<String> componentRoots = new ArrayList<>();
        for (String start : starts) {
            if (visited.contains(start)) {
                continue;
            }
            componentRoots.add(start);
            walk(start, successors, visited, onPath, forward);
        }

        // Longest path over the forward edges gives the column.
        Map<String, Integer> indegree = new HashMap<>();
        for (String id : inScope) {
            indegree.putIfAbsent(id, 0);
            for (String child : forward.getOrDefault(id, List.of())) {
                indegree.merge(child, 1, Integer::sum);
            }
        }
        Map<String, Integer> column = new HashMap<>();
        Deque<String> ready = new ArrayDeque<>();
        for (String id : inScope) {
            if (indegree.get(id) == 0) {
                ready.add(id);
                column.put(id, 0);
            }
        }
        List<String> topological = new ArrayList<>();
        while (!ready.isEmpty()) {
            String id = ready.poll();
            topological.add(id);
            for (String child : forward.getOrDefault(id, List.of())) {
                column.merge(child, column.get(id) + 1, Math::max);
                if (indegree.merge(child, -1, Integer::sum) == 0) {
                    ready.add(child);
                }
            }
        }

        // Order inside each column: by the nearest parent's place, then that parent's port order.
        Map<String, String> parent = new HashMap<>();
        Map<String, Integer> portOrder = new HashMap<>();
        for (String id : topological) {
            List<String> children = forward.getOrDefault(id, List.of());
            for (int i = 0; i < children.size(); i++) {
                String child = children.get(i);
                String current = parent.get(child);
                if (current == null || column.get(id) > column.get(current)) {
                    parent.put(child, id);
                    portOrder.put(child, i);
                }
            }
        }
        Map<String, Integer> rootOrder = new HashMap<>();
        for (int i = 0; i < componentRoots.size(); i++) {
            rootOrder.put(componentRoots.get(i), i);
        }
        Map<Integer, List<String>> columns = new LinkedHashMap<>();
        for (String id : topological) {
            columns.computeIfAbsent(column.get(id), c -> new ArrayList<>()).add(id);
        }
        Map<String, Integer> placeInColumn = new HashMap<>();
        Map<String, Point> positions = new LinkedHashMap<>();
        Map<Integer, Double> nextFreeY = new HashMap<>();
        int lastColumn = columns.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1);
        for (int c = 0; c <= lastColumn; c++) {
            List<String> members = new ArrayList<>(columns.getOrDefault(c, List.of()));
            members.sort(Comparator
                    .comparingInt((String id) -> parent.containsKey(id) ? placeInColumn.get(parent.get(id)) : -1)
                    .thenComparingInt(id -> parent.containsKey(id) ? portOrder.get(id) : rootOrder.getOrDefault(id, 0)));
            double x = origin.x() + c * (CardMetrics.WIDTH + COLUMN_GAP);
            for (int i = 0; i < members.size(); i++) {
                String id = members.get(i);
                placeInColumn.put(id, i);
                double wanted = parent.containsKey(id) ? positions.get(parent.get(id)).y() : origin.y();
                double y = Math.max(wanted, nextFreeY.getOrDefault(c, origin.y()));
                positions.put(id, new Point(x, y));
                nextFreeY.put(c, y + shapes.apply(id).height() + ROW_GAP);
            }
        }
        return positions;
    }

    private static void walk(String start, Map<String, List<String>> successors, Set<String> visited, Set<String> onPath,
                             Map<String, List<String>> forward) {
        Deque<Object[]> stack = new ArrayDeque<>();
        visited.add(start);
        onPath.add(start);
        stack.push(new Object[] {start, 0});
        while (!stack.isEmpty()) {
            Object[] frame = stack.peek();
            String id = (String) frame[0];
            int next = (int) frame[1];
            List<String> children = successors.getOrDefault(id, List.of());
            if (next >= children.size()) {
                onPath.remove(id);
                stack.pop();
                continue;
            }
            frame[1] = next + 1;
            String child = children.get(next);
            if (onPath.contains(child)) {
                continue;
            }
            forward.computeIfAbsent(id, k -> new ArrayList<>()).add(child);
            if (visited.add(child)) {
                onPath.add(child);
                stack.push(new Object[] {child, 0});
            }
        }
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
