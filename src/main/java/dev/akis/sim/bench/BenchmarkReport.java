package dev.akis.sim.bench;

import dev.akis.flow.json.FlowFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark's section of docs/benchmarks.md: machine, date, method, one table row per flow and kind of
 * services, and whether the in-process target was met. Only the text between {@link #START} and {@link #END} is
 * ever replaced; other tools (the studio's rendering figures) keep their own sections in the same file.
 */
public final class BenchmarkReport {

    public static final String START = "<!-- engine-benchmark:start -->";
    public static final String END = "<!-- engine-benchmark:end -->";
    /** Turns per second the order-lookup flow must reach with in-process services (issue #3). */
    public static final double TARGET_TURNS_PER_SECOND = 50_000;
    public static final String TARGET_FLOW = "order-lookup";

    private BenchmarkReport() {
    }

    /** The section's markdown, markers included. */
    public static String section(List<EngineBenchmark.Result> results, MachineInfo machine, EngineBenchmark.Settings settings,
                                 String commandLine, LocalDate date) {
        StringBuilder out = new StringBuilder();
        out.append(START).append('\n');
        out.append("## Engine turns per second (`bench`)\n\n");
        out.append("Measured on ").append(date).append(" with `").append(commandLine).append("`.\n\n");
        out.append("- Machine: ").append(machine.cpu()).append(", ").append(machine.cores())
                .append(machine.cores() == 1 ? " core" : " cores").append(" available to the JVM (shared with other work), ")
                .append(machine.os()).append(machine.loadAverage().isEmpty() ? "" : ", load average "
                        + machine.loadAverage() + " (1, 5, 15 min) when the run began").append('\n');
        out.append("- Java: ").append(machine.java()).append(", max heap ")
                .append(machine.maxHeapBytes() / (1024 * 1024)).append(" MiB\n");
        out.append("- Warm-up at least ").append(seconds(settings.warmUp().toNanos()))
                .append(" s and until the rate stops rising (one-second windows, at most four times as long; the time ")
                .append("used is in the table), then ").append(seconds(settings.measure().toNanos()))
                .append(" s measured, per flow and kind of services.\n\n");
        out.append("Method: for each sample flow its main-path conversation test is first played once with all its checks ")
                .append("(it must pass), then replayed round after round on one thread, a new conversation each round ")
                .append("(order lookup and where-is-my-parcel: the next dataset member with orders each round, typing their ")
                .append("own e-mail; the click-to-WhatsApp, abandoned-cart and FAQ flows: a new phone number each round; ")
                .append("cash on delivery: the test's customer). A tap the rotated customer is not offered takes the first ")
                .append("option. Each `Engine.handle` call is one turn, timed with `System.nanoTime` into a histogram ")
                .append("(1.6 % buckets, upper edges reported); turns/s is turns divided by the wall time of the measured ")
                .append("rounds (replay work between turns included); turns per CPU-second divides by the CPU time of the ")
                .append("measuring thread instead, which other processes on a shared machine do not inflate (the collector's ")
                .append("and the mock servers' threads are not counted in it). *In process*: `H2ShopService` and ")
                .append("`InProcessCarrierTracker` read the H2 dataset directly. *Loopback*: the İkas GraphQL client and ")
                .append("the carrier adapters over HTTP to the mock servers on 127.0.0.1 (their server threads run beside ")
                .append("the measuring thread).\n\n");
        out.append("| Flow | Main-path test | Services | Warm-up s | Rounds | Turns | Turns/s | Turns per CPU-second | p50 µs | p99 µs | max µs |\n");
        out.append("|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (EngineBenchmark.Result result : results) {
            out.append("| ").append(result.plan().flowName()).append(" | ").append(result.plan().scriptFile()
                    .replace(result.plan().flowName() + ".", "").replace(".convtest", "")).append(" | ")
                    .append(result.services().label()).append(" | ");
            if (result.measured()) {
                out.append(String.format(Locale.ROOT, "%s | %,d | %,d | %,.0f | %s | %s | %s | %s |",
                        seconds(result.warmUpNanos()), result.rounds(), result.turns(),
                        result.turnsPerSecond(), result.turnsPerCpuSecond() < 0 ? "–"
                                : String.format(Locale.ROOT, "%,.0f", result.turnsPerCpuSecond()),
                        micros(result.latency().percentile(50)),
                        micros(result.latency().percentile(99)), micros(result.latency().max())));
            } else {
                out.append("not measured: ").append(result.failure().replace('\n', ' ').replace("|", "\\|"))
                        .append(" | | | | | | | |");
            }
            out.append('\n');
        }
        out.append('\n').append(verdict(results)).append('\n');
        out.append(END).append('\n');
        return out.toString();
    }

    /** Whether order lookup reached the target in process, in one sentence. */
    public static String verdict(List<EngineBenchmark.Result> results) {
        for (EngineBenchmark.Result result : results) {
            if (result.plan().flowName().equals(TARGET_FLOW) && result.services() == EngineBenchmark.Services.IN_PROCESS
                    && result.measured()) {
                boolean met = result.turnsPerSecond() >= TARGET_TURNS_PER_SECOND;
                return String.format(Locale.ROOT, "Target (issue #3): at least %,.0f turns/s in process for %s on one "
                                + "thread — %s: %,.0f turns/s.", TARGET_TURNS_PER_SECOND, TARGET_FLOW,
                        met ? "**met**" : "**not met**", result.turnsPerSecond());
            }
        }
        return String.format(Locale.ROOT, "Target (issue #3): at least %,.0f turns/s in process for %s — not measured in this run.",
                TARGET_TURNS_PER_SECOND, TARGET_FLOW);
    }

    /** Puts the section into the file in place of the previous one (or at the end); the rest stays as it was. */
    public static void write(Path file, String section) throws IOException {
        String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "# Benchmarks\n";
        String updated;
        int from = text.indexOf(START);
        int to = from < 0 ? -1 : text.indexOf(END, from);
        if (from >= 0 && to >= 0) {
            int after = to + END.length();
            if (after < text.length() && text.charAt(after) == '\n') {
                after++;
            }
            updated = text.substring(0, from) + section + text.substring(after);
        } else {
            updated = text + (text.endsWith("\n\n") ? "" : text.endsWith("\n") ? "\n" : "\n\n") + section;
        }
        FlowFiles.writeAtomically(file, updated);
    }

    private static String micros(long nanos) {
        return String.format(Locale.ROOT, "%,.1f", nanos / 1000.0);
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1e9);
    }
}
