package dev.akis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the single jar does with its arguments: open flows in the studio, or run a command. */
class MainTest {

    @TempDir
    Path folder;

    @Test
    void existingFlowFilesOpenInTheStudio() throws Exception {
        Path first = Files.writeString(folder.resolve("siparis.json"), "{}");
        Path second = Files.writeString(folder.resolve("kargo.JSON"), "{}");

        assertThat(Main.opensInStudio(new String[] {first.toString()})).isTrue();
        assertThat(Main.opensInStudio(new String[] {first.toString(), second.toString()})).isTrue();
    }

    @Test
    void commandsOptionsAndMissingFilesGoToTheCommandLine() throws Exception {
        Path flow = Files.writeString(folder.resolve("siparis.json"), "{}");
        Path notes = Files.writeString(folder.resolve("notes.txt"), "");

        assertThat(Main.opensInStudio(new String[] {"validate", flow.toString()})).isFalse();
        assertThat(Main.opensInStudio(new String[] {"--help"})).isFalse();
        assertThat(Main.opensInStudio(new String[] {folder.resolve("missing.json").toString()})).isFalse();
        assertThat(Main.opensInStudio(new String[] {flow.toString(), notes.toString()})).isFalse();
        assertThat(Main.opensInStudio(new String[] {flow.toString(), "--check"})).isFalse();
    }
}
