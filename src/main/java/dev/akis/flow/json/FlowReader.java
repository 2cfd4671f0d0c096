package dev.akis.flow.json;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns flow-file text into a {@link FlowDocument}: parses with positions, checks the schema version, runs
 * migrations for older files and binds the known fields. Fields it does not know are kept in each element's
 * {@code extras}; values of the wrong type for a known field are reported with line and column.
 */
public final class FlowReader {

    private final Migrations migrations;

    public FlowReader() {
        this(Migrations.standard());
    }

    public FlowReader(Migrations migrations) {
        this.migrations = migrations;
    }

    /** The result of reading: the document and the migrations that were applied to reach the current version. */
    public record Result(FlowDocument document, int originalVersion, List<String> appliedMigrations) {

        public boolean wasMigrated() {
            return !appliedMigrations.isEmpty();
        }
    }

    public FlowDocument read(String text, String source) throws FlowFormatException {
        return readWithDetails(text, source).document();
    }

    public Result readWithDetails(String text, String source) throws FlowFormatException {
        LocatedJson located = LocatedJson.parse(text, source);
        Binder binder = new Binder(located, source);
        JsonNode root = located.root();
        if (!root.isObject()) {
            throw binder.error("", "format.rootNotObject");
        }
        JsonNode versionNode = root.get("schemaVersion");
        if (versionNode == null) {
            throw binder.error("", "format.missingSchemaVersion");
        }
        // Compared as a BigInteger: an int or long view would wrap a far-newer version (4294967297) into a
        // small one and read a file this version does not understand.
        if (!versionNode.isIntegralNumber() || versionNode.bigIntegerValue().signum() < 0) {
            throw binder.error("/schemaVersion", "format.badSchemaVersion",
                    writtenValue(text, located.locationOf("/schemaVersion"), versionNode),
                    FlowDocument.CURRENT_SCHEMA_VERSION);
        }
        BigInteger written = versionNode.bigIntegerValue();
        if (written.compareTo(BigInteger.valueOf(FlowDocument.CURRENT_SCHEMA_VERSION)) > 0) {
            throw new FlowVersionException(source, located.locationOf("/schemaVersion"), written,
                    FlowDocument.CURRENT_SCHEMA_VERSION);
        }
        int version = written.intValueExact();
        String hugeNumber = findHugeNumber(root, "");
        if (hugeNumber != null) {
            throw binder.error(hugeNumber, "format.numberTooLong",
                    writtenValue(text, located.locationOf(hugeNumber), root.at(hugeNumber)),
                    CanonicalJson.MAX_PLAIN_NUMBER_LENGTH);
        }
        ObjectNode tree = (ObjectNode) root;
        List<String> applied = List.of();
        if (version < FlowDocument.CURRENT_SCHEMA_VERSION) {
            tree = tree.deepCopy();
            Migrations.Migrated migrated = migrations.migrate(tree, version, FlowDocument.CURRENT_SCHEMA_VERSION,
                    source, located::locationOf);
            applied = migrated.applied();
            binder.origins = migrated.origins();
        }
        return new Result(binder.document(tree), version, applied);
    }

