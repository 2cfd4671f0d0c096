package dev.akis.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akis.flow.FlowDocument;
import dev.akis.flow.json.FlowFiles;
import dev.akis.sim.script.ScriptParser;
import dev.akis.sim.script.ScriptResult;
import dev.akis.sim.script.ScriptRunner;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * What customers of the shipped shop hear about their parcels when a carrier answers in English or does not
 * answer at all: played as conversation tests of the order-lookup sample against the default dataset.
 */
class CarrierAnswersInConversationsTest {

    private static ScriptResult play(String script) throws Exception {
        return play(FlowFiles.load(Path.of("flows-samples/order-lookup.json")), script);
    }

    /** The order-lookup sample with its Order Status block's delivery promise set to {@code days}. */
    private static FlowDocument promising(int days) throws Exception {
        FlowDocument flow = FlowFiles.load(Path.of("flows-samples/order-lookup.json"));
        return flow.updateBlock("order_status", block -> block.withConfigValue("deliveryPromiseDays",
                com.fasterxml.jackson.databind.node.IntNode.valueOf(days)));
    }

    private static ScriptResult play(FlowDocument flow, String script) throws Exception {
        return new ScriptRunner(CommerceEnvironments::open, true)
                .run(flow, new ScriptParser().parse(script, "carriers.convtest"), Locale.ENGLISH);
    }

    @Test
    void aTurkishCustomerReadsHepsiJetsFailedDeliveryInTurkishWhileTheTraceKeepsTheCarriersWords() throws Exception {
        ScriptResult result = play("""
                dataset: default
                customer: esahin@example.com
                language: tr
                > Siparişim nerede?
                > esahin@example.com
                tap: #1090
                expect property shipment.carrier = HepsiJet
                expect property shipment.lastEvent = Teslimat denemesi başarısız
                expect property shipment.rawStatus = 10 Undelivered
                expect property shipment.history contains denemesi
                < not contains: Undelivered
                """);

        assertThat(result.passed()).as(result.report(Locale.ENGLISH)).isTrue();
        assertThat(String.join("\n", result.transcript())).contains("HepsiJet wrote the latest event in another"
                + " language (\"Undelivered\"); the customer reads the status name \"Teslimat denemesi başarısız\"");
    }

    @Test
    void anEnglishConversationKeepsHepsiJetsOwnWords() throws Exception {
        ScriptResult result = play("""
                dataset: default
                customer: esahin@example.com
                language: en
                > Where is my order?
                > esahin@example.com
                tap: #1090
                expect property shipment.lastEvent = Undelivered
                """);

        assertThat(result.passed()).as(result.report(Locale.ENGLISH)).isTrue();
    }

    @Test
    void whenArasFailsOnASplitShipmentTheYurticiParcelThatAnsweredIsStillReported() throws Exception {
        ScriptResult result = play(ZEYNEP_ASKS + """
                fault: aras server-error
                tap: #1094
                expect block: delivered_message
                expect property shipment.carrier = Yurtiçi Kargo
                expect property shipment.status = delivered
                < contains: teslim edildi
                """);

        assertThat(result.passed()).as(result.report(Locale.ENGLISH)).isTrue();
        assertThat(String.join("\n", result.transcript()))
                .contains("Aras Kargo could not be asked about parcel 352257542448; the order's other parcels are reported.")
                .containsPattern("carrier:aras track 352257542448: error SERVER_ERROR in [0-9.]+ ms");
    }

    @Test
    void whenNeitherCarrierOfASplitShipmentAnswersTheBlockTakesItsErrorPort() throws Exception {
        ScriptResult result = play(ZEYNEP_ASKS + """
                fault: aras server-error
                fault: yurtici server-error
                tap: #1094
                expect block: shop_unavailable
                expect property shipment.status is empty
                """);

        assertThat(result.passed()).as(result.report(Locale.ENGLISH)).isTrue();
    }

    /** Zeynep, whose order #1094 went out in two parcels (Yurtiçi and Aras), asks where her order is. */
    private static final String ZEYNEP_ASKS = """
            dataset: default
            customer: zeynep.demir@example.net
            language: tr
            > Siparişim nerede?
            > zeynep.demir@example.net
            """;

    private static final String AYSE_ASKS = """
            dataset: default
            customer: ayse.yilmaz@example.com
            language: tr
            > Siparişim nerede?
            > ayse.yilmaz@example.com
            tap: #1076
            """;

    @Test
    void ayseYurticiParcelIsLateAgainstTheShopsThreeDayPromiseThoughYurticiStillSaysInTransit() throws Exception {
        ScriptResult result = play(promising(3), AYSE_ASKS + """
                expect property shipment.status = delayed
                expect property shipment.rawStatus contains Transfer
                expect block: late_message
                """);

        assertThat(result.passed()).as(result.report(Locale.ENGLISH)).isTrue();
        assertThat(String.join("\n", result.transcript())).contains("Yurtiçi Kargo parcel 105075407140 is still on its"
                + " way after the promised day");
    }

    @Test
    void withoutAPromiseTheSameParcelIsInTransitAsYurticiReportsIt() throws Exception {
        ScriptResult result = play(promising(0), AYSE_ASKS + """
                expect property shipment.status = in_transit
                expect property shipment.estimatedDelivery = 2026-11-26
                """);

        assertThat(result.passed()).as(result.report(Locale.ENGLISH)).isTrue();
    }

    @Test
    void aCarrierWithoutAnEstimateFieldShowsThePromisedDayAsTheEstimate() throws Exception {
        // Zeynep's Aras parcel of order 1094 is on its way; Aras answers have no estimate field.
        ScriptResult withPromise = play(promising(30), ZEYNEP_ASKS + """
                tap: #1094
                expect property shipment.carrier = Aras Kargo
                expect property shipment.estimatedDelivery is set
                """);
        assertThat(withPromise.passed()).as(withPromise.report(Locale.ENGLISH)).isTrue();

        ScriptResult without = play(promising(0), ZEYNEP_ASKS + """
                tap: #1094
                expect property shipment.carrier = Aras Kargo
                expect property shipment.estimatedDelivery is empty
                """);
        assertThat(without.passed()).as(without.report(Locale.ENGLISH)).isTrue();
    }
}
