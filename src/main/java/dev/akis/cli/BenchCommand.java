package dev.akis.cli;

import dev.akis.i18n.Languages;
import dev.akis.sim.bench.BenchmarkPlan;
import dev.akis.sim.bench.BenchmarkReport;
import dev.akis.sim.bench.EngineBenchmark;
import dev.akis.sim.bench.MachineInfo;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench [--out docs/benchmarks.md] [--seconds N]}: measures engine turns per second and turn latency on
 * the sample flows' main paths, in process and over the loopback mock servers (see {@link EngineBenchmark}),
 * prints the table and replaces the benchmark's own section of the output file. Exit 0 when every flow was
 * measured, 1 when some could not be (its main-path test fails), 2 when the flows cannot be read or the report
 * cannot be written.
 */
@Command(name = "bench", sortOptions = false)
public final class BenchCommand implements Callable<Integer> {

    static final int OK = 0;
    static final int NOT_MEASURED = 1;
    static final int FAILED = 2;

    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "help")
    boolean help;

    @Option(names = "--out", paramLabel = "${bundle:label.file:-FILE}", defaultValue = "docs/benchmarks.md", descriptionKey = "out")
    Path out;

    @Option(names = "--seconds", paramLabel = "${bundle:label.number:-N}", defaultValue = "5", descriptionKey = "seconds")
    double seconds;

    @Option(names = "--warmup", paramLabel = "${bundle:label.number:-N}", defaultValue = "15", descriptionKey = "warmup")
    double warmup;

    @Option(names = "--flows", paramLabel = "${bundle:label.folder:-DIR}", defaultValue = "flows-samples", descriptionKey = "flows")
    Path flows;

    @Option(names = "--flow", paramLabel = "${bundle:label.name:-NAME}", descriptionKey = "flow")
    List<String> only;

    @Option(names = "--services", paramLabel = "${bundle:label.kind:-KIND}", defaultValue = "both", descriptionKey = "services")
    String services;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Locale locale = Languages.uiLocale();
        if (!(seconds > 0) || !(warmup >= 0) || Double.isInfinite(seconds) || Double.isInfinite(warmup)) {
            err.println(CliTexts.TEXTS.get(locale, "bench.badSeconds"));
            return FAILED;
        }
        List<EngineBenchmark.Services> kinds = switch (services.toLowerCase(Locale.ROOT)) {
            case "both" -> List.of(EngineBenchmark.Services.IN_PROCESS, EngineBenchmark.Services.LOOPBACK);
            case "in-process" -> List.of(EngineBenchmark.Services.IN_PROCESS);
            case "loopback" -> List.of(EngineBenchmark.Services.LOOPBACK);
            default -> null;
        };
        if (kinds == null) {
            err.println(CliTexts.TEXTS.get(locale, "bench.badServices", services));
            return FAILED;
        }
        if (!Files.isDirectory(flows)) {
            err.println(CliTexts.TEXTS.get(locale, "bench.noFlows", flows));
            return FAILED;
        }
        List<BenchmarkPlan> plans = new ArrayList<>();
        for (BenchmarkPlan plan : BenchmarkPlan.SAMPLES) {
            if (only == null || only.isEmpty() || only.contains(plan.flowName())) {
                plans.add(plan);
            }
        }
        if (plans.isEmpty()) {
            err.println(CliTexts.TEXTS.get(locale, "bench.noSuchFlow", String.join(", ", only),
                    String.join(", ", BenchmarkPlan.SAMPLES.stream().map(BenchmarkPlan::flowName).toList())));
            return FAILED;
        }
        EngineBenchmark.Settings settings = new EngineBenchmark.Settings(duration(warmup), duration(seconds), kinds);
        MachineInfo machine = MachineInfo.current();
        List<EngineBenchmark.Result> results;
        try {
            results = new EngineBenchmark(flows, settings, step -> {
                stdout.println(CliTexts.TEXTS.get(locale, "bench.running", step));
                stdout.flush();
            }).run(plans);
        } catch (IOException | RuntimeException e) {
            err.println(CliTexts.TEXTS.get(locale, "bench.failed", String.valueOf(e.getMessage())));
            return FAILED;
        }
        String section = BenchmarkReport.section(results, machine, settings, commandLine(), LocalDate.now());
        stdout.println();
        stdout.print(section.replace(BenchmarkReport.START + "\n", "").replace(BenchmarkReport.END + "\n", ""));
        try {
            BenchmarkReport.write(out, section);
        } catch (IOException e) {
            err.println(CliTexts.TEXTS.get(locale, "file.unwritable", out, String.valueOf(e.getMessage())));
            return FAILED;
        }
        stdout.println(CliTexts.TEXTS.get(locale, "bench.written", out));
        stdout.flush();
        return results.stream().allMatch(EngineBenchmark.Result::measured) ? OK : NOT_MEASURED;
    }

    private static Duration duration(double seconds) {
        return Duration.ofNanos(Math.round(seconds * 1e9));
    }

    /** How this run can be repeated, for the report. */
    private String commandLine() {
        StringBuilder line = new StringBuilder("java -jar target/akis-studio.jar bench");
        line.append(" --seconds ").append(format(seconds)).append(" --warmup ").append(format(warmup));
        if (!"both".equalsIgnoreCase(services)) {
            line.append(" --services ").append(services);
        }
        if (only != null) {
            only.forEach(name -> line.append(" --flow ").append(name));
        }
        return line.toString();
    }

    private static String format(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
