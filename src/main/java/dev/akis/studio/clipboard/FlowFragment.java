package dev.akis.studio.clipboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.akis.blocks.BlockCatalog;
import dev.akis.blocks.BlockType;
import dev.akis.blocks.FieldSpec;
import dev.akis.blocks.FieldType;
import dev.akis.flow.Block;
import dev.akis.flow.CanvasLayout;
import dev.akis.flow.Connection;
import dev.akis.flow.FlowDocument;
import dev.akis.flow.Json;
import dev.akis.flow.NoteBounds;
import dev.akis.flow.Point;
import dev.akis.flow.StickyNote;
import dev.akis.flow.json.CanonicalJson;
import dev.akis.flow.json.FlowFormatException;
import dev.akis.flow.json.FlowReader;
import dev.akis.flow.json.FlowWriter;
import dev.akis.flow.json.LocatedJson;
import dev.akis.studio.geometry.Rect;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A piece of a flow on the clipboard: some blocks, the connections among them, notes and their positions. On the
 * clipboard it is plain text in this shape (written by the canonical writer, so it reads like the flow file):
 * <pre>
 * {
 *   "akisFragment": 1,
 *   "blocks": [ ...as in a flow file... ],
 *   "connections": [ ...only those between the copied blocks... ],
 *   "notes": [ ... ],
 *   "layout": { "blocks": { "id": {"x": .., "y": ..} }, "notes": { "id": {"x","y","width","height"} } }
 * }
 * </pre>
 * Pasting gives every block and note a new id, rewrites Jump targets that point inside the fragment, keeps the
 * inner connections and moves everything by an offset. New ids are the old ones with a number: {@code ask_email}
 * becomes {@code ask_email_2}, and an id that already ends in a number counts on ({@code order_2} becomes
 * {@code order_3}); a new id is never the original, never one the target flow uses, never the original id of
 * another pasted element, and every pasted element gets its own (even when the fragment repeats an id).
 */
public final class FlowFragment {

    public static final String MARKER = "akisFragment";
    public static final int VERSION = 1;
    /** An id ending in "_" and a number of at most nine digits: the number is counted on when pasting. */
    private static final Pattern NUMBERED = Pattern.compile("^(.+)_(\\d{1,9})$");

    private final List<Block> blocks;
    private final List<Connection> connections;
    private final List<StickyNote> notes;
    private final Map<String, Point> positions;
    private final Map<String, NoteBounds> noteBounds;

    private FlowFragment(List<Block> blocks, List<Connection> connections, List<StickyNote> notes,
                         Map<String, Point> positions, Map<String, NoteBounds> noteBounds) {
        this.blocks = List.copyOf(blocks);
        this.connections = List.copyOf(connections);
        this.notes = List.copyOf(notes);
        this.positions = Map.copyOf(positions);
        this.noteBounds = Map.copyOf(noteBounds);
    }

    /** The blocks and notes with the given ids, and the connections between those blocks. */
    public static FlowFragment copy(FlowDocument document, Collection<String> ids) {
        Set<String> wanted = new HashSet<>(ids);
        List<Block> blocks = new ArrayList<>();
        Map<String, Point> positions = new LinkedHashMap<>();
        for (Block block : document.blocks()) {
            if (wanted.contains(block.id())) {
                blocks.add(block);
                positions.put(block.id(), document.layout().blockPosition(block.id()));
            }
        }
        Set<String> blockIds = new HashSet<>(positions.keySet());
        List<Connection> connections = new ArrayList<>();
        for (Connection connection : document.connections()) {
            if (blockIds.contains(connection.from()) && blockIds.contains(connection.to())) {
                connections.add(connection);
            }
        }
        List<StickyNote> notes = new ArrayList<>();
        Map<String, NoteBounds> noteBounds = new LinkedHashMap<>();
        for (StickyNote note : document.notes()) {
            if (wanted.contains(note.id())) {
                notes.add(note);
                noteBounds.put(note.id(), document.layout().notes().getOrDefault(note.id(),
                        new NoteBounds(0, 0, NoteBounds.DEFAULT_WIDTH, NoteBounds.DEFAULT_HEIGHT)));
            }
        }
        return new FlowFragment(blocks, connections, notes, positions, noteBounds);
    }

