package dev.akis.docs;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.akis.blocks.BlockCatalog;
import dev.akis.blocks.BlockType;
import dev.akis.blocks.FieldSpec;
import dev.akis.blocks.conversation.ConditionBlock;
import dev.akis.flow.CheckoutOutcome;
import dev.akis.flow.EntryKind;
import dev.akis.flow.Json;
import dev.akis.flow.json.CanonicalJson;
import java.math.BigDecimal;
import java.util.List;

/**
 * Builds docs/flow-format.schema.json (JSON Schema draft 2020-12) for format version 1 from the block catalog:
 * the file's structure by hand, one {@code config} schema per known block type from its {@link FieldSpec}s.
 * Objects stay open ({@code additionalProperties} allowed) wherever the format keeps unknown fields, and blocks of
 * unknown types accept any configuration. Every optional member also accepts {@code null}, which the format reads
 * as absent. {@code FlowSchemaTest} checks that the committed file is this output.
 */
final class FlowSchemaGenerator {

    static final String PROPERTY_NAME = "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$";
    static final String DURATION = "^P(?=\\d|T\\d)(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d{1,9})?S)?)?$";

    private final BlockCatalog catalog;

    FlowSchemaGenerator(BlockCatalog catalog) {
        this.catalog = catalog;
    }

    String text() {
        return CanonicalJson.write(schema());
    }

    ObjectNode schema() {
        ObjectNode root = Json.object();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", "urn:akis:flow-format:1");
        root.put("title", "Akış flow file, format version 1");
        root.put("description", "The shape of an Akış Studio flow file (see docs/flow-format.md). Generated from "
                + "the block catalog by FlowSchemaGenerator; checks shapes only: wires, reachability, loops, "
                + "placeholders, required settings, item counts and WhatsApp limits are checked by 'validate'.");
        root.put("type", "object");
        root.putArray("required").add("schemaVersion").add("id");
        ObjectNode properties = root.putObject("properties");
        properties.putObject("schemaVersion").put("const", 1);
        properties.set("id", ref("nonBlank"));
        properties.set("name", orNull(ref("textOrLocalized")));
        properties.set("description", orNull(ref("textOrLocalized")));
        properties.set("defaultLanguage", orNull(type("string")));
        properties.set("languages", orNull(arrayOf(type("string"))));
        properties.set("entryPoints", orNull(arrayOf(ref("entryPoint"))));
        properties.set("blocks", orNull(arrayOf(ref("block"))));
        properties.set("connections", orNull(arrayOf(ref("connection"))));
        properties.set("properties", orNull(arrayOf(ref("propertyDeclaration"))));
        properties.set("notes", orNull(arrayOf(ref("note"))));
        properties.set("layout", orNull(ref("layout")));
        properties.set("metadata", orNull(ref("metadata")));

        ObjectNode defs = root.putObject("$defs");
        defs.set("nonBlank", type("string").put("pattern", "\\S"));
        defs.set("localizedText", type("object").set("additionalProperties", type("string")));
        ObjectNode textOrLocalized = Json.object();
        textOrLocalized.putArray("anyOf").add(type("string")).add(ref("localizedText"));
        defs.set("textOrLocalized", textOrLocalized);
        defs.set("propertyName", type("string").put("pattern", PROPERTY_NAME));
        defs.set("point", object(null, "x", orNull(type("number")), "y", orNull(type("number"))));
        defs.set("noteBounds", object(null, "x", orNull(type("number")), "y", orNull(type("number")),
                "width", orNull(type("number")), "height", orNull(type("number"))));
        defs.set("entryPoint", entryPoint());
        defs.set("block", block(defs));
        defs.set("connection", object(List.of("from", "port", "to"),
                "from", ref("nonBlank"), "port", ref("nonBlank"), "to", ref("nonBlank")));
        defs.set("propertyDeclaration", object(List.of("name", "type"),
                "name", ref("nonBlank"), "type", ref("nonBlank"), "description", orNull(ref("textOrLocalized"))));
        defs.set("note", object(List.of("id"), "id", ref("nonBlank"), "text", orNull(ref("textOrLocalized")),
                "color", orNull(type("string"))));
        defs.set("layout", object(null, "zoom", orNull(type("number")), "viewport", orNull(ref("point")),
                "start", orNull(ref("point")),
                "blocks", orNull(type("object").set("additionalProperties", orNull(ref("point")))),
                "notes", orNull(type("object").set("additionalProperties", ref("noteBounds")))));
        defs.set("metadata", object(null, "createdAt", orNull(type("string")), "updatedAt", orNull(type("string")),
                "appVersion", orNull(type("string"))));
        settingKinds(defs);
        return root;
    }

