package dev.akis.studio.files;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akis.flow.FlowDocument;
import dev.akis.flow.json.FlowFiles;
import dev.akis.flow.json.FlowWriter;
import dev.akis.studio.support.SampleFlows;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutosaveWriterTest {

    @TempDir
    Path home;
    private RecoveryStore store;
    private final List<String> failures = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        store = new RecoveryStore(home);
        store.start();
    }

    @AfterEach
    void stop() {
        store.closeCleanly();
    }

    private static AutosaveWriter.Copy copyOf(FlowDocument flow) {
        return new AutosaveWriter.Copy("k1", flow, Path.of("/flows/siparis.json"), "siparis.json");
    }

    /** A serialiser that waits for the test's go, and notes the thread it ran on. */
    private static final class HeldSerialiser implements Function<FlowDocument, String> {
        final CountDownLatch started = new CountDownLatch(1);
        final CountDownLatch go = new CountDownLatch(1);
        volatile String thread;

        @Override
        public String apply(FlowDocument document) {
            thread = Thread.currentThread().getName();
            started.countDown();
            try {
                go.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new FlowWriter().write(document);
        }
    }

    @Test
    void theCopyIsWrittenOnTheAutosaveThreadAndATickDuringTheWriteIsSkipped() throws Exception {
        HeldSerialiser serialiser = new HeldSerialiser();
        AutosaveWriter writer = new AutosaveWriter(store, serialiser);
        FlowDocument flow = SampleFlows.orderLookup();

        assertThat(writer.submit(List.of(copyOf(flow)), List.of(), (name, e) -> failures.add(name))).isTrue();
        assertThat(serialiser.started.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(writer.submit(List.of(copyOf(flow)), List.of(), (name, e) -> failures.add(name)))
                .as("the previous tick is still writing").isFalse();
        serialiser.go.countDown();
        assertThat(writer.awaitIdle(10, TimeUnit.SECONDS)).isTrue();

        assertThat(serialiser.thread).isEqualTo("akis-autosave");
        List<RecoveryStore.Recovered> copies = leftoversAfterACrash();
        assertThat(copies).hasSize(1);
        assertThat(FlowFiles.load(copies.get(0).copy()).blocks()).hasSameSizeAs(flow.blocks());
        assertThat(copies.get(0).originalFile()).isEqualTo(Path.of("/flows/siparis.json"));
        assertThat(failures).isEmpty();
        writer.close();
    }

    @Test
    void aFlowSavedWhileItsOlderCopyIsBeingWrittenLeavesNoCopy() throws Exception {
        HeldSerialiser serialiser = new HeldSerialiser();
        AutosaveWriter writer = new AutosaveWriter(store, serialiser);
        writer.submit(List.of(copyOf(SampleFlows.orderLookup())), List.of(), (name, e) -> failures.add(name));
        assertThat(serialiser.started.await(10, TimeUnit.SECONDS)).isTrue();

        writer.discard("k1");
        serialiser.go.countDown();
        assertThat(writer.awaitIdle(10, TimeUnit.SECONDS)).isTrue();

        assertThat(Files.exists(store.session().resolve("k1.json"))).isFalse();
        writer.close();
    }

    @Test
    void aFlowThatIsSavedByTheNextTickLosesItsCopy() throws Exception {
        AutosaveWriter writer = new AutosaveWriter(store);
        writer.submit(List.of(copyOf(SampleFlows.orderLookup())), List.of(), (name, e) -> failures.add(name));
        assertThat(writer.awaitIdle(10, TimeUnit.SECONDS)).isTrue();
        assertThat(store.session().resolve("k1.json")).exists();

        writer.submit(List.of(), List.of("k1"), (name, e) -> failures.add(name));
        assertThat(writer.awaitIdle(10, TimeUnit.SECONDS)).isTrue();
        assertThat(store.session().resolve("k1.json")).doesNotExist();
        writer.close();
    }

    /** What a studio started after a crash would be offered. */
    private List<RecoveryStore.Recovered> leftoversAfterACrash() throws IOException {
        RecoveryStore next = new RecoveryStore(home);
        Path running = store.session();
        // The running session holds its lock; look at its copies the way a later start would see them.
        try (var files = Files.list(running)) {
            assertThat(files.map(p -> p.getFileName().toString())).contains("k1.json", "k1.properties");
        }
        store.abandon();
        next.start();
        List<RecoveryStore.Recovered> found = next.leftovers();
        next.closeCleanly();
        store = new RecoveryStore(home);
        store.start();
        return found;
    }
}
