package dev.akis.flow;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A chatbot scenario as saved in a flow file: logic (entry points, blocks, connections, properties), notes,
 * canvas layout and metadata. Immutable: every edit returns a new document that shares the unchanged parts,
 * which makes undo cheap and lets many conversations run one document concurrently.
 *
 * <p>{@code extras} holds top-level fields this version does not know; they are written back unchanged.
 */
public final class FlowDocument {

    /** The newest flow file format this build reads and writes. */
    public static final int CURRENT_SCHEMA_VERSION = 1;

    private final int schemaVersion;
    private final String id;
    private final LocalizedText name;
    private final LocalizedText description;
    private final String defaultLanguage;
    private final List<String> languages;
    private final List<EntryPoint> entryPoints;
    private final List<Block> blocks;
    private final List<Connection> connections;
    private final List<PropertyDeclaration> properties;
    private final List<StickyNote> notes;
    private final CanvasLayout layout;
    private final FlowMetadata metadata;
    private final ObjectNode extras;

    private volatile Map<String, Block> blocksById;
    private volatile Map<String, List<Connection>> connectionsByBlock;

    private FlowDocument(Builder b) {
        this.schemaVersion = b.schemaVersion;
        this.id = Objects.requireNonNull(b.id, "id");
        this.name = b.name == null ? LocalizedText.EMPTY : b.name;
        this.description = b.description == null ? LocalizedText.EMPTY : b.description;
        this.defaultLanguage = b.defaultLanguage == null ? "tr" : b.defaultLanguage;
        this.languages = List.copyOf(b.languages == null || b.languages.isEmpty() ? List.of(this.defaultLanguage) : b.languages);
        this.entryPoints = List.copyOf(b.entryPoints);
        this.blocks = List.copyOf(b.blocks);
        this.connections = List.copyOf(b.connections);
        this.properties = List.copyOf(b.properties);
        this.notes = List.copyOf(b.notes);
        this.layout = b.layout == null ? CanvasLayout.EMPTY : b.layout;
        this.metadata = b.metadata == null ? FlowMetadata.empty() : b.metadata;
        this.extras = b.extras == null ? Json.object() : b.extras;
    }

    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** An empty flow in the given languages, the first being the default. */
    public static FlowDocument blank(String id, LocalizedText name, List<String> languages) {
        return builder(id).name(name).defaultLanguage(languages.get(0)).languages(languages).build();
    }

    public Builder toBuilder() {
        Builder b = new Builder(id);
        b.schemaVersion = schemaVersion;
        b.name = name;
        b.description = description;
        b.defaultLanguage = defaultLanguage;
        b.languages = new ArrayList<>(languages);
        b.entryPoints = new ArrayList<>(entryPoints);
        b.blocks = new ArrayList<>(blocks);
        b.connections = new ArrayList<>(connections);
        b.properties = new ArrayList<>(properties);
        b.notes = new ArrayList<>(notes);
        b.layout = layout;
        b.metadata = metadata;
        b.extras = extras;
        return b;
    }

    public int schemaVersion() {
        return schemaVersion;
    }

    public String id() {
        return id;
    }

    public LocalizedText name() {
        return name;
    }

    public LocalizedText description() {
        return description;
    }

    public String defaultLanguage() {
        return defaultLanguage;
    }

    public List<String> languages() {
        return languages;
    }

    public List<EntryPoint> entryPoints() {
        return entryPoints;
    }

    public List<Block> blocks() {
        return blocks;
    }

    public List<Connection> connections() {
        return connections;
    }

    public List<PropertyDeclaration> properties() {
        return properties;
    }

    public List<StickyNote> notes() {
        return notes;
    }

    public CanvasLayout layout() {
        return layout;
    }

    public FlowMetadata metadata() {
        return metadata;
    }

    public ObjectNode extras() {
        return extras;
    }

    // ---- lookups -------------------------------------------------------------------------------------------

    public Optional<Block> block(String blockId) {
        return Optional.ofNullable(blockIndex().get(blockId));
    }

    public boolean hasBlock(String blockId) {
        return blockIndex().containsKey(blockId);
    }

    /** Connections leaving the block, in file order. */
    public List<Connection> outgoing(String blockId) {
        return connectionIndex().getOrDefault(blockId, List.of());
    }

