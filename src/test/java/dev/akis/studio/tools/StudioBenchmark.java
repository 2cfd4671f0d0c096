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
 * first frame that shows it, and frame times while dragging a block, panning and zooming, near (cards as nodes)
 * and far (level of detail on and off). Frames are counted when the renderer reports a finished frame
 * ({@code PerformanceTracker}), not when code runs. Gestures go through the canvas's own event handlers.
 *
 * <p>Run: {@code mvn -B -q test-compile exec:exec@studio-bench}; writes the studio section of
 * {@code docs/benchmarks.md}.
 */
public final class StudioBenchmark {

    private static final int WARM_UP_FRAMES = 30;
    private static final int MEASURED_FRAMES = 180;
    private static final String START = "<!-- studio-benchmark:start -->";
    private static final String END = "<!-- studio-benchmark:end -->";

    private final ConcurrentLinkedQueue<Long> frames = new ConcurrentLinkedQueue<>();
    private final List<String> rows = new ArrayList<>();
    private final List<String> openRows = new ArrayList<>();
    /** Measured frame rates by "size|gesture", and open times by size, for the targets table. */
    private final java.util.Map<String, Double> fpsByCase = new java.util.HashMap<>();
    private final java.util.Map<Integer, Double> openMsBySize = new java.util.HashMap<>();
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
        double openMs = (firstFrame - start) / 1e6;
        int cards = Headless.onFx(() -> canvas().drawnCardCount());
        if (recording) {
            openRows.add(String.format(Locale.ROOT, "| %,d | %,d KB | %.0f ms | %s | %d |", size, bytes / 1024, openMs,
                    openMs <= 2000 ? "yes" : "**no**", cards));
            openMsBySize.put(size, openMs);
        }
        Headless.pulses(10);

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

