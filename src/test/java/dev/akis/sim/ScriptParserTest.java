package dev.akis.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akis.commerce.mock.FaultMode;
import dev.akis.engine.message.InboundEvent;
import dev.akis.sim.script.ConversationScript;
import dev.akis.sim.script.Expectation;
import dev.akis.sim.script.ScriptParser;
import dev.akis.sim.script.ScriptStep;
import dev.akis.sim.script.ScriptSyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Reading conversation tests as merchants and integrators write them. */
class ScriptParserTest {

    private final ScriptParser parser = new ScriptParser();

    @Test
    void theDocumentedExampleReadsIntoSettingsActionsAndChecks() throws Exception {
        String text = """
                # Ayşe asks where her order is and gets her Yurtiçi tracking link
                dataset: default
                customer: ayse.yilmaz@example.com        # or a phone, or "stranger"
                language: tr
                > Siparişim nerede?
                < contains: e-posta
                > ayse.yilmaz@example.com
                < list: #1042, #1038
                tap: #1042
                < contains: Yurtiçi
                expect block: tracking_link
                expect property shipment.status = delayed
                wait: 2h
                event: payment-succeeded order=1099
                """;
        ConversationScript script = parser.parse(text, "order-lookup.happy-path.convtest");

        assertThat(script.description()).isEqualTo("Ayşe asks where her order is and gets her Yurtiçi tracking link");
        assertThat(script.dataset()).isEqualTo("default");
        assertThat(script.customer()).isEqualTo("ayse.yilmaz@example.com");
        assertThat(script.customerLine()).isEqualTo(3);
        assertThat(script.language()).isEqualTo("tr");
        List<ScriptStep> steps = script.steps();
        assertThat(steps).hasSize(10);
        assertThat(steps.get(0)).isEqualTo(new ScriptStep.Say(5, "> Siparişim nerede?", "Siparişim nerede?"));
        assertThat(((ScriptStep.Expect) steps.get(3)).expectation()).isEqualTo(new Expectation.ReplyList(List.of("#1042", "#1038")));
        assertThat(steps.get(4)).isEqualTo(new ScriptStep.Tap(9, "tap: #1042", "#1042"));
        assertThat(((ScriptStep.Expect) steps.get(6)).expectation()).isEqualTo(new Expectation.BlockReached("tracking_link"));
        assertThat(((ScriptStep.Expect) steps.get(7)).expectation()).isEqualTo(new Expectation.PropertyIs("shipment.status", "delayed"));
        assertThat(((ScriptStep.Wait) steps.get(8)).duration()).isEqualTo(Duration.ofHours(2));
        InboundEvent paid = ((ScriptStep.Event) steps.get(9)).event();
        assertThat(paid.kind()).isEqualTo(InboundEvent.Kind.PAYMENT_SUCCEEDED);
        assertThat(paid.payloadValue(InboundEvent.ORDER_NUMBER)).isEqualTo("1099");
    }

    @Test
    void theShopsCashOnDeliveryAndAbandonedCheckoutEventsCarryTheirDetails() throws Exception {
        InboundEvent cod = ScriptParser.event("elif.convtest", 7, "cash-on-delivery order=1125 order-id=o-1125");
        assertThat(cod.kind()).isEqualTo(InboundEvent.Kind.CASH_ON_DELIVERY_ORDERED);
        assertThat(cod.checkoutOutcome()).isEqualTo("cashOnDelivery");
        assertThat(cod.payload()).containsEntry(InboundEvent.ORDER_NUMBER, "1125").containsEntry(InboundEvent.ORDER_ID, "o-1125");

        InboundEvent abandoned = ScriptParser.event("cart.convtest", 4, "abandoned checkout=chk-7"
                + " link=https://modaruzgari.myikas.com/checkout?items=v-1:1 cart=\"1 × Ribana Bere (Siyah)\" total=\"199.90 TRY\"");
        assertThat(abandoned.checkoutOutcome()).isEqualTo("abandoned");
        assertThat(abandoned.payload())
                .containsEntry(InboundEvent.CHECKOUT_ID, "chk-7")
                .containsEntry(InboundEvent.CHECKOUT_LINK, "https://modaruzgari.myikas.com/checkout?items=v-1:1")
                .containsEntry(InboundEvent.CART_SUMMARY, "1 × Ribana Bere (Siyah)")
                .containsEntry(InboundEvent.CART_TOTAL, "199.90 TRY");

        assertError("> merhaba\nevent: abandoned cart=\"1 × Bere\n", 2, "a quote is not closed");
    }