    public boolean isEmpty() {
        return blocks.isEmpty() && notes.isEmpty();
    }

    public List<Block> blocks() {
        return blocks;
    }

    public List<Connection> connections() {
        return connections;
    }

    public List<StickyNote> notes() {
        return notes;
    }

    /** The area the fragment covers, given the size of a block's card. */
    public Rect bounds(java.util.function.ToDoubleFunction<Block> blockHeight, double blockWidth) {
        Rect area = null;
        for (Block block : blocks) {
            Point p = positions.get(block.id());
            Rect r = new Rect(p.x(), p.y(), blockWidth, blockHeight.applyAsDouble(block));
            area = area == null ? r : area.union(r);
        }
        for (StickyNote note : notes) {
            NoteBounds b = noteBounds.get(note.id());
            Rect r = new Rect(b.x(), b.y(), b.width(), b.height());
            area = area == null ? r : area.union(r);
        }
        return area == null ? new Rect(0, 0, 0, 0) : area;
    }

    public String toJson() {
        FlowDocument carrier = FlowDocument.builder("fragment").blocks(blocks).connections(connections).notes(notes)
                .layout(CanvasLayout.EMPTY.withBlocks(positions).withNotes(noteBounds)).build();
        ObjectNode tree = new FlowWriter().toTree(carrier);
        ObjectNode fragment = Json.object();
        fragment.put(MARKER, VERSION);
        fragment.set("blocks", tree.get("blocks"));
        fragment.set("connections", tree.get("connections"));
        fragment.set("notes", tree.get("notes"));
        ObjectNode layout = fragment.putObject("layout");
        layout.set("blocks", tree.get("layout").get("blocks"));
        layout.set("notes", tree.get("layout").get("notes"));
        return CanonicalJson.write(fragment);
    }

    /**
     * Reads clipboard text. Text that is not a fragment at all gives an empty result; a fragment that cannot be
     * read throws, with the position of the fault (a JSON object naming the marker that is cut short or damaged
     * is reported in the same words as a damaged flow file).
     */
    public static Optional<FlowFragment> parse(String text) throws FlowFormatException {
        if (text == null || !text.contains(MARKER) || !text.strip().startsWith("{")) {
            return Optional.empty();
        }
        JsonNode root = LocatedJson.parse(text, "clipboard").root();
        if (root == null || !root.isObject() || !root.path(MARKER).isIntegralNumber()) {
            return Optional.empty();
        }
        ObjectNode carrier = Json.object();
        carrier.put("schemaVersion", FlowDocument.CURRENT_SCHEMA_VERSION);
        carrier.put("id", "fragment");
        for (String field : List.of("blocks", "connections", "notes", "layout")) {
            if (root.has(field)) {
                carrier.set(field, root.get(field));
            }
        }
        FlowDocument document = new FlowReader().read(CanonicalJson.write(carrier), "clipboard");
        Map<String, Point> positions = new LinkedHashMap<>();
        for (Block block : document.blocks()) {
            positions.put(block.id(), document.layout().blockPosition(block.id()));
        }
        Map<String, NoteBounds> noteBounds = new LinkedHashMap<>();
        for (StickyNote note : document.notes()) {
            noteBounds.put(note.id(), document.layout().notes().getOrDefault(note.id(),
                    new NoteBounds(0, 0, NoteBounds.DEFAULT_WIDTH, NoteBounds.DEFAULT_HEIGHT)));
        }
        return Optional.of(new FlowFragment(document.blocks(), document.connections(), document.notes(),
                positions, noteBounds));
    }

    /**
     * The target document with the fragment added, the new ids of what was pasted, and how many of the fragment's
     * connections were left out because they lead to or from a block that is not in the fragment (a fragment
     * edited by hand or cut short; a copy made by the studio never has such connections).
     */
    public record PasteResult(FlowDocument document, List<String> pastedIds, int droppedConnections) {
    }

