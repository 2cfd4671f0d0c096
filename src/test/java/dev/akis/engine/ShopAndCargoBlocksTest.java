package dev.akis.engine;

import static dev.akis.testing.TestFlows.block;
import static org.assertj.core.api.Assertions.assertThat;

import dev.akis.commerce.Carrier;
import dev.akis.commerce.mock.FaultMode;
import dev.akis.engine.message.ButtonsMessage;
import dev.akis.engine.message.ListMessage;
import dev.akis.engine.message.OutgoingMessage;
import dev.akis.engine.trace.CallOutcome;
import dev.akis.engine.trace.ServiceCall;
import dev.akis.flow.FlowDocument;
import dev.akis.sim.SimulatedConversation;
import dev.akis.testing.Conversations;
import dev.akis.testing.InMemoryEnvironment;
import dev.akis.testing.SampleFlows;
import dev.akis.testing.TestFlows;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Get Member, Select Order, Order Status and Track Shipment against the test shop and carriers. */
class ShopAndCargoBlocksTest {

    private final InMemoryEnvironment environment = new InMemoryEnvironment();

    private static List<String> texts(TurnResult result) {
        return result.messages().stream().map(OutgoingMessage::text).toList();
    }

    private SimulatedConversation lookup(String email) {
        SimulatedConversation chat = Conversations.ayse(SampleFlows.orderLookup("mostUrgent"), environment);
        chat.say("Siparişim nerede?");
        chat.say(email);
        return chat;
    }

    @Nested
    class GetMemberAndSelectOrder {

        @Test
        void aKnownCustomerSeesHerOrdersNewestFirstWithDateAndTotal() {
            SimulatedConversation chat = Conversations.ayse(SampleFlows.orderLookup("mostUrgent"), environment);
            chat.say("Siparişim nerede?");
            TurnResult result = chat.say("ayse.yilmaz@example.com");

            ListMessage list = (ListMessage) result.messages().get(0);
            assertThat(list.text()).isEqualTo("Hangi siparişiniz?");
            assertThat(list.rows()).extracting(ListMessage.Row::title).containsExactly("#1042", "#1038", "#1001");
            assertThat(list.rows().get(0).description()).isEqualTo("2 Mayıs 2024 · 1.249,90 TL");
            assertThat(result.changes()).extracting(PropertyChange::name)
                    .contains("member.id", "member.firstName", "member.email", "contact.email");
            assertThat(chat.state().property("member.firstName")).isEqualTo("Ayşe");
        }

        @Test
        void everyServiceCallIsInTheTraceWithItsLatencyAndResult() {
            TurnResult result = lookup("ayse.yilmaz@example.com").last();

            List<ServiceCall> calls = result.trace().serviceCalls();
            assertThat(calls).extracting(ServiceCall::operation).containsExactly("findMemberByEmail", "listOrders");
            assertThat(calls).allSatisfy(call -> {
                assertThat(call.service()).isEqualTo("ikas");
                assertThat(call.outcome()).isEqualTo(CallOutcome.OK);
                assertThat(call.durationNanos()).isPositive();
            });
            assertThat(calls.get(0).detail()).isEqualTo("ayse.yilmaz@example.com");
            assertThat(result.trace().describe(java.util.Locale.ENGLISH)).as("each block, then the calls it made")
                    .startsWith("ask_email [askQuestion] got the event, left by \"answered\" → find_member",
                            "find_member [getMember] entered, left by \"found\" → pick_order")
                    .element(2).asString().startsWith("ikas findMemberByEmail ayse.yilmaz@example.com: ok in ");
        }

        @Test
        void anUnknownEmailTakesNotFound() {
            TurnResult result = lookup("kimse@example.com").last();

            assertThat(texts(result)).containsExactly("Bu e-posta ile kayıtlı üye bulamadım.");
            assertThat(result.trace().serviceCalls().get(0).outcome()).isEqualTo(CallOutcome.NOT_FOUND);
        }

