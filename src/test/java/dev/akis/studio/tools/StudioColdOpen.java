package dev.akis.studio.tools;

import com.sun.javafx.perf.PerformanceTracker;
import dev.akis.blocks.BlockCatalog;
import dev.akis.flow.json.FlowFiles;
import dev.akis.flow.validate.FlowLinter;
import dev.akis.studio.app.EditorSession;
import dev.akis.studio.app.Studio;
import dev.akis.studio.canvas.FlowCanvas;
import dev.akis.studio.files.RecoveryStore;
import dev.akis.studio.files.SampleGallery;
import dev.akis.studio.settings.StudioSettings;
import dev.akis.studio.support.SampleFlows;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;

/**
 * The first open of a flow in a fresh JVM, as a merchant meets it: nothing of the studio's code has run before
 * except building and showing the empty window (no warm-up round, no earlier open). Run once per process by
 * {@link StudioBenchmark} (each measurement forks a new {@code java}), it prints one line:
 * {@code COLD <blocks> <open ms> <launch ms> <window ms>} where <em>open</em> is from the open command to the first
 * rendered frame that shows the flow, <em>launch</em> from the JVM's start to that frame, and <em>window</em> from the
 * JVM's start to the first frame of the empty studio window.
 *
 * <p>{@code -Dakis.bench.jfr=FILE} records the whole process with Flight Recorder, to see what the time goes to.
 */
public final class StudioColdOpen {

    private StudioColdOpen() {
    }

    public static void main(String[] args) throws Exception {
        jdk.jfr.Recording jfr = null;
        if (System.getProperty("akis.bench.jfr") != null) {
            jfr = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
            jfr.enable("jdk.ExecutionSample").withPeriod(java.time.Duration.ofMillis(1));
            jfr.start();
        }
        Path file = Path.of(args[0]);
        long jvmStart = TimeUnit.MILLISECONDS.toNanos(ManagementFactory.getRuntimeMXBean().getStartTime());
        long nanoOffset = TimeUnit.MILLISECONDS.toNanos(System.currentTimeMillis()) - System.nanoTime();
        Headless.start("1600x1000-32");
        Path home = Files.createTempDirectory("akis-cold");
        StudioSettings settings = StudioSettings.load(home);
        settings.setLanguage("en");
        BlockCatalog catalog = BlockCatalog.standard();
        Studio.Services services = new Studio.Services(catalog, new FlowLinter(catalog)::lint, settings,
                new RecoveryStore(home), new SampleGallery(false, List.of()), javafx.util.Duration.hours(1));
        ConcurrentLinkedQueue<Long> frames = new ConcurrentLinkedQueue<>();
        Studio[] studio = new Studio[1];
        Headless.onFx(() -> {
            Stage stage = new Stage();
            stage.setWidth(1600);
            stage.setHeight(1000);
            studio[0] = new Studio(stage, services);
            studio[0].show();
            PerformanceTracker.getSceneTracker(stage.getScene()).setOnRenderedFrameTask(() -> frames.add(System.nanoTime()));
        });
        long windowFrame = waitForFrame(frames, 1);
        Headless.pulses(10);

        frames.clear();
        long[] drawnAt = new long[1];
        java.util.Map<String, Long> perThreadBefore = perThreadCpu();
        long compileBefore = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
        long gcBefore = ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(b -> b.getCollectionTime()).sum();
        long[] cpuBefore = threadCpu();
        long start = System.nanoTime();
        Headless.onFx(() -> {
            EditorSession session = studio[0].openFile(file).orElseThrow();
            FlowCanvas canvas = session.canvas();
            canvas.refreshCountProperty().addListener((obs, old, now) -> {
                if (drawnAt[0] == 0 && canvas.drawnCardCount() > 0) {
                    drawnAt[0] = System.nanoTime();
                }
            });
        });
        long firstFrame = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (firstFrame == 0 && System.nanoTime() < deadline) {
            long mark = drawnAt[0];
            if (mark != 0) {
                for (Long frame : new ArrayList<>(frames)) {
                    if (frame >= mark) {
                        firstFrame = frame;
                        break;
                    }
                }
            }
            Thread.sleep(1);
        }
        if (firstFrame == 0) {
            throw new IllegalStateException("No frame showed the flow");
        }
        long[] cpuAfter = threadCpu();
        if (Boolean.getBoolean("akis.bench.threads")) {
            perThreadCpu().forEach((name, ns) -> {
                long used = ns - perThreadBefore.getOrDefault(name, 0L);
                if (used > 20_000_000L) {
                    System.out.println(String.format(Locale.ROOT, "THREAD %-40s %6.0f ms", name, used / 1e6));
                }
            });
            System.out.println("THREAD JIT compiling (all compiler threads)      "
                    + (ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - compileBefore) + " ms");
            System.out.println("THREAD GC (collection time)                      "
                    + (ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(b -> b.getCollectionTime()).sum()
                    - gcBefore) + " ms");
        }
        int blocks = Headless.onFx(() -> studio[0].activeSession().editor().document().blocks().size());
        System.out.println(String.format(Locale.ROOT, "COLD %d %.0f %.0f %.0f %.0f %.0f", blocks, (firstFrame - start) / 1e6,
                (firstFrame + nanoOffset - jvmStart) / 1e6, (windowFrame + nanoOffset - jvmStart) / 1e6,
                (cpuAfter[0] - cpuBefore[0]) / 1e6, (cpuAfter[1] - cpuBefore[1]) / 1e6));
        if (jfr != null) {
            jfr.stop();
            jfr.dump(Path.of(System.getProperty("akis.bench.jfr")));
        }
        System.exit(0);
    }

    /**
     * CPU nanoseconds used so far by the JavaFX application thread (named "Event Thread" under Monocle) and by all
     * threads of the process together.
     */
    private static long[] threadCpu() {
        java.lang.management.ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long fx = 0;
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().equals("JavaFX Application Thread") || thread.getName().equals("Event Thread")) {
                fx += mx.getThreadCpuTime(thread.getId());
            }
        }
        long process = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        return new long[] {fx, process};
    }

    /** CPU nanoseconds per live thread (JVM-internal threads such as the JIT compilers included), by name. */
    private static java.util.Map<String, Long> perThreadCpu() {
        java.lang.management.ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        java.util.Map<String, Long> used = new java.util.TreeMap<>();
        for (java.lang.management.ThreadInfo info : mx.dumpAllThreads(false, false)) {
            long ns = mx.getThreadCpuTime(info.getThreadId());
            if (ns > 0) {
                used.merge(info.getThreadName(), ns, Long::sum);
            }
        }
        return used;
    }

    private static long waitForFrame(ConcurrentLinkedQueue<Long> frames, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (frames.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        return frames.isEmpty() ? System.nanoTime() : frames.peek();
    }

    /** Writes a generated flow of the given size for the cold runs (so the child process does not generate it). */
    static Path writeGenerated(Path folder, int size) throws Exception {
        Path file = folder.resolve("generated-" + size + ".json");
        FlowFiles.save(file, SampleFlows.generated(size));
        Files.deleteIfExists(FlowFiles.backupOf(file));
        return file;
    }
}
