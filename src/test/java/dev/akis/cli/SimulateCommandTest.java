package dev.akis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akis.flow.json.FlowFiles;
import dev.akis.sim.script.ScriptParser;
import dev.akis.testing.SampleFlows;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code simulate FLOW --script TEST} and the terminal chat, with their exit codes. */
class SimulateCommandTest {

    @TempDir
    Path folder;

    private Path flow;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void writeFlow() throws IOException {
        flow = folder.resolve("order-lookup.json");
        FlowFiles.save(flow, SampleFlows.orderLookup("mostUrgent"));
    }

    private int simulate(String stdin, String... args) {
        SimulateCommand command = new SimulateCommand(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out, true), new PrintWriter(err, true));
        return new CommandLine(command).execute(args);
    }

    private Path script(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void theCommandIsPartOfTheCommandLine() {
        assertThat(new CommandLine(new AkisCommand()).getSubcommands()).containsKey("simulate");
    }

    @Test
    void aPassingConversationTestPrintsTheTranscriptAndExitsZero() throws IOException {
        Path test = script("order-lookup.happy-path.convtest", """
                dataset: test-shop
                customer: ayse.yilmaz@example.com
                > Siparişim nerede?
                > ayse.yilmaz@example.com
                tap: #1042
                < contains: gecikme
                expect property shipment.status = delayed
                """);

        assertThat(simulate("", flow.toString(), "--script", test.toString())).isEqualTo(0);
        assertThat(out.toString()).contains("> Siparişim nerede?", "< Gecikme için özür dileriz.",
                "order-lookup.happy-path.convtest: passed (2 checks)");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aFailingCheckExitsOneAndSaysWhichCheckAndWhatCameInstead() throws IOException {
        Path test = script("order-lookup.wrong.convtest", """
                dataset: test-shop
                customer: ayse.yilmaz@example.com
                > Siparişim nerede?
                > ayse.yilmaz@example.com
                tap: #1038
                expect property shipment.status = delayed
                """);

        assertThat(simulate("", flow.toString(), "--script", test.toString())).isEqualTo(1);
        assertThat(out.toString()).contains(test + ":6: this check did not hold: expect property shipment.status = delayed",
                "shipment.status is \"delivered\".");
    }

    @Test
    void withTraceTheTranscriptShowsBlocksPortsAndServiceCalls() throws IOException {
        Path test = script("t.convtest", "dataset: test-shop\n> merhaba\n> ayse.yilmaz@example.com\n");

        assertThat(simulate("", flow.toString(), "--script", test.toString(), "--trace")).isEqualTo(0);
        assertThat(out.toString()).contains("· ask_email [askQuestion] got the event, left by \"answered\" → find_member",
                "· ikas findMemberByEmail ayse.yilmaz@example.com: ok in ");
    }

    @Test
    void anUnreadableFlowExitsTwoWithFileAndPosition() throws IOException {
        Path broken = folder.resolve("broken.json");
        Files.writeString(broken, "{\n  \"schemaVersion\": 1,\n  \"id\": \n}\n", StandardCharsets.UTF_8);
        Path test = script("t.convtest", "> merhaba\n");

        assertThat(simulate("", broken.toString(), "--script", test.toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith(broken + ":4:1: invalid JSON");

        assertThat(simulate("", folder.resolve("missing.json").toString(), "--script", test.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("missing.json: no such file");
    }

    @Test
    void anUnreadableScriptOrUnknownDatasetExitsTwoWithFileAndLine() throws IOException {
        Path bad = script("bad.convtest", "> merhaba\nwait: soon\n");
        assertThat(simulate("", flow.toString(), "--script", bad.toString())).isEqualTo(2);
        assertThat(err.toString()).contains(bad + ":2: \"soon\" is not a duration");

        Path unknown = script("unknown.convtest", "dataset: nowhere\n> merhaba\n");
        assertThat(simulate("", flow.toString(), "--script", unknown.toString())).isEqualTo(2);
        assertThat(err.toString()).contains(unknown + ":1: there is no dataset \"nowhere\"");

        assertThat(simulate("", flow.toString(), "--script", folder.resolve("none.convtest").toString())).isEqualTo(2);
    }

    @Test
    void chattingInTheTerminalNumbersTheOptionsAndAcceptsCommands() throws Exception {
        Path saved = folder.resolve("saved.convtest");
        String stdin = String.join("\n", "Siparişim nerede?", "ayse.yilmaz@example.com", "/tap 1", "/props",
                "/wait 2h", "/fault ikas slow 100ms", "/fault ikas slow 0s", "/fault ikas timeout", "/tap 99", "/nonsense", "/save " + saved, "/quit", "ignored") + "\n";

        int exit = simulate(stdin, flow.toString(), "--dataset", "test-shop", "--customer", "ayse.yilmaz@example.com");

        assertThat(exit).isEqualTo(0);
        String output = out.toString();
        assertThat(output).contains("Akış simulator · flow order-lookup · dataset test-shop · customer ayse.yilmaz@example.com (Ayşe Yılmaz) · language tr",
                "< Hangi siparişiniz?", "    1. #1042 — 2 Mayıs 2024 · 1.249,90 TL", "< Gecikme için özür dileriz.",
                "  shipment.status = delayed", "ikas now answers 100ms later.",
                "ikas answers without added delay again.", "ikas now fails with: timeout", "No option \"99\"; the options are: ",
                "Unknown command /nonsense", "Saved as " + saved);
        assertThat(output).doesNotContain("ignored");
        assertThat(new ScriptParser().parse(saved).steps()).isNotEmpty();
        assertThat(Files.readString(saved, StandardCharsets.UTF_8)).as("faults are kept in the saved test")
                .contains("\nfault: ikas slow 100ms\n", "\nfault: ikas slow 0s\n", "\nfault: ikas timeout\n");
    }

    @Test
    void aHugeWaitInAScriptExitsTwoNamingTheLineAndAHugeWaitInTheChatOnlyGetsAHint() throws IOException {
        Path test = script("huge.convtest", "dataset: test-shop\n> merhaba\nwait: 9999999999999d\n");
        assertThat(simulate("", flow.toString(), "--script", test.toString())).isEqualTo(2);
        assertThat(err.toString()).contains(test + ":3: \"9999999999999d\" is not a duration the simulator can let pass")
                .doesNotContain("Exception");

        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        String stdin = String.join("\n", "/wait 9999999999999d", "/wait 99999999999999999999h", "/wait 2h",
                "merhaba", "/quit");
        assertThat(simulate(stdin, flow.toString(), "--dataset", "test-shop")).isEqualTo(0);
        assertThat(out.toString()).contains("\"9999999999999d\" is too long to let pass at once (at most 36500d)",
                "\"99999999999999999999h\" is too long to let pass at once");
        assertThat(err.toString()).doesNotContain("Exception");
        assertThat(out.toString().indexOf("99999999999999999999h")).as("the chat went on after the hints")
                .isLessThan(out.toString().lastIndexOf("<"));
    }

    @Test
    void aTestPlayedWithDatasetCustomerOrLanguageOptionsIsRefusedRatherThanSilentlyIgnoringThem() throws IOException {
        Path test = script("order-lookup.happy-path.convtest", "dataset: test-shop\n> merhaba\n");

        assertThat(simulate("", flow.toString(), "--script", test.toString(), "--dataset", "default",
                "--customer", "derya.koc@example.net")).isEqualTo(2);
        assertThat(err.toString()).contains("--dataset, --customer cannot be used with --script: the conversation test "
                + test + " sets its own dataset, customer and language");
        assertThat(out.toString()).as("nothing was played").doesNotContain("> merhaba");

        err.getBuffer().setLength(0);
        assertThat(simulate("", flow.toString(), "--script", test.toString(), "--language", "en")).isEqualTo(2);
        assertThat(err.toString()).startsWith("--language cannot be used with --script");
    }

    @Test
    void anExpectedBlockTheFlowDoesNotHaveExitsTwoLikeAnUnknownStartBlock() throws IOException {
        Path test = script("typo.convtest", "dataset: test-shop\n> merhaba\nexpect block: nosuch\n");
        assertThat(simulate("", flow.toString(), "--script", test.toString())).isEqualTo(2);
        assertThat(err.toString()).contains(test + ":3: the flow has no block \"nosuch\"");
    }

    @Test
    void aFolderGivenAsTheFlowOrTheTestIsExplainedInTheUsersLanguage() throws IOException {
        Path test = script("t.convtest", "> merhaba\n");
        Path dir = Files.createDirectory(folder.resolve("flows"));

        assertThat(simulate("", dir.toString(), "--script", test.toString())).isEqualTo(2);
        assertThat(err.toString()).contains(dir + ": cannot be read: it is a folder, not a file")
                .doesNotContain("Is a directory");

        err.getBuffer().setLength(0);
        assertThat(simulate("", flow.toString(), "--script", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains(dir + ": cannot be read: it is a folder, not a file");

        err.getBuffer().setLength(0);
        Path withFolderDataset = script("folder-data.convtest", "dataset: flows.json\n> merhaba\n");
        Files.createDirectory(folder.resolve("flows.json"));
        assertThat(simulate("", flow.toString(), "--script", withFolderDataset.toString())).isEqualTo(2);
        assertThat(err.toString()).contains(withFolderDataset + ":1:").contains("it is a folder, not a file")
                .doesNotContain("Is a directory");
    }

    @Test
    void chattingWithoutADatasetUsesTheShippedDefaultShop() {
        // The shipped dataset is installed since MockCommerceEnvironment registered "default"; the fallback to
        // the empty shop only shows on an installation without it.
        int exit = simulate("merhaba\nbilmiyorum@example.com\n", flow.toString());

        assertThat(exit).isEqualTo(0);
        assertThat(err.toString()).doesNotContain("chatting against the \"empty\" shop");
        assertThat(out.toString()).contains("dataset default", "< Bu e-posta ile kayıtlı üye bulamadım.");
    }

    @Test
    void aDatasetFileWithAMistakeIsRefusedNamingTheRowInTheCustomersLanguage() throws IOException {
        String shipped = new String(SimulateCommandTest.class.getResourceAsStream(
                "/dev/akis/commerce/dataset/default-dataset.json").readAllBytes(), StandardCharsets.UTF_8);
        Path broken = folder.resolve("my-shop.json");
        Files.writeString(broken, shipped.replace("\"variantId\": \"v-jean-mom-koyumavi-36\"",
                "\"variantId\": \"v-does-not-exist\""), StandardCharsets.UTF_8);
        Path test = script("order-lookup.mine.convtest", "dataset: " + broken + "\n> merhaba\n");
        System.setProperty("akis.lang", "tr");
        try {
            assertThat(simulate("", flow.toString(), "--script", test.toString())).isEqualTo(2);
            assertThat(simulate("merhaba\n", flow.toString(), "--dataset", broken.toString())).isEqualTo(2);
        } finally {
            System.clearProperty("akis.lang");
        }
        assertThat(err.toString()).contains("v-does-not-exist").contains("orders[").contains(broken + ":")
                .doesNotContain("refers to unknown variant");
    }
    @Test
    void aTestNamingItsOwnDatasetFileFindsItInTheTestsFolderWhereverTheCommandRuns() throws IOException {
        Path tests = Files.createDirectories(folder.resolve("tests"));
        Files.createDirectories(tests.resolve("data"));
        try (var shipped = SimulateCommandTest.class.getResourceAsStream("/dev/akis/commerce/dataset/default-dataset.json")) {
            Files.copy(shipped, tests.resolve("data/vip-shop.json"));
        }
        Path test = tests.resolve("order-lookup.vip.convtest");
        Files.writeString(test, """
                dataset: data/vip-shop.json
                customer: ayse.yilmaz@example.com
                > Siparişim nerede?
                > ayse.yilmaz@example.com
                < offers: #1076
                """, StandardCharsets.UTF_8);

        assertThat(Path.of("data/vip-shop.json")).as("not found from the working directory").doesNotExist();
        assertThat(simulate("", flow.toString(), "--script", test.toString())).as(err.toString()).isEqualTo(0);
        assertThat(out.toString()).contains("order-lookup.vip.convtest: passed (1 checks)");
    }

    @Test
    void aMissingDatasetFileIsReportedAsAFileNotFoundNotAsAnUnknownDatasetName() throws IOException {
        Path test = script("order-lookup.mine.convtest", "dataset: my-shop.json\n> merhaba\n");

        assertThat(simulate("", flow.toString(), "--script", test.toString())).isEqualTo(2);
        assertThat(err.toString()).contains(test + ":1: dataset file not found: " + folder.resolve("my-shop.json"))
                .doesNotContain("there is no dataset");

        assertThat(simulate("merhaba\n", flow.toString(), "--dataset", "no-such-shop.json")).isEqualTo(2);
        assertThat(err.toString()).contains("Dataset file not found: no-such-shop.json");
    }

    @Test
    void aChatSavedAsATestNamesTheDatasetFileAsSeenFromTheTestsFolder() {
        Path here = Path.of("").toAbsolutePath();
        assertThat(SimulateCommand.datasetSeenFrom(here.resolve("flows-samples/x.case.convtest"), "data/shop.json"))
                .isEqualTo("../data/shop.json");
        assertThat(SimulateCommand.datasetSeenFrom(Path.of("x.case.convtest"), "data/shop.json")).isEqualTo("data/shop.json");
        assertThat(SimulateCommand.datasetSeenFrom(Path.of("flows-samples/x.case.convtest"), "default")).isEqualTo("default");
    }
    @Test
    void chattingInALanguageTheFlowIsNotWrittenInIsRefusedNamingTheFlowsLanguages() {
        assertThat(simulate("merhaba\n", flow.toString(), "--dataset", "test-shop", "--language", "fr")).isEqualTo(2);
        assertThat(err.toString()).contains("The flow order-lookup is not written in \"fr\"; --language must be one of: tr, en.");
        assertThat(out.toString()).as("no chat started").doesNotContain("Akış simulator");

        System.setProperty("akis.lang", "tr");
        try {
            assertThat(simulate("", flow.toString(), "--language", "de")).isEqualTo(2);
        } finally {
            System.clearProperty("akis.lang");
        }
        assertThat(err.toString()).contains("order-lookup akışı \"de\" dilinde yazılmamış; --language şunlardan biri olmalı: tr, en.");
    }

    @Test
    void theChatLanguageMayBeWrittenInCapitalsOrWithARegion() {
        assertThat(simulate("/quit\n", flow.toString(), "--dataset", "test-shop", "--language", "EN-gb")).isEqualTo(0);
        assertThat(out.toString()).contains("· language en");
    }
    @Test
    void theTimerHintSaysWhenInTheShopsTimeAndInTheReadersWords() throws IOException {
        Path follow = folder.resolve("follow-up.json");
        FlowFiles.save(follow, dev.akis.testing.TestFlows.flow("follow-up", "thanks")
                .block(dev.akis.testing.TestFlows.block("thanks", "sendMessage", "{'text': {'tr': 'Siparişiniz alındı.'}}"))
                .block(dev.akis.testing.TestFlows.block("pause", "wait", "{'duration': 'PT2H'}"))
                .connect("thanks", "next", "pause")
                .build());

        assertThat(simulate("merhaba\n", follow.toString(), "--dataset", "test-shop")).isEqualTo(0);
        // The test shop's clock reads 07:00 UTC, 10:00 in Istanbul.
        assertThat(out.toString()).contains("(waiting; timer \"elapsed\" is due on 6 May 2024 12:00 shop time, in 2h")
                .doesNotContain("2024-05-06T09:00:00Z");

        System.setProperty("akis.lang", "tr");
        try {
            assertThat(simulate("merhaba\n", follow.toString(), "--dataset", "test-shop")).isEqualTo(0);
        } finally {
            System.clearProperty("akis.lang");
        }
        assertThat(out.toString()).contains("\"elapsed\" zamanlayıcısı mağaza saatiyle 6 Mayıs 2024 12:00 tarihinde, 2h sonra dolacak");
    }

    @Test
    void theLanguageOptionMayComeAfterTheCommand() {
        try {
            assertThat(AkisCommand.takeLanguage("simulate", "flow.json", "--lang", "tr", "--trace"))
                    .containsExactly("simulate", "flow.json", "--trace");
            assertThat(System.getProperty("akis.lang")).isEqualTo("tr");
            assertThat(AkisCommand.takeLanguage("validate", "--lang=EN", "a.json")).containsExactly("validate", "a.json");
            assertThat(System.getProperty("akis.lang")).isEqualTo("en");
            assertThat(AkisCommand.takeLanguage("simulate", "--", "--lang", "tr")).containsExactly("simulate", "--", "--lang", "tr");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> AkisCommand.takeLanguage("validate", "--lang", "fr"))
                    .hasMessage("--lang must be tr or en, not \"fr\".");
        } finally {
            System.clearProperty("akis.lang");
        }
    }
}
