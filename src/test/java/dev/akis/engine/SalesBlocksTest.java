package dev.akis.engine;

import static dev.akis.testing.TestFlows.block;
import static org.assertj.core.api.Assertions.assertThat;

import dev.akis.commerce.mock.FaultMode;
import dev.akis.engine.message.ButtonsMessage;
import dev.akis.engine.message.InboundEvent;
import dev.akis.engine.message.LinkButtonMessage;
import dev.akis.engine.message.ListMessage;
import dev.akis.engine.message.OutgoingMessage;
import dev.akis.engine.message.ProductCardsMessage;
import dev.akis.engine.trace.TimerFired;
import dev.akis.flow.FlowDocument;
import dev.akis.sim.SimulatedConversation;
import dev.akis.testing.Conversations;
import dev.akis.testing.InMemoryEnvironment;
import dev.akis.testing.TestFlows;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Product List, Cart Confirmation, Send Checkout Link and Cash-on-Delivery Confirmation. */
class SalesBlocksTest {

    private final InMemoryEnvironment environment = new InMemoryEnvironment();

    private static List<String> texts(TurnResult result) {
        return result.messages().stream().map(OutgoingMessage::text).toList();
    }

    /** A click-to-WhatsApp sale: products, cart, payment link, thanks or a retry. */
    private static FlowDocument sale() {
        return TestFlows.flow("sale", "products")
                .block(block("products", "productList", "{'prompt': {'tr': 'Bu haftanın seçkisi:'},"
                        + " 'products': ['prd-hoodie', 'prd-mug', 'prd-tshirt', 'prd-cap'], 'quantity': 1}"))
                .block(block("cart", "cartConfirmation"))
                .block(block("pay", "sendCheckoutLink", "{'discountCode': 'WA10', 'abandonAfter': 'PT1H'}"))
                .block(block("paid", "sendMessage", "{'text': {'tr': 'Teşekkürler! Sipariş numaranız #{checkout.orderNumber}'}}"))
                .block(block("failed", "sendMessage", "{'text': {'tr': 'Ödeme alınamadı.'}}"))
                .block(block("abandoned", "sendMessage", "{'text': {'tr': 'Sepetiniz sizi bekliyor.'}}"))
                .block(block("oops", "sendMessage", "{'text': {'tr': 'Ürünlere şu an ulaşamıyorum.'}}"))
                .connect("products", "selected", "cart")
                .connect("products", "error", "oops")
                .connect("cart", "confirmed", "pay")
                .connect("cart", "change", "products")
                .connect("pay", "paid", "paid")
                .connect("pay", "paymentFailed", "failed")
                .connect("pay", "abandoned", "abandoned")
                .build();
    }

    private SimulatedConversation shopper() {
        return Conversations.ayse(sale(), environment);
    }

    @Nested
    class ProductList {

        @Test
        void theProductsAreListedWithPriceAndStock() {
            TurnResult result = shopper().say("Ref: IG_Hoodie_01");

            ListMessage list = (ListMessage) result.messages().get(0);
            assertThat(list.text()).isEqualTo("Bu haftanın seçkisi:");
            assertThat(list.rows()).extracting(ListMessage.Row::title)
                    .containsExactly("Kapüşonlu Sweatshirt", "Akış Kupa", "Basic Tişört", "Şapka");
            assertThat(list.rows()).extracting(ListMessage.Row::description).containsExactly(
                    "749,90 TL'den başlayan · Stokta var", "149,90 TL · Stokta var", "399,00 TL · Tükendi",
                    "199,90 TL'den başlayan · Stokta var");
        }

        @Test
        void aProductWithSeveralVariantsShowsItsCardThenOnlyTheVariantsInStock() throws Exception {
            SimulatedConversation chat = shopper();
            chat.say("merhaba");
            TurnResult result = chat.tap("Kapüşonlu Sweatshirt");

            assertThat(result.messages().get(0)).isInstanceOf(ProductCardsMessage.class);
            ProductCardsMessage.Card card = ((ProductCardsMessage) result.messages().get(0)).cards().get(0);
            assertThat(card.imageUrl()).isEqualTo("https://cdn.example.com/hoodie.jpg");
            assertThat(card.stock()).isEqualTo(7);
            ButtonsMessage variants = (ButtonsMessage) result.messages().get(1);
            assertThat(variants.buttons()).extracting(b -> b.title()).containsExactly("S", "L");

            chat.tap("L");
            assertThat(chat.state().properties()).containsEntry("cart.variantId", "v-hoodie-l")
                    .containsEntry("cart.unitPrice", "799.90 TRY")
                    .containsEntry("cart.total", "799.90 TRY")
                    .containsEntry("cart.quantity", "1")
                    .containsEntry("cart.summary", "1 × Kapüşonlu Sweatshirt (L) — 799,90 TL");
        }

        @Test
        void fourVariantsInStockAreOfferedAsAListWithPriceAndStock() throws Exception {
            SimulatedConversation chat = shopper();
            chat.say("merhaba");
            TurnResult result = chat.tap("4");

            ListMessage variants = (ListMessage) result.messages().get(1);
            assertThat(variants.rows()).extracting(ListMessage.Row::description)
                    .containsExactly("199,90 TL · Son 3 adet", "199,90 TL · Stokta var", "219,90 TL · Son 1 adet", "199,90 TL · Stokta var");
        }

