package dev.akis.studio.tools;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

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
}
