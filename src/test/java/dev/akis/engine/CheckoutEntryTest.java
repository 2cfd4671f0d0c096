package dev.akis.engine;

import static dev.akis.testing.TestFlows.block;
import static org.assertj.core.api.Assertions.assertThat;

import dev.akis.commerce.mock.FaultMode;
import dev.akis.engine.message.InboundEvent;
import dev.akis.engine.trace.CallOutcome;
import dev.akis.engine.trace.ServiceCall;
import dev.akis.flow.EntryPoint;
import dev.akis.flow.FlowDocument;
import dev.akis.sim.SimulatedConversation;
import dev.akis.testing.Conversations;
import dev.akis.testing.InMemoryEnvironment;
import dev.akis.testing.TestFlows;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Conversations the shop starts: an order placed with cash on delivery, a checkout left behind. */
class CheckoutEntryTest {

    private final InMemoryEnvironment environment = new InMemoryEnvironment();

    /** Confirms a cash-on-delivery order with the block's own default wording; reminds the abandoned cart. */
    private static FlowDocument shopEvents() {
        return TestFlows.bare("shop-events")
                .entryPoint(EntryPoint.checkoutReturn("cod_order", "confirm_cod", "cashOnDelivery"))
                .entryPoint(EntryPoint.checkoutReturn("left_cart", "remind", "abandoned"))
                .entryPoint(EntryPoint.checkoutReturn("paid", "thanks", "paid"))
                .block(block("confirm_cod", "cashOnDeliveryConfirmation", "{'deadline': 'PT24H', 'reminderAfter': 'PT12H'}"))
                .block(block("confirmed", "sendMessage", "{'text': {'tr': 'Onaylandı: {order.itemsSummary}', 'en': 'Confirmed'}}"))
                .block(block("declined", "sendMessage", "{'text': {'tr': 'İptal edildi.', 'en': 'Cancelled.'}}"))
                .block(block("expired", "sendMessage", "{'text': {'tr': 'Süre doldu.', 'en': 'Expired.'}}"))
                .block(block("remind", "sendMessage", "{'text': {'tr': 'Sepetinizde {cart.summary} sizi bekliyor ({cart.total}).',"
                        + " 'en': 'Your cart'}, 'linkUrl': '{checkout.link}', 'linkTitle': {'tr': 'Sepete dön', 'en': 'Back to cart'}}"))
                .block(block("thanks", "sendMessage", "{'text': {'tr': 'Teşekkürler, #{checkout.orderNumber}', 'en': 'Thanks'}}"))
                .connect("confirm_cod", "confirmed", "confirmed")
                .connect("confirm_cod", "declined", "declined")
                .connect("confirm_cod", "expired", "expired")
                .build();
    }

    private SimulatedConversation zeynep(FlowDocument flow) {
        return Conversations.start(flow, environment, "+905051112233", "Zeynep Arslan", "tr");
    }

    @Test
    void aCashOnDeliveryOrderStartsTheConfirmationWithTheOrdersTotalLoadedFromTheShop() {
        SimulatedConversation chat = zeynep(shopEvents());

        TurnResult started = chat.send(InboundEvent.cashOnDeliveryOrdered("o-1060", "1060"), "event: cod order=1060 order-id=o-1060");

        assertThat(started.trace().blocksVisited()).containsExactly("confirm_cod");
        assertThat(started.messages().get(0).text())
                .isEqualTo("1060 numaralı siparişinizin kapıda ödenecek tutarı: 59,90 TL. Onaylıyor musunuz?");
        assertThat(started.trace().serviceCalls()).extracting(ServiceCall::service, ServiceCall::operation, ServiceCall::detail,
                ServiceCall::outcome).containsExactly(org.assertj.core.groups.Tuple.tuple("ikas", "getOrder", "o-1060", CallOutcome.OK));
        assertThat(chat.state().property("order.total")).isEqualTo("59.90 TRY");
        assertThat(chat.state().property("cod.amount")).isEqualTo("59.90 TRY");
        assertThat(chat.state().property("checkout.orderNumber")).isEqualTo("1060");
        assertThat(started.trace().problems()).isEmpty();
    }