        @Test
        void aProductWithOneVariantGoesStraightToTheCart() throws Exception {
            SimulatedConversation chat = shopper();
            chat.say("merhaba");
            TurnResult result = chat.tap("Akış Kupa");

            ButtonsMessage confirm = (ButtonsMessage) result.messages().get(0);
            assertThat(confirm.text()).isEqualTo("Sepetiniz: 1 × Akış Kupa — 149,90 TL\nToplam: 149,90 TL\nÖdeme bağlantınızı hazırlayayım mı?");
            assertThat(confirm.buttons()).extracting(b -> b.title()).containsExactly("Evet", "Değiştir");
        }

        @Test
        void aSoldOutProductIsAnsweredWithItsAlternativesInStock() throws Exception {
            SimulatedConversation chat = shopper();
            chat.say("merhaba");
            TurnResult result = chat.tap("Basic Tişört");

            ListMessage alternatives = (ListMessage) result.messages().get(0);
            assertThat(alternatives.text()).as("the out-of-stock message names the product").contains("Basic Tişört");
            assertThat(alternatives.rows()).extracting(ListMessage.Row::title).containsExactly("Kapüşonlu Sweatshirt", "Şapka");
            assertThat(result.currentBlock()).isEqualTo("products");

            chat.tap("Şapka");
            chat.tap("Beyaz");
            assertThat(chat.state().property("cart.variantId")).isEqualTo("v-cap-white");
        }

        @Test
        void aShopThatFailsWhileListingTakesTheErrorPort() {
            environment.faults("ikas").orElseThrow().setMode(FaultMode.RATE_LIMITED);
            assertThat(texts(shopper().say("merhaba"))).containsExactly("Ürünlere şu an ulaşamıyorum.");
        }
    }

    @Nested
    class CheckoutLink {

        private SimulatedConversation atCheckout() throws Exception {
            SimulatedConversation chat = shopper();
            chat.say("Merhaba Ref: IG_Hoodie_01");
            chat.tap("Akış Kupa");
            return chat;
        }

        @Test
        void changingTheCartGoesBackToTheProducts() throws Exception {
            SimulatedConversation chat = atCheckout();
            TurnResult result = chat.tap("Değiştir");

            assertThat(result.currentBlock()).isEqualTo("products");
            assertThat(result.messages().get(0)).isInstanceOf(ListMessage.class);
        }

        @Test
        void theLinkCarriesTheCartTheDiscountTheSourceTagAndACheckoutId() throws Exception {
            SimulatedConversation chat = atCheckout();
            TurnResult result = chat.tap("Evet");

            LinkButtonMessage link = (LinkButtonMessage) result.messages().get(0);
            assertThat(link.url()).isEqualTo("https://akismoda.myikas.com/checkout?items=v-mug:1&discount=WA10"
                    + "&source=IG_Hoodie_01&checkoutId=chk-c1-1");
            assertThat(link.text()).isEqualTo("Güvenli ödeme bağlantınız: " + link.url());
            assertThat(link.buttonTitle()).isEqualTo("Şimdi öde");
            assertThat(chat.state().property("checkout.id")).isEqualTo("chk-c1-1");
            assertThat(chat.state().nextTimerDue()).contains(environment.clock().instant().plus(Duration.ofHours(1)));
        }

        @Test
        void aPaymentReportedByTheShopTakesPaidWithTheNewOrderNumber() throws Exception {
            SimulatedConversation chat = atCheckout();
            chat.tap("Evet");
            TurnResult result = chat.send(InboundEvent.paymentSucceeded("1099"), "event: paid order=1099");

            assertThat(texts(result)).containsExactly("Teşekkürler! Sipariş numaranız #1099");
            assertThat(result.state().timers()).isEmpty();
        }

        @Test
        void aRefusedPaymentTakesPaymentFailed() throws Exception {
            SimulatedConversation chat = atCheckout();
            chat.tap("Evet");
            assertThat(texts(chat.send(InboundEvent.paymentFailed(), "event: failed"))).containsExactly("Ödeme alınamadı.");
        }

        @Test
        void noPaymentWithinTheHourCountsAsAbandoned() throws Exception {
            SimulatedConversation chat = atCheckout();
            chat.tap("Evet");
            assertThat(chat.pass(Duration.ofMinutes(30)).messages()).isEmpty();
            assertThat(texts(chat.pass(Duration.ofMinutes(30)))).containsExactly("Sepetiniz sizi bekliyor.");
        }

        @Test
        void anEventAboutAnotherCheckoutIsNotTakenForThisOne() throws Exception {
            SimulatedConversation chat = atCheckout();
            chat.tap("Evet");
            TurnResult result = chat.send(InboundEvent.system(InboundEvent.Kind.PAYMENT_SUCCEEDED,
                    java.util.Map.of(InboundEvent.CHECKOUT_ID, "chk-other-9")), "event: paid checkout=chk-other-9");

            assertThat(result.messages()).isEmpty();
            assertThat(result.currentBlock()).isEqualTo("pay");
        }
    }