    private ObjectNode entryPoint() {
        ObjectNode entry = object(List.of("id", "kind"),
                "id", ref("nonBlank"),
                "kind", ref("nonBlank"),
                "target", orNull(type("string")),
                "keywords", orNull(type("object").set("additionalProperties", orNull(arrayOf(type("string"))))),
                "sourceTag", orNull(type("string")),
                "prefilledText", orNull(ref("textOrLocalized")),
                "checkoutOutcome", orNull(type("string")));
        ObjectNode rule = entry.putArray("allOf").addObject();
        rule.putObject("if").putObject("properties").putObject("kind").put("const", EntryKind.CHECKOUT_RETURN.id());
        ArrayNode outcomes = rule.putObject("then").putObject("properties").putObject("checkoutOutcome").putArray("enum");
        CheckoutOutcome.entryValues().forEach(outcomes::add);
        outcomes.addNull();
        return entry;
    }

    private ObjectNode block(ObjectNode defs) {
        ObjectNode block = object(List.of("id", "type"),
                "id", ref("nonBlank"),
                "type", ref("nonBlank"),
                "title", orNull(ref("textOrLocalized")),
                "config", orNull(type("object")));
        ArrayNode perType = block.putArray("allOf");
        for (BlockType type : catalog.all()) {
            String name = "config." + type.id();
            ObjectNode rule = perType.addObject();
            ObjectNode condition = rule.putObject("if");
            condition.putObject("properties").putObject("type").put("const", type.id());
            condition.putArray("required").add("type");
            rule.putObject("then").putObject("properties").set("config", orNull(ref(name)));
            ObjectNode config = type("object");
            config.put("title", type.name(java.util.Locale.ENGLISH) + " settings");
            ObjectNode fields = config.putObject("properties");
            for (FieldSpec field : type.fields()) {
                // Absent or null, a setting takes its default; a required one without a value is 'validate''s to report.
                fields.set(field.key(), orNull(setting(field)));
            }
            defs.set(name, config);
        }
        return block;
    }

    /** The JSON shape of one setting, from its kind and limits. */
    private static ObjectNode setting(FieldSpec field) {
        return switch (field.type()) {
            case LOCALIZED_TEXT -> ref("kind.localizedText");
            case TEXT, BLOCK_REF -> type("string");
            case INTEGER -> withRange(type("integer"), field);
            case DECIMAL -> withRange(type("number"), field);
            case BOOLEAN -> type("boolean");
            case ENUM -> {
                ObjectNode node = Json.object();
                ArrayNode options = node.putArray("enum");
                field.options().forEach(options::add);
                yield node;
            }
            case DURATION -> ref("kind.duration");
            case PROPERTY -> ref("kind.propertyOrEmpty");
            case CHOICES -> ref("kind.choices");
            case BRANCHES -> ref("kind.branches");
            case ASSIGNMENTS -> ref("kind.assignments");
            case KEY_VALUES -> ref("kind.keyValues");
            case RESPONSE_MAPPINGS -> ref("kind.responseMappings");
            case PRODUCT_IDS -> ref("kind.productIds");
        };
    }

