package dev.akis.studio.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akis.blocks.BlockCatalog;
import dev.akis.engine.trace.CallOutcome;
import dev.akis.engine.trace.EntryChosen;
import dev.akis.engine.trace.ServiceCall;
import dev.akis.engine.trace.TraceNote;
import dev.akis.studio.support.SampleFlows;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The timeline tells a merchant in plain words what the bot asked of which service and how it went. */
class TimelineStepTest {

    private static final Locale TURKISH = Locale.forLanguageTag("tr");
    private static final BlockCatalog CATALOG = BlockCatalog.standard();

    private static TimelineStep line(Object entry, Locale locale) {
        return TimelineStep.of((dev.akis.engine.trace.TraceEntry) entry, SampleFlows.orderLookup(), CATALOG, locale, "tr");
    }

    private static ServiceCall call(String service, String operation, String detail, double millis, CallOutcome outcome,
                                    String errorKind) {
        return new ServiceCall("get_member", service, operation, detail, (long) (millis * 1_000_000), outcome, errorKind,
                errorKind == null ? null : "call timed out after 5000 ms");
    }

    @Test
    void ikasNotAnsweringWhileLookingUpAyseReadsAsASentenceInBothLanguages() {
        ServiceCall timeout = call("ikas", "findMemberByEmail", "ayse.yilmaz@example.com", 5003.4, CallOutcome.ERROR,
                "TIMEOUT");

        TimelineStep english = line(timeout, Locale.ENGLISH);
        assertThat(english.text()).isEqualTo(
                "İkas did not answer within 5.0 s while looking up the member ayse.yilmaz@example.com");
        assertThat(english.problem()).isTrue();
        assertThat(line(timeout, TURKISH).text()).isEqualTo(
                "İkas: 5,0 sn içinde yanıt gelmedi (üye aranırken: ayse.yilmaz@example.com)");
        // The raw call stays available to integrators, in the tooltip only.
        assertThat(english.technical()).contains("ikas findMemberByEmail ayse.yilmaz@example.com → TIMEOUT")
                .contains("call timed out");
    }

    @Test
    void aCarrierThatCannotBeReachedAndAnHttpErrorNameWhatWasAsked() {
        assertThat(line(call("carrier:yurtici", "track", "105075407140", 12, CallOutcome.ERROR, "UNREACHABLE"),
                Locale.ENGLISH).text()).isEqualTo("Yurtiçi Kargo could not be reached while tracking the parcel 105075407140");
        assertThat(line(call("http", "POST", "https://crm.example.com/leads", 80, CallOutcome.ERROR, "HTTP 503"),
                TURKISH).text()).isEqualTo("HTTP: 503 hata koduyla yanıt verdi (POST isteği gönderilirken: "
                + "https://crm.example.com/leads)");
    }

    @Test
    void aShopAnswerUsedAgainInTheSameTurnIsWordedLikeTheCallItRepeats() {
        TraceNote reused = new TraceNote("order_status", TraceNote.Level.INFO, "callReused",
                List.of("ikas", "getOrder", "o-1076"));

        assertThat(line(reused, Locale.ENGLISH).text()).isEqualTo(
                "İkas was not asked again (loading the order o-1076): the answer from earlier in this turn was used.");
        assertThat(line(reused, TURKISH).text()).startsWith("İkas yeniden sorulmadı (sipariş yüklenirken: o-1076)")
                .doesNotContain("getOrder");
        assertThat(line(reused, Locale.ENGLISH).problem()).isFalse();
    }

    @Test
    void answeredAndNotFoundCallsSayHowLongTheyTook() {
        assertThat(line(call("ikas", "getOrder", "o-1076", 15.2, CallOutcome.OK, null), Locale.ENGLISH).text())
                .isEqualTo("İkas answered in 15 ms (loading the order o-1076)");
        assertThat(line(call("ikas", "listOrders", "m-001 p1", 9, CallOutcome.OK, null), Locale.ENGLISH).text())
                .isEqualTo("İkas answered in 9 ms (listing the orders of member m-001 (page 1))");
        assertThat(line(call("ikas", "findMemberByEmail", "nobody@example.com", 11, CallOutcome.NOT_FOUND, null),
                TURKISH).text()).isEqualTo("İkas sonuç bulamadı (üye aranırken: nobody@example.com, 11 ms)");
    }

    @Test
    void theEntryAConversationStartedByIsNamedAsOnTheStartNode() {
        TimelineStep keyword = line(new EntryChosen("kargo", "keyword", "ask_email"), Locale.ENGLISH);
        assertThat(keyword.text()).isEqualTo("Started by the entry “Keywords: kargo, sipariş” at E-posta sor");
        assertThat(keyword.blockId()).isEqualTo("ask_email");
        assertThat(line(new EntryChosen("any", "anyMessage", "ask_email"), TURKISH).text())
                .isEqualTo("“Herhangi bir mesaj” girişiyle E-posta sor bloğundan başladı");
    }
}
