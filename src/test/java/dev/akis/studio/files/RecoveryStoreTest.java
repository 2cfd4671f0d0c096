package dev.akis.studio.files;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akis.flow.json.FlowFiles;
import dev.akis.studio.support.SampleFlows;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryStoreTest {

    @TempDir
    Path home;

    @Test
    void copiesOfACrashedSessionAreOfferedButThoseOfACleanExitAreNot() throws Exception {
        RecoveryStore crashed = new RecoveryStore(home);
        crashed.start();
        crashed.save("k1", SampleFlows.orderLookup(), Path.of("/flows/siparis.json"), "siparis.json");
        crashed.abandon();

        RecoveryStore clean = new RecoveryStore(home);
        clean.start();
        clean.save("k2", SampleFlows.orderLookup(), null, "Yeni akış");
        clean.closeCleanly();

        RecoveryStore next = new RecoveryStore(home);
        next.start();
        var leftovers = next.leftovers();
        assertThat(leftovers).hasSize(1);
        assertThat(leftovers.get(0).name()).isEqualTo("siparis.json");
        assertThat(leftovers.get(0).originalFile()).isEqualTo(Path.of("/flows/siparis.json"));
        assertThat(FlowFiles.load(leftovers.get(0).copy()).blocks()).hasSize(12);

        next.discardLeftovers(leftovers);
        assertThat(next.leftovers()).isEmpty();
        next.closeCleanly();
    }

    @Test
    void aRunningSessionIsNotMistakenForACrash() throws Exception {
        RecoveryStore running = new RecoveryStore(home);
        running.start();
        running.save("k", SampleFlows.orderLookup(), null, "draft");
        RecoveryStore other = new RecoveryStore(home);
        other.start();
        assertThat(other.leftovers()).isEmpty();
        running.closeCleanly();
        other.closeCleanly();
        try (var left = Files.list(home.resolve("recovery"))) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aCrashedSessionWithNothingUnsavedLeavesNoFolderBehind() throws Exception {
        RecoveryStore crashed = new RecoveryStore(home);
        crashed.start();
        Path crashedFolder = crashed.session();
        crashed.abandon();

        RecoveryStore next = new RecoveryStore(home);
        next.start();
        next.removeEmptyCrashedSessions();

        assertThat(crashedFolder).doesNotExist();
        assertThat(next.session()).exists();
        next.closeCleanly();
    }

    @Test
    void aRecoveredCopyIsDeletedButTheOtherCopiesOfItsSessionStay() throws Exception {
        RecoveryStore crashed = new RecoveryStore(home);
        crashed.start();
        crashed.save("a", SampleFlows.orderLookup(), null, "a");
        crashed.save("b", SampleFlows.orderLookup(), null, "b");
        Path folder = crashed.session();
        crashed.abandon();

        RecoveryStore next = new RecoveryStore(home);
        next.start();
        var leftovers = next.leftovers();
        var first = leftovers.stream().filter(r -> r.name().equals("a")).findFirst().orElseThrow();
        next.discardRecovered(first);

        assertThat(first.copy()).doesNotExist();
        assertThat(next.leftovers()).extracting(RecoveryStore.Recovered::name).containsExactly("b");
        next.discardRecovered(next.leftovers().get(0));
        assertThat(folder).as("the folder goes with its last copy").doesNotExist();
        next.closeCleanly();
    }
}