        @Test
        void aShopThatTimesOutTakesTheErrorPortAndTheTraceSaysWhichKindOfFailure() {
            environment.faults("ikas").orElseThrow().setMode(FaultMode.TIMEOUT);
            TurnResult result = lookup("ayse.yilmaz@example.com").last();

            assertThat(texts(result)).containsExactly("Şu an sipariş bilgilerine ulaşamıyorum.");
            ServiceCall call = result.trace().serviceCalls().get(0);
            assertThat(call.outcome()).isEqualTo(CallOutcome.ERROR);
            assertThat(call.errorKind()).isEqualTo("TIMEOUT");
        }

        @Test
        void aPhoneLookupWithoutAValueFindsTheCustomerByTheNumberSheWritesFrom() {
            FlowDocument flow = TestFlows.flow("by_phone", "find")
                    .block(block("find", "getMember", "{'lookupBy': 'phone'}"))
                    .block(block("hi", "sendMessage", "{'text': {'tr': 'Merhaba {member.firstName}'}}"))
                    .connect("find", "found", "hi")
                    .build();
            TurnResult result = Conversations.ayse(flow, environment).say("selam");

            assertThat(texts(result)).containsExactly("Merhaba Ayşe");
            ServiceCall call = result.trace().serviceCalls().get(0);
            assertThat(call.operation()).isEqualTo("findMemberByPhone");
            assertThat(call.detail()).isEqualTo("+905321234567");
        }

        @Test
        void aFailingShopWithNothingOnTheErrorPortGetsAPoliteApologyAndTheConversationEnds() {
            FlowDocument flow = TestFlows.flow("bare", "find")
                    .block(block("find", "getMember", "{'lookupBy': 'phone', 'value': '{contact.phone}'}"))
                    .block(block("hi", "sendMessage", "{'text': {'tr': 'Merhaba {member.firstName}'}}"))
                    .connect("find", "found", "hi")
                    .build();
            environment.faults("ikas").orElseThrow().setMode(FaultMode.SERVER_ERROR);
            TurnResult result = Conversations.ayse(flow, environment).say("selam");

            assertThat(texts(result)).containsExactly(PropertyFormatter.TEXTS.get(java.util.Locale.forLanguageTag("tr"), "apology"));
            assertThat(result.ended()).isTrue();
            assertThat(result.trace().hasProblem("errorUnconnected")).isTrue();
        }

        @Test
        void aShopThatFailsWhileListingOrdersTakesSelectOrdersErrorPort() {
            FlowDocument flow = TestFlows.flow("orders", "pick")
                    .block(block("pick", "selectOrder", "{'prompt': {'tr': 'Hangisi?'}}"))
                    .block(block("oops", "sendMessage", "{'text': {'tr': 'Siparişler şu an görüntülenemiyor.'}}"))
                    .connect("pick", "error", "oops")
                    .build();
            SimulatedConversation chat = Conversations.ayse(flow, environment);
            chat.setProperty("member.id", "m-ayse");
            environment.faults("ikas").orElseThrow().setMode(FaultMode.LOGIN_REQUIRED);
            TurnResult result = chat.say("siparişlerim");

            assertThat(texts(result)).containsExactly("Siparişler şu an görüntülenemiyor.");
            assertThat(result.trace().serviceCalls().get(0).errorKind()).isEqualTo("AUTHENTICATION");
        }

        @Test
        void aMemberWithOneOrderGetsItPickedWithoutBeingAsked() {
            TurnResult result = lookup("zeynep@example.com").last();

            assertThat(result.trace().blocksVisited()).containsSequence("pick_order", "status", "tracking_link");
            assertThat(texts(result).get(0)).startsWith("Siparişiniz henüz kargoya verilmedi.");
            assertThat(result.state().property("order.number")).isEqualTo("1060");
        }

        @Test
        void aMemberWithoutOrdersTakesNoOrders() {
            SimulatedConversation chat = Conversations.start(SampleFlows.orderLookup("mostUrgent"), environment, "+905559876543", "John", "tr");
            chat.say("sipariş");
            assertThat(texts(chat.say("john@example.com"))).containsExactly("Henüz siparişiniz yok.");
        }

