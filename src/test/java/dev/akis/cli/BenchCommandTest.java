package dev.akis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akis.sim.bench.BenchmarkReport;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code bench} works end to end for a fraction of a second: it measures the sample flows in process and over the
 * loopback mocks, writes only its own section of the report, and says which flow it could not measure. Speed is
 * not checked here; docs/benchmarks.md holds the measured figures.
 */
class BenchCommandTest {

    @TempDir
    Path folder;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = AkisCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exit = commandLine.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void aShortRunMeasuresOrderLookupAndTheFaqBothWaysAndKeepsTheRestOfTheReport() throws Exception {
        Path report = folder.resolve("benchmarks.md");
        Files.writeString(report, "# Benchmarks\n\n## Canvas rendering (studio)\n\n| blocks | fps |\n|---|---|\n| 100 | 60 |\n",
                StandardCharsets.UTF_8);

        Run bench = run("bench", "--seconds", "0.2", "--warmup", "0.1", "--flow", "order-lookup", "--flow", "returns-faq",
                "--out", report.toString());

        assertThat(bench.err()).isEmpty();
        assertThat(bench.exit()).isZero();
        String text = Files.readString(report, StandardCharsets.UTF_8);
        assertThat(text).startsWith("# Benchmarks\n\n## Canvas rendering (studio)\n\n| blocks | fps |\n|---|---|\n| 100 | 60 |\n")
                .contains(BenchmarkReport.START, BenchmarkReport.END, "Machine: ", "Java: ", "Method: ")
                .contains("| order-lookup | ayse-late-yurtici | in process (H2) | ")
                .contains("| order-lookup | ayse-late-yurtici | loopback HTTP mocks | ")
                .contains("| returns-faq | size-exchange | in process (H2) | ")
                .contains("| returns-faq | size-exchange | loopback HTTP mocks | ")
                .contains("Target (issue #3): at least 50,000 turns/s in process for order-lookup")
                .doesNotContain("not measured");
        assertThat(bench.out()).contains("Measuring order-lookup", report + ": benchmark section written");
    }

    @Test
    void aFlowWhoseMainPathNoLongerPassesIsReportedNotMeasured() throws Exception {
        Path flows = Files.createDirectories(folder.resolve("flows"));
        String flow = Files.readString(Path.of("flows-samples", "order-lookup.json"), StandardCharsets.UTF_8);
        Files.writeString(flows.resolve("order-lookup.json"), flow.replace("geç kaldı", "gecikti"), StandardCharsets.UTF_8);
        Files.copy(Path.of("flows-samples", "order-lookup.ayse-late-yurtici.convtest"),
                flows.resolve("order-lookup.ayse-late-yurtici.convtest"));
        Path report = folder.resolve("benchmarks.md");

        Run bench = run("bench", "--seconds", "0.1", "--warmup", "0", "--flow", "order-lookup", "--services", "in-process",
                "--flows", flows.toString(), "--out", report.toString());

        assertThat(bench.exit()).isEqualTo(1);
        assertThat(Files.readString(report, StandardCharsets.UTF_8))
                .contains("| order-lookup | ayse-late-yurtici | in process (H2) | not measured: ")
                .contains("this check did not hold: < contains: geç kaldı")
                .contains("not measured in this run");
    }

    @Test
    void wrongOptionsAreRefusedWithoutWritingAnything() {
        Path report = folder.resolve("benchmarks.md");
        Run seconds = run("bench", "--seconds", "0", "--out", report.toString());
        Run services = run("bench", "--services", "cloud", "--out", report.toString());
        Run flow = run("bench", "--flow", "nonsense", "--out", report.toString());

        assertThat(seconds.exit()).isEqualTo(2);
        assertThat(seconds.err()).contains("--seconds must be more than 0");
        assertThat(services.exit()).isEqualTo(2);
        assertThat(services.err()).contains("\"cloud\" is not a kind of services");
        assertThat(flow.exit()).isEqualTo(2);
        assertThat(flow.err()).contains("no sample flow named nonsense");
        assertThat(report).doesNotExist();
    }
}
