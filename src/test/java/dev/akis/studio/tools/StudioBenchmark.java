package dev.akis.studio.tools;

import com.sun.javafx.perf.PerformanceTracker;
import dev.akis.blocks.BlockCatalog;
import dev.akis.flow.FlowDocument;
import dev.akis.flow.json.FlowFiles;
import dev.akis.flow.validate.FlowLinter;
import dev.akis.studio.app.EditorSession;
import dev.akis.studio.app.Studio;
import dev.akis.studio.canvas.FlowCanvas;
import dev.akis.studio.files.RecoveryStore;
import dev.akis.studio.files.SampleGallery;
import dev.akis.studio.settings.StudioSettings;
import dev.akis.studio.support.SampleFlows;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.PickResult;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Stage;

/**
 * Measures the real canvas with generated flows of 500, 2,000 and 5,000 blocks: time from opening the file to the
 * first frame that shows it, and frame times while dragging a block, panning and zooming, near (cards as nodes,
 * at 100 % and at 60 % where about twice as many cards are in view) and far (level of detail on and off). Frames are counted when
 * the renderer reports a finished frame ({@code PerformanceTracker}), not when code runs. Gestures go through the
 * canvas's own event handlers.
 *
 * <p>Every case runs several times (5 unless {@code -Dakis.bench.runs=N}); the report gives the median and the
 * spread of the runs, and the CPU time the JavaFX thread and the render thread spent per frame, which other
 * processes on a shared machine barely change.
 *
 * <p>Run: {@code mvn -B -q test-compile exec:exec@studio-bench}; writes the studio section of
 * {@code docs/benchmarks.md}.
 */
public final class StudioBenchmark {

    private static final int WARM_UP_FRAMES = 30;
    private static final int MEASURED_FRAMES = 180;
    private static final int RUNS = Integer.getInteger("akis.bench.runs", 5);
    private static final String START = "<!-- studio-benchmark:start -->";
    private static final String END = "<!-- studio-benchmark:end -->";

    private final ConcurrentLinkedQueue<Long> frames = new ConcurrentLinkedQueue<>();
    private final List<String> rows = new ArrayList<>();
    private final List<String> openRows = new ArrayList<>();
    /** Measured frame rates by "size|gesture", and open times by size, for the targets table. */
    private final java.util.Map<String, Double> fpsByCase = new java.util.HashMap<>();
    private final java.util.Map<Integer, Double> openMsBySize = new java.util.HashMap<>();
    private final java.util.Map<String, double[]> spreadByCase = new java.util.HashMap<>();
    private boolean recording = true;
    private Studio studio;
    private Stage stage;

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/benchmarks.md");
        int[] sizes = args.length > 1 ? Arrays.stream(args[1].split(",")).mapToInt(Integer::parseInt).toArray()
                : new int[] {500, 2_000, 5_000};
        Headless.start("1600x1000-32");
        StudioBenchmark benchmark = new StudioBenchmark();
        // A first, unrecorded round lets the JIT compile the canvas code, so the first size is not penalised.
        benchmark.recording = false;
        benchmark.run(200);
        benchmark.recording = true;
        for (int size : sizes) {
            benchmark.run(size);
        }
        benchmark.write(out);