        @Test
        void manyOrdersArePagedWithAMoreRowThatShowsOlderOnes() throws Exception {
            SimulatedConversation chat = lookup("elif@example.com");
            ListMessage first = (ListMessage) chat.last().messages().get(0);
            assertThat(first.rows()).extracting(ListMessage.Row::title)
                    .containsExactly("#2012", "#2011", "#2010", "#2009", "#2008", "Daha eski siparişler");

            ListMessage second = (ListMessage) chat.tap("more").messages().get(0);
            assertThat(second.rows()).extracting(ListMessage.Row::title)
                    .containsExactly("#2007", "#2006", "#2005", "#2004", "#2003", "Daha eski siparişler");
            ListMessage third = (ListMessage) chat.tap("Daha eski siparişler").messages().get(0);
            assertThat(third.rows()).extracting(ListMessage.Row::title).containsExactly("#2002", "#2001");

            chat.say("2001");
            assertThat(chat.state().property("order.number")).isEqualTo("2001");
        }

        @Test
        void theCustomerMayTypeTheOrderNumberOrTheRowNumber() {
            SimulatedConversation byNumber = lookup("ayse.yilmaz@example.com");
            byNumber.say("#1038");
            assertThat(byNumber.state().property("order.number")).isEqualTo("1038");

            SimulatedConversation byRow = lookup("ayse.yilmaz@example.com");
            byRow.say("2");
            assertThat(byRow.state().property("order.id")).isEqualTo("o-1038");
        }

        @Test
        void somethingThatIsNotAnOrderGetsAHintAndTheListAgain() {
            SimulatedConversation chat = lookup("ayse.yilmaz@example.com");
            TurnResult result = chat.say("bilmiyorum");

            ListMessage again = (ListMessage) result.messages().get(0);
            assertThat(again.text()).isEqualTo("Lütfen aşağıdaki seçeneklerden birini seçin.");
            assertThat(again.rows()).hasSize(3);
            assertThat(result.currentBlock()).isEqualTo("pick_order");
        }

        @Test
        void theSelectedOrderFillsOrderPropertiesInCanonicalForm() throws Exception {
            SimulatedConversation chat = lookup("ayse.yilmaz@example.com");
            chat.tap("#1042");

            assertThat(chat.state().properties()).containsEntry("order.number", "1042")
                    .containsEntry("order.date", "2024-05-02")
                    .containsEntry("order.total", "1249.90 TRY")
                    .containsEntry("order.totalAmount", "1249.90")
                    .containsEntry("order.itemsSummary", "1 × Kapüşonlu Sweatshirt (M / Siyah), 2 × Akış Kupa")
                    .containsEntry("order.packageCount", "1");
        }
    }

    @Nested
    class OrderStatus {

        @Test
        void aCustomerWithADelayedYurticiParcelAsksWhereTheOrderIs() throws Exception {
            SimulatedConversation chat = lookup("ayse.yilmaz@example.com");
            TurnResult result = chat.tap("#1042");

            assertThat(result.trace().blockSteps()).filteredOn(step -> step.blockId().equals("status"))
                    .extracting(step -> step.port()).containsExactly("delayed");
            assertThat(texts(result).get(0)).isEqualTo("Gecikme için özür dileriz. Paketiniz yolda ancak teslimatta gecikme var."
                    + " Kargo firması: Yurtiçi Kargo. Tahmini teslim: 8 Mayıs 2024.");
            assertThat(chat.state().properties())
                    .containsEntry("shipment.status", "delayed")
                    .containsEntry("shipment.statusLabel", "Gecikmeli")
                    .containsEntry("shipment.carrier", "Yurtiçi Kargo")
                    .containsEntry("shipment.trackingNumber", "YK1042")
                    .containsEntry("shipment.estimatedDelivery", "2024-05-08")
                    .containsEntry("shipment.lastLocation", "Ankara Aktarma");
            assertThat(chat.state().property("shipment.history"))
                    .startsWith("5 Mayıs 2024 09:00 · Ankara Aktarma · Kargo İndirildi")
                    .contains("2 Mayıs 2024 18:00 · İstanbul · Kargo Kabul");
        }

