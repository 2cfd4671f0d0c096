package dev.akis.studio.command;

import com.fasterxml.jackson.databind.JsonNode;
import dev.akis.flow.Block;
import dev.akis.flow.CanvasLayout;
import dev.akis.flow.Connection;
import dev.akis.flow.EntryPoint;
import dev.akis.flow.FlowDocument;
import dev.akis.flow.LocalizedText;
import dev.akis.flow.NoteBounds;
import dev.akis.flow.Point;
import dev.akis.flow.StickyNote;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The editing operations of the studio as pure functions from one flow document to the next. Commands wrap
 * them; keeping them free of the user interface lets them be tested on their own.
 */
public final class FlowEdits {

    /** The id the canvas uses for the start node (the entry points) in move operations. */
    public static final String START_ID = "@start";

    private FlowEdits() {
    }

    public static FlowDocument addBlock(FlowDocument document, Block block, Point position) {
        List<Block> blocks = new ArrayList<>(document.blocks());
        blocks.add(block);
        return document.toBuilder().blocks(blocks)
                .layout(document.layout().withBlock(block.id(), position)).build();
    }

    /** Removes blocks and notes with the given ids, with every connection to or from a removed block. */
    public static FlowDocument deleteElements(FlowDocument document, Collection<String> ids) {
        Set<String> gone = new HashSet<>(ids);
        List<Block> blocks = new ArrayList<>();
        boolean changed = false;
        for (Block block : document.blocks()) {
            if (gone.contains(block.id())) {
                changed = true;
            } else {
                blocks.add(block);
            }
        }
        List<StickyNote> notes = new ArrayList<>();
        for (StickyNote note : document.notes()) {
            if (gone.contains(note.id())) {
                changed = true;
            } else {
                notes.add(note);
            }
        }
        if (!changed) {
            return document;
        }
        List<Connection> connections = new ArrayList<>();
        for (Connection connection : document.connections()) {
            if (!gone.contains(connection.from()) && !gone.contains(connection.to())) {
                connections.add(connection);
            }
        }
        Map<String, Point> positions = new LinkedHashMap<>(document.layout().blocks());
        positions.keySet().removeAll(gone);
        Map<String, NoteBounds> noteBounds = new LinkedHashMap<>(document.layout().notes());
        noteBounds.keySet().removeAll(gone);
        CanvasLayout layout = document.layout().withBlocks(positions).withNotes(noteBounds);
        return document.toBuilder().blocks(blocks).notes(notes).connections(connections).layout(layout).build();
    }

    /** Moves blocks, notes and the start node ({@link #START_ID}) to the given top-left positions. */
    public static FlowDocument moveElements(FlowDocument document, Map<String, Point> positions) {
        CanvasLayout layout = document.layout();
        Map<String, Point> blockPositions = new LinkedHashMap<>(layout.blocks());
        Map<String, NoteBounds> noteBounds = new LinkedHashMap<>(layout.notes());
        Point start = layout.start();
        boolean changed = false;
        for (Map.Entry<String, Point> move : positions.entrySet()) {
            String id = move.getKey();
            Point target = move.getValue();
            if (START_ID.equals(id)) {
                changed |= !target.equals(start);
                start = target;
            } else if (document.hasBlock(id)) {
                changed |= !target.equals(blockPositions.put(id, target));
            } else if (document.note(id).isPresent()) {
                NoteBounds bounds = noteBounds.getOrDefault(id, defaultNoteBounds());
                NoteBounds moved = bounds.moveTo(target.x(), target.y());
                changed |= !moved.equals(bounds) || !layout.notes().containsKey(id);
                noteBounds.put(id, moved);
            }
        }
        if (!changed) {
            return document;
        }
        return document.withLayout(layout.withBlocks(blockPositions).withNotes(noteBounds).withStart(start));
    }

    /**
     * Connects a block's output port to another block. Each port leads to one block, so an existing connection
     * of the port is replaced. Connecting a block to itself is refused (a Jump block makes loops visible).
     */
    public static FlowDocument connect(FlowDocument document, String from, String port, String to) {
        if (from.equals(to) || !document.hasBlock(from) || !document.hasBlock(to)) {
            return document;
        }
        if (document.target(from, port).filter(to::equals).isPresent()) {
            return document;
        }
        List<Connection> connections = new ArrayList<>();
        for (Connection connection : document.connections()) {
            if (!connection.leaves(from, port)) {
                connections.add(connection);
            }
        }
        connections.add(Connection.of(from, port, to));
        return document.withConnections(connections);
    }

