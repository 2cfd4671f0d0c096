package dev.akis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
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

    /** What a separate run of the jar's main class printed (read as UTF-8 bytes) and returned. */
    record Run(int exit, String out, String err) {
    }

    /**
     * Runs {@code dev.akis.Main} in a JVM of its own, without a display and with the given locale variables, as a
     * user starts the jar on a server or in a container.
     */
    private Run runMain(Map<String, String> locale, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.akis.Main"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile())
                .redirectOutput(folder.resolve("out.txt").toFile()).redirectError(folder.resolve("err.txt").toFile());
        Map<String, String> environment = builder.environment();
        for (String variable : List.of("DISPLAY", "WAYLAND_DISPLAY", "AKIS_LANG", "LC_ALL", "LC_MESSAGES", "LANG")) {
            environment.remove(variable);
        }
        environment.putAll(locale);
        Process process = builder.start();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("still running after 90 s: " + command);
        }
        return new Run(process.exitValue(), Files.readString(folder.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(folder.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void withoutADisplayTheStudioExplainsItselfInOneLineAndPointsToTheCommandLine() throws Exception {
        Run english = runMain(Map.of("LANG", "en_US.UTF-8"));
        Run turkish = runMain(Map.of("LANG", "tr_TR.UTF-8"));

        assertThat(english.exit()).isEqualTo(1);
        assertThat(english.err()).startsWith("Akış Studio cannot open its window: no graphical display is available (")
                .endsWith("). The command line works without one: java -jar akis-studio.jar --help\n")
                .hasLineCount(1).doesNotContain("Exception", "\tat ", "Unsupported JavaFX configuration");
        assertThat(turkish.exit()).isEqualTo(1);
        assertThat(turkish.err()).startsWith("Akış Studio penceresini açamıyor: kullanılabilir bir grafik ekran yok (")
                .endsWith("). Komut satırı ekransız da çalışır: java -jar akis-studio.jar --help\n").hasLineCount(1);
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void underTheCLocaleTurkishMessagesAndHelpStillArriveWithTheirLetters() throws Exception {
        Path broken = Files.writeString(folder.resolve("bozuk.json"), "{\"schemaVersion\": 1,}");

        Run validate = runMain(Map.of("LC_ALL", "C", "LANG", "C"), "validate", "--lang", "tr", broken.toString());
        Run help = runMain(Map.of("LC_ALL", "POSIX"), "--lang", "tr", "--help");

        assertThat(validate.exit()).isEqualTo(2);
        assertThat(validate.err()).isEqualTo(broken + ":1:21: geçersiz JSON: \"}\" önündeki son virgülden sonra bir şey"
                + " gelmiyor; o virgülü silin\n");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("Akış Studio — e-ticaret için sohbet botu akışları", "Kullanım: akis-studio",
                "Komutlar:").doesNotContain("?");
    }
}