    /** The block a port leads to, if the port is connected. */
    public Optional<String> target(String blockId, String portId) {
        for (Connection connection : outgoing(blockId)) {
            if (connection.port().equals(portId)) {
                return Optional.of(connection.to());
            }
        }
        return Optional.empty();
    }

    public Optional<EntryPoint> entryPoint(String entryId) {
        return entryPoints.stream().filter(entry -> entry.id().equals(entryId)).findFirst();
    }

    public Optional<StickyNote> note(String noteId) {
        return notes.stream().filter(note -> note.id().equals(noteId)).findFirst();
    }

    public Optional<PropertyDeclaration> property(String propertyName) {
        return properties.stream().filter(p -> p.name().equals(propertyName)).findFirst();
    }

    private Map<String, Block> blockIndex() {
        Map<String, Block> index = blocksById;
        if (index == null) {
            Map<String, Block> built = new HashMap<>(blocks.size() * 2);
            for (Block block : blocks) {
                built.putIfAbsent(block.id(), block);
            }
            index = Collections.unmodifiableMap(built);
            blocksById = index;
        }
        return index;
    }

    private Map<String, List<Connection>> connectionIndex() {
        Map<String, List<Connection>> index = connectionsByBlock;
        if (index == null) {
            Map<String, List<Connection>> built = new HashMap<>();
            for (Connection connection : connections) {
                built.computeIfAbsent(connection.from(), key -> new ArrayList<>(4)).add(connection);
            }
            index = Collections.unmodifiableMap(built);
            connectionsByBlock = index;
        }
        return index;
    }

    // ---- edits (each returns a new document) ------------------------------------------------------------------

    public FlowDocument withBlocks(List<Block> newBlocks) {
        Builder b = toBuilder();
        b.blocks = new ArrayList<>(newBlocks);
        return b.build();
    }

    /** Replaces the block with the same id as {@code updated}. */
    public FlowDocument withBlock(Block updated) {
        List<Block> copy = new ArrayList<>(blocks);
        for (int i = 0; i < copy.size(); i++) {
            if (copy.get(i).id().equals(updated.id())) {
                copy.set(i, updated);
                return withBlocks(copy);
            }
        }
        throw new IllegalArgumentException("No block with id " + updated.id());
    }

    public FlowDocument updateBlock(String blockId, UnaryOperator<Block> change) {
        Block current = block(blockId).orElseThrow(() -> new IllegalArgumentException("No block with id " + blockId));
        return withBlock(change.apply(current));
    }

    public FlowDocument withConnections(List<Connection> newConnections) {
        Builder b = toBuilder();
        b.connections = new ArrayList<>(newConnections);
        return b.build();
    }

    public FlowDocument withEntryPoints(List<EntryPoint> newEntryPoints) {
        Builder b = toBuilder();
        b.entryPoints = new ArrayList<>(newEntryPoints);
        return b.build();
    }

    public FlowDocument withProperties(List<PropertyDeclaration> newProperties) {
        Builder b = toBuilder();
        b.properties = new ArrayList<>(newProperties);
        return b.build();
    }

    public FlowDocument withNotes(List<StickyNote> newNotes) {
        Builder b = toBuilder();
        b.notes = new ArrayList<>(newNotes);
        return b.build();
    }

    public FlowDocument withLayout(CanvasLayout newLayout) {
        Builder b = toBuilder();
        b.layout = newLayout;
        return b.build();
    }

    public FlowDocument withMetadata(FlowMetadata newMetadata) {
        Builder b = toBuilder();
        b.metadata = newMetadata;
        return b.build();
    }

    public FlowDocument withName(LocalizedText newName) {
        Builder b = toBuilder();
        b.name = newName;
        return b.build();
    }

    public FlowDocument withLanguages(String newDefault, List<String> newLanguages) {
        Builder b = toBuilder();
        b.defaultLanguage = newDefault;
        b.languages = new ArrayList<>(newLanguages);
        return b.build();
    }

