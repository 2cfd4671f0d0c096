package dev.akis.studio.files;

import dev.akis.flow.FlowDocument;
import dev.akis.flow.json.FlowWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Writes the recovery copies of the autosave on one background thread, so a tick costs the window only the
 * taking of the flows' snapshots (the documents are immutable) while turning a 5,000-block flow into JSON and
 * writing it takes hundreds of milliseconds. A tick that comes while the previous one is still writing is
 * skipped (the next one writes the newer state), and only this thread ever writes a copy, so no file has two
 * writers. When a flow is saved or closed its copy is discarded at once; a write of an older snapshot that was
 * already under way cannot bring the copy back.
 */
public final class AutosaveWriter {

    /** A snapshot of one unsaved flow, taken on the JavaFX thread. */
    public record Copy(String key, FlowDocument document, Path originalFile, String name) {
    }

    private final RecoveryStore store;
    private final Function<FlowDocument, String> serialiser;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
        Thread writer = new Thread(runnable, "akis-autosave");
        writer.setDaemon(true);
        return writer;
    });
    private final AtomicBoolean busy = new AtomicBoolean();
    /** Counts the discards of each flow's copy; a snapshot taken before the last discard is not written. */
    private final Map<String, Long> discards = new ConcurrentHashMap<>();
    /** Held while a copy's files are written or deleted, so a discard never interleaves with a write. */
    private final Object files = new Object();

    public AutosaveWriter(RecoveryStore store) {
        this(store, document -> new FlowWriter().write(document));
    }

    AutosaveWriter(RecoveryStore store, Function<FlowDocument, String> serialiser) {
        this.store = store;
        this.serialiser = serialiser;
    }

    /**
     * Starts writing the copies of the unsaved flows and deleting those of the flows that are saved now
     * ({@code saved}, by key); returns false, doing nothing, while the previous tick is still writing. A copy that
     * cannot be written is reported to {@code onFailure} (on the writing thread) with its flow's name.
     */
    public boolean submit(List<Copy> copies, List<String> saved, BiConsumer<String, IOException> onFailure) {
        if (!busy.compareAndSet(false, true)) {
            return false;
        }
        Map<String, Long> taken = new java.util.HashMap<>();
        copies.forEach(copy -> taken.put(copy.key(), discards.getOrDefault(copy.key(), 0L)));
        try {
            thread.execute(() -> {
                try {
                    for (Copy copy : copies) {
                        write(copy, taken.get(copy.key()), onFailure);
                    }
                    for (String key : saved) {
                        synchronized (files) {
                            store.discard(key);
                        }
                    }
                } finally {
                    busy.set(false);
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException closed) {
            busy.set(false);
            return false;
        }
        return true;
    }

    private void write(Copy copy, long discardsWhenTaken, BiConsumer<String, IOException> onFailure) {
        String json;
        try {
            json = serialiser.apply(copy.document());
        } catch (RuntimeException e) {
            onFailure.accept(copy.name(), new IOException(e.toString(), e));
            return;
        }
        synchronized (files) {
            if (discards.getOrDefault(copy.key(), 0L) != discardsWhenTaken) {
                return;
            }
            try {
                store.saveText(copy.key(), json, copy.originalFile(), copy.name());
            } catch (IOException e) {
                onFailure.accept(copy.name(), e);
            }
        }
    }

    /** Deletes a flow's copy now (it was saved or closed); a write of an older snapshot will not restore it. */
    public void discard(String key) {
        discards.merge(key, 1L, Long::sum);
        synchronized (files) {
            store.discard(key);
        }
    }

    /** True while a tick's copies are being written. */
    public boolean isWriting() {
        return busy.get();
    }

    /** Waits (at most the given time) until the writing under way has finished; true when nothing is left. */
    public boolean awaitIdle(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (busy.get()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(2);
        }
        return true;
    }

    /** Lets the write under way finish (a few seconds at most) and takes no more ticks. */
    public void close() {
        thread.shutdown();
        try {
            if (!thread.awaitTermination(10, TimeUnit.SECONDS)) {
                System.err.println("The last recovery copy was still being written when the studio closed.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
