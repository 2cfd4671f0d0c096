package dev.akis.docs;

import static org.assertj.core.api.Assertions.assertThat;

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
import dev.akis.flow.json.FlowReader;
import dev.akis.flow.json.FlowWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