    @Test
    void theEntryFillsTheOrderExactlyAsSelectOrderDoes() {
        FlowDocument picking = TestFlows.flow("pick", "find")
                .block(block("find", "getMember", "{'lookupBy': 'phone', 'value': '{contact.phone}'}"))
                .block(block("pick", "selectOrder", "{}"))
                .block(block("hold", "wait", "{'duration': 'PT1H'}"))
                .connect("find", "found", "pick")
                .connect("pick", "selected", "hold")
                .build();
        SimulatedConversation picked = zeynep(picking);
        picked.say("merhaba");
        SimulatedConversation reported = zeynep(shopEvents());
        reported.send(InboundEvent.cashOnDeliveryOrdered("o-1060", "1060"), "event: cod order=1060 order-id=o-1060");

        assertThat(orderProperties(reported.state())).isEqualTo(orderProperties(picked.state())).containsKeys(
                "order.id", "order.number", "order.date", "order.total", "order.itemsSummary", "order.packageCount");
    }

    private static Map<String, String> orderProperties(ConversationState state) {
        Map<String, String> order = new LinkedHashMap<>();
        state.properties().forEach((name, value) -> {
            if (name.startsWith("order.")) {
                order.put(name, value);
            }
        });
        return order;
    }

    @Test
    void whenTheShopCannotLoadTheOrderTheConfirmationStartsWithItsNumberAndTheTraceSaysWhy() {
        environment.faults("ikas").orElseThrow().setMode(FaultMode.SERVER_ERROR);
        SimulatedConversation chat = zeynep(shopEvents());

        TurnResult started = chat.send(InboundEvent.cashOnDeliveryOrdered("o-1060", "1060"), "event: cod order=1060 order-id=o-1060");

        assertThat(started.trace().blocksVisited()).containsExactly("confirm_cod");
        assertThat(chat.state().property("order.number")).isEqualTo("1060");
        assertThat(chat.state().property("order.id")).isEqualTo("o-1060");
        assertThat(chat.state().property("order.total")).isNull();
        assertThat(started.trace().problems()).extracting(note -> note.code()).contains("checkoutOrderUnavailable");
        assertThat(started.trace().describe(java.util.Locale.ENGLISH))
                .anyMatch(line -> line.contains("Order o-1060 could not be loaded from the shop"));
    }

    @Test
    void anOrderTheShopDoesNotKnowIsNotedAndNothingOfAnEarlierOrderIsKept() {
        SimulatedConversation chat = zeynep(shopEvents());
        chat.send(InboundEvent.cashOnDeliveryOrdered("o-1060", "1060"), "event: cod order=1060 order-id=o-1060");

        TurnResult second = chat.send(InboundEvent.cashOnDeliveryOrdered("o-9999", "9999"), "event: cod order=9999 order-id=o-9999");

        assertThat(second.trace().problems()).extracting(note -> note.code()).contains("checkoutOrderNotFound");
        assertThat(chat.state().property("order.number")).isEqualTo("9999");
        assertThat(chat.state().property("order.total")).as("the first order's total must not be confirmed").isNull();
    }

    @Test
    void anAbandonedCheckoutCarriesItsLinkAndCartSoTheReminderCanRepeatThem() {
        Map<String, String> details = new LinkedHashMap<>();
        details.put(InboundEvent.CHECKOUT_ID, "chk-77");
        details.put(InboundEvent.CHECKOUT_LINK, "https://akismoda.myikas.com/checkout?items=v-l1:1");
        details.put(InboundEvent.CART_SUMMARY, "1 × Kapüşonlu Sweatshirt (M / Siyah)");
        details.put(InboundEvent.CART_TOTAL, "749.90 TRY");

        TurnResult reminder = zeynep(shopEvents()).send(
                InboundEvent.system(InboundEvent.Kind.CHECKOUT_ABANDONED, details), "event: abandoned checkout=chk-77");

        assertThat(reminder.messages().get(0).text())
                .isEqualTo("Sepetinizde 1 × Kapüşonlu Sweatshirt (M / Siyah) sizi bekliyor (749,90 TL).");
        assertThat(reminder.messages().get(0).readableText()).contains("https://akismoda.myikas.com/checkout?items=v-l1:1");
        assertThat(reminder.trace().serviceCalls()).as("no order to load").isEmpty();
    }

