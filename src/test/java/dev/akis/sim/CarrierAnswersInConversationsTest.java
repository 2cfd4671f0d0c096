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
        FlowDocument flow = FlowFiles.load(Path.of("flows-samples/order-lookup.json"));
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
        ScriptResult result = play("""
                dataset: default
                customer: zeynep.demir@example.net
                language: tr
                > Siparişim nerede?
                > zeynep.demir@example.net
                fault: aras server-error
                tap: #1094
                expect block: delivered_message
                expect property shipment.carrier = Yurtiçi Kargo
                expect property shipment.status = delivered
                < contains: teslim edildi
                """);

        assertThat(result.passed()).as(result.report(Locale.ENGLISH)).isTrue();
        assertThat(String.join("\n", result.transcript()))
                .contains("Aras Kargo could not be asked about parcel 352257542448 (SERVER_ERROR)");
    }

    @Test
    void whenNeitherCarrierOfASplitShipmentAnswersTheBlockTakesItsErrorPort() throws Exception {
        ScriptResult result = play("""
                dataset: default
                customer: zeynep.demir@example.net
                language: tr
                > Siparişim nerede?
                > zeynep.demir@example.net
                fault: aras server-error
                fault: yurtici server-error
                tap: #1094
                expect block: shop_unavailable
                expect property shipment.status is empty
                """);

        assertThat(result.passed()).as(result.report(Locale.ENGLISH)).isTrue();
    }
}