    /**
     * The pointer of the first number that could not be written in canonical form (without exponent) in at most
     * {@link CanonicalJson#MAX_PLAIN_NUMBER_LENGTH} characters, such as {@code 1e1000000000}, or null. Refused on
     * reading so that saving can never try to write a billion digits.
     */
    private static String findHugeNumber(JsonNode node, String pointer) {
        if (node.isBigDecimal()) {
            return CanonicalJson.fitsPlain(node.decimalValue()) ? null : pointer;
        }
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (mayHoldHugeNumber(field.getValue())) {
                    String found = findHugeNumber(field.getValue(), pointer + "/" + LocatedJson.escape(field.getKey()));
                    if (found != null) {
                        return found;
                    }
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                if (mayHoldHugeNumber(node.get(i))) {
                    String found = findHugeNumber(node.get(i), pointer + "/" + i);
                    if (found != null) {
                        return found;
                    }
                }
            }
        }
        return null;
    }

    private static boolean mayHoldHugeNumber(JsonNode node) {
        return node.isContainerNode() || node.isBigDecimal();
    }

    /**
     * A scalar exactly as the file wrote it ("1.0", "-3", "1e3"), read from the text at its position, so an error
     * quotes what the user will find in the file rather than Jackson's rendering of the value ("1E+3").
     */
    static String writtenValue(String text, SourceLocation location, JsonNode value) {
        if (!value.isNumber() || !location.isKnown()) {
            return value.toString();
        }
        int offset = 0;
        for (int line = 1; line < location.line() && offset >= 0; line++) {
            offset = text.indexOf('\n', offset);
            offset = offset < 0 ? -1 : offset + 1;
        }
        if (offset < 0) {
            return value.toString();
        }
        int start = offset + location.column() - 1;
        int end = start;
        while (end < text.length() && "+-.0123456789eE".indexOf(text.charAt(end)) >= 0) {
            end++;
        }
        if (start >= text.length() || end == start) {
            return value.toString();
        }
        String written = text.substring(start, end);
        try {
            if (new BigDecimal(written).compareTo(value.decimalValue()) != 0) {
                return value.toString();
            }
        } catch (NumberFormatException e) {
            return value.toString();
        }
        return written.length() > 40 ? written.substring(0, 39) + "…" : written;
    }

    /** Binds one parsed tree, reporting type errors at the value's position. */
    private static final class Binder {
        private static final Set<String> ROOT_FIELDS = Set.of("schemaVersion", "id", "name", "description",
                "defaultLanguage", "languages", "entryPoints", "blocks", "connections", "properties", "notes",
                "layout", "metadata");
        private static final Set<String> BLOCK_FIELDS = Set.of("id", "type", "title", "config");
        private static final Set<String> CONNECTION_FIELDS = Set.of("from", "port", "to");
        private static final Set<String> ENTRY_FIELDS = Set.of("id", "kind", "target", "keywords", "sourceTag",
                "prefilledText", "checkoutOutcome");
        private static final Set<String> PROPERTY_FIELDS = Set.of("name", "type", "description");
        private static final Set<String> NOTE_FIELDS = Set.of("id", "text", "color");
        private static final Set<String> LAYOUT_FIELDS = Set.of("zoom", "viewport", "start", "blocks", "notes");
        private static final Set<String> POINT_FIELDS = Set.of("x", "y");
        private static final Set<String> NOTE_BOUNDS_FIELDS = Set.of("x", "y", "width", "height");
        private static final Set<String> METADATA_FIELDS = Set.of("createdAt", "updatedAt", "appVersion");

        private final LocatedJson located;
        private final String source;
        /** Where values of a migrated tree were in the file as written, so errors name the user's line. */
        private PointerOrigins origins = PointerOrigins.none();
        /** The flow's default language: what a plain string in a localized field is written in. */
        private String plainLanguage = "tr";

        Binder(LocatedJson located, String source) {
            this.located = located;
            this.source = source;
        }

        FlowFormatException error(String pointer, String key, Object... args) {
            return new FlowFormatException(source, located.locationOf(origins.original(pointer)), key, args);
        }

        FlowDocument document(ObjectNode root) throws FlowFormatException {
            FlowDocument.Builder builder = FlowDocument.builder(requiredString(root, "", "id"));
            builder.schemaVersion(FlowDocument.CURRENT_SCHEMA_VERSION);
            String defaultLanguage = optionalString(root, "", "defaultLanguage");
            plainLanguage = defaultLanguage == null ? "tr" : defaultLanguage;
            builder.defaultLanguage(plainLanguage);
            builder.name(localized(root.get("name"), "/name"));
            builder.description(localized(root.get("description"), "/description"));
            builder.languages(stringList(root.get("languages"), "/languages"));
            builder.entryPoints(list(root, "entryPoints", this::entryPoint));
            builder.blocks(list(root, "blocks", this::block));
            builder.connections(list(root, "connections", this::connection));
            builder.properties(list(root, "properties", this::property));
            builder.notes(list(root, "notes", this::note));
            builder.layout(layout(root.get("layout"), "/layout"));
            builder.metadata(metadata(root.get("metadata"), "/metadata"));
            builder.extras(extras(root, ROOT_FIELDS));
            return builder.build();
        }

        interface ElementBinder<T> {
            T bind(ObjectNode node, String pointer) throws FlowFormatException;
        }

        <T> List<T> list(ObjectNode parent, String field, ElementBinder<T> binder) throws FlowFormatException {
            JsonNode node = parent.get(field);
            String pointer = "/" + field;
            if (node == null || node.isNull()) {
                return List.of();
            }
            if (!node.isArray()) {
                throw error(pointer, "format.expectedArray", field);
            }
            List<T> items = new ArrayList<>(node.size());
            for (int i = 0; i < node.size(); i++) {
                JsonNode element = node.get(i);
                String elementPointer = pointer + "/" + i;
                if (!element.isObject()) {
                    throw error(elementPointer, "format.expectedObject", field + "[" + i + "]");
                }
                items.add(binder.bind((ObjectNode) element, elementPointer));
            }
            return items;
        }

        Block block(ObjectNode node, String pointer) throws FlowFormatException {
            String id = requiredString(node, pointer, "id");
            String type = requiredString(node, pointer, "type");
            LocalizedText title = localized(node.get("title"), pointer + "/title");
            JsonNode config = node.get("config");
            if (config != null && !config.isNull() && !config.isObject()) {
                throw error(pointer + "/config", "format.expectedObject", "config");
            }
            return new Block(id, type, title, Json.copyOf(config), extras(node, BLOCK_FIELDS));
        }

        Connection connection(ObjectNode node, String pointer) throws FlowFormatException {
            return new Connection(requiredString(node, pointer, "from"), requiredString(node, pointer, "port"),
                    requiredString(node, pointer, "to"), extras(node, CONNECTION_FIELDS));
        }

        EntryPoint entryPoint(ObjectNode node, String pointer) throws FlowFormatException {
            Map<String, List<String>> keywords = new LinkedHashMap<>();
            JsonNode keywordNode = node.get("keywords");
            if (keywordNode != null && !keywordNode.isNull()) {
                if (!keywordNode.isObject()) {
                    throw error(pointer + "/keywords", "format.expectedObject", "keywords");
                }
                Iterator<Map.Entry<String, JsonNode>> fields = keywordNode.fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> entry = fields.next();
                    keywords.put(entry.getKey(), stringList(entry.getValue(),
                            pointer + "/keywords/" + LocatedJson.escape(entry.getKey())));
                }
            }
            return new EntryPoint(requiredString(node, pointer, "id"), requiredString(node, pointer, "kind"),
                    optionalString(node, pointer, "target"), keywords, optionalString(node, pointer, "sourceTag"),
                    localized(node.get("prefilledText"), pointer + "/prefilledText"),
                    optionalString(node, pointer, "checkoutOutcome"), extras(node, ENTRY_FIELDS));
        }

        PropertyDeclaration property(ObjectNode node, String pointer) throws FlowFormatException {
            return new PropertyDeclaration(requiredString(node, pointer, "name"), requiredString(node, pointer, "type"),
                    localized(node.get("description"), pointer + "/description"), extras(node, PROPERTY_FIELDS));
        }

        StickyNote note(ObjectNode node, String pointer) throws FlowFormatException {
            return new StickyNote(requiredString(node, pointer, "id"),
                    localized(node.get("text"), pointer + "/text"), optionalString(node, pointer, "color"),
                    extras(node, NOTE_FIELDS));
        }

        CanvasLayout layout(JsonNode node, String pointer) throws FlowFormatException {
            if (node == null || node.isNull()) {
                return CanvasLayout.EMPTY;
            }
            if (!node.isObject()) {
                throw error(pointer, "format.expectedObject", "layout");
            }
            ObjectNode object = (ObjectNode) node;
            double zoom = object.has("zoom") ? number(object.get("zoom"), pointer + "/zoom", "zoom") : 1.0;
            Point viewport = point(object.get("viewport"), pointer + "/viewport", "viewport");
            Point start = point(object.get("start"), pointer + "/start", "start");
            Map<String, Point> blocks = new LinkedHashMap<>();
            JsonNode blockNode = object.get("blocks");
            if (blockNode != null && !blockNode.isNull()) {
                if (!blockNode.isObject()) {
                    throw error(pointer + "/blocks", "format.expectedObject", "layout.blocks");
                }
                Iterator<Map.Entry<String, JsonNode>> fields = blockNode.fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> entry = fields.next();
                    blocks.put(entry.getKey(), point(entry.getValue(),
                            pointer + "/blocks/" + LocatedJson.escape(entry.getKey()), "layout.blocks." + entry.getKey()));
                }
            }
            Map<String, NoteBounds> notes = new LinkedHashMap<>();
            JsonNode noteNode = object.get("notes");
            if (noteNode != null && !noteNode.isNull()) {
                if (!noteNode.isObject()) {
                    throw error(pointer + "/notes", "format.expectedObject", "layout.notes");
                }
                Iterator<Map.Entry<String, JsonNode>> fields = noteNode.fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> entry = fields.next();
                    String notePointer = pointer + "/notes/" + LocatedJson.escape(entry.getKey());
                    JsonNode bounds = entry.getValue();
                    if (!bounds.isObject()) {
                        throw error(notePointer, "format.expectedObject", "layout.notes." + entry.getKey());
                    }
                    notes.put(entry.getKey(), new NoteBounds(
                            number(bounds.get("x"), notePointer + "/x", "x"),
                            number(bounds.get("y"), notePointer + "/y", "y"),
                            bounds.has("width") ? number(bounds.get("width"), notePointer + "/width", "width") : NoteBounds.DEFAULT_WIDTH,
                            bounds.has("height") ? number(bounds.get("height"), notePointer + "/height", "height") : NoteBounds.DEFAULT_HEIGHT,
                            extras((ObjectNode) bounds, NOTE_BOUNDS_FIELDS)));
                }
            }
            return new CanvasLayout(zoom, viewport, start, blocks, notes, extras(object, LAYOUT_FIELDS));
        }

        FlowMetadata metadata(JsonNode node, String pointer) throws FlowFormatException {
            if (node == null || node.isNull()) {
                return FlowMetadata.empty();
            }
            if (!node.isObject()) {
                throw error(pointer, "format.expectedObject", "metadata");
            }
            ObjectNode object = (ObjectNode) node;
            return new FlowMetadata(optionalString(object, pointer, "createdAt"), optionalString(object, pointer, "updatedAt"),
                    optionalString(object, pointer, "appVersion"), extras(object, METADATA_FIELDS));
        }

        Point point(JsonNode node, String pointer, String what) throws FlowFormatException {
            if (node == null || node.isNull()) {
                return Point.ORIGIN;
            }
            if (!node.isObject()) {
                throw error(pointer, "format.expectedObject", what);
            }
            return new Point(number(node.get("x"), pointer + "/x", what + ".x"), number(node.get("y"), pointer + "/y", what + ".y"),
                    extras((ObjectNode) node, POINT_FIELDS));
        }

        double number(JsonNode node, String pointer, String what) throws FlowFormatException {
            if (node == null || node.isNull()) {
                return 0;
            }
            if (!node.isNumber()) {
                throw error(pointer, "format.expectedNumber", what);
            }
            return node.asDouble();
        }

        /**
         * A localized text: an object of language → string, or a plain string meaning the flow's default
         * language (the same rule for the name, description, titles, note texts, property descriptions and
         * prefilled texts).
         */
        LocalizedText localized(JsonNode node, String pointer) throws FlowFormatException {
            if (node == null || node.isNull()) {
                return LocalizedText.EMPTY;
            }
            if (node.isTextual()) {
                return LocalizedText.of(plainLanguage, node.asText());
            }
            if (!node.isObject()) {
                throw error(pointer, "format.expectedText", fieldName(pointer));
            }
            Map<String, String> texts = new LinkedHashMap<>();
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> entry = fields.next();
                if (!entry.getValue().isTextual()) {
                    throw error(pointer + "/" + LocatedJson.escape(entry.getKey()), "format.expectedString",
                            fieldName(pointer) + "." + entry.getKey());
                }
                texts.put(entry.getKey(), entry.getValue().asText());
            }
            return LocalizedText.of(texts);
        }

        List<String> stringList(JsonNode node, String pointer) throws FlowFormatException {
            if (node == null || node.isNull()) {
                return List.of();
            }
            if (!node.isArray()) {
                throw error(pointer, "format.expectedArray", fieldName(pointer));
            }
            List<String> values = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                if (!node.get(i).isTextual()) {
                    throw error(pointer + "/" + i, "format.expectedString", fieldName(pointer) + "[" + i + "]");
                }
                values.add(node.get(i).asText());
            }
            return values;
        }

        String requiredString(ObjectNode node, String pointer, String field) throws FlowFormatException {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                throw pointer.isEmpty() ? error(pointer, "format.missingFlowField", field)
                        : error(pointer, "format.missingField", field, describe(pointer));
            }
            if (!value.isTextual()) {
                throw error(pointer + "/" + field, "format.expectedString", field);
            }
            if (value.asText().isBlank()) {
                throw error(pointer + "/" + field, "format.blankField", field);
            }
            return value.asText();
        }

        String optionalString(ObjectNode node, String pointer, String field) throws FlowFormatException {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isTextual()) {
                throw error(pointer + "/" + field, "format.expectedString", field);
            }
            return value.asText();
        }

        static ObjectNode extras(ObjectNode node, Set<String> known) {
            ObjectNode extras = Json.object();
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> entry = fields.next();
                if (!known.contains(entry.getKey())) {
                    extras.set(entry.getKey(), entry.getValue().deepCopy());
                }
            }
            return extras;
        }

        private static String fieldName(String pointer) {
            int slash = pointer.lastIndexOf('/');
            return slash < 0 ? pointer : pointer.substring(slash + 1);
        }

        /** "blocks[3]" for "/blocks/3": the element's path as written in the file, the same in every language. */
        private static String describe(String pointer) {
            String[] parts = pointer.substring(1).split("/");
            StringBuilder text = new StringBuilder();
            for (String part : parts) {
                if (part.chars().allMatch(Character::isDigit)) {
                    text.append('[').append(part).append(']');
                } else {
                    if (text.length() > 0) {
                        text.append('.');
                    }
                    text.append(part);
                }
            }
            return text.toString();
        }
    }
}