        @Test
        void aGroupWithoutItsOwnConnectionLeavesByOther() throws Exception {
            SimulatedConversation chat = lookup("ayse.yilmaz@example.com");
            TurnResult result = chat.tap("#1038");

            assertThat(result.trace().blockSteps()).filteredOn(step -> step.blockId().equals("status"))
                    .extracting(step -> step.port()).containsExactly("other");
            assertThat(texts(result).get(0)).isEqualTo("Paketiniz 23 Nisan 2024 14:15 tarihinde teslim edildi. Takip: ");
            assertThat(chat.state().property("shipment.statusGroup")).isEqualTo("delivered");
        }

        @Test
        void aCancelledOrderIsReportedAsCancelledWithoutAskingAnyCarrier() throws Exception {
            SimulatedConversation chat = lookup("ayse.yilmaz@example.com");
            TurnResult result = chat.tap("#1001");

            assertThat(chat.state().property("shipment.statusGroup")).isEqualTo("cancelled");
            assertThat(texts(result).get(0)).startsWith("Siparişiniz iptal edildi.");
            assertThat(result.trace().serviceCalls()).noneMatch(call -> call.service().startsWith("carrier"));
        }

        @Test
        void ofSeveralParcelsTheOneThatNeedsAttentionMostIsReported() {
            SimulatedConversation chat = Conversations.start(SampleFlows.orderLookup("mostUrgent"), environment, "+905441112233", "Mehmet", "tr");
            chat.say("sipariş");
            TurnResult result = chat.say("mehmet.demir@example.com");

            assertThat(result.trace().serviceCalls()).extracting(ServiceCall::service)
                    .contains("carrier:mng", "carrier:ptt");
            assertThat(chat.state().properties()).containsEntry("shipment.status", "failed_attempt")
                    .containsEntry("shipment.carrier", "PTT Kargo")
                    .containsEntry("shipment.packageCount", "3");
            assertThat(result.trace().notes()).extracting(note -> note.code()).contains("mostUrgentParcel");
        }

        @Test
        void whenSetToAskTheCustomerPicksTheParcel() throws Exception {
            SimulatedConversation chat = Conversations.start(SampleFlows.orderLookup("ask"), environment, "+905441112233", "Mehmet", "tr");
            chat.say("sipariş");
            TurnResult question = chat.say("mehmet.demir@example.com");

            ButtonsMessage buttons = (ButtonsMessage) question.messages().get(0);
            assertThat(buttons.buttons()).extracting(b -> b.title()).containsExactly("Paket 1050-1", "Paket 1050-2");
            assertThat(question.trace().serviceCalls()).noneMatch(call -> call.service().startsWith("carrier"));

            TurnResult answer = chat.tap("Paket 1050-1");
            assertThat(chat.state().property("shipment.status")).isEqualTo("out_for_delivery");
            assertThat(chat.state().property("shipment.statusLabel")).isEqualTo("Dağıtımda");
            assertThat(texts(answer).get(0)).startsWith("Paketiniz bugün dağıtımda. Kargo firması: MNG Kargo.")
                    .endsWith("Takip: https://mng.example/MNG1050A");
        }

        @Test
        void aCarrierThatFailsTakesTheErrorPort() throws Exception {
            environment.faults("yurtici").orElseThrow().setMode(FaultMode.SERVER_ERROR);
            SimulatedConversation chat = lookup("ayse.yilmaz@example.com");
            TurnResult result = chat.tap("#1042");

            assertThat(texts(result)).containsExactly("Şu an sipariş bilgilerine ulaşamıyorum.");
            assertThat(result.trace().serviceCalls()).filteredOn(call -> call.service().equals("carrier:yurtici"))
                    .extracting(ServiceCall::errorKind).containsExactly("SERVER_ERROR");
        }

