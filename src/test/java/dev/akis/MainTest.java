package dev.akis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
    void commandsAndOptionsGoToTheCommandLine() throws Exception {
        Path flow = Files.writeString(folder.resolve("siparis.json"), "{}");
        Path notes = Files.writeString(folder.resolve("notes.txt"), "");

        assertThat(Main.opensInStudio(new String[] {"validate", flow.toString()})).isFalse();
        assertThat(Main.opensInStudio(new String[] {"--help"})).isFalse();
        assertThat(Main.opensInStudio(new String[] {flow.toString(), notes.toString()})).isFalse();
        assertThat(Main.opensInStudio(new String[] {flow.toString(), "--check"})).isFalse();
        assertThat(Main.reportMissingFlowFiles(new String[] {"validate", "nothere.json"}, new PrintStream(
                new ByteArrayOutputStream()))).as("a command's missing file is the command's to report").isZero();
    }

    @Test
    void aFlowFileThatIsNotThereIsReportedAsNotFoundInEnglishAndTurkish() throws Exception {
        String missing = folder.resolve("nothere.json").toString();
        assertThat(Main.opensInStudio(new String[] {missing})).isFalse();

        String previous = System.getProperty("akis.lang");
        try {
            for (String[] language : new String[][] {{"en", "file not found: "}, {"tr", "dosya bulunamadı: "}}) {
                System.setProperty("akis.lang", language[0]);
                ByteArrayOutputStream err = new ByteArrayOutputStream();
                int status = Main.reportMissingFlowFiles(new String[] {missing, "kargo.json"},
                        new PrintStream(err, true, StandardCharsets.UTF_8));
                assertThat(status).isEqualTo(2);
                assertThat(err.toString(StandardCharsets.UTF_8).lines().toList())
                        .containsExactly(language[1] + missing, language[1] + "kargo.json");
            }
        } finally {
            if (previous == null) {
                System.clearProperty("akis.lang");
            } else {
                System.setProperty("akis.lang", previous);
            }
        }
    }

    @Test
    void whenSomeNamedFlowsExistTheStudioOpensThemAndReportsTheOthers() throws Exception {
        Path flow = Files.writeString(folder.resolve("siparis.json"), "{}");
        String[] args = {flow.toString(), folder.resolve("nothere.json").toString()};

        assertThat(Main.opensInStudio(args)).isTrue();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(Main.reportMissingFlowFiles(args, new PrintStream(err))).as("the studio reports the missing one").isZero();
        assertThat(err.size()).isZero();
    }
}