    /** Runs {@code step} once per pulse for warm-up and measured frames and records the rendered frames. */
    private void measure(int size, String gesture, String zoom, boolean lod, IntConsumer step) throws Exception {
        String only = System.getProperty("akis.bench.only");
        if (only != null && !gesture.equals(only)) {
            return;
        }
        CountDownLatch done = new CountDownLatch(1);
        long[] window = new long[2];
        List<long[]> phases = java.util.Collections.synchronizedList(new ArrayList<>());
        long[] handleAt = new long[1];
        Runnable post = () -> {
            if (handleAt[0] != 0) {
                phases.add(new long[] {handleAt[0], System.nanoTime()});
                handleAt[0] = 0;
            }
        };
        boolean probe = Boolean.getBoolean("akis.bench.phases");
        if (probe) {
            Headless.onFx(() -> stage.getScene().addPostLayoutPulseListener(post));
        }
        int total = WARM_UP_FRAMES + MEASURED_FRAMES;
        Platform.runLater(() -> new AnimationTimer() {
            private int frame;

            @Override
            public void handle(long now) {
                if (frame == WARM_UP_FRAMES) {
                    window[0] = System.nanoTime();
                }
                handleAt[0] = System.nanoTime();
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
        frames.clear();
        if (!done.await(10, TimeUnit.MINUTES)) {
            throw new IllegalStateException("Gesture did not finish: " + gesture);
        }
        Headless.pulses(4);
        if (probe) {
            Headless.onFx(() -> stage.getScene().removePostLayoutPulseListener(post));
            double[] fx = phases.stream().mapToDouble(p -> (p[1] - p[0]) / 1e6).sorted().toArray();
            System.out.printf(Locale.ROOT, "fx handle->postLayout p50 %.1f p95 %.1f ms (%d)%n", percentile(fx, 50), percentile(fx, 95), fx.length);
            // render: for each postLayout, first frame after it
            List<Long> all = new ArrayList<>(frames);
            double[] render = phases.stream().mapToDouble(p -> {
                for (Long f : all) {
                    if (f >= p[1]) {
                        return (f - p[1]) / 1e6;
                    }
                }
                return -1;
            }).filter(d -> d >= 0).sorted().toArray();
            System.out.printf(Locale.ROOT, "postLayout->frame p50 %.1f p95 %.1f ms%n", percentile(render, 50), percentile(render, 95));
        }
        List<Long> inWindow = new ArrayList<>();
        for (Long frame : frames) {
            if (frame >= window[0] && frame <= window[1]) {
                inWindow.add(frame);
            }
        }
        double seconds = (window[1] - window[0]) / 1e9;
        double fps = inWindow.size() / seconds;
        double[] gaps = new double[Math.max(0, inWindow.size() - 1)];
        for (int i = 1; i < inWindow.size(); i++) {
            gaps[i - 1] = (inWindow.get(i) - inWindow.get(i - 1)) / 1e6;
        }
        Arrays.sort(gaps);
        int nodes = Headless.onFx(() -> canvas().drawnCardCount());
        String row = String.format(Locale.ROOT, "| %,d | %s | %s | %d | %.1f | %.1f ms | %.1f ms |", size, gesture, zoom,
                nodes, fps, percentile(gaps, 50), percentile(gaps, 95));
        if (recording) {
            rows.add(row);
            fpsByCase.put(size + "|" + gesture, fps);
            System.out.println(row);
        }
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
                .append(" cores; JVM ").append(System.getProperty("java.vm.name")).append(' ')
                .append(System.getProperty("java.version")).append("; JavaFX ")
                .append(System.getProperty("javafx.runtime.version")).append(".\n");
        section.append("Pipeline: Monocle headless glass, Prism software renderer (`prism.order=sw`), a 1600×1000 window. ")
                .append("This is a CPU-only floor, not a GPU frame rate; the pulse is capped at 60 per second.\n\n");
        section.append("Frames are counted when the renderer reports a finished frame (`PerformanceTracker`); gestures are ")
                .append("mouse and scroll events fired at the canvas, one per pulse (")
                .append(WARM_UP_FRAMES).append(" warm-up frames, then ").append(MEASURED_FRAMES).append(" measured).\n\n");
        section.append("The flows are generated (`SampleFlows.generated`): rows of chained blocks of seven types ")
                .append("(messages, questions, conditions, member and order lookups, property setters, waits) 360 × 380 ")
                .append("canvas units apart, so at 100 % about a dozen cards are in view. The far view is zoom to fit, ")
                .append("clamped at the smallest zoom (8 %). \"Cards as nodes\" counts the card nodes drawn after the gesture.\n\n");
        section.append("### Opening a generated flow\n\n");
        section.append("| blocks | file | open → first frame with the flow | within 2 s | cards drawn |\n|---|---|---|---|---|\n");
        openRows.forEach(r -> section.append(r).append('\n'));
        section.append("\n### The issue's targets\n\n");
        section.append("A frame-rate target counts as reached when the mean is at least 57 fps (within 5 % of the 60 Hz pulse).\n\n");
        section.append("| target | measured | reached |\n|---|---|---|\n");
        target(section, "2,000 blocks, dragging a block (100 %)", fpsByCase.get("2000|drag a block"), 57);
        target(section, "2,000 blocks, panning (100 %)", fpsByCase.get("2000|pan"), 57);
        target(section, "5,000 blocks, panning zoomed out with level of detail", fpsByCase.get("5000|pan, zoomed out, level of detail"), 30);
        target(section, "5,000 blocks, dragging zoomed out with level of detail", fpsByCase.get("5000|drag a block, zoomed out, level of detail"), 30);
        Double open = openMsBySize.get(5000);
        section.append(String.format(Locale.ROOT, "| a 5,000-block file opened and drawn within 2 s | %s | %s |%n",
                open == null ? "not measured" : String.format(Locale.ROOT, "%.0f ms", open),
                open == null ? "–" : open <= 2000 ? "yes" : "**no**"));
        section.append("\n### Frame rate while editing\n\n");
        section.append("| blocks | gesture | zoom | cards as nodes | mean fps | p50 frame | p95 frame |\n|---|---|---|---|---|---|---|\n");
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

    private static void target(StringBuilder section, String what, Double fps, double needed) {
        section.append(String.format(Locale.ROOT, "| %s | %s | %s |%n", what,
                fps == null ? "not measured" : String.format(Locale.ROOT, "%.1f fps", fps),
                fps == null ? "–" : fps >= needed ? "yes" : "**no**"));
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
