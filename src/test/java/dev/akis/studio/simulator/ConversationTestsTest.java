package dev.akis.studio.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akis.flow.json.FlowFiles;
import dev.akis.sim.script.ScriptRunner;
import dev.akis.studio.support.SampleFlows;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding, naming and running the conversation tests that sit beside a flow file. */
class ConversationTestsTest {

    @TempDir
    Path folder;

    @Test
    void theTestsBesideAFlowAreFoundByItsNameAndOthersAreLeftAlone() throws Exception {
        Path flow = folder.resolve("order-lookup.json");
        FlowFiles.save(flow, SampleFlows.orderLookup());
        Files.writeString(folder.resolve("order-lookup.happy.convtest"), "> hi\n");
        Files.writeString(folder.resolve("order-lookup.angry.convtest"), "> hi\n");
        Files.writeString(folder.resolve("returns.happy.convtest"), "> hi\n");
        Files.writeString(folder.resolve("order-lookup.notes.txt"), "x");

        assertThat(ConversationTests.discover(flow)).extracting(ConversationTests.TestFile::caseName)
                .containsExactly("angry", "happy");
        assertThat(ConversationTests.fileFor(flow, "late-parcel").getFileName().toString())
                .isEqualTo("order-lookup.late-parcel.convtest");
    }

    @Test
    void caseNamesMakePlainFileNames() {
        assertThat(ConversationTests.isValidCaseName("ayşe-late_parcel2")).isTrue();
        assertThat(ConversationTests.isValidCaseName("../escape")).isFalse();
        assertThat(ConversationTests.isValidCaseName("two words")).isFalse();
        assertThat(ConversationTests.isValidCaseName("")).isFalse();
        assertThat(ConversationTests.suggestCaseName("  ")).isEqualTo("conversation");
    }

    @Test
    void aSuggestedTestNameFoldsTurkishLettersSoIremStaysOneWord() {
        assertThat(ConversationTests.suggestCaseName("İrem ask_email")).isEqualTo("irem-ask_email");
        assertThat(ConversationTests.suggestCaseName("Ayşe  msg_delayed!")).isEqualTo("ayse-msg_delayed");
        assertThat(ConversationTests.suggestCaseName("IŞIK Güneş Çağlar Öztürk")).isEqualTo("isik-gunes-caglar-ozturk");
        assertThat(ConversationTests.suggestCaseName("Zoë Müller-Lüdenscheidt")).isEqualTo("zoe-muller-ludenscheidt");
        assertThat(ConversationTests.isValidCaseName(ConversationTests.suggestCaseName("İĞÜŞÖÇ ığüşöç"))).isTrue();
    }

    @Test
    void aFailingTestReportsItsFirstDifferenceWithTheLineAndABrokenOneSaysWhy() throws Exception {
        Path flow = folder.resolve("order-lookup.json");
        FlowFiles.save(flow, SampleFlows.orderLookup());
        Path wrong = folder.resolve("order-lookup.wrong.convtest");
        Files.writeString(wrong, "customer: ayse.yilmaz@example.com\n\n> Merhaba\n< contains: Bonjour\n");
        Path broken = folder.resolve("order-lookup.broken.convtest");
        Files.writeString(broken, "customer: nobody@example.com\n\n> Merhaba\n");

        ConversationTests.Outcome failed = ConversationTests.run(new ConversationTests.TestFile(wrong, "wrong"),
                SampleFlows.orderLookup(), new ScriptRunner(), Locale.ENGLISH);
        assertThat(failed.status()).isEqualTo(ConversationTests.Status.FAILED);
        assertThat(failed.line()).isEqualTo(4);
        assertThat(failed.difference(Locale.ENGLISH)).startsWith("order-lookup.wrong.convtest:4: ").contains("Bonjour")
                .contains("The reply was:");
        // Shown again after the interface language changed, the difference reads in the new language.
        assertThat(failed.difference(Locale.forLanguageTag("tr"))).startsWith("order-lookup.wrong.convtest:4: ")
                .contains("Bonjour").doesNotContain("The reply was:").contains("Yanıt");

        ConversationTests.Outcome unrunnable = ConversationTests.run(new ConversationTests.TestFile(broken, "broken"),
                SampleFlows.orderLookup(), new ScriptRunner(), Locale.ENGLISH);
        assertThat(unrunnable.status()).isEqualTo(ConversationTests.Status.BROKEN);
        assertThat(unrunnable.difference(Locale.ENGLISH)).contains("nobody@example.com");
    }

    @Test
    void anUnreadableTestSaysWhichFileAndLineInItsRowInEitherLanguage() throws Exception {
        Path flow = folder.resolve("order-lookup.json");
        FlowFiles.save(flow, SampleFlows.orderLookup());
        Path unreadable = folder.resolve("order-lookup.typo.convtest");
        Files.writeString(unreadable, "customer: stranger\n\n> Merhaba\nexpekt block: end\n");

        ConversationTests.Outcome outcome = ConversationTests.run(new ConversationTests.TestFile(unreadable, "typo"),
                SampleFlows.orderLookup(), new ScriptRunner(), Locale.ENGLISH);
        assertThat(outcome.status()).isEqualTo(ConversationTests.Status.BROKEN);
        assertThat(outcome.line()).isEqualTo(4);
        assertThat(outcome.difference(Locale.ENGLISH)).startsWith("order-lookup.typo.convtest:4: ").contains("expekt");
        assertThat(outcome.difference(Locale.forLanguageTag("tr"))).startsWith("order-lookup.typo.convtest:4: ")
                .isNotEqualTo(outcome.difference(Locale.ENGLISH));
        assertThat(outcome.report(Locale.ENGLISH)).contains(unreadable + ":4: ");
    }
}
