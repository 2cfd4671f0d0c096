package dev.akis.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akis.flow.FlowDocument;
import dev.akis.sim.script.ConversationScript;
import dev.akis.sim.script.ScriptParser;
import dev.akis.sim.script.ScriptResult;
import dev.akis.sim.script.ScriptRunner;
import dev.akis.sim.script.ScriptSyntaxException;
import dev.akis.sim.script.ScriptWriter;
import dev.akis.testing.Conversations;
import dev.akis.testing.InMemoryEnvironment;
import dev.akis.testing.SampleFlows;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Playing conversation tests and reporting what failed. */
class ScriptRunnerTest {

    private final FlowDocument flow = SampleFlows.orderLookup("mostUrgent");
    private final ScriptRunner runner = new ScriptRunner();

    private ScriptResult run(String text) throws ScriptSyntaxException {
        ConversationScript script = new ScriptParser().parse(text, "order-lookup.case.convtest");
        return runner.run(flow, script, Locale.ENGLISH);
    }

    @Test
    void aCustomerWithADelayedYurticiParcelAsksWhereTheOrderIs() throws Exception {
        ScriptResult result = run("""
                # Ayşe asks where her order is and hears that the Yurtiçi parcel is late
                dataset: test-shop
                customer: ayse.yilmaz@example.com
                language: tr
                > Siparişim nerede?
                < contains: e-posta
                > ayse.yilmaz@example.com
                < list: #1042, #1038, #1001
                tap: #1042
                < contains: YURTİÇİ KARGO
                < not contains: null
                expect block: sorry_late
                expect property shipment.status = delayed
                expect property shipment.estimatedDelivery = 2024-05-08
                expect waiting
                expect no problems
                """);

        assertThat(result.passed()).as(result.report(Locale.ENGLISH)).isTrue();
        assertThat(result.transcript()).startsWith("> Siparişim nerede?",
                "< Siparişinizi bulmak için e-posta adresinizi yazar mısınız?", "> ayse.yilmaz@example.com",
                "< Hangi siparişiniz?", "  ☰ Siparişlerim", "    1. #1042 — 2 Mayıs 2024 · 1.249,90 TL");
        assertThat(result.report(Locale.ENGLISH)).endsWith("order-lookup.case.convtest: passed (9 checks)\n");
    }

    @Test
    void theFirstFailingCheckIsReportedWithItsLineAndWhatCameInstead() throws Exception {
        ScriptResult result = run("""
                dataset: test-shop
                customer: ayse.yilmaz@example.com
                > Siparişim nerede?
                > ayse.yilmaz@example.com
                tap: 2
                expect property shipment.status = delayed
                < contains: never reached
                """);

        assertThat(result.passed()).isFalse();
        assertThat(result.failure().line()).isEqualTo(6);
        assertThat(result.failure().describe(Locale.ENGLISH)).isEqualTo(
                "order-lookup.case.convtest:6: this check did not hold: expect property shipment.status = delayed\n"
                        + "shipment.status is \"delivered\".");
    }

    @Test
    void anExpectedBlockTheFlowDoesNotHaveIsAMistakeInTheTestNamedByLineNotAFailedCheck() {
        String text = """
                dataset: test-shop
                customer: ayse.yilmaz@example.com
                > Siparişim nerede?
                expect block: nosuch
                """;
        assertThatThrownBy(() -> run(text)).isInstanceOfSatisfying(ScriptSyntaxException.class, e -> {
            assertThat(e.format(Locale.ENGLISH)).isEqualTo("order-lookup.case.convtest:4: the flow has no block \"nosuch\"");
            assertThat(e.format(Locale.forLanguageTag("tr"))).isEqualTo("order-lookup.case.convtest:4: akışta \"nosuch\" bloğu yok");
        });
    }

    @Test
    void aReplyCheckThatFailsShowsTheWholeReply() throws Exception {
        ScriptResult result = run("""
                dataset: test-shop
                customer: stranger
                > merhaba
                < contains: Hoş geldiniz
                """);

        assertThat(result.failure().actual()).isEqualTo("The reply was:\n"
                + "    < Siparişinizi bulmak için e-posta adresinizi yazar mısınız?");
    }

