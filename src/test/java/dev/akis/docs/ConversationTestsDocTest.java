package dev.akis.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akis.flow.FlowDocument;
import dev.akis.flow.json.FlowFiles;
import dev.akis.sim.script.ConversationScript;
import dev.akis.sim.script.ScriptParser;
import dev.akis.sim.script.ScriptResult;
import dev.akis.sim.script.ScriptRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The examples of docs/conversation-tests.md are real: every {@code ```convtest} block passes against the sample
 * flow the page names and the shipped dataset, the failure shown is what the runner prints for the changed
 * example, and every file a command line on the page names exists.
 */
class ConversationTestsDocTest {

    static final Path DOC = Path.of("docs", "conversation-tests.md");
    static final Path FLOW = Path.of("flows-samples", "order-lookup.json");
    private static final Pattern COMMAND = Pattern.compile("akis-studio\\.jar simulate (\\S+)(?: --script (\\S+))?");

    static List<String> fenced(String doc, String info) {
        List<String> blocks = new ArrayList<>();
        Matcher fence = Pattern.compile("(?m)^```" + Pattern.quote(info) + "\\n(.*?)^```$", Pattern.DOTALL).matcher(doc);
        while (fence.find()) {
            blocks.add(fence.group(1));
        }
        return blocks;
    }

    private static ScriptResult play(String script, String name) throws Exception {
        FlowDocument flow = FlowFiles.load(FLOW);
        ConversationScript parsed = new ScriptParser().parse(script, name);
        return new ScriptRunner().run(flow, parsed, Locale.ENGLISH);
    }

    @Test
    void everyExampleScriptOnThePagePassesAgainstTheSampleFlowAndTheShippedData() throws Exception {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        assertThat(doc).contains("`" + FLOW.toString().replace('\\', '/') + "`");
        List<String> examples = fenced(doc, "convtest");
        assertThat(examples).as("convtest examples in %s", DOC).hasSizeGreaterThanOrEqualTo(2);
        for (int i = 0; i < examples.size(); i++) {
            ScriptResult result = play(examples.get(i), "example-" + (i + 1) + ".convtest");
            assertThat(result.passed()).as("example %d of %s:%n%s", i + 1, DOC, result.report(Locale.ENGLISH)).isTrue();
        }
    }

    @Test
    void theFailureShownIsWhatTheRunnerSaysWhenTheHeadlineExampleTapsTheDeliveredOrder() throws Exception {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        String headline = fenced(doc, "convtest").get(0);
        assertThat(headline).contains("tap: #1076");
        ScriptResult result = play(headline.replace("tap: #1076", "tap: #1050"), "order-lookup.wrong.convtest");

        assertThat(result.passed()).isFalse();
        assertThat(result.failure().describe(Locale.ENGLISH) + "\n").isEqualTo(fenced(doc, "failure").get(0));
    }

    @Test
    void theCommandLinesOnThePageNameFilesThatExist() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        Matcher command = COMMAND.matcher(doc);
        int commands = 0;
        while (command.find()) {
            commands++;
            assertThat(Path.of(command.group(1))).as("flow named in %s", command.group()).isRegularFile();
            if (command.group(2) != null) {
                assertThat(Path.of(command.group(2))).as("script named in %s", command.group()).isRegularFile();
            }
        }
        assertThat(commands).isGreaterThanOrEqualTo(2);
    }
}
