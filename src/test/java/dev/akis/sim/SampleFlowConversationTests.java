package dev.akis.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akis.flow.FlowDocument;
import dev.akis.flow.json.FlowFiles;
import dev.akis.sim.script.ConversationScript;
import dev.akis.sim.script.ScriptParser;
import dev.akis.sim.script.ScriptResult;
import dev.akis.sim.script.ScriptRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Plays every conversation test beside the sample flows ({@code flows-samples/order-lookup.json} with
 * {@code flows-samples/order-lookup.*.convtest}) during {@code mvn verify}, one dynamic test per script. A
 * sample flow without any test fails; no samples at all is not a failure.
 */
class SampleFlowConversationTests {

    static final Path SAMPLES = Path.of("flows-samples");

    @TestFactory
    Stream<DynamicNode> everySampleFlowPassesItsConversationTests() throws IOException {
        if (!Files.isDirectory(SAMPLES)) {
            return Stream.empty();
        }
        List<DynamicNode> flows = new ArrayList<>();
        try (Stream<Path> files = Files.list(SAMPLES)) {
            for (Path flowFile : files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
                flows.add(DynamicContainer.dynamicContainer(flowFile.getFileName().toString(), testsOf(flowFile)));
            }
        }
        return flows.stream();
    }

    private static List<DynamicNode> testsOf(Path flowFile) throws IOException {
        String stem = flowFile.getFileName().toString().replaceFirst("\\.json$", "");
        List<Path> scripts;
        try (Stream<Path> files = Files.list(flowFile.getParent())) {
            scripts = files.filter(f -> {
                String name = f.getFileName().toString();
                return name.startsWith(stem + ".") && name.endsWith(ScriptParser.EXTENSION);
            }).sorted().toList();
        }
        List<DynamicNode> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("has a conversation test", () -> assertThat(scripts)
                .as("%s needs at least one %s.<case>%s beside it", flowFile, stem, ScriptParser.EXTENSION).isNotEmpty()));
        for (Path script : scripts) {
            tests.add(DynamicTest.dynamicTest(script.getFileName().toString(), () -> play(flowFile, script)));
        }
        return tests;
    }

    private static void play(Path flowFile, Path scriptFile) throws Exception {
        FlowDocument flow = FlowFiles.load(flowFile);
        ConversationScript script = new ScriptParser().parse(scriptFile);
        ScriptResult result = new ScriptRunner().run(flow, script, Locale.ENGLISH);
        assertThat(result.passed()).as(result.report(Locale.ENGLISH)).isTrue();
    }
}
