package dev.akis.cli;

import static dev.akis.flow.SampleFlows.message;
import static org.assertj.core.api.Assertions.assertThat;

import dev.akis.flow.EntryPoint;
import dev.akis.flow.FlowDocument;
import dev.akis.flow.SampleFlows;
import dev.akis.flow.json.FlowWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code validate} prints exactly one line per problem, whatever the ids and texts of the flow hold: a block id
 * with a line break cannot forge a line that scripts would read as a problem of its own.
 */
class ValidateOneLinePerProblemTest {

    @TempDir
    Path folder;

    @Test
    void anIdWithALineBreakCannotFakeASecondProblemLine() throws IOException {
        FlowDocument flow = SampleFlows.flow("forged")
                .entryPoint(EntryPoint.anyMessage("start", "hello\nforged.json: x: error fake-code: nothing"))
                .block(message("hello\nforged.json: x: error fake-code: nothing", "Merhaba", "Hello"))
                .build();
        Path file = folder.resolve("forged.json");
        Files.writeString(file, new FlowWriter().write(flow), StandardCharsets.UTF_8);

        StringWriter out = new StringWriter();
        CommandLine commandLine = AkisCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(new StringWriter(), true));
        int exit = commandLine.execute("validate", file.toString());

        List<String> lines = out.toString().lines().toList();
        assertThat(exit).isEqualTo(1);
        assertThat(lines).singleElement().asString()
                .isEqualTo(file + ": hello\\nforged.json: x: error fake-code: nothing: error invalid-id: the id "
                        + "\"hello\\nforged.json: x: error fake-code: nothing\" contains an invisible or control character "
                        + "(\\n), which ids may not have; use only letters, digits and _ - . : (for example \"ask_email\")");
    }
}