    private static void settingKinds(ObjectNode defs) {
        defs.set("kind.localizedText", ref("localizedText"));
        ObjectNode duration = Json.object();
        duration.putArray("anyOf").add(type("string").put("pattern", DURATION)).add(type("string").put("pattern", "^\\s*$"));
        defs.set("kind.duration", duration);
        ObjectNode propertyOrEmpty = Json.object();
        propertyOrEmpty.putArray("anyOf").add(ref("propertyName")).add(type("string").put("pattern", "^\\s*$"));
        defs.set("kind.propertyOrEmpty", propertyOrEmpty);
        ObjectNode scalar = Json.object();
        scalar.putArray("type").add("string").add("number").add("boolean");

        defs.set("kind.choices", arrayOf(object(List.of("id", "title"),
                "id", ref("nonBlank"), "title", ref("localizedText"), "description", orNull(ref("localizedText")))));

        ObjectNode operators = Json.object();
        ArrayNode operatorList = operators.putArray("enum");
        ConditionBlock.OPERATORS.forEach(operatorList::add);
        ObjectNode rule = object(List.of("property", "operator"),
                "property", ref("propertyName"), "operator", operators, "value", orNull(scalar.deepCopy()));
        ObjectNode valueNeeded = rule.putArray("allOf").addObject();
        valueNeeded.putObject("if").putObject("properties").putObject("operator").putArray("enum").add("isSet").add("isNotSet");
        // Only isSet and isNotSet go without a value; the others need one that is not null.
        ObjectNode otherwise = valueNeeded.putObject("else");
        otherwise.putArray("required").add("value");
        otherwise.putObject("properties").set("value", scalar.deepCopy());
        ObjectNode match = Json.object();
        match.putArray("enum").add(ConditionBlock.MATCH_ALL).add(ConditionBlock.MATCH_ANY);
        defs.set("kind.branches", arrayOf(object(List.of("id", "rules"),
                "id", ref("nonBlank"), "label", orNull(ref("localizedText")), "match", orNull(match),
                "rules", arrayOf(rule).put("minItems", 1))));

        ObjectNode assignmentValue = Json.object();
        assignmentValue.putArray("type").add("string").add("number").add("boolean").add("null");
        defs.set("kind.assignments", arrayOf(object(List.of("property"),
                "property", ref("propertyName"), "value", assignmentValue)));
        ObjectNode headerValue = Json.object();
        headerValue.putArray("type").add("string").add("null");
        defs.set("kind.keyValues", arrayOf(object(List.of("name"), "name", ref("nonBlank"), "value", headerValue)));
        defs.set("kind.responseMappings", arrayOf(object(List.of("path", "property"),
                "path", type("string").put("pattern", "^(/.*)?$"), "property", ref("propertyName"))));
        defs.set("kind.productIds", arrayOf(ref("nonBlank")));
    }

    // ---- small builders ----------------------------------------------------------------------------------------

    private static ObjectNode type(String type) {
        return Json.object().put("type", type);
    }

    private static ObjectNode ref(String def) {
        return Json.object().put("$ref", "#/$defs/" + def);
    }

    /**
     * The schema, or JSON null, which the format reads as "absent" for every optional member: a {@code type}
     * becomes a list with "null", an {@code enum} gets null, anything else (a reference) becomes an anyOf.
     */
    private static ObjectNode orNull(ObjectNode schema) {
        ObjectNode copy = schema.deepCopy();
        if (copy.path("type").isTextual()) {
            copy.putArray("type").add(schema.get("type").textValue()).add("null");
            return copy;
        }
        if (copy.path("type").isArray()) {
            ((ArrayNode) copy.get("type")).add("null");
            return copy;
        }
        if (copy.path("enum").isArray()) {
            ((ArrayNode) copy.get("enum")).addNull();
            return copy;
        }
        ObjectNode either = Json.object();
        either.putArray("anyOf").add(copy).add(type("null"));
        return either;
    }

    private static ObjectNode arrayOf(ObjectNode items) {
        ObjectNode node = type("array");
        node.set("items", items);
        return node;
    }

    /** An open object with the given properties ("name", schema, "name", schema, ...). */
    private static ObjectNode object(List<String> required, Object... nameAndSchema) {
        ObjectNode node = type("object");
        if (required != null) {
            ArrayNode list = node.putArray("required");
            required.forEach(list::add);
        }
        ObjectNode properties = node.putObject("properties");
        for (int i = 0; i < nameAndSchema.length; i += 2) {
            properties.set((String) nameAndSchema[i], (ObjectNode) nameAndSchema[i + 1]);
        }
        return node;
    }

    private static ObjectNode withRange(ObjectNode node, FieldSpec field) {
        if (field.min() != null) {
            node.put("minimum", number(field.min()));
        }
        if (field.max() != null) {
            node.put("maximum", number(field.max()));
        }
        return node;
    }

    private static BigDecimal number(double value) {
        BigDecimal decimal = BigDecimal.valueOf(value).stripTrailingZeros();
        return decimal.scale() < 0 ? decimal.setScale(0) : decimal;
    }
}
