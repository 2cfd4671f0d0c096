package dev.akis.flow.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.akis.flow.Block;
import dev.akis.flow.CanvasLayout;
import dev.akis.flow.Connection;
import dev.akis.flow.EntryPoint;
import dev.akis.flow.FlowDocument;
import dev.akis.flow.FlowMetadata;
import dev.akis.flow.Json;
import dev.akis.flow.LocalizedText;
import dev.akis.flow.NoteBounds;
import dev.akis.flow.Point;
import dev.akis.flow.PropertyDeclaration;
import dev.akis.flow.StickyNote;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a {@link FlowDocument} in canonical form, so that saving an unchanged document gives byte-identical
 * output and two tools that follow docs/flow-format.md produce the same bytes:
 * <ul>
 *   <li>known keys in the documented order, unknown keys after them sorted by code point;</li>
 *   <li>blocks, entry points and notes in document order; connections grouped by their source block in block
 *       order, then by port and target; properties by name; layout maps by id;</li>
 *   <li>block configuration and every language map with sorted keys;</li>
 *   <li>canvas coordinates rounded to one decimal, zoom to three; empty optional fields omitted.</li>
 * </ul>
 */
public final class FlowWriter {

    private static final BigDecimal SMALLEST_ZOOM = new BigDecimal("0.001");

    public String write(FlowDocument document) {
        return CanonicalJson.write(toTree(document));
    }

    public ObjectNode toTree(FlowDocument document) {
        ObjectNode root = Json.object();
        root.put("schemaVersion", document.schemaVersion());
        root.put("id", document.id());
        putText(root, "name", document.name());
        putText(root, "description", document.description());
        root.put("defaultLanguage", document.defaultLanguage());
        ArrayNode languages = root.putArray("languages");
        document.languages().forEach(languages::add);

        ArrayNode entries = root.putArray("entryPoints");
        for (EntryPoint entry : document.entryPoints()) {
            entries.add(entryPoint(entry));
        }
        ArrayNode blocks = root.putArray("blocks");
        for (Block block : document.blocks()) {
            blocks.add(block(block));
        }
        ArrayNode connections = root.putArray("connections");
        for (Connection connection : sortedConnections(document)) {
            ObjectNode node = connections.addObject();
            node.put("from", connection.from());
            node.put("port", connection.port());
            node.put("to", connection.to());
            appendExtras(node, connection.extras());
        }
        ArrayNode properties = root.putArray("properties");
        document.properties().stream()
                .sorted(Comparator.comparing(PropertyDeclaration::name))
                .forEach(property -> {
                    ObjectNode node = properties.addObject();
                    node.put("name", property.name());
                    node.put("type", property.type());
                    putText(node, "description", property.description());
                    appendExtras(node, property.extras());
                });
        ArrayNode notes = root.putArray("notes");
        for (StickyNote note : document.notes()) {
            ObjectNode node = notes.addObject();
            node.put("id", note.id());
            putText(node, "text", note.text());
            node.put("color", note.color());
            appendExtras(node, note.extras());
        }
        root.set("layout", layout(document.layout()));
        root.set("metadata", metadata(document.metadata()));
        appendExtras(root, document.extras());
        return root;
    }

    private static ObjectNode entryPoint(EntryPoint entry) {
        ObjectNode node = Json.object();
        node.put("id", entry.id());
        node.put("kind", entry.kind());
        if (entry.target() != null) {
            node.put("target", entry.target());
        }
        if (!entry.keywords().isEmpty()) {
            ObjectNode keywords = node.putObject("keywords");
            new TreeMap<>(entry.keywords()).forEach((language, words) -> {
                ArrayNode list = keywords.putArray(language);
                words.forEach(list::add);
            });
        }
        if (entry.sourceTag() != null) {
            node.put("sourceTag", entry.sourceTag());
        }
        putText(node, "prefilledText", entry.prefilledText());
        if (entry.checkoutOutcome() != null) {
            node.put("checkoutOutcome", entry.checkoutOutcome());
        }
        appendExtras(node, entry.extras());
        return node;
    }

