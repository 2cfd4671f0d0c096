package dev.akis.engine;

import static dev.akis.testing.TestFlows.block;
import static org.assertj.core.api.Assertions.assertThat;

import dev.akis.engine.message.InboundEvent;
import dev.akis.flow.EntryPoint;
import dev.akis.flow.FlowDocument;
import dev.akis.flow.LocalizedText;
import dev.akis.sim.SimulatedConversation;
import dev.akis.testing.Conversations;
import dev.akis.testing.InMemoryEnvironment;
import dev.akis.testing.TestFlows;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which way into the flow a new conversation takes. */
class EntryPointsTest {

    private final InMemoryEnvironment environment = new InMemoryEnvironment();

    private static FlowDocument flow() {
        return TestFlows.bare("entries")
                .entryPoint(EntryPoint.clickToWhatsApp("ad", "hoodie_ad", "IG_Hoodie_01",
                        LocalizedText.of("tr", "Merhaba! Sweatshirt hakkında bilgi almak istiyorum.")))
                .entryPoint(EntryPoint.keyword("orders", "order_help", Map.of(
                        "tr", List.of("sipariş", "kargom"), "en", List.of("order", "parcel"))))
                .entryPoint(EntryPoint.anyMessage("other", "welcome"))
                .entryPoint(EntryPoint.checkoutReturn("paid", "thanks", "paid"))
                .entryPoint(EntryPoint.checkoutReturn("anything", "checkout_news", "any"))
                .block(block("hoodie_ad", "sendMessage", "{'text': {'tr': 'Sweatshirt kampanyası: {contact.sourceTag}', 'en': 'Hoodie deal'}}"))
                .block(block("order_help", "sendMessage", "{'text': {'tr': 'Sipariş yardımı', 'en': 'Order help'}}"))
                .block(block("welcome", "sendMessage", "{'text': {'tr': 'Hoş geldiniz', 'en': 'Welcome'}}"))
                .block(block("thanks", "sendMessage", "{'text': {'tr': 'Ödemeniz alındı: #{checkout.orderNumber}', 'en': 'Paid'}}"))
                .block(block("checkout_news", "sendMessage", "{'text': {'tr': 'Ödeme durumu değişti', 'en': 'Checkout update'}}"))
                .build();
    }

    private SimulatedConversation conversation(String language) {
        return Conversations.start(flow(), environment, "+905321234567", "Ayşe", language);
    }

    @Test
    void aClickToWhatsAppAdCarryingItsRefTagStartsAtTheAdsEntryAndRemembersTheSource() {
        SimulatedConversation chat = conversation("tr");
        TurnResult result = chat.say("Merhaba! Bu ürünü sormak istiyorum. Ref: IG_Hoodie_01");

        assertThat(result.trace().blocksVisited()).containsExactly("hoodie_ad");
        assertThat(result.messages().get(0).text()).isEqualTo("Sweatshirt kampanyası: IG_Hoodie_01");
        assertThat(chat.state().property("contact.sourceTag")).isEqualTo("IG_Hoodie_01");
    }

    @Test
    void aSourceTagTheChannelGotFromTheAdsReferralRoutesTheFirstMessageOnly() {
        Engine engine = new Engine(flow(), environment.engineServices());
        ConversationState state = engine.newConversation(new ConversationStart("wa-1", "whatsapp", "+905321234567",
                "Ayşe", "tr", "IG_Hoodie_01"));
        assertThat(state.property("contact.sourceTag")).isEqualTo("IG_Hoodie_01");

        TurnResult first = engine.handle(state, InboundEvent.text("merhaba"));
        assertThat(first.trace().blocksVisited()).containsExactly("hoodie_ad");
        TurnResult later = engine.handle(first.state(), InboundEvent.text("merhaba"));
        assertThat(later.trace().blocksVisited()).as("a later conversation is not an ad click").containsExactly("welcome");
    }

    @Test
    void theAdsPrefilledTextWithoutRefTagStillFindsTheAdsEntry() {
        TurnResult result = conversation("tr").say("merhaba! sweatshirt hakkında bilgi almak istiyorum.");

        assertThat(result.trace().blocksVisited()).containsExactly("hoodie_ad");
    }

    @Test
    void anUnknownRefTagIsRememberedButTheConversationFallsThroughToOtherEntries() {
        SimulatedConversation chat = conversation("tr");
        TurnResult result = chat.say("Ref: TT_Campaign_9 siparişim nerede");

        assertThat(result.trace().blocksVisited()).containsExactly("order_help");
        assertThat(chat.state().property("contact.sourceTag")).isEqualTo("TT_Campaign_9");
    }

    @Test
    void keywordsMatchWhateverTheCaseAndTheTurkishIs() {
        assertThat(conversation("tr").say("SİPARİŞİM NEREDE").trace().blocksVisited()).containsExactly("order_help");
        assertThat(conversation("tr").say("siparisim gelmedi").trace().blocksVisited()).containsExactly("order_help");
        assertThat(conversation("tr").say("KARGOM nerede?").trace().blocksVisited()).containsExactly("order_help");
    }