        @Test
        void anEnglishConversationGetsEnglishLabelsDatesAndAmounts() {
            SimulatedConversation chat = Conversations.start(SampleFlows.orderLookup("mostUrgent"), environment, "+905321234567", "Ayşe", "en");
            chat.say("where is my order");
            TurnResult list = chat.say("ayse.yilmaz@example.com");
            assertThat(((ListMessage) list.messages().get(0)).rows().get(0).description()).isEqualTo("2 May 2024 · TRY 1,249.90");

            TurnResult result = chat.say("1042");
            assertThat(chat.state().property("shipment.statusLabel")).isEqualTo("Delayed");
            assertThat(texts(result).get(0)).isEqualTo("Gecikme için özür dileriz. Your parcel is on its way with Yurtiçi Kargo,"
                    + " but it is running late. Estimated delivery: 8 May 2024.");
        }
    }

    @Nested
    class TrackShipment {

        private FlowDocument trackByNumber() {
            return TestFlows.flow("track", "ask_carrier")
                    .block(block("ask_carrier", "askQuestion", "{'prompt': {'tr': 'Hangi kargo firması?'}, 'property': 'shipment.carrier'}"))
                    .block(block("ask_number", "askQuestion", "{'prompt': {'tr': 'Takip numarası?'}, 'property': 'shipment.trackingNumber'}"))
                    .block(block("track", "trackShipment", "{'message': {'tr': '{shipment.statusLabel}: {shipment.summary}'}}"))
                    .block(block("oops", "sendMessage", "{'text': {'tr': 'Bu gönderiyi sorgulayamadım.'}}"))
                    .block(block("stay", "wait"))
                    .connect("ask_carrier", "answered", "ask_number")
                    .connect("ask_number", "answered", "track")
                    .connect("track", "other", "stay")
                    .connect("track", "error", "oops")
                    .build();
        }

        @Test
        void aParcelIsTrackedFromACarrierNameAsTypedAndATrackingNumber() {
            SimulatedConversation chat = Conversations.ayse(trackByNumber(), environment);
            chat.say("kargo takibi");
            chat.say("yurtiçi");
            TurnResult result = chat.say("YK 1042");

            assertThat(texts(result)).containsExactly("Gecikmeli: Paketiniz yolda ancak teslimatta gecikme var."
                    + " Kargo firması: Yurtiçi Kargo. Tahmini teslim: 8 Mayıs 2024.");
            assertThat(chat.state().property("shipment.carrierCode")).isEqualTo("YURTICI_KARGO");
        }

        @Test
        void aTrackingNumberTheCarrierDoesNotKnowReadsAsUnknownNotAsAnError() {
            SimulatedConversation chat = Conversations.ayse(trackByNumber(), environment);
            chat.say("kargo takibi");
            chat.say("Aras Kargo");
            TurnResult result = chat.say("AR999");

            assertThat(chat.state().property("shipment.status")).isEqualTo("unknown");
            assertThat(chat.state().property("shipment.statusGroup")).isEqualTo("problem");
            assertThat(texts(result).get(0)).isEqualTo("Durum bilinmiyor: Kargo firması (Aras Kargo) AR999 takip numarası için henüz bilgi vermiyor.");
        }

        @Test
        void anUnknownCarrierOrAFailingCarrierTakesTheErrorPort() {
            SimulatedConversation unknown = Conversations.ayse(trackByNumber(), environment);
            unknown.say("kargo takibi");
            unknown.say("Kuş Kargo");
            TurnResult result = unknown.say("123");
            assertThat(texts(result)).containsExactly("Bu gönderiyi sorgulayamadım.");
            assertThat(result.trace().hasProblem("carrierUnknown")).isTrue();

            environment.faults(Carrier.YURTICI.slug()).orElseThrow().setMode(FaultMode.RATE_LIMITED);
            SimulatedConversation failing = Conversations.ayse(trackByNumber(), environment);
            failing.say("kargo takibi");
            failing.say("yurtici");
            assertThat(texts(failing.say("YK1042"))).containsExactly("Bu gönderiyi sorgulayamadım.");
        }
    }
}
