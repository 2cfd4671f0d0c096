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
 * <p>Opening is measured twice. In this JVM, after an unrecorded 200-block round has run every case once (so the
 * JIT has compiled the canvas code), the median of {@link #RUNS} opens: the <em>warm</em> figure. And the first
 * open in a fresh JVM, where nothing but the empty window ran before: {@link StudioColdOpen} in a new {@code java}
 * process per run, the <em>cold</em> figure a merchant meets when the studio starts with a file.
 *
 * <p>The autosave tick is measured on its own: what it costs the JavaFX thread now (the snapshot) and before (the
 * snapshot turned into JSON and written there), how long the autosave thread writes, and the frame rate while
 * dragging a block with a tick in the middle of the drag. The other gestures run with the autosave an hour away.
 *
 * <p>Run: {@code mvn -B -q test-compile exec:exec@studio-bench}; writes the studio sections of
 * {@code docs/benchmarks.md}. {@code AKIS_BENCH_PART=canvas|cold|autosave} (or {@code -Dakis.bench.part=...})
 * measures and rewrites one section only.
 */
public final class StudioBenchmark {

    private static final int WARM_UP_FRAMES = 30;
    private static final int MEASURED_FRAMES = 180;
    private static final int RUNS = Integer.getInteger("akis.bench.runs", 5);
    private static final String START = "<!-- studio-benchmark:start -->";
    private static final String END = "<!-- studio-benchmark:end -->";
    private static final String COLD_START = "<!-- studio-cold-open:start -->";
    private static final String COLD_END = "<!-- studio-cold-open:end -->";
    private static final String AUTOSAVE_START = "<!-- studio-autosave:start -->";
    private static final String AUTOSAVE_END = "<!-- studio-autosave:end -->";
    /** Frame of the drag at which the autosave tick fires (half a second into the measured frames). */
    private static final int TICK_FRAME = WARM_UP_FRAMES + 30;

    private final ConcurrentLinkedQueue<Long> frames = new ConcurrentLinkedQueue<>();
    private final List<String> rows = new ArrayList<>();
    /** Where {@link #measure} puts its rows: the canvas table, or the autosave section's. */
    private List<String> rowsInUse = rows;
    private final List<String> autosaveRows = new ArrayList<>();
    private final List<String> tickRows = new ArrayList<>();
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
        // The part to run: a system property, or (through mvn exec:exec, which starts its own java) AKIS_BENCH_PART.
        String part = System.getProperty("akis.bench.part", System.getenv().getOrDefault("AKIS_BENCH_PART", "all"));
        StudioBenchmark benchmark = new StudioBenchmark();
        if (part.equals("all") || part.equals("cold")) {
            // First, while this JVM has not started JavaFX yet: each run is a process of its own.
            benchmark.coldOpens(out, sizes);
        }
        Headless.start("1600x1000-32");
        if (part.equals("all") || part.equals("canvas")) {
            // A first, unrecorded round lets the JIT compile the canvas code, so the first size is not penalised.
            benchmark.recording = false;
            benchmark.run(200);
            benchmark.recording = true;
            for (int size : sizes) {
                benchmark.run(size);
            }
            benchmark.write(out);
        }
        if (part.equals("all") || part.equals("autosave")) {
            if (!part.equals("all")) {
                benchmark.recording = false;
                benchmark.autosave(200);
                benchmark.recording = true;
            }
            for (int size : sizes) {
                benchmark.autosave(size);
            }
            benchmark.writeAutosave(out);
        }
        System.exit(0);
    }

    // ---- the first open in a fresh JVM ---------------------------------------------------------------------------

    /** One cold run: open → first frame, JVM start → that frame, JVM start → empty window, CPU ms of the open. */
    private record ColdRun(double openMs, double launchMs, double windowMs, double fxCpuMs, double processCpuMs) {
    }

    /**
     * Runs {@link StudioColdOpen} {@link #RUNS} times per size, each in a new JVM started like the jar is
     * ({@code java -cp ...}, no heap option), and writes the cold-open section.
     */
    private void coldOpens(Path out, int[] sizes) throws Exception {
        Path folder = Files.createTempDirectory("akis-cold");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        StringBuilder table = new StringBuilder();
        Double cold5000 = null;
        for (int size : sizes) {
            Path file = StudioColdOpen.writeGenerated(folder, size);
            List<ColdRun> runs = new ArrayList<>();
            for (int run = 0; run < RUNS; run++) {
                Process process = new ProcessBuilder(java, "-Dfile.encoding=UTF-8", "-cp",
                        System.getProperty("java.class.path"), StudioColdOpen.class.getName(), file.toString())
                        .redirectErrorStream(true).start();
                String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                    throw new IllegalStateException("Cold open failed:\n" + output);
                }
                String line = output.lines().filter(l -> l.startsWith("COLD ")).findFirst()
                        .orElseThrow(() -> new IllegalStateException("No result:\n" + output));
                String[] f = line.split(" ");
                runs.add(new ColdRun(Double.parseDouble(f[2]), Double.parseDouble(f[3]), Double.parseDouble(f[4]),
                        Double.parseDouble(f[5]), Double.parseDouble(f[6])));
                System.out.println(size + " blocks, cold run " + (run + 1) + ": " + line);
            }
            double[] open = runs.stream().mapToDouble(ColdRun::openMs).sorted().toArray();
            double median = median(open);
            if (size == 5_000) {
                cold5000 = median;
            }
            table.append(String.format(Locale.ROOT, "| %,d | %.0f ms | %.0f–%.0f ms | %s | %.0f ms | %.0f ms | %.0f ms | %.0f ms |%n",
                    size, median, open[0], open[open.length - 1], median <= 2000 ? "yes" : "**no**",
                    median(runs.stream().mapToDouble(ColdRun::fxCpuMs).sorted().toArray()),
                    median(runs.stream().mapToDouble(ColdRun::processCpuMs).sorted().toArray()),
                    median(runs.stream().mapToDouble(ColdRun::windowMs).sorted().toArray()),
                    median(runs.stream().mapToDouble(ColdRun::launchMs).sorted().toArray())));
        }
        StringBuilder section = new StringBuilder();
        section.append(COLD_START).append('\n');
        section.append("### Opening a generated flow in a fresh JVM (cold; measured ").append(LocalDate.now()).append(")\n\n");
        section.append("Each run is a new `java` process started like the jar (class path, no heap option) that shows the ")
                .append("empty studio window and then opens the file: nothing of the studio ran before except building that ")
                .append("window, so classes load, CSS applies and the JIT compiles for the first time during the open. ")
                .append(RUNS).append(" processes per size (`StudioColdOpen`); the median and the spread are given. *FX CPU* ")
                .append("and *all threads CPU* are the CPU time the JavaFX thread and the whole process used between the open ")
                .append("command and the frame that shows the flow; on these 2 shared cores the wall-clock time is that work ")
                .append("plus the wait for a core (load average ").append(loadAverage()).append(" when the runs ended). ")
                .append("*JVM start →* columns count from the start of the process.\n\n");
        section.append("| blocks | open → first frame with the flow (median) | spread | within 2 s | FX CPU | all threads CPU ")
                .append("| JVM start → empty window | JVM start → flow drawn |\n|---|---|---|---|---|---|---|---|\n");
        section.append(table);
        section.append(String.format(Locale.ROOT, "%nThe issue's target \"a 5,000-block file open and drawn within 2 s\", cold: %s.%n",
                cold5000 == null ? "not measured" : String.format(Locale.ROOT, "%.0f ms, %s", cold5000,
                        cold5000 <= 2000 ? "reached" : "**not reached** on this machine")));
        section.append(COLD_END).append('\n');
        replaceSection(out, COLD_START, COLD_END, section.toString(), END);
    }

    // ---- the autosave tick -----------------------------------------------------------------------------------------

    /**
     * With the flow changed (unsaved), measures the tick on the JavaFX thread as it is now and as it was (JSON and
     * file written there), the time the autosave thread takes, and dragging a block without and with a tick.
     */
    private void autosave(int size) throws Exception {
        Path home = Files.createTempDirectory("akis-bench-autosave");
        Path file = home.resolve("generated-" + size + ".json");
        FlowFiles.save(file, SampleFlows.generated(size));
        StudioSettings settings = StudioSettings.load(home);
        settings.setLanguage("en");
        BlockCatalog catalog = BlockCatalog.standard();
        RecoveryStore recovery = new RecoveryStore(home);
        Studio.Services services = new Studio.Services(catalog, new FlowLinter(catalog)::lint, settings, recovery,
                new SampleGallery(false, List.of()), javafx.util.Duration.hours(1));
        Headless.onFx(() -> {
            stage = new Stage();
            stage.setWidth(1600);
            stage.setHeight(1000);
            studio = new Studio(stage, services);
            studio.show();
            PerformanceTracker.getSceneTracker(stage.getScene()).setOnRenderedFrameTask(() -> frames.add(System.nanoTime()));
            studio.openFile(file).orElseThrow();
            canvas().setZoom(1.0);
            canvas().setPan(0, 0);
            // One change, so the flow is unsaved and every tick writes it.
            String first = canvas().editor().document().blocks().get(0).id();
            canvas().editor().execute(dev.akis.studio.command.Commands.move(java.util.Map.of(first,
                    canvas().editor().document().layout().blockPosition(first).translate(0, 20))));
        });
        Headless.pulses(20);

        int ticks = Math.max(RUNS, 5);
        double[] now = new double[ticks];
        double[] before = new double[ticks];
        double[] writing = new double[ticks];
        for (int i = 0; i < ticks; i++) {
            boolean started = Headless.onFx(() -> studio.runAutosave());
            long handed = System.nanoTime();
            if (!started || !studio.awaitAutosave(2, TimeUnit.MINUTES)) {
                throw new IllegalStateException("The autosave did not run");
            }
            writing[i] = (System.nanoTime() - handed) / 1e6;
            now[i] = Headless.onFx(() -> {
                long t0 = System.nanoTime();
                studio.runAutosave();
                return (System.nanoTime() - t0) / 1e6;
            });
            studio.awaitAutosave(2, TimeUnit.MINUTES);
            before[i] = Headless.onFx(() -> {
                // What the tick did on the JavaFX thread before: the same snapshot, turned into JSON and written.
                long t0 = System.nanoTime();
                FlowDocument document = canvas().editor().document();
                FlowDocument withView = document.withLayout(document.layout().withView(canvas().zoom(), canvas().viewOrigin()));
                try {
                    recovery.save("bench-before", withView, file, "bench");
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
                return (System.nanoTime() - t0) / 1e6;
            });
            Headless.pulses(2);
        }
        Arrays.sort(now);
        Arrays.sort(before);
        Arrays.sort(writing);
        if (recording) {
            tickRows.add(String.format(Locale.ROOT, "| %,d | %.1f ms | %.1f ms | %.0f ms | %.0f ms | %.0f ms (max %.0f ms) |",
                    size, median(now), now[now.length - 1], median(before), before[before.length - 1], median(writing),
                    writing[writing.length - 1]));
        }

        rowsInUse = autosaveRows;
        measure(size, "drag a block, no tick", "100 %", true, this::dragFrames);
        measure(size, "drag a block, autosave tick during the drag", "100 %", true, frame -> {
            dragFrames(frame);
            if (frame == TICK_FRAME && !studio.runAutosave()) {
                throw new IllegalStateException("The previous tick was still writing");
            }
        });
        rowsInUse = rows;
        studio.awaitAutosave(2, TimeUnit.MINUTES);
        Headless.onFx(() -> {
            studio.shutDown();
            stage.close();
        });
        System.gc();
    }

    private void writeAutosave(Path out) throws IOException {
        StringBuilder section = new StringBuilder();
        section.append(AUTOSAVE_START).append('\n');
        section.append("### The autosave tick (measured ").append(LocalDate.now()).append(")\n\n");
        section.append("Every 30 seconds while a flow has unsaved changes, the autosave writes its recovery copy. The tick ")
                .append("now only takes the flow's snapshot on the JavaFX thread (the document is immutable; the view is ")
                .append("added); one background thread turns it into JSON and writes the copy, and a tick that comes while ")
                .append("it still writes is skipped. *Before* is the same work done on the JavaFX thread, as the tick did ")
                .append("until now. The generated flow was changed once so that it is unsaved; ").append(Math.max(RUNS, 5))
                .append(" ticks per size, in the same JVM as the warm-up round and the sizes before it, so these are warm ")
                .append("figures; a first tick in a fresh JVM, or on a machine busy with other work, takes several times ")
                .append("longer on whichever thread does the work. The frame-rate tables above were measured with the autosave an hour away; the ")
                .append("drag below shows a tick in the middle of the measured frames (frame ").append(TICK_FRAME - WARM_UP_FRAMES)
                .append(" of ").append(MEASURED_FRAMES).append(").\n\n");
        section.append("| blocks | JavaFX thread per tick (median) | slowest tick | before: JavaFX thread per tick (median) | ")
                .append("before: slowest tick | autosave thread: JSON + write (median) |\n|---|---|---|---|---|---|\n");
        tickRows.forEach(r -> section.append(r).append('\n'));
        section.append("\n| blocks | gesture | zoom | cards as nodes | median fps | spread | p50 frame | p95 frame | FX ms/frame | render ms/frame | longest frame |\n")
                .append("|---|---|---|---|---|---|---|---|---|---|---|\n");
        autosaveRows.forEach(r -> section.append(r).append('\n'));
        section.append(AUTOSAVE_END).append('\n');
        String existing = Files.exists(out) ? Files.readString(out, StandardCharsets.UTF_8) : "";
        replaceSection(out, AUTOSAVE_START, AUTOSAVE_END, section.toString(), existing.contains(COLD_END) ? COLD_END : END);
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
        if (rowsInUse == autosaveRows) {
            // A tick's stall shows as one long frame, which the percentiles of all runs' frames hide.
            row += String.format(Locale.ROOT, " %.1f ms |", gaps.length == 0 ? Double.NaN : gaps[gaps.length - 1]);
        }
        if (recording) {
            rowsInUse.add(row);
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
        section.append("### Opening a generated flow in a warm JVM\n\n");
        section.append("Measured in the benchmark's own JVM after an unrecorded round with a 200-block flow has run every ")
                .append("case (the JIT has compiled the canvas code, classes are loaded, CSS is cached): the flow is opened ")
                .append(RUNS).append(" times, closing its tab in between, and the median is given. The first open of a ")
                .append("freshly started studio is measured separately below (cold).\n\n");
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
        section.append(String.format(Locale.ROOT, "| a 5,000-block file opened and drawn within 2 s (warm JVM; cold: see below) | %s | – | %s |%n",
                open == null ? "not measured" : String.format(Locale.ROOT, "%.0f ms", open),
                open == null ? "–" : open <= 2000 ? "yes" : "**no**"));
        section.append("\n### Frame rate while editing\n\n");
        section.append("| blocks | gesture | zoom | cards as nodes | median fps | spread | p50 frame | p95 frame | FX ms/frame | render ms/frame |\n")
                .append("|---|---|---|---|---|---|---|---|---|---|\n");
        rows.forEach(r -> section.append(r).append('\n'));
        section.append(END).append('\n');

        replaceSection(out, START, END, section.toString(), null);
    }

    /**
     * Puts {@code section} (which starts with {@code start} and ends with {@code end} and a line break) in place of
     * the text between the two markers; a new section goes after the marker {@code after} when that is there, else
     * at the end.
     */
    private static void replaceSection(Path out, String start, String end, String section, String after) throws IOException {
        String existing = Files.exists(out) ? Files.readString(out, StandardCharsets.UTF_8) : "# Benchmarks\n\n";
        String updated;
        int from = existing.indexOf(start);
        int to = existing.indexOf(end);
        int anchor = after == null ? -1 : existing.indexOf(after);
        if (from >= 0 && to > from) {
            updated = existing.substring(0, from) + section + existing.substring(to + end.length() + 1);
        } else if (anchor >= 0) {
            int at = anchor + after.length() + 1;
            updated = existing.substring(0, at) + "\n" + section + existing.substring(at);
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