    @Test
    void aTotalThatIsNotAnAmountIsLeftOutAndNoted() {
        TurnResult reminder = zeynep(shopEvents()).send(InboundEvent.system(InboundEvent.Kind.CHECKOUT_ABANDONED,
                Map.of(InboundEvent.CART_TOTAL, "çok", InboundEvent.CHECKOUT_LINK, "https://akismoda.myikas.com/c/1")),
                "event: abandoned total=çok");

        assertThat(reminder.trace().problems()).extracting(note -> note.code()).contains("checkoutTotalUnreadable");
        assertThat(reminder.state().property("cart.total")).isNull();
    }

    @Test
    void eachOutcomeGoesToItsOwnEntry() {
        assertThat(zeynep(shopEvents()).send(InboundEvent.paymentSucceeded("1099"), "event: paid order=1099")
                .messages().get(0).text()).isEqualTo("Teşekkürler, #1099");
        assertThat(zeynep(shopEvents()).send(InboundEvent.checkoutAbandoned(null, "https://x.example/c"), "event: abandoned")
                .trace().blocksVisited()).containsExactly("remind");
        FlowDocument paidOnly = TestFlows.bare("paid-only")
                .entryPoint(EntryPoint.checkoutReturn("paid", "thanks", "paid"))
                .block(block("thanks", "sendMessage", "{'text': {'tr': 'Teşekkürler'}}"))
                .build();
        TurnResult ignored = zeynep(paidOnly).send(InboundEvent.cashOnDeliveryOrdered("o-1060", "1060"), "event: cod");
        assertThat(ignored.messages()).isEmpty();
        assertThat(ignored.trace().notes()).extracting(note -> note.code()).contains("eventIgnored");
    }

    @Test
    void aCashOnDeliveryOrderPlacedWhileTheCheckoutLinkWaitsStartsTheConfirmationInsteadOfAnApology() {
        FlowDocument flow = TestFlows.bare("link-then-cod")
                .entryPoint(EntryPoint.anyMessage("start", "pay"))
                .entryPoint(EntryPoint.checkoutReturn("cod_order", "confirm_cod", "cashOnDelivery"))
                .block(block("pay", "sendCheckoutLink", "{'abandonAfter': 'PT1H'}"))
                .block(block("paid", "sendMessage", "{'text': {'tr': 'Ödendi'}}"))
                .block(block("failed", "sendMessage", "{'text': {'tr': 'Ödeme alınamadı'}}"))
                .block(block("left", "sendMessage", "{'text': {'tr': 'Sepet bekliyor'}}"))
                .block(block("confirm_cod", "cashOnDeliveryConfirmation", "{}"))
                .block(block("done", "end", "{}"))
                .connect("pay", "paid", "paid")
                .connect("pay", "paymentFailed", "failed")
                .connect("pay", "abandoned", "left")
                .connect("confirm_cod", "confirmed", "done")
                .connect("confirm_cod", "declined", "done")
                .connect("confirm_cod", "expired", "done")
                .build();
        SimulatedConversation chat = zeynep(flow);
        chat.say("ödeme linki lütfen");

        TurnResult cod = chat.send(InboundEvent.cashOnDeliveryOrdered("o-1060", "1060"), "event: cod order=1060 order-id=o-1060");

        assertThat(cod.trace().blocksVisited()).containsExactly("pay", "confirm_cod");
        assertThat(cod.messages()).hasSize(1);
        assertThat(cod.messages().get(0).text()).contains("59,90 TL");
        assertThat(chat.pass(Duration.ofHours(2)).trace().blocksVisited()).as("the link's abandon timer is gone")
                .doesNotContain("left");
    }
}