    @Nested
    class CashOnDelivery {

        private FlowDocument codFlow() {
            return TestFlows.flow("cod", "set_order")
                    .block(block("set_order", "setProperty", "{'assignments': [{'property': 'order.number', 'value': '1042'}]}"))
                    .block(block("cod", "cashOnDeliveryConfirmation", "{'amount': '{orderTotal}', 'deadline': 'PT24H', 'reminderAfter': 'PT12H'}"))
                    .block(block("yes", "sendMessage", "{'text': {'tr': 'Onaylandı, {cod.amount} kapıda ödenecek.'}}"))
                    .block(block("no", "sendMessage", "{'text': {'tr': 'Sipariş iptal edildi.'}}"))
                    .block(block("late", "sendMessage", "{'text': {'tr': 'Süre doldu.'}}"))
                    .connect("set_order", "next", "cod")
                    .connect("cod", "confirmed", "yes")
                    .connect("cod", "declined", "no")
                    .connect("cod", "expired", "late")
                    .block(block("follow_up", "wait", "{'duration': 'P2D'}"))
                    .connect("yes", "next", "follow_up")
                    .property(dev.akis.flow.PropertyDeclaration.of("orderTotal", dev.akis.flow.PropertyType.MONEY))
                    .build();
        }

        private SimulatedConversation customer() {
            SimulatedConversation chat = Conversations.ayse(codFlow(), environment);
            chat.setProperty("orderTotal", "1249.90 TRY");
            return chat;
        }

        @Test
        void theCustomerConfirmsTheAmountWithTheYesButton() throws Exception {
            SimulatedConversation chat = customer();
            ButtonsMessage ask = (ButtonsMessage) chat.say("merhaba").messages().get(0);
            assertThat(ask.text()).as("the default question repeats order number and amount").contains("1042", "1.249,90 TL");
            assertThat(ask.buttons()).extracting(b -> b.title()).containsExactly("Evet, onaylıyorum", "Hayır, iptal");

            TurnResult result = chat.tap("Evet, onaylıyorum");
            assertThat(texts(result)).containsExactly("Onaylandı, 1.249,90 TL kapıda ödenecek.");
            assertThat(result.changes()).extracting(PropertyChange::name).contains("cod.confirmed", "cod.answeredAt");
            assertThat(chat.state().properties()).containsEntry("cod.confirmed", "true")
                    .containsEntry("cod.amount", "1249.90 TRY")
                    .containsEntry("cod.answeredAt", "2024-05-06T07:00:00Z");
        }

        @Test
        void noDeclines() {
            SimulatedConversation chat = customer();
            chat.say("merhaba");
            assertThat(texts(chat.say("hayır, iptal"))).containsExactly("Sipariş iptal edildi.");
        }

        @Test
        void anAnswerThatIsNeitherButtonGetsTheHintWithTheButtonsAgainAndTheNumberTwoDeclines() {
            SimulatedConversation chat = customer();
            chat.say("merhaba");

            TurnResult unclear = chat.say("belki yarın");
            assertThat(unclear.currentBlock()).isEqualTo("cod");
            ButtonsMessage again = (ButtonsMessage) unclear.messages().get(0);
            assertThat(again.text()).isEqualTo("Lütfen aşağıdaki seçeneklerden birini seçin.");
            assertThat(again.buttons()).extracting(b -> b.title()).containsExactly("Evet, onaylıyorum", "Hayır, iptal");
            assertThat(chat.state().properties()).doesNotContainKey("cod.confirmed");

            assertThat(texts(chat.say("2"))).containsExactly("Sipariş iptal edildi.");
        }

        @Test
        void withoutAnswerOneReminderGoesOutAtTwelveHoursAndTheOrderExpiresAtTheDeadline() {
            SimulatedConversation chat = customer();
            chat.say("merhaba");

            TurnResult reminder = chat.pass(Duration.ofHours(12));
            assertThat(reminder.messages()).hasSize(1);
            assertThat(reminder.messages().get(0)).as("the reminder offers the buttons again").isInstanceOf(ButtonsMessage.class);
            assertThat(texts(reminder).get(0)).startsWith("Küçük bir hatırlatma").contains("1042");
            assertThat(chat.pass(Duration.ofHours(11)).messages()).isEmpty();
            assertThat(texts(chat.pass(Duration.ofHours(1)))).containsExactly("Süre doldu.");
        }

        @Test
        void whenTheClockJumpsADayTheReminderFiresBeforeTheDeadline() {
            SimulatedConversation chat = customer();
            chat.say("merhaba");
            TurnResult result = chat.pass(Duration.ofDays(1));

            assertThat(result.trace().entries()).filteredOn(entry -> entry instanceof TimerFired)
                    .extracting(entry -> ((TimerFired) entry).timer()).containsExactly("reminder", "deadline");
            assertThat(texts(result)).hasSize(2);
            assertThat(texts(result).get(0)).startsWith("Küçük bir hatırlatma");
            assertThat(texts(result).get(1)).isEqualTo("Süre doldu.");
        }
    }
}
