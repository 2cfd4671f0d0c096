package dev.akis.studio.files;

import dev.akis.blocks.BlockCatalog;
import dev.akis.blocks.BlockType;
import dev.akis.flow.Block;
import dev.akis.flow.CanvasLayout;
import dev.akis.flow.Connection;
import dev.akis.flow.FlowDocument;
import dev.akis.flow.Point;
import dev.akis.studio.clipboard.FlowFragment;
import dev.akis.studio.geometry.CardMetrics;
import dev.akis.studio.geometry.FreeSpot;
import dev.akis.studio.geometry.Rect;
import dev.akis.studio.geometry.Shapes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Gives a fresh id to every block whose id an earlier block of the same file already has, so that the studio can
 * draw and edit each of them (decision 0134). The first block keeps the id, and everything that refers to a block
 * by id (connections leading to it, entry points, Jump targets) keeps pointing at the first one. Connections
 * <em>leaving</em> the id are shared out: each port leads to one block, so the second connection of a port goes
 * with the second block that has that port, the third with the third, and so on; the first stays with the first.
 * A renamed block is placed next to its namesake where it covers no other card.
 */
public final class DuplicateIdRepair {

    /** One block that was given a new id. */
    public record Renamed(String originalId, String newId) {
    }

    /** The repaired flow and what was renamed (empty when the file had no repeated block id). */
    public record Result(FlowDocument document, List<Renamed> renamed) {

        public boolean changed() {
            return !renamed.isEmpty();
        }
    }

    private DuplicateIdRepair() {
    }

    public static Result repair(FlowDocument document, BlockCatalog catalog) {
        Map<String, List<Integer>> indexesById = new LinkedHashMap<>();
        List<Block> blocks = document.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            indexesById.computeIfAbsent(blocks.get(i).id(), id -> new ArrayList<>()).add(i);
        }
        if (indexesById.size() == blocks.size()) {
            return new Result(document, List.of());
        }
        Set<String> used = new HashSet<>(indexesById.keySet());
        document.notes().forEach(note -> used.add(note.id()));
        document.entryPoints().forEach(entry -> used.add(entry.id()));

        List<Block> repaired = new ArrayList<>(blocks);
        List<Renamed> renamed = new ArrayList<>();
        Map<Integer, String> newIdAt = new TreeMap<>();
        for (List<Integer> indexes : indexesById.values()) {
            for (int k = 1; k < indexes.size(); k++) {
                int index = indexes.get(k);
                Block block = blocks.get(index);
                String newId = FlowFragment.freshId(block.id(), used);
                repaired.set(index, block.withId(newId));
                newIdAt.put(index, newId);
                renamed.add(new Renamed(block.id(), newId));
            }
        }

        List<Connection> connections = shareOutgoingConnections(document, indexesById, newIdAt, catalog);
        FlowDocument withNewIds = document.toBuilder().blocks(repaired).connections(connections).build();
        FlowDocument result = withNewIds.withLayout(placeRenamed(document, withNewIds, newIdAt, catalog));
        return new Result(result, List.copyOf(renamed));
    }

    /** The n-th connection leaving a repeated id through a port goes to the n-th block of that id having the port. */
    private static List<Connection> shareOutgoingConnections(FlowDocument document, Map<String, List<Integer>> indexesById,
                                                             Map<Integer, String> newIdAt, BlockCatalog catalog) {
        Map<String, Integer> seenPerPort = new HashMap<>();
        List<Connection> connections = new ArrayList<>();
        for (Connection connection : document.connections()) {
            List<Integer> namesakes = indexesById.get(connection.from());
            if (namesakes == null || namesakes.size() < 2) {
                connections.add(connection);
                continue;
            }
            List<Integer> withPort = new ArrayList<>();
            for (int index : namesakes) {
                if (hasPort(document.blocks().get(index), connection.port(), catalog)) {
                    withPort.add(index);
                }
            }
            if (withPort.isEmpty()) {
                withPort = namesakes;
            }
            int n = seenPerPort.merge(connection.from() + "\u0000" + connection.port(), 1, Integer::sum) - 1;
            int owner = n < withPort.size() ? withPort.get(n) : namesakes.get(0);
            String from = newIdAt.get(owner);
            connections.add(from == null ? connection : connection.withFrom(from));
        }
        return connections;
    }

    private static boolean hasPort(Block block, String port, BlockCatalog catalog) {
        BlockType type = catalog.find(block.type()).orElse(null);
        return type != null && type.port(block, port).isPresent();
    }

    /**
     * A renamed block gets a place of its own near its namesake (which had the only position the file could
     * give the id); blocks whose namesake had no position are left to the canvas's own placing.
     */
    private static CanvasLayout placeRenamed(FlowDocument original, FlowDocument repaired, Map<Integer, String> newIdAt,
                                             BlockCatalog catalog) {
        CanvasLayout layout = original.layout();
        Set<String> newIds = new HashSet<>(newIdAt.values());
        List<Rect> cards = new ArrayList<>();
        for (Block block : repaired.blocks()) {
            if (!newIds.contains(block.id()) && layout.blocks().containsKey(block.id())) {
                cards.add(rect(repaired, block, layout.blockPosition(block.id()), catalog));
            }
        }
        Point start = layout.start();
        cards.add(new Rect(start.x(), start.y(), CardMetrics.START_WIDTH,
                CardMetrics.startHeight(original.entryPoints().size())));
        for (Map.Entry<Integer, String> entry : newIdAt.entrySet()) {
            String namesake = original.blocks().get(entry.getKey()).id();
            if (!layout.blocks().containsKey(namesake)) {
                continue;
            }
            Point near = layout.blockPosition(namesake);
            Rect card = rect(repaired, repaired.blocks().get(entry.getKey()), near, catalog);
            Point offset = FreeSpot.offset(List.of(card), cards);
            layout = layout.withBlock(entry.getValue(), near.translate(offset.x(), offset.y()));
            cards.add(card.translate(offset.x(), offset.y()));
        }
        return layout;
    }

    private static Rect rect(FlowDocument document, Block block, Point at, BlockCatalog catalog) {
        return new Rect(at.x(), at.y(), CardMetrics.WIDTH, Shapes.of(document, block, catalog).height());
    }
}