    public PasteResult pasteInto(FlowDocument target, double dx, double dy, BlockCatalog catalog) {
        Set<String> used = new HashSet<>();
        target.blocks().forEach(b -> used.add(b.id()));
        target.notes().forEach(n -> used.add(n.id()));
        target.entryPoints().forEach(e -> used.add(e.id()));
        blocks.forEach(b -> used.add(b.id()));
        notes.forEach(n -> used.add(n.id()));
        // One new id per pasted element (by position, so repeated ids in the fragment still part ways); references
        // by id (connections, Jump targets) follow the first element that had the id.
        List<String> newBlockIds = new ArrayList<>();
        Map<String, String> newIds = new HashMap<>();
        for (Block block : blocks) {
            String id = freshId(block.id(), used);
            newBlockIds.add(id);
            newIds.putIfAbsent(block.id(), id);
        }
        List<String> newNoteIds = new ArrayList<>();
        for (StickyNote note : notes) {
            newNoteIds.add(freshId(note.id(), used));
        }

        List<Block> allBlocks = new ArrayList<>(target.blocks());
        CanvasLayout layout = target.layout();
        List<String> pasted = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            String id = newBlockIds.get(i);
            allBlocks.add(rewriteReferences(block.withId(id), newIds, catalog));
            Point p = positions.get(block.id());
            layout = layout.withBlock(id, new Point(p.x() + dx, p.y() + dy));
            pasted.add(id);
        }
        List<Connection> allConnections = new ArrayList<>(target.connections());
        int dropped = 0;
        for (Connection connection : connections) {
            String from = newIds.get(connection.from());
            String to = newIds.get(connection.to());
            if (from == null || to == null) {
                // A dangling connection would point into the target flow at whatever block has that id there.
                dropped++;
                continue;
            }
            allConnections.add(new Connection(from, connection.port(), to, connection.extras()));
        }
        List<StickyNote> allNotes = new ArrayList<>(target.notes());
        for (int i = 0; i < notes.size(); i++) {
            StickyNote note = notes.get(i);
            String id = newNoteIds.get(i);
            allNotes.add(note.withId(id));
            NoteBounds b = noteBounds.get(note.id());
            layout = layout.withNote(id, new NoteBounds(b.x() + dx, b.y() + dy, b.width(), b.height()));
            pasted.add(id);
        }
        FlowDocument result = target.toBuilder().blocks(allBlocks).connections(allConnections).notes(allNotes)
                .layout(layout).build();
        return new PasteResult(result, pasted, dropped);
    }

    /** Jump targets (and any other block reference) that point inside the fragment follow the new ids. */
    private static Block rewriteReferences(Block block, Map<String, String> newIds, BlockCatalog catalog) {
        BlockType type = catalog.find(block.type()).orElse(null);
        if (type == null) {
            return block;
        }
        Block result = block;
        for (FieldSpec field : type.fields()) {
            if (field.type() == FieldType.BLOCK_REF) {
                JsonNode value = block.config().get(field.key());
                if (value != null && value.isTextual() && newIds.containsKey(value.asText())) {
                    result = result.withConfigValue(field.key(), Json.NODES.textNode(newIds.get(value.asText())));
                }
            }
        }
        return result;
    }

    /**
     * A readable id not in {@code used} (which it joins): the original with "_2", "_3"... appended, or, when the
     * original already ends in "_N", the same stem numbered from N + 1. The original itself is never returned.
     */
    public static String freshId(String original, Set<String> used) {
        Matcher numbered = NUMBERED.matcher(original);
        String stem = original;
        long next = 2;
        if (numbered.matches()) {
            stem = numbered.group(1);
            next = Long.parseLong(numbered.group(2)) + 1;
        }
        String candidate = stem + "_" + next;
        while (used.contains(candidate)) {
            next++;
            candidate = stem + "_" + next;
        }
        used.add(candidate);
        return candidate;
    }
}
