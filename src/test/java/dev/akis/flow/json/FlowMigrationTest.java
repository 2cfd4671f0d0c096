package dev.akis.flow.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.akis.blocks.BlockCatalog;
import dev.akis.flow.Block;
import dev.akis.flow.Connection;
import dev.akis.flow.EntryPoint;
import dev.akis.flow.FlowDocument;
import dev.akis.flow.Json;
import dev.akis.flow.Point;
import dev.akis.flow.validate.FlowLinter;
import dev.akis.i18n.Languages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FlowMigrationTest {

    private static String fixture(String name) throws IOException {
        try (InputStream in = FlowMigrationTest.class.getResourceAsStream("/flows/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aPreviewFlowOpensAsVersionOneWithItsBlocksWiresLayoutAndStart() throws Exception {
        FlowReader.Result result = new FlowReader().readWithDetails(fixture("v0-preview.json"), "v0-preview.json");
        FlowDocument flow = result.document();

        assertThat(result.originalVersion()).isZero();
        assertThat(result.appliedMigrations()).hasSize(1);
        assertThat(flow.schemaVersion()).isEqualTo(1);
        assertThat(flow.name().get("tr")).isEqualTo("Kargo takip");
        assertThat(flow.defaultLanguage()).isEqualTo("tr");
        assertThat(flow.languages()).containsExactly("tr");

        assertThat(flow.blocks()).extracting(Block::id, Block::type).containsExactly(
                tuple("ask_email", "askQuestion"), tuple("get_member", "getMember"),
                tuple("select_order", "selectOrder"), tuple("order_status", "orderStatus"),
                tuple("not_found", "sendMessage"), tuple("agent", "handoff"), tuple("bye", "end"));
        Block ask = flow.block("ask_email").orElseThrow();
        assertThat(ask.title().get("tr")).isEqualTo("E-posta sor");
        assertThat(ask.configValue("prompt").path("tr").asText())
                .isEqualTo("Siparişinizi bulmam için e-posta adresiniz nedir?");
        assertThat(ask.configValue("retryMessage").path("tr").asText()).startsWith("Geçerli bir e-posta");
        assertThat(ask.configValue("property").asText()).isEqualTo("contact.email");

        assertThat(flow.connections()).hasSize(11).contains(
                Connection.of("ask_email", "answered", "get_member"),
                Connection.of("get_member", "notFound", "not_found"),
                Connection.of("order_status", "other", "bye"));
        assertThat(flow.layout().blockPosition("ask_email")).isEqualTo(new Point(80, 120.5));
        assertThat(flow.layout().blockPosition("bye")).isEqualTo(new Point(1120, 220));
        assertThat(flow.entryPoints()).containsExactly(EntryPoint.anyMessage("start", "ask_email"));

        assertThat(new FlowLinter(BlockCatalog.standard()).lint(flow)).isEmpty();
    }

    @Test
    void anUpgradedFlowIsSavedAsVersionOneAndThenReadsWithoutMigration() throws Exception {
        FlowDocument upgraded = new FlowReader().read(fixture("v0-preview.json"), "v0-preview.json");
        String saved = new FlowWriter().write(upgraded);
        assertThat(saved).startsWith("{\n  \"schemaVersion\": 1,\n").doesNotContain("\"nodes\"", "\"lang\"");
        FlowReader.Result reread = new FlowReader().readWithDetails(saved, "saved.json");
        assertThat(reread.wasMigrated()).isFalse();
        assertThat(new FlowWriter().write(reread.document())).isEqualTo(saved);
        assertThat(reread.document().blocks()).isEqualTo(upgraded.blocks());
        assertThat(reread.document().connections()).containsExactlyInAnyOrderElementsOf(upgraded.connections());
    }

    @Test
    void theRegistryRunsEveryStepInOrderUpToTheTargetVersion() throws Exception {
        List<String> ran = new ArrayList<>();
        Migrations registry = new Migrations()
                .register(step(1, ran))
                .register(step(0, ran))
                .register(step(2, ran));
        ObjectNode tree = Json.object().put("schemaVersion", 0);
        List<String> applied = registry.migrate(tree, 0, 3, "old.json");
        assertThat(ran).containsExactly("0", "1", "2");
        assertThat(applied).containsExactly("step 0", "step 1", "step 2");
        assertThat(tree.get("schemaVersion").asInt()).isEqualTo(3);
    }

    @Test
    void aMissingStepIsReportedAndTwoStepsFromOneVersionAreRefused() {
        Migrations registry = new Migrations().register(step(0, new ArrayList<>()));
        assertThatThrownBy(() -> registry.migrate(Json.object(), 0, 2, "old.json"))
                .isInstanceOf(FlowFormatException.class)
                .hasMessage("old.json: no upgrade step from format version 1 to 2");
        assertThatThrownBy(() -> registry.register(step(0, new ArrayList<>())))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aPreviewFileThatCannotBeUpgradedSaysWhereWithLineAndColumnInBothLanguages() {
        String broken = """
                {
                  "schemaVersion": 0,
                  "id": "x",
                  "nodes": [
                    {"id": "ask", "kind": "askQuestion"},
                    {"label": "no id"}
                  ]
                }
                """;
        FlowFormatException error = catchThrowableOfType(() -> new FlowReader().read(broken, "broken.json"),
                FlowFormatException.class);
        assertThat(error.format(Locale.ENGLISH)).isEqualTo("broken.json:6:5: could not upgrade from format version 0 "
                + "at /nodes/1: each node needs an \"id\" that is a string");
        assertThat(error.format(Languages.locale("tr"))).isEqualTo("broken.json:6:5: 0. biçim sürümünden yükseltme "
                + "/nodes/1 konumunda yapılamadı: her düğümün metin olarak bir \"id\" alanı olmalı");
    }

    @Test
    void aNodeIdThatIsNotAStringIsShownWhereTheIdIsWritten() {
        String broken = "{\"schemaVersion\": 0, \"id\": \"x\",\n\"nodes\": [{\"id\": 7}]}";
        FlowFormatException error = catchThrowableOfType(() -> new FlowReader().read(broken, "broken.json"),
                FlowFormatException.class);
        assertThat(error.location()).isEqualTo(new SourceLocation(2, 18));
        assertThat(error.describe(Locale.ENGLISH)).contains("at /nodes/0/id:");
    }

    @Test
    void nodesThatAreNotAListAreShownWhereTheyAreWritten() {
        String broken = "{\"schemaVersion\": 0, \"id\": \"x\",\n  \"nodes\": {}}";
        FlowFormatException error = catchThrowableOfType(() -> new FlowReader().read(broken, "broken.json"),
                FlowFormatException.class);
        assertThat(error.getMessage()).isEqualTo("broken.json:2:12: could not upgrade from format version 0 at "
                + "/nodes: \"nodes\" must be a JSON array of nodes");
    }

    @Test
    void aProblemFoundAfterTheUpgradeNamesTheLineOfTheFileAsWritten() {
        String preview = """
                {
                  "schemaVersion": 0,
                  "id": "x",
                  "start": "ask",
                  "nodes": [
                    {"id": "ask", "kind": "askQuestion", "next": {"answered": "bye"}},
                    {"id": "", "kind": "end"}
                  ]
                }
                """;
        FlowFormatException error = catchThrowableOfType(() -> new FlowReader().read(preview, "preview.json"),
                FlowFormatException.class);
        // The blank id is /blocks/1/id after the upgrade; the user's file has it at /nodes/1/id, line 7.
        assertThat(error.getMessage()).isEqualTo("preview.json:7:12: \"id\" must not be empty");
    }

    @Test
    void movedValuesAreTracedBackThroughEveryStep() {
        PointerOrigins origins = PointerOrigins.none();
        origins.startStep();
        origins.moved("/blocks/0", "/nodes/0");
        origins.moved("/blocks/0/config", "/nodes/0/settings");
        origins.startStep();
        origins.moved("/steps", "/blocks");
        assertThat(origins.original("/steps/0/config/text/tr")).isEqualTo("/nodes/0/settings/text/tr");
        assertThat(origins.original("/steps/0/type")).isEqualTo("/nodes/0/type");
        assertThat(origins.original("/id")).isEqualTo("/id");
    }

    private static MigrationStep step(int from, List<String> ran) {
        return new MigrationStep() {
            @Override
            public int fromVersion() {
                return from;
            }

            @Override
            public String description() {
                return "step " + from;
            }

            @Override
            public void apply(ObjectNode root) {
                ran.add(Integer.toString(from));
                root.put("schemaVersion", from + 1);
            }
        };
    }
}
