package dev.akis.studio.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akis.blocks.BlockCatalog;
import dev.akis.engine.trace.CallOutcome;
import dev.akis.engine.trace.EntryChosen;
import dev.akis.engine.trace.ServiceCall;
import dev.akis.studio.support.SampleFlows;
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
                "İkas did not answer in time while looking up the member ayse.yilmaz@example.com, after 5.0 s");
        assertThat(english.problem()).isTrue();
        assertThat(line(timeout, TURKISH).text()).isEqualTo(
                "İkas: zamanında yanıt gelmedi (üye aranırken: ayse.yilmaz@example.com; 5,0 sn sonra)");
        // The raw call stays available to integrators, in the tooltip only.
        assertThat(english.technical()).contains("ikas findMemberByEmail ayse.yilmaz@example.com → TIMEOUT")
                .contains("call timed out");
    }

    @Test
    void aCarrierThatCannotBeReachedAndAnHttpErrorNameWhatWasAsked() {
        assertThat(line(call("carrier:yurtici", "track", "105075407140", 12, CallOutcome.ERROR, "UNREACHABLE"),
                Locale.ENGLISH).text()).isEqualTo(
                "Yurtiçi Kargo could not be reached while tracking the parcel 105075407140, after 12 ms");
        assertThat(line(call("http", "POST", "https://crm.example.com/leads", 80, CallOutcome.ERROR, "HTTP 503"),
                TURKISH).text()).isEqualTo("HTTP: 503 hata koduyla yanıt verdi (POST isteği gönderilirken: "
                + "https://crm.example.com/leads; 80 ms sonra)");
    }

    @Test
    void refusedAndFailingCallsSayHowLongTheyTookInBothLanguages() {
        ServiceCall tooMany = call("ikas", "getOrder", "o-1076", 1432, CallOutcome.ERROR, "RATE_LIMITED");
        assertThat(line(tooMany, Locale.ENGLISH).text()).isEqualTo("İkas kept refusing with “too many requests” (429), "
                + "retries included, while loading the order o-1076, after 1.4 s");
        assertThat(line(tooMany, TURKISH).text()).endsWith("(sipariş yüklenirken: o-1076; 1,4 sn sonra)");
        ServiceCall serverError = call("carrier:aras", "track", "312439628425", 640, CallOutcome.ERROR, "SERVER_ERROR");
        assertThat(line(serverError, Locale.ENGLISH).text()).endsWith("while tracking the parcel 312439628425, after 640 ms");
        assertThat(line(serverError, TURKISH).text()).endsWith("(kargo takip edilirken: 312439628425; 640 ms sonra)");
        ServiceCall token = call("ikas", "findMemberByEmail", "ayse.yilmaz@example.com", 21, CallOutcome.ERROR,
                "AUTHENTICATION");
        assertThat(line(token, Locale.ENGLISH).text()).isEqualTo("İkas refused the shop's access token while looking up "
                + "the member ayse.yilmaz@example.com, after 21 ms");
        assertThat(line(token, TURKISH).text()).isEqualTo("İkas: mağazanın erişim anahtarını reddetti "
                + "(üye aranırken: ayse.yilmaz@example.com; 21 ms sonra)");
        // A slowed shop's answer reads in seconds too.
        assertThat(line(call("ikas", "getOrder", "o-1076", 2015, CallOutcome.OK, null), Locale.ENGLISH).text())
                .isEqualTo("İkas answered in 2.0 s (loading the order o-1076)");
    }

    @Test
    void aShopAnswerUsedAgainInTheSameTurnIsWordedLikeTheCallItRepeats() {
        ServiceCall reused = call("ikas", "getOrder", "o-1076", 0, CallOutcome.REUSED, null);

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
