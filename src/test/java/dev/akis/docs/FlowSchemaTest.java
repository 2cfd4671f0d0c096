package dev.akis.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.akis.blocks.BlockCatalog;
import dev.akis.blocks.BlockType;
import dev.akis.flow.FlowDocument;
import dev.akis.flow.Json;
import dev.akis.flow.RandomFlows;
import dev.akis.flow.SampleFlows;
import dev.akis.flow.json.FlowFormatException;
import dev.akis.flow.json.FlowReader;
import dev.akis.flow.json.FlowWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** docs/flow-format.schema.json is generated from the catalog, accepts every well-formed flow and rejects bad shapes. */
class FlowSchemaTest {

    static final Path SCHEMA_FILE = Path.of("docs", "flow-format.schema.json");
    private static Schema schema;

    /** Loaded on first use, so that a missing or outdated file is reported by the first test, not as a crash. */
    private static synchronized Schema schema() throws IOException {
        if (schema == null) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(Files.readString(SCHEMA_FILE, StandardCharsets.UTF_8));
        }
        return schema;
    }

    private static List<Error> errors(String flowText) throws IOException {
        return schema().validate(Json.MAPPER.readTree(flowText));
    }

    private static String write(FlowDocument flow) {
        return new FlowWriter().write(flow);
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = FlowSchemaTest.class.getResourceAsStream("/flows/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theCommittedSchemaIsTheOneTheCatalogDescribes() throws IOException {
        String generated = new FlowSchemaGenerator(BlockCatalog.standard()).text();
        if (Boolean.getBoolean("akis.updateDocs")) {
            Files.writeString(SCHEMA_FILE, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(SCHEMA_FILE, StandardCharsets.UTF_8))
                .as("%s is out of date; run with -Dakis.updateDocs=true and review", SCHEMA_FILE)
                .isEqualTo(generated);
        JsonNode schema = Json.MAPPER.readTree(generated);
        for (BlockType type : BlockCatalog.standard().all()) {
            JsonNode config = schema.path("$defs").path("config." + type.id()).path("properties");
            assertThat(config.isObject()).as(type.id()).isTrue();
            type.fields().forEach(field -> assertThat(config.has(field.key())).as(type.id() + "." + field.key()).isTrue());
        }
    }

    @Test
    void theTestFlowsConformToTheSchema() throws Exception {
        assertThat(errors(fixture("unknown-fields.json"))).isEmpty();
        assertThat(errors(fixture("unknown-fields-shuffled.json"))).isEmpty();
        assertThat(errors(write(SampleFlows.orderStatusFlow()))).isEmpty();
        assertThat(errors(write(new FlowReader().read(fixture("v0-preview.json"), "v0.json")))).isEmpty();
    }

    @Property(tries = 200)
    void everyWellFormedFlowConformsToTheSchema(@ForAll long seed) throws IOException {
        assertThat(errors(write(RandomFlows.flowWithWellFormedSettings(seed)))).isEmpty();
    }

    @Test
    void badShapesAreRejectedWhereTheyAre() throws IOException {
        assertRejected(root -> root.remove("id"), "");
        assertRejected(root -> root.put("schemaVersion", 2), "/schemaVersion");
        assertRejected(root -> setting(root, "ask_email", "prompt", Json.NODES.numberNode(42)), "/blocks/0/config/prompt");
        assertRejected(root -> setting(root, "ask_email", "inputType", Json.NODES.textNode("date")),
                "/blocks/0/config/inputType");
        assertRejected(root -> setting(root, "ask_email", "maxRetries", Json.NODES.numberNode(11)),
                "/blocks/0/config/maxRetries");
        assertRejected(root -> setting(root, "ask_email", "property", Json.NODES.textNode("e mail")),
                "/blocks/0/config/property");
        assertRejected(root -> ((ObjectNode) root.path("connections").get(0)).remove("to"), "/connections/0");
        assertRejected(root -> ((ObjectNode) root.path("blocks").get(1)).put("type", " "), "/blocks/1/type");
        assertRejected(root -> ((ObjectNode) root.path("entryPoints").get(0))
                .put("kind", "checkoutReturn").put("checkoutOutcome", "refunded"), "/entryPoints/0/checkoutOutcome");
        assertRejected(root -> ((ObjectNode) root.path("layout").path("blocks")).putObject("ask_email").put("x", "left"),
                "/layout/blocks/ask_email/x");
    }

    @Test
    void aWaitOfTwoHoursMustBeWrittenAsAnIsoDuration() throws IOException {
        FlowDocument flow = SampleFlows.flow("wait").block(SampleFlows.block("wait", "pause")
                .withConfigValue("duration", Json.NODES.textNode("2 hours"))).build();
        assertThat(errors(write(flow))).extracting(e -> e.getInstanceLocation().toString())
                .contains("/blocks/0/config/duration");
        FlowDocument fixed = SampleFlows.flow("wait").block(SampleFlows.block("wait", "pause")
                .withConfigValue("duration", Json.NODES.textNode("PT2H"))).build();
        assertThat(errors(write(fixed))).isEmpty();
    }

    /** Every optional member of the file, the flow's and its parts', written as null, as other tools often do. */
    private static final String NULLS_INSIDE = """
            {
              "schemaVersion": 1,
              "id": "nulls-inside",
              "name": null,
              "description": null,
              "defaultLanguage": null,
              "languages": ["tr"],
              "entryPoints": [
                {"id": "start", "kind": "anyMessage", "target": null, "keywords": null, "sourceTag": null,
                 "prefilledText": null, "checkoutOutcome": null},
                {"id": "word", "kind": "keyword", "target": "bye", "keywords": {"tr": null, "en": ["hi"]}},
                {"id": "back", "kind": "checkoutReturn", "target": "bye", "checkoutOutcome": null}
              ],
              "blocks": [
                {"id": "bye", "type": "end", "title": null, "config": null},
                {"id": "later", "type": "someFutureBlock", "title": {"tr": "Sonra"}, "config": {"x": null}}
              ],
              "connections": [],
              "properties": [{"name": "order.note", "type": "text", "description": null}],
              "notes": [{"id": "n1", "text": null, "color": null}],
              "layout": {
                "zoom": null,
                "viewport": null,
                "start": {"x": null, "y": null},
                "blocks": {"bye": null, "later": {"x": 10, "y": null}},
                "notes": {"n1": {"x": null, "y": null, "width": null, "height": null}}
              },
              "metadata": {"createdAt": null, "updatedAt": null, "appVersion": null}
            }
            """;

    /** Every optional part of the file itself null. */
    private static final String NULLS_AT_THE_TOP = """
            {"schemaVersion": 1, "id": "nulls-at-the-top", "name": null, "description": null, "defaultLanguage": null,
             "languages": null, "entryPoints": null, "blocks": null, "connections": null, "properties": null,
             "notes": null, "layout": null, "metadata": null}
            """;

    /**
     * One block of every type with each of its settings null, and the optional members of list settings (a
     * choice's description, a branch's label and match, a valueless rule's value, an assignment's or header's value)
     * null too.
     */
    private static String everySettingNull() {
        ObjectNode root = Json.object().put("schemaVersion", 1).put("id", "null-settings");
        var blocks = root.putArray("blocks");
        for (BlockType type : BlockCatalog.standard().all()) {
            ObjectNode config = Json.object();
            type.fields().forEach(field -> config.putNull(field.key()));
            blocks.addObject().put("id", type.id()).put("type", type.id()).set("config", config);
            ObjectNode lists = Json.object();
            for (var field : type.fields()) {
                ObjectNode item = Json.object();
                switch (field.type()) {
                    case CHOICES -> item.put("id", "yes").putNull("description").putObject("title").put("tr", "Evet");
                    case BRANCHES -> item.put("id", "set").putNull("label").putNull("match").putArray("rules")
                            .addObject().put("property", "order.number").put("operator", "isSet").putNull("value");
                    case ASSIGNMENTS -> item.put("property", "order.note").putNull("value");
                    case KEY_VALUES -> item.put("name", "X-Shop").putNull("value");
                    default -> {
                        continue;
                    }
                }
                lists.putArray(field.key()).add(item);
            }
            if (!lists.isEmpty()) {
                blocks.addObject().put("id", type.id() + "_lists").put("type", type.id()).set("config", lists);
            }
        }
        return root.toString();
    }

    @Test
    void aFileWithNullForEveryOptionalMemberIsReadByTheAppAndAcceptedByTheSchema() throws Exception {
        for (String text : List.of(NULLS_INSIDE, NULLS_AT_THE_TOP, everySettingNull())) {
            new FlowReader().read(text, "nulls.json");
            assertThat(errors(text)).as(text).isEmpty();
        }
        assertThat(everySettingNull()).contains("\"description\":null", "\"label\":null", "\"match\":null");
    }

    @Test
    void whereTheAppRefusesNullSoDoesTheSchema() throws IOException {
        Map<String, String> refused = Map.of(
                "/id", "{\"schemaVersion\": 1, \"id\": null}",
                "/languages/0", "{\"schemaVersion\": 1, \"id\": \"x\", \"languages\": [null]}",
                "/name/tr", "{\"schemaVersion\": 1, \"id\": \"x\", \"name\": {\"tr\": null}}",
                "/blocks/0/type", "{\"schemaVersion\": 1, \"id\": \"x\", \"blocks\": [{\"id\": \"a\", \"type\": null}]}",
                "/layout/notes/n1", "{\"schemaVersion\": 1, \"id\": \"x\", \"layout\": {\"notes\": {\"n1\": null}}}");
        for (Map.Entry<String, String> file : refused.entrySet()) {
            assertThatThrownBy(() -> new FlowReader().read(file.getValue(), "null.json")).as(file.getValue())
                    .isInstanceOf(FlowFormatException.class);
            assertThat(errors(file.getValue())).as(file.getValue()).extracting(e -> e.getInstanceLocation().toString())
                    .contains(file.getKey());
        }
    }

    @Test
    void aRuleThatComparesMustHaveAValueThatIsNotNull() throws IOException {
        ObjectNode root = (ObjectNode) Json.MAPPER.readTree(everySettingNull());
        for (JsonNode block : root.path("blocks")) {
            for (JsonNode branch : block.path("config").path("branches")) {
                ((ObjectNode) branch.path("rules").get(0)).put("operator", "equals");
            }
        }
        assertThat(schema().validate(root)).extracting(e -> e.getInstanceLocation().toString())
                .anyMatch(location -> location.endsWith("/branches/0/rules/0/value") || location.endsWith("/branches/0/rules/0"));
    }

    private static void setting(ObjectNode root, String blockId, String key, JsonNode value) {
        for (JsonNode block : root.path("blocks")) {
            if (block.path("id").asText().equals(blockId)) {
                ((ObjectNode) block.path("config")).set(key, value);
            }
        }
    }

    private static void assertRejected(Consumer<ObjectNode> breakIt, String pointer) throws IOException {
        ObjectNode root = (ObjectNode) Json.MAPPER.readTree(write(SampleFlows.orderStatusFlow()));
        breakIt.accept(root);
        List<Error> errors = schema().validate(root);
        assertThat(errors).as("errors for a break at '%s'", pointer).isNotEmpty();
        assertThat(errors).extracting(e -> e.getInstanceLocation().toString())
                .as("where the schema says the break is").contains(pointer);
    }
}