        System.exit(0);
    }

    private void run(int size) throws Exception {
        Path home = Files.createTempDirectory("akis-bench");
        Path file = home.resolve("generated-" + size + ".json");
        FlowDocument flow = SampleFlows.generated(size);
        FlowFiles.save(file, flow);
        long bytes = Files.size(file);
        StudioSettings settings = StudioSettings.load(home);
        settings.setLanguage("en");
        BlockCatalog catalog = BlockCatalog.standard();
        Studio.Services services = new Studio.Services(catalog, new FlowLinter(catalog)::lint, settings,
                new RecoveryStore(home), new SampleGallery(false, List.of()), javafx.util.Duration.hours(1));
        Headless.onFx(() -> {
            stage = new Stage();
            stage.setWidth(1600);
            stage.setHeight(1000);
            studio = new Studio(stage, services);
            studio.show();
            PerformanceTracker tracker = PerformanceTracker.getSceneTracker(stage.getScene());
            tracker.setOnRenderedFrameTask(() -> frames.add(System.nanoTime()));

        });
        Headless.pulses(20);

        // Time to first frame: from the open command to the first rendered frame after the canvas drew the flow.
        // Opened RUNS times (closing the tab in between); the median is reported.
        double[] openTimes = new double[RUNS];
        for (int run = 0; run < RUNS; run++) {
            if (run > 0) {
                Headless.onFx(() -> studio.closeSession(studio.activeSession(), false));
                Headless.pulses(10);
            }
            frames.clear();
            long[] drawnAt = new long[1];
            long start = System.nanoTime();
            Headless.onFx(() -> {
                EditorSession session = studio.openFile(file).orElseThrow();
                FlowCanvas canvas = session.canvas();
                canvas.refreshCountProperty().addListener((obs, old, now) -> {
                    if (drawnAt[0] == 0 && canvas.drawnCardCount() > 0) {
                        drawnAt[0] = System.nanoTime();
                    }
                });
            });
            long firstFrame = waitForFrameAfter(() -> drawnAt[0]);
            openTimes[run] = (firstFrame - start) / 1e6;
            Headless.pulses(10);
        }
        Arrays.sort(openTimes);
        double openMs = median(openTimes);
        int cards = Headless.onFx(() -> canvas().drawnCardCount());
        if (recording) {
            openRows.add(String.format(Locale.ROOT, "| %,d | %,d KB | %.0f ms | %.0f–%.0f ms | %s | %d |", size,
                    bytes / 1024, openMs, openTimes[0], openTimes[RUNS - 1], openMs <= 2000 ? "yes" : "**no**", cards));
            openMsBySize.put(size, openMs);
        }

        // Near: 100 % zoom, cards and wires are nodes.
        Headless.onFx(() -> {
            canvas().setZoom(1.0);
            canvas().setPan(0, 0);
        });
        Headless.pulses(10);
        measure(size, "drag a block", "100 %", true, this::dragFrames);
        measure(size, "pan", "100 %", true, frame -> pan(frame, 9, 4));
        measure(size, "zoom in and out (100 %–50 %)", "100 %–50 %", true,
                frame -> Headless.runOnFx(() -> canvas().zoomAt(frame % 60 < 30 ? 0.977 : 1.0235, 800, 450)));

        // Dense: 60 %, still cards as nodes but about twice as many in view (wire labels shown).
        Headless.onFx(() -> {
            canvas().setZoom(0.6);
            canvas().setPan(0, 0);
        });
        Headless.pulses(10);
        measure(size, "pan, 60 %", "60 %", true, frame -> pan(frame, 9, 4));
        measure(size, "drag a block, 60 %", "60 %", true, this::dragFrames);

        // Far: the whole flow (or as much as the smallest zoom shows).
        for (boolean lod : new boolean[] {true, false}) {
            Headless.onFx(() -> {
                canvas().levelOfDetailProperty().set(lod);
                canvas().zoomToFit();
            });
            Headless.pulses(10);
            String zoom = Math.round(Headless.onFx(() -> canvas().zoom()) * 100) + " %";
            String mode = lod ? "level of detail" : "no level of detail";
            measure(size, "pan, zoomed out, " + mode, zoom, lod, frame -> pan(frame, 12, 5));
            measure(size, "drag a block, zoomed out, " + mode, zoom, lod, this::dragFrames);
        }
        Headless.onFx(() -> {
            studio.shutDown();
            stage.close();
        });
        System.gc();
    }

    private FlowCanvas canvas() {
        return studio.activeSession().canvas();
    }

    private long waitForFrameAfter(java.util.function.LongSupplier after) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            long mark = after.getAsLong();
            if (mark != 0) {
                for (Long frame : frames) {
                    if (frame >= mark) {
                        return frame;
                    }
                }
            }
            Thread.sleep(2);
        }
        throw new IllegalStateException("No frame was rendered");
    }

    // ---- gestures ---------------------------------------------------------------------------------------------

    private Point2D dragFrom;

    /**
     * Presses on a visible block's card on frame 0, drags it a little further each frame, releases at the end.
     * Alt is held so the block follows the pointer exactly (without snapping to the grid), and every frame
     * really changes the picture.
     */
    private void dragFrames(int frame) {
        FlowCanvas canvas = canvas();
        if (frame == 0) {
            String block = canvas.editor().document().blocks().stream().map(b -> b.id())
                    .filter(id -> {
                        Bounds b = canvas.blockSceneBounds(id);
                        Bounds view = canvas.localToScene(canvas.getBoundsInLocal());
                        return view.contains(b.getCenterX(), b.getCenterY()) && b.getMinX() > view.getMinX() + 200
                                && b.getMaxY() < view.getMaxY() - 200;
                    })
                    .findFirst().orElseThrow(() -> new IllegalStateException("no block in view: zoom " + canvas.zoom()
                            + " view " + canvas.localToScene(canvas.getBoundsInLocal()) + " first "
                            + canvas.blockSceneBounds(canvas.editor().document().blocks().get(0).id())
                            + " lod " + canvas.isLevelOfDetailShown() + " cards " + canvas.drawnCardCount()));
            Bounds card = canvas.blockSceneBounds(block);
            dragFrom = new Point2D(card.getMinX() + card.getWidth() * 0.3, card.getMinY() + Math.min(14, card.getHeight() / 4));
            mouse(MouseEvent.MOUSE_PRESSED, dragFrom.getX(), dragFrom.getY());
        } else if (frame < 0) {
            mouse(MouseEvent.MOUSE_RELEASED, dragFrom.getX() + 3 * (-frame), dragFrom.getY() + (-frame));
        } else {
            double dx = 3 * frame;
            double dy = frame % 80 < 40 ? frame % 40 : 40 - frame % 40;
            mouse(MouseEvent.MOUSE_DRAGGED, dragFrom.getX() + dx, dragFrom.getY() + dy);
        }
    }

    private void mouse(javafx.event.EventType<MouseEvent> type, double sceneX, double sceneY) {
        FlowCanvas canvas = canvas();
        Scene scene = stage.getScene();
        boolean down = type != MouseEvent.MOUSE_RELEASED;
        MouseEvent event = new MouseEvent(canvas, canvas, type, sceneX, sceneY,
                scene.getWindow().getX() + sceneX, scene.getWindow().getY() + sceneY, MouseButton.PRIMARY, 1,
                false, false, true, false, down, false, false, false, false, type != MouseEvent.MOUSE_PRESSED,
                new PickResult(canvas, sceneX, sceneY));
        Event.fireEvent(canvas, event);
    }

    /** Pans back and forth (60 frames each way) so the view stays over the flow. */
    private void pan(int frame, double dx, double dy) {
        if (frame >= 0) {
            double direction = frame % 120 < 60 ? -1 : 1;
            scroll(direction * dx, direction * dy);
        }
    }

    private void scroll(double dx, double dy) {
        Headless.runOnFx(() -> {
            FlowCanvas canvas = canvas();
            Bounds view = canvas.localToScene(canvas.getBoundsInLocal());
            double x = view.getCenterX();
            double y = view.getCenterY();
            ScrollEvent event = new ScrollEvent(canvas, canvas, ScrollEvent.SCROLL, x, y, x, y, false, false, false,
                    false, false, false, dx, dy, dx, dy, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                    ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, new PickResult(canvas, x, y));
            Event.fireEvent(canvas, event);
        });
    }

    // ---- measuring --------------------------------------------------------------------------------------------

    /** One run of a gesture: frames per second, the gaps between frames, CPU milliseconds per frame. */
    private record Run(double fps, double[] gaps, double fxMsPerFrame, double renderMsPerFrame) {
    }

    /**
     * Runs the gesture {@link #RUNS} times and records the median run (by frames per second), the spread, the frame
     * gaps of all runs together and the median CPU time per frame of the JavaFX and render threads.
     */
    private void measure(int size, String gesture, String zoom, boolean lod, IntConsumer step) throws Exception {
        String only = System.getProperty("akis.bench.only");
        if (only != null && !gesture.equals(only)) {
            return;
        }
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            // Each run starts from the same view and flow: the view is put back and a dragged block moved back.
            double zoomBefore = Headless.onFx(() -> canvas().zoom());
            dev.akis.flow.Point originBefore = Headless.onFx(() -> canvas().viewOrigin());
            int editsBefore = Headless.onFx(() -> canvas().editor().stack().undoSize());
            runs.add(measureOnce(step));
            Headless.onFx(() -> {
                while (canvas().editor().stack().undoSize() > editsBefore) {
                    canvas().editor().undo();
                }
                canvas().setZoom(zoomBefore);
                canvas().setPan(originBefore.x(), originBefore.y());
            });
            Headless.pulses(4);
        }
        double[] fps = runs.stream().mapToDouble(Run::fps).sorted().toArray();
        double[] gaps = runs.stream().flatMapToDouble(run -> Arrays.stream(run.gaps())).sorted().toArray();
        double[] fx = runs.stream().mapToDouble(Run::fxMsPerFrame).sorted().toArray();
        double[] render = runs.stream().mapToDouble(Run::renderMsPerFrame).sorted().toArray();
        int nodes = Headless.onFx(() -> canvas().drawnCardCount());
        String row = String.format(Locale.ROOT, "| %,d | %s | %s | %d | %.1f | %.1f–%.1f | %.1f ms | %.1f ms | %.1f ms | %.1f ms |",
                size, gesture, zoom, nodes, median(fps), fps[0], fps[fps.length - 1], percentile(gaps, 50),
                percentile(gaps, 95), median(fx), median(render));
        if (recording) {
            rows.add(row);
            fpsByCase.put(size + "|" + gesture, median(fps));
            spreadByCase.put(size + "|" + gesture, new double[] {fps[0], fps[fps.length - 1]});
            System.out.println(row);
        }
    }

    /** Runs {@code step} once per pulse for warm-up and measured frames and counts the rendered frames. */
    private Run measureOnce(IntConsumer step) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        long[] window = new long[2];
        long[][] cpu = new long[2][];
        int total = WARM_UP_FRAMES + MEASURED_FRAMES;
        frames.clear();
        jdk.jfr.Recording jfr = null;
        if (System.getProperty("akis.bench.jfr") != null && recording) {
            // Profiling aid: -Dakis.bench.jfr=FILE records the measured frames with Flight Recorder.
            jfr = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
            jfr.start();
        }
        cpu[0] = threadCpu();
        Platform.runLater(() -> new AnimationTimer() {
            private int frame;

            @Override
            public void handle(long now) {
                if (frame == WARM_UP_FRAMES) {
                    window[0] = System.nanoTime();
                    cpu[0] = threadCpu();
                }
                try {
                    if (frame >= total) {
                        window[1] = System.nanoTime();
                        step.accept(-frame);
                        stop();
                        done.countDown();
                        return;
                    }
                    step.accept(frame);
                    frame++;
                } catch (RuntimeException e) {
                    e.printStackTrace();
                    stop();
                    done.countDown();
                }
            }
        }.start());
        if (!done.await(10, TimeUnit.MINUTES)) {
            throw new IllegalStateException("Gesture did not finish");
        }
        cpu[1] = threadCpu();
        if (jfr != null) {
            jfr.stop();
            jfr.dump(Path.of(System.getProperty("akis.bench.jfr")));
            jfr.close();
        }
        Headless.pulses(4);
        List<Long> inWindow = new ArrayList<>();
        for (Long frame : frames) {
            if (frame >= window[0] && frame <= window[1]) {
                inWindow.add(frame);
            }
        }
        double seconds = (window[1] - window[0]) / 1e9;
        double[] gaps = new double[Math.max(0, inWindow.size() - 1)];
        for (int i = 1; i < inWindow.size(); i++) {
            gaps[i - 1] = (inWindow.get(i) - inWindow.get(i - 1)) / 1e6;
        }
        int rendered = Math.max(1, inWindow.size());
        return new Run(inWindow.size() / seconds, gaps, (cpu[1][0] - cpu[0][0]) / 1e6 / MEASURED_FRAMES,
                (cpu[1][1] - cpu[0][1]) / 1e6 / rendered);
    }

    /** CPU nanoseconds used so far by the JavaFX application thread and by the render thread. */
    private static long[] threadCpu() {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long fx = 0;
        long render = 0;
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().equals("JavaFX Application Thread")) {
                fx += mx.getThreadCpuTime(thread.getId());
            } else if (thread.getName().startsWith("QuantumRenderer")) {
                render += mx.getThreadCpuTime(thread.getId());
            }
        }
        return new long[] {fx, render};
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double percentile(double[] sorted, int percent) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    // ---- report ---------------------------------------------------------------------------------------------

    private void write(Path out) throws IOException {
        StringBuilder section = new StringBuilder();
        section.append(START).append('\n');
        section.append("## Studio canvas (measured ").append(LocalDate.now()).append(")\n\n");
        section.append("Machine: ").append(cpu()).append(", ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores (shared with other work; load average ").append(loadAverage())
                .append(" when the run ended); JVM ").append(System.getProperty("java.vm.name")).append(' ')
                .append(System.getProperty("java.version")).append("; JavaFX ")
                .append(System.getProperty("javafx.runtime.version")).append(".\n");
        section.append("Pipeline: Monocle headless glass, Prism software renderer (`prism.order=sw`), a 1600×1000 window. ")
                .append("This is a CPU-only floor, not a GPU frame rate; the pulse is capped at 60 per second.\n\n");
        section.append("Frames are counted when the renderer reports a finished frame (`PerformanceTracker`); gestures are ")
                .append("mouse and scroll events fired at the canvas, one per pulse (")
                .append(WARM_UP_FRAMES).append(" warm-up frames, then ").append(MEASURED_FRAMES).append(" measured). ")
                .append("Every case ran ").append(RUNS).append(" times: *median fps* is the median run and *spread* ")
                .append("the slowest and fastest run; p50/p95 frame are over the frames of all runs. *FX* and *render* ")
                .append("are the CPU time the JavaFX thread and the render thread used per frame (median of the runs): ")
                .append("they show the headroom below the 16.7 ms of a 60 Hz frame and change little when other ")
                .append("processes load the machine, while the frame rate does.\n\n");
        section.append("The flows are generated (`SampleFlows.generated`): rows of chained blocks of seven types ")
                .append("(messages, questions, conditions, member and order lookups, property setters, waits) 360 × 380 ")
                .append("canvas units apart, so at 100 % about a dozen cards are in view and at 60 % about twenty. ")
                .append("The far view is zoom to fit, clamped at the smallest zoom (8 %). \"Cards as nodes\" counts ")
                .append("the card nodes drawn after the gesture.\n\n");
        section.append("### Opening a generated flow\n\n");
        section.append("| blocks | file | open → first frame with the flow (median) | spread | within 2 s | cards drawn |\n")
                .append("|---|---|---|---|---|---|\n");
        openRows.forEach(r -> section.append(r).append('\n'));
        section.append("\n### The issue's targets\n\n");
        section.append("A frame-rate target counts as reached when the median run is at least 57 fps (within 5 % of the ")
                .append("60 Hz pulse) for the 60 fps targets, and at least 30 fps for the 30 fps ones.\n\n");
        section.append("| target | median | spread of the runs | reached |\n|---|---|---|---|\n");
        target(section, "2,000 blocks, dragging a block (100 %)", "2000|drag a block", 57);
        target(section, "2,000 blocks, panning (100 %)", "2000|pan", 57);
        target(section, "2,000 blocks, panning at 60 % (about 20 cards in view)", "2000|pan, 60 %", 57);
        target(section, "5,000 blocks, panning zoomed out with level of detail", "5000|pan, zoomed out, level of detail", 30);
        target(section, "5,000 blocks, dragging zoomed out with level of detail", "5000|drag a block, zoomed out, level of detail", 30);
        Double open = openMsBySize.get(5000);
        section.append(String.format(Locale.ROOT, "| a 5,000-block file opened and drawn within 2 s | %s | – | %s |%n",
                open == null ? "not measured" : String.format(Locale.ROOT, "%.0f ms", open),
                open == null ? "–" : open <= 2000 ? "yes" : "**no**"));
        section.append("\n### Frame rate while editing\n\n");
        section.append("| blocks | gesture | zoom | cards as nodes | median fps | spread | p50 frame | p95 frame | FX ms/frame | render ms/frame |\n")
                .append("|---|---|---|---|---|---|---|---|---|---|\n");
        rows.forEach(r -> section.append(r).append('\n'));
        section.append(END).append('\n');

        String existing = Files.exists(out) ? Files.readString(out, StandardCharsets.UTF_8) : "# Benchmarks\n\n";
        String updated;
        int from = existing.indexOf(START);
        int to = existing.indexOf(END);
        if (from >= 0 && to > from) {
            updated = existing.substring(0, from) + section + existing.substring(to + END.length() + 1);
        } else {
            updated = existing + (existing.endsWith("\n\n") ? "" : "\n") + section;
        }
        FlowFiles.writeAtomically(out, updated);
        Files.deleteIfExists(FlowFiles.backupOf(out));
        System.out.println("Wrote " + out.toAbsolutePath());
    }

    private void target(StringBuilder section, String what, String key, double needed) {
        Double fps = fpsByCase.get(key);
        double[] spread = spreadByCase.get(key);
        section.append(String.format(Locale.ROOT, "| %s | %s | %s | %s |%n", what,
                fps == null ? "not measured" : String.format(Locale.ROOT, "%.1f fps", fps),
                spread == null ? "–" : String.format(Locale.ROOT, "%.1f–%.1f fps", spread[0], spread[1]),
                fps == null ? "–" : fps >= needed ? "yes" : "**no**"));
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String cpu() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: the name stays unknown
        }
        return System.getProperty("os.arch");
    }
}
