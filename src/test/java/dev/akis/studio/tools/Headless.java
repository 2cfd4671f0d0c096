package dev.akis.studio.tools;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/** Starts JavaFX without a display (Monocle, software rendering) for the screenshot and benchmark tools. */
public final class Headless {

    private Headless() {
    }

    public static void start(String geometry) throws InterruptedException {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        System.setProperty("headless.geometry", geometry);
        System.setProperty("java.awt.headless", "true");
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await(30, TimeUnit.SECONDS);
        Platform.setImplicitExit(false);
    }

    public static <T> T onFx(Supplier<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work::get);
        Platform.runLater(task);
        return task.get(120, TimeUnit.SECONDS);
    }

    public static void onFx(Runnable work) throws Exception {
        onFx(() -> {
            work.run();
            return null;
        });
    }

    /** Runs on the FX thread: directly when already there, else later. */
    public static void runOnFx(Runnable work) {
        if (Platform.isFxApplicationThread()) {
            work.run();
        } else {
            Platform.runLater(work);
        }
    }

    /** Waits for the given number of pulses to pass, so layout, CSS and rendering catch up. */
    public static void pulses(int count) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        AtomicReference<AnimationTimer> holder = new AtomicReference<>();
        Platform.runLater(() -> {
            AnimationTimer timer = new AnimationTimer() {
                private int seen;

                @Override
                public void handle(long now) {
                    if (++seen >= count) {
                        stop();
                        done.countDown();
                    }
                }
            };
            holder.set(timer);
            timer.start();
        });
        done.await(60, TimeUnit.SECONDS);
    }

    /** Writes what the stage's scene shows now to a PNG file and says where, for the README's pictures. */
    public static void snapshot(Stage stage, Path file) throws Exception {
        WritableImage image = onFx(() -> stage.getScene().snapshot(null));
        BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
        ImageIO.write(buffered, "png", file.toFile());
        System.out.println("Wrote " + file.toAbsolutePath() + " (" + (int) image.getWidth() + "x"
                + (int) image.getHeight() + ")");
    }
}
