package dev.akis.cli;

import static dev.akis.flow.SampleFlows.message;
import static dev.akis.flow.SampleFlows.orderStatusFlow;
import static org.assertj.core.api.Assertions.assertThat;

import dev.akis.flow.EntryPoint;
import dev.akis.flow.FlowDocument;
import dev.akis.flow.SampleFlows;
import dev.akis.flow.json.FlowFiles;
import dev.akis.flow.json.FlowReader;
import dev.akis.flow.json.FlowWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CommandLineTest {

    /** What a run printed and returned. */
    record Run(int exit, String out, String err) {

        List<String> outLines() {
            return out.isEmpty() ? List.of() : List.of(out.split("\n"));
        }
    }

    @TempDir
    Path folder;

    @AfterEach
    void speakEnglishAgain() {
        System.clearProperty("akis.lang");
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = AkisCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exit = commandLine.execute(args);
        return new Run(exit, out.toString().replace(System.lineSeparator(), "\n"),
                err.toString().replace(System.lineSeparator(), "\n"));
    }

    private Path write(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private Path write(String name, FlowDocument flow) throws IOException {
        return write(name, new FlowWriter().write(flow));
    }

    private Path fixture(String name) throws IOException {
        try (InputStream in = CommandLineTest.class.getResourceAsStream("/flows/" + name)) {
            Path file = folder.resolve(name);
            Files.copy(in, file);
            return file;
        }
    }

    private List<Path> leftovers() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".akis-tmp")
                    || f.getFileName().toString().endsWith(".bak")).toList();
        }
    }

    /** A flow whose greeting wire leads to a deleted block, and which is only written in Turkish. */
    private static FlowDocument brokenGreeting() {
        return SampleFlows.flow("greeting")
                .entryPoint(EntryPoint.anyMessage("start", "hello"))
                .block(message("hello", "Merhaba!", null))
                .connect("hello", "next", "deleted")
                .build();
    }

    @Nested
    class Validate {

        @Test
        void aCompleteFlowIsValidSilentlyWithExitZero() throws IOException {
            Path flow = write("order-status.json", orderStatusFlow());
            Run run = run("validate", flow.toString());
            assertThat(run.exit()).isZero();
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).isEmpty();
        }

        @Test
        void aFlowWithErrorsPrintsOneLinePerProblemAndExitsOne() throws IOException {
            Path flow = write("greeting.json", brokenGreeting());
            Run run = run("validate", flow.toString());
            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.outLines()).containsExactly(
                    flow + ": hello: warning missing-translation: \"Message\" is written in another language of the "
                            + "flow but is empty in English; customers who write in English would not get your text",
                    flow + ": hello: error dangling-connection: the connection from \"hello\" (output \"next\") to "
                            + "\"deleted\" cannot be followed: \"deleted\" is not a block of this flow");
        }

        @Test
        void warningsAloneStillExitZero() throws IOException {
            FlowDocument onlyTurkishText = SampleFlows.flow("tr").entryPoint(EntryPoint.anyMessage("start", "hello"))
                    .block(message("hello", "Merhaba!", null)).build();
            Run run = run("validate", write("tr.json", onlyTurkishText).toString());
            assertThat(run.exit()).isZero();
            assertThat(run.outLines()).singleElement().asString().contains(": hello: warning missing-translation: ");
        }

        @Test
        void aProblemOfTheWholeFlowShowsADashForTheElement() throws IOException {
            FlowDocument noEntry = SampleFlows.flow("x").block(message("hello", "Merhaba", "Hello")).build();
            Path flow = write("no-entry.json", noEntry);
            Run run = run("validate", flow.toString());
            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.outLines()).singleElement().asString().startsWith(flow + ": -: error no-entry-point: ");
        }

        @Test
        void malformedJsonIsReportedWithLineAndColumnAndExitsTwoWhileOtherFilesAreStillChecked() throws IOException {
            Path broken = write("broken.json", "{\n  \"schemaVersion\": 1,\n  \"id\": \"x\"\n  \"blocks\": []\n}\n");
            Path good = write("good.json", brokenGreeting());
            Run run = run("validate", broken.toString(), good.toString());
            assertThat(run.exit()).isEqualTo(2);
            assertThat(run.err()).startsWith(broken + ":4:3: invalid JSON: ");
            assertThat(run.outLines()).hasSize(2).allMatch(line -> line.startsWith(good + ": hello: "));
        }

        @Test
        void aFileFromANewerAkisStudioIsRefusedWithExitTwo() throws IOException {
            Path newer = write("newer.json", "{\n  \"schemaVersion\": 9,\n  \"id\": \"x\"\n}\n");
            Run run = run("validate", newer.toString());
            assertThat(run.exit()).isEqualTo(2);
            assertThat(run.err()).startsWith(newer + ":2:20: ").contains("format version 9", "up to version 1");
        }

        @Test
        void aMissingFileExitsTwo() {
            Path missing = folder.resolve("nowhere.json");
            Run run = run("validate", missing.toString());
            assertThat(run.exit()).isEqualTo(2);
            assertThat(run.err()).isEqualTo(missing + ": the file cannot be read: no such file or folder\n");
        }

        @Test
        void aPreviewFileIsValidAndTheUpgradeIsMentionedOnStandardError() throws IOException {
            Path preview = fixture("v0-preview.json");
            byte[] before = Files.readAllBytes(preview);
            Run run = run("validate", preview.toString());
            assertThat(run.exit()).isZero();
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).contains(preview + ": note: written in format version 0, read as version 1");
            assertThat(Files.readAllBytes(preview)).isEqualTo(before);
        }

        @Test
        void problemsAreWrittenInTurkishWhenAskedTo() throws IOException {
            System.setProperty("akis.lang", "tr");
            Path flow = write("greeting.json", brokenGreeting());
            Run run = run("validate", flow.toString());
            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.outLines()).containsExactly(
                    flow + ": hello: warning missing-translation: \"Mesaj\" akışın başka bir dilinde yazılmış ama "
                            + "İngilizce dilinde boş; İngilizce yazan müşteriler sizin metninizi görmez",
                    flow + ": hello: error dangling-connection: \"hello\" bloğundan (\"next\" çıkışı) \"deleted\" "
                            + "bloğuna giden bağlantı izlenemiyor: \"deleted\" bu akışta bir blok değil");
        }

        @Test
        void withoutFilesTheUsageIsShownAndTheExitIsTwo() {
            Run run = run("validate");
            assertThat(run.exit()).isEqualTo(2);
            assertThat(run.err()).contains("Usage: akis-studio validate");
        }
    }

    @Nested
    class Format {

        private static final String SQUASHED = "{\"schemaVersion\":1,\"id\":\"squashed\",\"entryPoints\":"
                + "[{\"id\":\"start\",\"kind\":\"anyMessage\",\"target\":\"hi\"}],\"blocks\":[{\"type\":\"end\",\"id\":\"hi\"}]}";

        @Test
        void aFileIsRewrittenCanonicallyAndThePreviousContentKeptAsBackup() throws Exception {
            Path flow = write("squashed.json", SQUASHED);
            Run run = run("format", flow.toString());
            assertThat(run.exit()).isZero();
            assertThat(run.out()).isEqualTo(flow + ": rewritten in canonical form\n");
            String formatted = Files.readString(flow);
            assertThat(formatted).startsWith("{\n  \"schemaVersion\": 1,\n  \"id\": \"squashed\",\n").endsWith("}\n")
                    .isEqualTo(new FlowWriter().write(new FlowReader().read(SQUASHED, "squashed.json")));
            assertThat(Files.readString(FlowFiles.backupOf(flow))).isEqualTo(SQUASHED);
            assertThat(leftovers()).containsExactly(FlowFiles.backupOf(flow));

            Run again = run("format", flow.toString());
            assertThat(again.exit()).isZero();
            assertThat(again.out()).isEmpty();
            assertThat(Files.readString(FlowFiles.backupOf(flow))).isEqualTo(SQUASHED);
        }

        @Test
        void aMalformedFileIsLeftByteForByteAndExitsTwo() throws IOException {
            String text = "{\n  \"schemaVersion\": 1,\n  \"id\": \"x\",\n  \"blocks\": [\n    {\"id\": \"a\" \"type\": 1}\n  ]\n}";
            Path broken = write("broken.json", text);
            Run run = run("format", broken.toString());
            assertThat(run.exit()).isEqualTo(2);
            assertThat(run.err()).startsWith(broken + ":5:16: invalid JSON");
            assertThat(Files.readString(broken)).isEqualTo(text);
            assertThat(leftovers()).isEmpty();
        }

        @Test
        void aNewerFileIsNeverRewritten() throws IOException {
            String text = "{\"schemaVersion\": 2, \"id\": \"x\", \"blocks\": []}";
            Path newer = write("newer.json", text);
            Run run = run("format", newer.toString());
            assertThat(run.exit()).isEqualTo(2);
            assertThat(run.err()).contains("format version 2");
            assertThat(Files.readString(newer)).isEqualTo(text);
            assertThat(leftovers()).isEmpty();
        }

        @Test
        void aVersionBeyondTheRangeOfAnIntIsStillNewerAndTheFileIsNotRewrittenAsVersionOne() throws IOException {
            for (String version : List.of("4294967297", "99999999999")) {
                String text = "{\"schemaVersion\": " + version + ", \"id\": \"x\", \"blocks\": []}";
                Path newer = write("newer-" + version + ".json", text);
                Run run = run("format", newer.toString());
                assertThat(run.exit()).as(version).isEqualTo(2);
                assertThat(run.out()).as(version).isEmpty();
                assertThat(run.err()).as(version).startsWith(newer + ":1:19: ")
                        .contains("format version " + version + ",");
                assertThat(Files.readString(newer)).isEqualTo(text);
                assertThat(run("validate", newer.toString()).exit()).isEqualTo(2);
            }
            assertThat(leftovers()).isEmpty();
        }

        @Test
        void aNumberWithAHugeExponentIsRefusedWithItsPositionInsteadOfCrashing() throws IOException {
            String text = "{\n  \"schemaVersion\": 1,\n  \"id\": \"x\",\n  \"x\": 1e1000000000\n}\n";
            Path huge = write("huge.json", text);
            Run run = run("format", huge.toString());
            assertThat(run.exit()).isEqualTo(2);
            assertThat(run.err()).isEqualTo(huge + ":4:8: the number 1e1000000000 is too long: written without "
                    + "exponent it would take more than 1000 characters; write a smaller number\n");
            assertThat(Files.readString(huge)).isEqualTo(text);
            assertThat(leftovers()).isEmpty();
        }

        @Test
        void aNumberOfTwelveHundredDigitsIsRefusedInTurkishWithItsPositionAndTheFileIsLeftAlone() throws IOException {
            System.setProperty("akis.lang", "tr");
            String text = "{\n  \"schemaVersion\": 1,\n  \"id\": \"x\",\n  \"x\": " + "9".repeat(1200) + "\n}\n";
            Path huge = write("digits.json", text);
            Run run = run("format", huge.toString());
            assertThat(run.exit()).isEqualTo(2);
            assertThat(run.err()).isEqualTo(huge + ":4:8: geçersiz JSON: bu sayı 1000 basamaktan uzun; bir sayı en çok"
                    + " 1000 basamak olabilir\n");
            assertThat(Files.readString(huge)).isEqualTo(text);
            assertThat(leftovers()).isEmpty();
        }

        @Test
        void checkListsTheFilesThatAreNotCanonicalAndChangesNothing() throws IOException {
            Path squashed = write("squashed.json", SQUASHED);
            Path canonical = write("canonical.json", orderStatusFlow());
            Run run = run("format", "--check", squashed.toString(), canonical.toString());
            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.outLines()).containsExactly(squashed.toString());
            assertThat(Files.readString(squashed)).isEqualTo(SQUASHED);
            assertThat(leftovers()).isEmpty();
        }

        @Test
        void checkOnCanonicalFilesExitsZero() throws IOException {
            Path canonical = write("canonical.json", orderStatusFlow());
            Run run = run("format", "--check", canonical.toString());
            assertThat(run.exit()).isZero();
            assertThat(run.out()).isEmpty();
        }

        @Test
        void aPreviewFileIsUpgradedToTheCurrentVersion() throws Exception {
            Path preview = fixture("v0-preview.json");
            String before = Files.readString(preview);
            Run run = run("format", preview.toString());
            assertThat(run.exit()).isZero();
            assertThat(run.out()).isEqualTo(preview + ": upgraded from format version 0 to 1 and rewritten in canonical form\n");
            assertThat(Files.readString(preview)).contains("\"schemaVersion\": 1,");
            assertThat(FlowFiles.loadWithDetails(preview).wasMigrated()).isFalse();
            assertThat(Files.readString(FlowFiles.backupOf(preview))).isEqualTo(before);
            assertThat(run("validate", preview.toString())).isEqualTo(new Run(0, "", ""));
        }

        @Test
        void checkInTurkishStillListsFileNames() throws IOException {
            System.setProperty("akis.lang", "tr");
            Path squashed = write("squashed.json", SQUASHED);
            Run run = run("format", squashed.toString());
            assertThat(run.out()).isEqualTo(squashed + ": standart biçimde yeniden yazıldı\n");
        }
    }

    @Nested
    class UsageErrors {

        @Test
        void aMissingFileAnUnknownOptionAndAnUnknownCommandAreExplainedInEnglish() {
            assertThat(run("validate")).isEqualTo(new Run(2, "", "missing parameter FILE\n"
                    + "Usage: akis-studio validate [-h] FILE...\n"
                    + "Run \"akis-studio validate --help\" for details.\n"));
            assertThat(run("format", "--nope", "x.json")).isEqualTo(new Run(2, "", "unknown option: --nope\n"
                    + "Usage: akis-studio format [-h] [--check] FILE...\n"
                    + "Run \"akis-studio format --help\" for details.\n"));
            Run typo = run("vlidate", "orders.json");
            assertThat(typo.exit()).isEqualTo(2);
            assertThat(typo.err()).startsWith("unknown command: vlidate orders.json\nDid you mean: validate");
            assertThat(typo.err()).contains("Usage: akis-studio [-hV] [COMMAND]\n");
        }

        @Test
        void theSameMistakesAreExplainedInTurkishWithoutAWordOfEnglish() {
            System.setProperty("akis.lang", "tr");
            assertThat(run("validate")).isEqualTo(new Run(2, "", "DOSYA parametresi eksik\n"
                    + "Kullanım: akis-studio validate [-h] DOSYA...\n"
                    + "Ayrıntılar için \"akis-studio validate --help\" çalıştırın.\n"));
            assertThat(run("format", "--nope", "x.json").err()).startsWith("bilinmeyen seçenek: --nope\nKullanım: ");
            assertThat(run("frobnicate").err()).startsWith("bilinmeyen komut: frobnicate\n");
            assertThat(run("help", "nope").err()).startsWith("bilinmeyen komut: nope\n");
            assertThat(run("format", "--check", "--check", "x.json").err())
                    .startsWith("--check seçeneği yalnızca bir kez verilebilir\n");
            assertThat(run("bench", "--seconds", "abc").err())
                    .startsWith("--seconds için geçersiz değer: \"abc\"; beklenen: bir sayı\n");
            assertThat(run("simulate", "flow.json", "--language").err())
                    .startsWith("--language seçeneği bir değer ister (tr|en)\n");
            for (String[] args : List.of(new String[] {"validate"}, new String[] {"-Z"}, new String[] {"frobnicate"},
                    new String[] {"format", "--check=yes", "f"}, new String[] {"bench", "--seconds"})) {
                Run run = run(args);
                assertThat(run.exit()).as(String.join(" ", args)).isEqualTo(2);
                assertThat(run.err()).as(String.join(" ", args))
                        .doesNotContain("Unknown", "Missing", "Unmatched", "Invalid", "Usage", "should be");
            }
        }

        @Test
        void aFolderGivenAsAFileIsExplainedInTheReadersLanguage() throws IOException {
            Path directory = Files.createDirectory(folder.resolve("flows.json"));
            assertThat(run("validate", directory.toString()))
                    .isEqualTo(new Run(2, "", directory + ": the file cannot be read: it is a folder, not a file\n"));
            System.setProperty("akis.lang", "tr");
            assertThat(run("format", directory.toString()))
                    .isEqualTo(new Run(2, "", directory + ": dosya okunamıyor: bu bir dosya değil, klasör\n"));
            Path missing = folder.resolve("nowhere.json");
            assertThat(run("validate", missing.toString()).err())
                    .isEqualTo(missing + ": dosya okunamıyor: böyle bir dosya ya da klasör yok\n");
            Path underAFile = write("plain.txt", "x").resolve("flow.json");
            assertThat(run("validate", underAFile.toString()).err())
                    .isEqualTo(underAFile + ": dosya okunamıyor: yolun bir parçası klasör değil, dosya\n");
        }

        @Test
        void aFlowFileWithoutIdSaysSoInTurkish() throws IOException {
            System.setProperty("akis.lang", "tr");
            Path noId = write("no-id.json", "{\"schemaVersion\": 1, \"blocks\": [{\"type\": \"end\"}]}");
            assertThat(run("validate", noId.toString()).err()).isEqualTo(noId + ":1:1: akışta \"id\" yok\n");
            Path noBlockId = write("no-block-id.json", "{\"schemaVersion\": 1, \"id\": \"x\", \"blocks\": [{\"type\": \"end\"}]}");
            assertThat(run("validate", noBlockId.toString()).err())
                    .isEqualTo(noBlockId + ":1:44: blocks[0] öğesinde \"id\" eksik\n");
        }
    }

    @Nested
    class Help {

        @Test
        void eachCommandExplainsItselfInEnglish() {
            Run validate = run("validate", "--help");
            assertThat(validate.exit()).isZero();
            assertThat(validate.out()).contains("Usage: akis-studio validate [-h] FILE...",
                    "FILE: BLOCK_ID: error|warning CODE: message", "Flow files (.json) to check.");
            Run format = run("format", "--help");
            assertThat(format.exit()).isZero();
            assertThat(format.out()).contains("Usage: akis-studio format [-h] [--check] FILE...",
                    "--check", "list the files that are not in canonical form");
            Run root = run("--help");
            assertThat(root.out()).contains("validate  Checks flow files and reports their problems.",
                    "format    Rewrites flow files in canonical form.");
        }

        @Test
        void onASystemThatIsNeitherTurkishNorEnglishEveryCommandStillExplainsItselfInEnglish() {
            java.util.Locale system = java.util.Locale.getDefault();
            java.util.Locale.setDefault(java.util.Locale.GERMANY);
            try {
                for (String command : List.of("validate", "format", "simulate")) {
                    Run help = run(command, "--help");
                    assertThat(help.exit()).as(command).isZero();
                    assertThat(help.out()).as(command).contains("Usage: akis-studio " + command);
                }
            } finally {
                java.util.Locale.setDefault(system);
            }
        }

        @Test
        void theRootHelpListsEveryCommandOnOneLineInBothLanguages() {
            for (String language : List.of("en", "tr")) {
                System.setProperty("akis.lang", language);
                Run root = run("--help");
                assertThat(root.exit()).isZero();
                String commands = root.out().substring(root.out().indexOf(language.equals("en") ? "Commands:" : "Komutlar:"));
                List<String> lines = commands.lines().skip(1).filter(line -> !line.isBlank()).toList();
                assertThat(lines).as(language).extracting(line -> line.strip().split(" ")[0])
                        .containsExactly("help", "validate", "format", "simulate", "bench");
                assertThat(lines).as(language).allSatisfy(line -> assertThat(line)
                        .matches("  [a-z]+ +\\S.*").doesNotContain("Exit", "Çıkış"));
            }
        }

        @Test
        void eachCommandExplainsItselfInTurkish() {
            System.setProperty("akis.lang", "tr");
            assertThat(run("validate", "--help").out()).contains("Kullanım: akis-studio validate",
                    "Denetlenecek akış dosyaları");
            assertThat(run("format", "-h").out()).contains("Kullanım: akis-studio format",
                    "standart biçimde olmayan dosyaları");
            assertThat(run("help", "format").out()).contains("Akış dosyalarını standart biçimde yeniden yazar.");
        }

        @Test
        void turkishHelpNamesItsParametersAndPlaceholdersInTurkish() {
            System.setProperty("akis.lang", "tr");
            assertThat(run("validate", "--help").out()).contains("Kullanım: akis-studio validate [-h] DOSYA...",
                    "DOSYA: BLOK_KİMLİĞİ: error|warning KOD: ileti", "      DOSYA...   Denetlenecek akış dosyaları (.json).")
                    .doesNotContain("FILE", "KIMLIGI");
            assertThat(run("format", "--help").out()).contains("akis-studio format [-h] [--check] DOSYA...");
            assertThat(run("--help").out()).contains("Kullanım: akis-studio [-hV] [KOMUT]").doesNotContain("COMMAND");
            assertThat(run("simulate", "--help").out()).contains("[--customer=KİM]", "[--script=TEST] AKIŞ");
            assertThat(run("bench", "--help").out()).contains("--seconds=SAYI", "--flows=KLASÖR");
        }

        @Test
        void helpAboutHelpSpeaksTheUsersLanguage() {
            Run english = run("help", "help");
            assertThat(english.exit()).isZero();
            assertThat(english.out()).contains("Usage: akis-studio help [-h] [COMMAND]",
                    "Without a command, lists the commands; with one, shows its help",
                    "[COMMAND]   The command whose help to show.");

            System.setProperty("akis.lang", "tr");
            Run turkish = run("help", "help");
            assertThat(turkish.exit()).isZero();
            assertThat(turkish.out()).contains("Kullanım: akis-studio help [-h] [KOMUT]",
                    "Komut verilmezse komutların listesini", "[KOMUT]   Yardımı gösterilecek komut.",
                    "-h, --help    Bu yardımı gösterir ve çıkar.")
                    .doesNotContain("COMMAND", "Display", "usage help", "Without", "Show");
            assertThat(run("help").out()).as("help alone lists the commands").contains("Komutlar:", "validate");
        }
    }
}