    @Test
    void tappingSomethingNotOfferedFailsAndListsWhatWasOffered() throws Exception {
        ScriptResult result = run("""
                dataset: test-shop
                > merhaba
                > ayse.yilmaz@example.com
                tap: #9999
                """);

        assertThat(result.failure().line()).isEqualTo(4);
        assertThat(result.failure().actual()).isEqualTo("The options offered were: #1042 (o-1042), #1038 (o-1038), #1001 (o-1001)");
    }

    @Test
    void aListOfOtherOrdersOrNoButtonsAtAllIsReportedAsOffered() throws Exception {
        ScriptResult wrongRows = run("""
                dataset: test-shop
                > merhaba
                > ayse.yilmaz@example.com
                < list: #1042, #1001
                """);
        assertThat(wrongRows.failure().line()).isEqualTo(4);
        assertThat(wrongRows.failure().actual()).isEqualTo("The list rows offered were: #1042, #1038, #1001");

        ScriptResult noButtons = run("""
                dataset: test-shop
                > merhaba
                < buttons: Evet, Hayır
                """);
        assertThat(noButtons.failure().line()).isEqualTo(3);
        assertThat(noButtons.failure().actual()).isEqualTo("No reply buttons were offered.\nThe reply was:\n"
                + "    < Siparişinizi bulmak için e-posta adresinizi yazar mısınız?");
    }

    @Test
    void faultsAndTimeCanBeScripted() throws Exception {
        ScriptResult result = run("""
                dataset: test-shop
                customer: ayse.yilmaz@example.com
                > merhaba
                fault: ikas server-error
                > ayse.yilmaz@example.com
                < text: Şu an sipariş bilgilerine ulaşamıyorum.
                expect ended
                fault: clear
                wait: 2h
                < silent
                """);

        assertThat(result.passed()).as(result.report(Locale.ENGLISH)).isTrue();
    }

    @Test
    void anUnknownDatasetCustomerOrServiceMeansTheScriptCannotRun() {
        assertThatThrownBy(() -> run("dataset: nowhere\n> merhaba\n"))
                .isInstanceOfSatisfying(ScriptSyntaxException.class, e -> assertThat(e.format(Locale.ENGLISH))
                        .startsWith("order-lookup.case.convtest:1: there is no dataset \"nowhere\" (available: ")
                        .contains("test-shop", "empty"));
        assertThatThrownBy(() -> run("dataset: test-shop\ncustomer: nobody@example.com\n> merhaba\n"))
                .isInstanceOfSatisfying(ScriptSyntaxException.class, e -> assertThat(e.format(Locale.ENGLISH))
                        .isEqualTo("order-lookup.case.convtest:2: the dataset \"test-shop\" has no customer \"nobody@example.com\""));
        assertThatThrownBy(() -> run("dataset: test-shop\n> merhaba\nfault: kargoist timeout\n"))
                .isInstanceOfSatisfying(ScriptSyntaxException.class, e -> assertThat(e.line()).isEqualTo(3));
    }

    @Test
    void aPlayedConversationSavedAsATestPassesWhenPlayedAgain() throws Exception {
        InMemoryEnvironment environment = new InMemoryEnvironment();
        SimulatedConversation chat = Conversations.ayse(flow, environment);
        chat.say("kargom nerede");
        chat.say("ayse.yilmaz@example.com");
        chat.tap("2");
        chat.pass(Duration.ofMinutes(5));

        String saved = ScriptWriter.write("Ayşe checks her delivered order", InMemoryEnvironment.DATASET,
                "ayse.yilmaz@example.com", "tr", chat.exchanges());
        assertThat(saved).startsWith("# Ayşe checks her delivered order\ndataset: test-shop\n")
                .contains("> kargom nerede\n< contains: Siparişinizi bulmak için e-posta adresinizi yazar mısınız?\n")
                .contains("< list: #1042, #1038, #1001\n", "tap: 2\n", "wait: 5m\n< silent\n")
                .endsWith("expect block: next_question\n");

        ScriptResult replay = run(saved);
        assertThat(replay.passed()).as(replay.report(Locale.ENGLISH)).isTrue();
    }
}