    private static ObjectNode block(Block block) {
        ObjectNode node = Json.object();
        node.put("id", block.id());
        node.put("type", block.type());
        putText(node, "title", block.title());
        node.set("config", CanonicalJson.sorted(block.config()));
        appendExtras(node, block.extras());
        return node;
    }

    private static List<Connection> sortedConnections(FlowDocument document) {
        Map<String, Integer> blockOrder = new HashMap<>();
        for (int i = 0; i < document.blocks().size(); i++) {
            blockOrder.putIfAbsent(document.blocks().get(i).id(), i);
        }
        List<Connection> sorted = new ArrayList<>(document.connections());
        sorted.sort(Comparator
                .comparingInt((Connection c) -> blockOrder.getOrDefault(c.from(), Integer.MAX_VALUE))
                .thenComparing(Connection::from)
                .thenComparing(Connection::port)
                .thenComparing(Connection::to));
        return sorted;
    }

    private static ObjectNode layout(CanvasLayout layout) {
        ObjectNode node = Json.object();
        BigDecimal zoom = round(layout.zoom(), 3);
        // A zoom that rounds to 0 would read back as 1 (the reader's default for non-positive zoom).
        node.put("zoom", zoom.signum() > 0 ? zoom : SMALLEST_ZOOM);
        node.set("viewport", point(layout.viewport()));
        node.set("start", point(layout.start()));
        ObjectNode blocks = node.putObject("blocks");
        new TreeMap<>(layout.blocks()).forEach((id, position) -> blocks.set(id, point(position)));
        ObjectNode notes = node.putObject("notes");
        new TreeMap<>(layout.notes()).forEach((id, bounds) -> notes.set(id, noteBounds(bounds)));
        appendExtras(node, layout.extras());
        return node;
    }

    private static ObjectNode metadata(FlowMetadata metadata) {
        ObjectNode node = Json.object();
        if (metadata.createdAt() != null) {
            node.put("createdAt", metadata.createdAt());
        }
        if (metadata.updatedAt() != null) {
            node.put("updatedAt", metadata.updatedAt());
        }
        if (metadata.appVersion() != null) {
            node.put("appVersion", metadata.appVersion());
        }
        appendExtras(node, metadata.extras());
        return node;
    }

    private static ObjectNode point(Point point) {
        ObjectNode node = Json.object();
        node.put("x", round(point.x(), 1));
        node.put("y", round(point.y(), 1));
        appendExtras(node, point.extras());
        return node;
    }

    private static ObjectNode noteBounds(NoteBounds bounds) {
        ObjectNode node = Json.object();
        node.put("x", round(bounds.x(), 1));
        node.put("y", round(bounds.y(), 1));
        node.put("width", round(bounds.width(), 1));
        node.put("height", round(bounds.height(), 1));
        appendExtras(node, bounds.extras());
        return node;
    }

    /** Rounded, and written without a fraction when whole ("120", not "120.0"). */
    static BigDecimal round(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return BigDecimal.ZERO;
        }
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0, RoundingMode.UNNECESSARY) : rounded;
    }

    private static void putText(ObjectNode node, String field, LocalizedText text) {
        if (text == null || text.asMap().isEmpty()) {
            return;
        }
        ObjectNode texts = node.putObject(field);
        new TreeMap<>(text.asMap()).forEach(texts::put);
    }

    private static void appendExtras(ObjectNode node, ObjectNode extras) {
        if (extras == null || extras.isEmpty()) {
            return;
        }
        List<String> names = new ArrayList<>();
        extras.fieldNames().forEachRemaining(names::add);
        names.sort(null);
        for (String name : names) {
            if (!node.has(name)) {
                JsonNode value = extras.get(name);
                node.set(name, value.deepCopy());
            }
        }
    }
}