    /** A block id not yet used in this document, derived from {@code base} ("getMember" → "getMember_2"). */
    public String freshBlockId(String base) {
        String stem = base == null || base.isBlank() ? "block" : base;
        if (!hasBlock(stem) && note(stem).isEmpty()) {
            return stem;
        }
        for (int n = 2; ; n++) {
            String candidate = stem + "_" + n;
            if (!hasBlock(candidate) && note(candidate).isEmpty()) {
                return candidate;
            }
        }
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof FlowDocument that)) {
            return false;
        }
        return schemaVersion == that.schemaVersion && id.equals(that.id) && name.equals(that.name)
                && description.equals(that.description) && defaultLanguage.equals(that.defaultLanguage)
                && languages.equals(that.languages) && entryPoints.equals(that.entryPoints)
                && blocks.equals(that.blocks) && connections.equals(that.connections)
                && properties.equals(that.properties) && notes.equals(that.notes) && layout.equals(that.layout)
                && metadata.equals(that.metadata) && extras.equals(that.extras);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, blocks, connections, entryPoints);
    }

    @Override
    public String toString() {
        return "FlowDocument[" + id + ", " + blocks.size() + " blocks, " + connections.size() + " connections]";
    }

    /** Assembles a document; lists are copied on {@link #build()}. */
    public static final class Builder {
        private int schemaVersion = CURRENT_SCHEMA_VERSION;
        private String id;
        private LocalizedText name;
        private LocalizedText description;
        private String defaultLanguage;
        private List<String> languages = new ArrayList<>();
        private List<EntryPoint> entryPoints = new ArrayList<>();
        private List<Block> blocks = new ArrayList<>();
        private List<Connection> connections = new ArrayList<>();
        private List<PropertyDeclaration> properties = new ArrayList<>();
        private List<StickyNote> notes = new ArrayList<>();
        private CanvasLayout layout;
        private FlowMetadata metadata;
        private ObjectNode extras;

        private Builder(String id) {
            this.id = id;
        }

        public Builder schemaVersion(int value) {
            this.schemaVersion = value;
            return this;
        }

        public Builder id(String value) {
            this.id = value;
            return this;
        }

        public Builder name(LocalizedText value) {
            this.name = value;
            return this;
        }

        public Builder description(LocalizedText value) {
            this.description = value;
            return this;
        }

        public Builder defaultLanguage(String value) {
            this.defaultLanguage = value;
            return this;
        }

        public Builder languages(List<String> value) {
            this.languages = new ArrayList<>(value);
            return this;
        }

        public Builder entryPoint(EntryPoint value) {
            this.entryPoints.add(value);
            return this;
        }

        public Builder entryPoints(List<EntryPoint> value) {
            this.entryPoints = new ArrayList<>(value);
            return this;
        }

        public Builder block(Block value) {
            this.blocks.add(value);
            return this;
        }

        public Builder blocks(List<Block> value) {
            this.blocks = new ArrayList<>(value);
            return this;
        }

        public Builder connection(Connection value) {
            this.connections.add(value);
            return this;
        }

        public Builder connect(String from, String port, String to) {
            return connection(Connection.of(from, port, to));
        }

        public Builder connections(List<Connection> value) {
            this.connections = new ArrayList<>(value);
            return this;
        }

        public Builder property(PropertyDeclaration value) {
            this.properties.add(value);
            return this;
        }

        public Builder properties(List<PropertyDeclaration> value) {
            this.properties = new ArrayList<>(value);
            return this;
        }

        public Builder note(StickyNote value) {
            this.notes.add(value);
            return this;
        }

        public Builder notes(List<StickyNote> value) {
            this.notes = new ArrayList<>(value);
            return this;
        }

        public Builder layout(CanvasLayout value) {
            this.layout = value;
            return this;
        }

        public Builder metadata(FlowMetadata value) {
            this.metadata = value;
            return this;
        }

        public Builder extras(ObjectNode value) {
            this.extras = value;
            return this;
        }

        /** Convenience for layouts built alongside blocks. */
        public Builder position(String blockId, double x, double y) {
            CanvasLayout current = layout == null ? CanvasLayout.EMPTY : layout;
            this.layout = current.withBlock(blockId, new Point(x, y));
            return this;
        }

        public FlowDocument build() {
            return new FlowDocument(this);
        }
    }

    /** Ordered map helper for callers building keyword tables. */
    public static Map<String, List<String>> keywords(String language, List<String> words) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        map.put(language, words);
        return map;
    }
}