    @Test
    void everyKindOfLineIsUnderstood() throws Exception {
        String text = """
                customer: stranger
                set: contact.email = a@b.com
                start: ask_email
                fault: ikas timeout
                fault: clear
                < silent
                < not contains: null
                < matches: \\d{4}
                < text: Merhaba
                < buttons: Evet, "Hayır, teşekkürler"
                < offers: Evet
                < link: /checkout?items=
                < handoff: support
                expect property cart.summary contains Kupa
                expect property member.id is set
                expect property order.id is empty
                expect waiting
                expect ended
                expect handed off
                expect no problems
                expect problem: loop
                wait: 1d 2h 30m
                event: resume-bot
                restart
                """;
        List<ScriptStep> steps = parser.parse(text, "all.convtest").steps();

        assertThat(steps).hasSize(23);
        assertThat(steps.get(2)).isEqualTo(new ScriptStep.Fault(4, "fault: ikas timeout", "ikas", FaultMode.TIMEOUT));
        assertThat(((ScriptStep.Expect) steps.get(8)).expectation())
                .isEqualTo(new Expectation.ReplyButtons(List.of("Evet", "Hayır, teşekkürler")));
        assertThat(((ScriptStep.Wait) steps.get(20)).duration()).isEqualTo(Duration.ofHours(26).plusMinutes(30));
        assertThat(steps.get(22)).isInstanceOf(ScriptStep.Restart.class);
    }

