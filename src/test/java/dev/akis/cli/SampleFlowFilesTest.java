package dev.akis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.akis.blocks.BlockCatalog;
import dev.akis.blocks.BlockType;
import dev.akis.flow.Block;
import dev.akis.flow.FlowDocument;
import dev.akis.flow.Json;
import dev.akis.flow.LocalizedText;
import dev.akis.flow.NoteBounds;
import dev.akis.flow.Point;
import dev.akis.flow.StickyNote;
import dev.akis.flow.json.FlowFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The sample flows merchants open first are clean: {@code validate} finds nothing at all (no error, no warning),
 * {@code format --check} finds them canonical, the JSON schema accepts them, every text a customer reads is written
 * in Turkish and English, and the canvas shows them left to right on the grid without two cards on top of each
 * other. The conversation tests beside them run in {@code SampleFlowConversationTests}.
 */
class SampleFlowFilesTest {

    static final Path SAMPLES = Path.of("flows-samples");
    /** The studio's card measures (dev.akis.studio.geometry.CardMetrics): width, and height from the port count. */
    static final double CARD_WIDTH = 240;
    static final double START_WIDTH = 240;
    static final double GRID = 20;

    private static List<Path> flows;

    @BeforeAll
    static void findTheSamples() throws IOException {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            flows = files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        }
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run run(List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = AkisCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exit = commandLine.execute(args.toArray(String[]::new));
        return new Run(exit, out.toString(), err.toString());
    }

    private static List<String> withFlows(String... command) {
        List<String> args = new ArrayList<>(List.of(command));
        flows.forEach(flow -> args.add(flow.toString()));
        return args;
    }

    @Test
    void thereAreTheSixScenariosOfTheIssue() {
        assertThat(flows).extracting(flow -> flow.getFileName().toString()).contains(
                "order-lookup.json", "where-is-my-parcel.json", "ctwa-hoodie-to-checkout.json",
                "cod-confirmation.json", "abandoned-checkout.json", "returns-faq.json");
    }

    @Test
    void validateFindsNoErrorAndNoWarningInAnySample() {
        Run validate = run(withFlows("validate"));

        assertThat(validate.out()).as("problems reported by validate").isEmpty();
        assertThat(validate.err()).isEmpty();
        assertThat(validate.exit()).isZero();
    }

    @Test
    void everySampleIsInCanonicalForm() {
        Run check = run(withFlows("format", "--check"));

        assertThat(check.out() + check.err()).as("files format --check would rewrite").isEmpty();
        assertThat(check.exit()).isZero();
    }

    @Test
    void theJsonSchemaAcceptsEverySample() throws IOException {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(Path.of("docs", "flow-format.schema.json"), StandardCharsets.UTF_8));
        for (Path flow : flows) {
            assertThat(schema.validate(Json.MAPPER.readTree(Files.readString(flow, StandardCharsets.UTF_8))))
                    .as("%s against the schema", flow).isEmpty();
        }
    }

    @Test
    void everySampleIsDescribedAndExplainedInTurkishAndEnglish() throws Exception {
        for (Path file : flows) {
            FlowDocument flow = FlowFiles.load(file);
            assertThat(flow.languages()).as("%s languages", file).containsExactly("tr", "en");
            assertBoth(flow.name(), file + " name");
            assertBoth(flow.description(), file + " description");
            assertThat(flow.notes()).as("%s sticky notes for the merchant", file).hasSizeGreaterThanOrEqualTo(2);
            for (StickyNote note : flow.notes()) {
                assertBoth(note.text(), file + " note " + note.id());
            }
            for (Block block : flow.blocks()) {
                assertBoth(block.title(), file + " title of " + block.id());
            }
        }
    }

    private static void assertBoth(LocalizedText text, String what) {
        assertThat(text.get("tr")).as("%s in Turkish", what).isNotBlank();
        assertThat(text.get("en")).as("%s in English", what).isNotBlank();
    }

    @Test
    void theCanvasShowsEverySampleOnTheGridWithoutOverlaps() throws Exception {
        BlockCatalog catalog = BlockCatalog.standard();
        for (Path file : flows) {
            FlowDocument flow = FlowFiles.load(file);
            assertThat(flow.layout().zoom()).as("%s opens at zoom 1", file).isEqualTo(1.0);
            List<Box> boxes = new ArrayList<>();
            Point start = flow.layout().start();
            boxes.add(new Box("start", start.x(), start.y(), START_WIDTH, 44 + Math.max(1, flow.entryPoints().size()) * 22 + 8));
            for (Block block : flow.blocks()) {
                Point at = flow.layout().blocks().get(block.id());
                assertThat(at).as("%s: position of %s", file, block.id()).isNotNull();
                BlockType type = catalog.find(block.type()).orElseThrow();
                boxes.add(new Box(block.id(), at.x(), at.y(), CARD_WIDTH, 44 + 24 + type.ports(block).size() * 22 + 8));
                assertThat(at.x() > start.x()).as("%s: %s is right of the start", file, block.id()).isTrue();
            }
            for (StickyNote note : flow.notes()) {
                NoteBounds bounds = flow.layout().notes().get(note.id());
                assertThat(bounds).as("%s: bounds of note %s", file, note.id()).isNotNull();
                boxes.add(new Box(note.id(), bounds.x(), bounds.y(), bounds.width(), bounds.height()));
            }
            for (int i = 0; i < boxes.size(); i++) {
                Box box = boxes.get(i);
                assertThat(box.x() % GRID == 0 && box.y() % GRID == 0).as("%s: %s on the %s grid", file, box.id(), GRID).isTrue();
                for (int j = i + 1; j < boxes.size(); j++) {
                    assertThat(box.overlaps(boxes.get(j))).as("%s: %s overlaps %s", file, box.id(), boxes.get(j).id()).isFalse();
                }
            }
            for (Block block : flow.blocks()) {
                double x = flow.layout().blocks().get(block.id()).x();
                List<Double> fromLeft = flow.connections().stream().filter(c -> c.to().equals(block.id()))
                        .map(c -> flow.layout().blocks().get(c.from()).x()).filter(from -> from <= x).toList();
                boolean entered = flow.entryPoints().stream().anyMatch(entry -> block.id().equals(entry.target()));
                assertThat(entered || !fromLeft.isEmpty())
                        .as("%s: %s is reached from a block on its left (wires back are only for loops)", file, block.id())
                        .isTrue();
            }
        }
    }

    private record Box(String id, double x, double y, double width, double height) {
        boolean overlaps(Box other) {
            return x < other.x + other.width && other.x < x + width && y < other.y + other.height && other.y < y + height;
        }
    }
}