    /**
     * Points an existing connection at another block, keeping its output, its place in the list and its extra
     * fields. Leading a block to itself, or to a block that does not exist, changes nothing (as in {@link #connect}).
     */
    public static FlowDocument reconnect(FlowDocument document, Connection connection, String newTarget) {
        if (connection.to().equals(newTarget) || connection.from().equals(newTarget) || !document.hasBlock(newTarget)) {
            return document;
        }
        List<Connection> connections = new ArrayList<>(document.connections());
        int index = connections.indexOf(connection);
        if (index < 0) {
            return document;
        }
        connections.set(index, connection.withTo(newTarget));
        return document.withConnections(connections);
    }

    public static FlowDocument disconnect(FlowDocument document, Connection removed) {
        List<Connection> connections = new ArrayList<>(document.connections());
        if (!connections.remove(removed)) {
            return document;
        }
        return document.withConnections(connections);
    }

    /** Removes every connection leaving the block through the port (a file may hold more than one). */
    public static FlowDocument disconnectPort(FlowDocument document, String from, String port) {
        List<Connection> connections = new ArrayList<>(document.connections());
        if (!connections.removeIf(connection -> connection.leaves(from, port))) {
            return document;
        }
        return document.withConnections(connections);
    }

    /** Points an entry point at a block (null to leave it without a target). */
    public static FlowDocument setEntryTarget(FlowDocument document, String entryId, String target) {
        List<EntryPoint> entries = new ArrayList<>();
        boolean changed = false;
        for (EntryPoint entry : document.entryPoints()) {
            if (entry.id().equals(entryId) && !Objects.equals(entry.target(), target)) {
                entries.add(entry.withTarget(target));
                changed = true;
            } else {
                entries.add(entry);
            }
        }
        return changed ? document.withEntryPoints(entries) : document;
    }

    /** Sets (or, with null, removes) one setting of a block. */
    public static FlowDocument setConfigValue(FlowDocument document, String blockId, String key, JsonNode value) {
        Block block = document.block(blockId).orElse(null);
        if (block == null) {
            return document;
        }
        JsonNode current = block.config().get(key);
        boolean same = value == null || value.isNull() ? current == null || current.isNull() : value.equals(current);
        if (same) {
            return document;
        }
        return document.withBlock(block.withConfigValue(key, value));
    }

    public static FlowDocument setTitle(FlowDocument document, String blockId, LocalizedText title) {
        Block block = document.block(blockId).orElse(null);
        if (block == null || block.title().equals(title)) {
            return document;
        }
        return document.withBlock(block.withTitle(title));
    }

    public static FlowDocument addNote(FlowDocument document, StickyNote note, NoteBounds bounds) {
        List<StickyNote> notes = new ArrayList<>(document.notes());
        notes.add(note);
        return document.toBuilder().notes(notes).layout(document.layout().withNote(note.id(), bounds)).build();
    }

    public static FlowDocument updateNote(FlowDocument document, String noteId, UnaryOperator<StickyNote> change) {
        List<StickyNote> notes = new ArrayList<>();
        boolean changed = false;
        for (StickyNote note : document.notes()) {
            if (note.id().equals(noteId)) {
                StickyNote updated = change.apply(note);
                changed |= !updated.equals(note);
                notes.add(updated);
            } else {
                notes.add(note);
            }
        }
        return changed ? document.withNotes(notes) : document;
    }

    public static FlowDocument setNoteBounds(FlowDocument document, String noteId, NoteBounds bounds) {
        if (bounds.equals(document.layout().notes().get(noteId))) {
            return document;
        }
        return document.withLayout(document.layout().withNote(noteId, bounds));
    }

    /** Where a note without saved bounds is drawn. */
    public static NoteBounds defaultNoteBounds() {
        return new NoteBounds(0, 0, NoteBounds.DEFAULT_WIDTH, NoteBounds.DEFAULT_HEIGHT);
    }
}
