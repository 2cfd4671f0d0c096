package dev.akis.sim.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark writes its own section of docs/benchmarks.md and nothing else. */
class BenchmarkReportTest {

    @TempDir
    Path folder;

    private static String section(String marker) {
        return BenchmarkReport.START + "\n" + marker + "\n" + BenchmarkReport.END + "\n";
    }

    @Test
    void theSectionReplacesTheOldOneAndTheStudiosSectionStays() throws Exception {
        Path file = folder.resolve("benchmarks.md");
        String before = "# Benchmarks\n\n<!-- studio-rendering:start -->\nstudio figures\n<!-- studio-rendering:end -->\n\n"
                + section("old engine figures") + "\nA closing remark.\n";
        Files.writeString(file, before, StandardCharsets.UTF_8);

        BenchmarkReport.write(file, section("new engine figures"));

        String after = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(after).isEqualTo(before.replace("old engine figures", "new engine figures"));
    }

    @Test
    void aFileWithoutTheSectionGetsItAtTheEndAndAMissingFileIsCreated() throws Exception {
        Path existing = folder.resolve("benchmarks.md");
        Files.writeString(existing, "# Benchmarks\n\nStudio numbers.\n", StandardCharsets.UTF_8);
        BenchmarkReport.write(existing, section("engine"));
        assertThat(Files.readString(existing, StandardCharsets.UTF_8))
                .isEqualTo("# Benchmarks\n\nStudio numbers.\n\n" + section("engine"));

        Path created = folder.resolve("docs").resolve("new.md");
        BenchmarkReport.write(created, section("engine"));
        assertThat(Files.readString(created, StandardCharsets.UTF_8)).isEqualTo("# Benchmarks\n\n" + section("engine"));
    }

    @Test
    void theReportSaysWhetherOrderLookupReachedTheTargetAndWhatCouldNotBeMeasured() {
        BenchmarkPlan lookup = BenchmarkPlan.SAMPLES.get(0);
        BenchmarkPlan faq = BenchmarkPlan.SAMPLES.get(5);
        LatencyHistogram latency = new LatencyHistogram();
        latency.record(12_000);
        List<EngineBenchmark.Result> results = List.of(
                new EngineBenchmark.Result(lookup, EngineBenchmark.Services.IN_PROCESS, 10, 60_000, 1_000_000_000L,
                        900_000_000L, 15_000_000_000L, latency, null),
                new EngineBenchmark.Result(faq, EngineBenchmark.Services.LOOPBACK, 0, 0, 0, -1, 0, new LatencyHistogram(),
                        "returns-faq.size-exchange.convtest:7: this check did not hold"));
        String section = BenchmarkReport.section(results, new MachineInfo("Test CPU", 2, "Linux", "Java 17", 1L << 30, "0.50 0.40 0.30"),
                new EngineBenchmark.Settings(Duration.ofSeconds(1), Duration.ofSeconds(1), List.of(EngineBenchmark.Services.IN_PROCESS)),
                "java -jar target/akis-studio.jar bench", LocalDate.of(2026, 11, 25));

        assertThat(section).startsWith(BenchmarkReport.START).endsWith(BenchmarkReport.END + "\n")
                .contains("Test CPU, 2 cores", "load average 0.50 0.40 0.30", "Measured on 2026-11-25")
                .contains("| order-lookup | ayse-late-yurtici | in process (H2) | 15.0 | 10 | 60,000 | 60,000 | 66,667 | 12.")
                .contains("| returns-faq | size-exchange | loopback HTTP mocks | not measured: returns-faq.size-exchange.convtest:7")
                .contains("**met**: 60,000 turns/s");
    }
}