    private void assertError(String text, int line, String message) {
        assertThatThrownBy(() -> parser.parse(text, "broken.convtest"))
                .isInstanceOfSatisfying(ScriptSyntaxException.class, e -> {
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.format(Locale.ENGLISH)).isEqualTo("broken.convtest" + (line > 0 ? ":" + line : "") + ": " + message);
                });
    }

    @Test
    void mistakesAreReportedWithFileAndLine() {
        assertError("> merhaba\nsay hello\n", 2, "cannot read \"say hello\": a line is a setting (dataset:, customer:,"
                + " language:, channel:), an action (> text, tap:, wait:, event:, fault:, set:, start:, restart)"
                + " or a check (< ..., expect ...)");
        assertError("> merhaba\n\nwait: two hours\n", 3, "\"two hours\" is not a duration; write for example 2h, 30m, 1d 2h or PT2H");
        assertError("> merhaba\ndataset: default\n", 2, "\"dataset:\" must come before the first action");
        assertError("> merhaba\n< matches: ([a-z]\n", 2, "\"([a-z]\" is not a valid regular expression (Unclosed group)");
        assertError("> merhaba\nevent: refund order=1\n", 2, "unknown event \"refund order=1\"; known events: payment-succeeded,"
                + " paid, payment-failed, failed, checkout-abandoned, abandoned, cash-on-delivery, cod, resume-bot, resume,"
                + " tick");
        assertError("language: de\n> hallo\n", 1, "the language must be tr or en, not \"de\"");
        assertError("> hi\n< sees: something\n", 2, "cannot read the reply check \"sees: something\"; use contains:, not contains:,"
                + " matches:, text:, buttons:, list:, offers:, link:, handoff: or silent");
        assertError("> hi\nexpect property x equals 3\n", 2, "cannot read the property check \"x equals 3\"; write"
                + " \"property NAME = VALUE\", \"property NAME contains TEXT\", \"property NAME is set\" or \"property NAME is empty\"");
        assertError("> hi\nfault: ikas sluggish\n", 2, "unknown fault mode \"sluggish\"; use none, timeout, rate-limited, server-error or login-required");
        assertError("> hi\nfault: ikas slow\n", 2, "\"slow\" needs a duration (\"fault: ikas slow 2s\", \"fault: yurtici slow 500ms\"), not \"\"");
        assertError("> hi\nfault: ikas slow 5m\n", 2, "5m is longer than any client waits (at most 1m); use \"fault: SERVICE timeout\" for a service that does not answer");
        assertError("# only a comment\n", 0, "the script has no actions or checks");
        assertError("> hi\nexpect block:\n", 2, "\"block\" needs a value");
        assertError("> hi\nexpect problem\n", 2, "\"problem\" needs a value");
    }

    @Test
    void aSlowServiceIsWrittenAsAFaultWithItsAddedLatency() throws Exception {
        ConversationScript script = parser.parse("""
                > merhaba
                fault: ikas slow 2s
                fault: Yurtici slow 250ms
                fault: ikas slow 0s
                """, "slow.convtest");

        assertThat(script.steps()).containsExactly(
                new ScriptStep.Say(1, "> merhaba", "merhaba"),
                new ScriptStep.Slow(2, "fault: ikas slow 2s", "ikas", Duration.ofSeconds(2)),
                new ScriptStep.Slow(3, "fault: Yurtici slow 250ms", "yurtici", Duration.ofMillis(250)),
                new ScriptStep.Slow(4, "fault: ikas slow 0s", "ikas", Duration.ZERO));
    }

    @Test
    void aWaitOrLatencyTooLargeToCountIsAMistakeOnItsLineNotACrash() {
        assertError("> hi\nwait: 9999999999999d\n", 2,
                "\"9999999999999d\" is not a duration the simulator can let pass: at most 36500d at once");
        assertError("> hi\nwait: 99999999999999999999h\n", 2,
                "\"99999999999999999999h\" is not a duration the simulator can let pass: at most 36500d at once");
        assertError("> hi\nfault: ikas slow 99999999999999999999s\n", 2, "99999999999999999999s is longer than any"
                + " client waits (at most 1m); use \"fault: SERVICE timeout\" for a service that does not answer");
        assertThatThrownBy(() -> parser.parse("> merhaba\nwait: 9999999999999d\n", "t.convtest"))
                .isInstanceOfSatisfying(ScriptSyntaxException.class, e -> assertThat(e.format(Locale.forLanguageTag("tr")))
                        .isEqualTo("t.convtest:2: \"9999999999999d\" simülatörün geçirebileceği bir süre değil:"
                                + " bir seferde en çok 36500d"));
    }

    @Test
    void mistakesAreExplainedInTurkishToo() {
        assertThatThrownBy(() -> parser.parse("> merhaba\nwait: yarın\n", "t.convtest"))
                .isInstanceOfSatisfying(ScriptSyntaxException.class, e -> assertThat(e.format(Locale.forLanguageTag("tr")))
                        .isEqualTo("t.convtest:2: \"yarın\" bir süre değil; örneğin 2h, 30m, 1d 2h ya da PT2H yazın"));
    }

    @Test
    void aConversationTestSavedInWindowsTurkishIsReportedAtTheLineOfItsFirstTurkishLetter(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path folder) throws Exception {
        java.nio.file.Path file = folder.resolve("kargo.convtest");
        java.nio.file.Files.write(file, "customer: stranger\n> merhaba\n> Siparişim nerede?\n"
                .getBytes(java.nio.charset.Charset.forName("windows-1254")));
        assertThatThrownBy(() -> parser.parse(file))
                .isInstanceOfSatisfying(ScriptSyntaxException.class, e -> assertThat(e.format(Locale.ENGLISH))
                        .isEqualTo(file + ":3: this line is not UTF-8 text; save the file as UTF-8 in your editor and try again"));
    }
}