    @Test
    void keywordsAreThoseOfTheConversationsLanguage() {
        assertThat(conversation("en").say("Where is my order?").trace().blocksVisited()).containsExactly("order_help");
        assertThat(conversation("tr").say("Where is my order?").trace().blocksVisited()).containsExactly("welcome");
    }

    @Test
    void anyOtherMessageTakesTheAnyMessageEntry() {
        TurnResult result = conversation("tr").say("Merhaba");

        assertThat(result.trace().entries().get(0)).isInstanceOf(dev.akis.engine.trace.EntryChosen.class);
        assertThat(result.messages().get(0).text()).isEqualTo("Hoş geldiniz");
    }

    @Test
    void aPaymentReportedWhileNothingWaitsStartsTheCheckoutReturnEntryForThatOutcome() {
        SimulatedConversation chat = conversation("tr");
        TurnResult paid = chat.send(InboundEvent.paymentSucceeded("1099"), "event: paid order=1099");
        assertThat(paid.messages().get(0).text()).isEqualTo("Ödemeniz alındı: #1099");

        TurnResult failed = conversation("tr").send(InboundEvent.paymentFailed(), "event: payment-failed");
        assertThat(failed.trace().blocksVisited()).containsExactly("checkout_news");
    }

    @Test
    void withoutAnyMessageEntryAnUnclaimedMessageGetsNoAnswerAndTheTraceSaysWhy() {
        FlowDocument onlyKeywords = TestFlows.bare("keywords")
                .entryPoint(EntryPoint.keyword("orders", "order_help", Map.of("tr", List.of("sipariş"))))
                .block(block("order_help", "sendMessage", "{'text': {'tr': 'Sipariş yardımı'}}"))
                .build();
        TurnResult result = Conversations.start(onlyKeywords, environment, "+905321234567", "Ayşe", "tr").say("merhaba");

        assertThat(result.messages()).isEmpty();
        assertThat(result.trace().hasProblem("noEntry")).isTrue();
    }

    @Test
    void afterEndTheNextMessageStartsAfreshKeepingContactPropertiesButNotFlowProperties() {
        FlowDocument flow = TestFlows.flow("restart", "ask")
                .block(block("ask", "askQuestion", "{'prompt': {'tr': 'E-posta?'}, 'inputType': 'email', 'property': 'contact.email'}"))
                .block(block("remember", "setProperty", "{'assignments': [{'property': 'coupon', 'value': 'HOSGELDIN'}]}"))
                .block(block("bye", "end", "{'message': {'tr': 'Görüşmek üzere {contact.email}'}}"))
                .connect("ask", "answered", "remember")
                .connect("remember", "next", "bye")
                .build();
        SimulatedConversation chat = Conversations.ayse(flow, environment);
        chat.say("merhaba");
        TurnResult ended = chat.say("ayse.yilmaz@example.com");

        assertThat(ended.ended()).isTrue();
        assertThat(ended.messages().get(0).text()).isEqualTo("Görüşmek üzere ayse.yilmaz@example.com");
        assertThat(chat.state().property("contact.email")).isEqualTo("ayse.yilmaz@example.com");
        assertThat(chat.state().property("coupon")).isNull();
        assertThat(chat.state().status()).isEqualTo(ConversationState.Status.IDLE);

        TurnResult again = chat.say("tekrar merhaba");
        assertThat(again.trace().blocksVisited()).containsExactly("ask");
        assertThat(again.messages().get(0).text()).isEqualTo("E-posta?");
    }

    @Test
    void aKeywordTakesOverFromABlockThatDoesNotHandleTheMessageButOtherTextIsLeftUnanswered() {
        FlowDocument flow = TestFlows.bare("interrupt")
                .entryPoint(EntryPoint.keyword("menu", "menu", Map.of("tr", List.of("menü"))))
                .entryPoint(EntryPoint.anyMessage("any", "pause"))
                .block(block("pause", "wait", "{'duration': 'PT1H'}"))
                .block(block("menu", "sendMessage", "{'text': {'tr': 'Ana menü'}}"))
                .block(block("later", "sendMessage", "{'text': {'tr': 'Bir saat geçti'}}"))
                .connect("pause", "elapsed", "later")
                .build();
        SimulatedConversation waiting = Conversations.start(flow, environment, "+905321234567", "Ayşe", "tr");
        waiting.say("merhaba");

        TurnResult unanswered = waiting.say("orada mısınız?");
        assertThat(unanswered.messages()).isEmpty();
        assertThat(unanswered.trace().notes()).extracting(note -> note.code()).contains("notAnswered");
        assertThat(unanswered.currentBlock()).isEqualTo("pause");

        TurnResult menu = waiting.say("MENÜ lütfen");
        assertThat(menu.messages().get(0).text()).isEqualTo("Ana menü");
        assertThat(menu.state().timers()).as("the wait was given up").isEmpty();
    }
}
