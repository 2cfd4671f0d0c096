package dev.akis.engine;

import static dev.akis.testing.TestFlows.block;
import static org.assertj.core.api.Assertions.assertThat;

import dev.akis.engine.message.ButtonsMessage;
import dev.akis.engine.message.HandoffNotice;
import dev.akis.engine.message.InboundEvent;
import dev.akis.engine.message.LinkButtonMessage;
import dev.akis.engine.message.ListMessage;
import dev.akis.engine.message.OutgoingMessage;
import dev.akis.engine.message.TextMessage;
import dev.akis.flow.FlowDocument;
import dev.akis.flow.PropertyDeclaration;
import dev.akis.flow.PropertyType;
import dev.akis.sim.SimulatedConversation;
import dev.akis.testing.Conversations;
import dev.akis.testing.InMemoryEnvironment;
import dev.akis.testing.TestFlows;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The conversation blocks: messages, questions, rules, properties, jumps, waits, endings, hand-offs. */
class ConversationBlocksTest {

    private final InMemoryEnvironment environment = new InMemoryEnvironment();

    private SimulatedConversation ayse(FlowDocument flow) {
        return Conversations.ayse(flow, environment);
    }

    private static List<String> texts(TurnResult result) {
        return result.messages().stream().map(OutgoingMessage::text).toList();
    }

    @Nested
    class SendMessage {

        @Test
        void greetsTheCustomerByNameWithAPictureAndALinkButton() {
            FlowDocument flow = TestFlows.flow("greet", "hello")
                    .block(block("hello", "sendMessage", "{'text': {'tr': 'Merhaba {contact.name}!', 'en': 'Hi {contact.name}!'},"
                            + " 'imageUrl': 'https://cdn.example.com/banner.jpg', 'linkUrl': '{shop.storefrontUrl}/kampanya',"
                            + " 'linkTitle': {'tr': 'Kampanyaya git'}}"))
                    .build();
            TurnResult result = ayse(flow).say("selam");

            LinkButtonMessage message = (LinkButtonMessage) result.messages().get(0);
            assertThat(message.text()).isEqualTo("Merhaba Ayşe Yılmaz!");
            assertThat(message.url()).isEqualTo("https://akismoda.myikas.com/kampanya");
            assertThat(message.buttonTitle()).isEqualTo("Kampanyaya git");
            assertThat(message.imageUrl()).isEqualTo("https://cdn.example.com/banner.jpg");
            assertThat(result.ended()).as("nothing follows, so the conversation ends").isTrue();
        }

        @Test
        void speaksEnglishToAnEnglishConversationAndFallsBackToTheDefaultLanguageWhenATextIsMissing() {
            FlowDocument flow = TestFlows.flow("greet", "hello")
                    .block(block("hello", "sendMessage", "{'text': {'tr': 'Merhaba', 'en': 'Hello'}}"))
                    .block(block("only_tr", "sendMessage", "{'text': {'tr': 'Sadece Türkçe'}}"))
                    .connect("hello", "next", "only_tr")
                    .build();
            TurnResult result = Conversations.start(flow, environment, "+905559876543", "John", "en").say("hi");

            assertThat(texts(result)).containsExactly("Hello", "Sadece Türkçe");
        }

        @Test
        void aPlaceholderWithoutValueRendersEmptyNeverNullAndTheTraceNamesIt() {
            FlowDocument flow = TestFlows.flow("greet", "hello")
                    .block(block("hello", "sendMessage", "{'text': {'tr': 'Merhaba {member.firstName}, siparişiniz {order.number} hazır.'}}"))
                    .build();
            TurnResult result = ayse(flow).say("selam");

            assertThat(result.messages().get(0).text()).isEqualTo("Merhaba , siparişiniz  hazır.").doesNotContain("null");
            assertThat(result.trace().problems()).extracting(note -> note.describe(java.util.Locale.ENGLISH))
                    .contains("{member.firstName} has no value; it was left empty (block hello).",
                            "{order.number} has no value; it was left empty (block hello).");
        }
    }

    @Nested
    class AskQuestion {

        private FlowDocument emailQuestion() {
            return TestFlows.flow("ask", "ask_email")
                    .block(block("ask_email", "askQuestion", "{'prompt': {'tr': 'E-posta adresiniz?'}, 'inputType': 'email',"
                            + " 'property': 'contact.email', 'retryMessage': {'tr': 'Bu bir e-posta adresi değil, tekrar yazar mısınız?'}, 'maxRetries': 2}"))
                    .block(block("thanks", "sendMessage", "{'text': {'tr': 'Teşekkürler {contact.email}'}}"))
                    .block(block("human", "handoff", "{'team': 'support', 'reason': 'e-posta alınamadı'}"))
                    .connect("ask_email", "answered", "thanks")
                    .connect("ask_email", "gaveUp", "human")
                    .build();
        }

        @Test
        void aValidEmailIsStoredAndTheFlowContinues() {
            SimulatedConversation chat = ayse(emailQuestion());
            assertThat(texts(chat.say("merhaba"))).containsExactly("E-posta adresiniz?");
            TurnResult result = chat.say("  Ayse.Yilmaz@Example.com ");

            assertThat(texts(result)).containsExactly("Teşekkürler ayse.yilmaz@example.com");
        }

        @Test
        void wrongAnswersGetTheRetryMessageAndAfterTheAllowedRetriesTheGaveUpPath() {
            SimulatedConversation chat = ayse(emailQuestion());
            chat.say("merhaba");
            assertThat(texts(chat.say("bilmiyorum"))).containsExactly("Bu bir e-posta adresi değil, tekrar yazar mısınız?");
            assertThat(chat.state().blockMemory()).containsEntry("retries", "1");
            assertThat(texts(chat.say("ayse at example"))).containsExactly("Bu bir e-posta adresi değil, tekrar yazar mısınız?");
            TurnResult third = chat.say("yok");

            assertThat(third.trace().blockSteps()).extracting(step -> step.port()).contains("gaveUp");
            assertThat(third.handedOff()).isTrue();
        }

        @Test
        void aPhoneAnswerIsStoredAsE164AndALandlineIsAskedAgain() {
            FlowDocument flow = TestFlows.flow("phone", "ask_phone")
                    .block(block("ask_phone", "askQuestion", "{'prompt': {'tr': 'Cep telefonunuz?'}, 'inputType': 'phone', 'property': 'contact.phone'}"))
                    .block(block("done", "end"))
                    .connect("ask_phone", "answered", "done")
                    .build();
            SimulatedConversation chat = ayse(flow);
            chat.say("merhaba");
            assertThat(chat.say("0212 123 45 67").waiting()).isTrue();
            chat.say("0532 987 65 43");

            assertThat(chat.state().property("contact.phone")).isEqualTo("+905329876543");
        }

        @Test
        void aNumberWithADecimalCommaIsReadAndOneOutsideTheRangeIsAskedAgain() {
            FlowDocument flow = TestFlows.flow("number", "ask_size")
                    .block(block("ask_size", "askQuestion", "{'prompt': {'tr': 'Ayak numaranız?'}, 'inputType': 'number',"
                            + " 'property': 'shoeSize', 'min': 35, 'max': 47}"))
                    .block(block("done", "sendMessage", "{'text': {'tr': 'Numara: {shoeSize}'}}"))
                    .block(block("later", "wait", "{'duration': 'P1D'}"))
                    .connect("ask_size", "answered", "done")
                    .connect("done", "next", "later")
                    .property(PropertyDeclaration.of("shoeSize", PropertyType.NUMBER))
                    .build();
            SimulatedConversation chat = ayse(flow);
            chat.say("merhaba");
            assertThat(chat.say("52").waiting()).isTrue();
            TurnResult result = chat.say("42,5");

            assertThat(chat.state().property("shoeSize")).isEqualTo("42.5");
            assertThat(texts(result)).containsExactly("Numara: 42,5");
        }

        @Test
        void aFreeTextAnswerMustMatchTheWholePattern() {
            FlowDocument flow = TestFlows.flow("pattern", "ask_code")
                    .block(block("ask_code", "askQuestion", "{'prompt': {'tr': 'Kupon kodu?'}, 'inputType': 'text',"
                            + " 'property': 'coupon', 'pattern': '[A-Z]{4}[0-9]{2}'}"))
                    .block(block("done", "wait"))
                    .connect("ask_code", "answered", "done")
                    .build();
            SimulatedConversation chat = ayse(flow);
            chat.say("merhaba");
            assertThat(chat.say("kod: YAZ24 lütfen").waiting()).isTrue();
            chat.say("YAZZ24");

            assertThat(chat.state().property("coupon")).isEqualTo("YAZZ24");
        }

        private FlowDocument menu(String display, int choices) {
            StringBuilder options = new StringBuilder();
            String[][] all = {{"track", "Kargom nerede", "Where is my parcel"}, {"return", "İade", "Return"},
                    {"human", "Temsilci", "Agent"}, {"hours", "Çalışma saatleri", "Opening hours"}};
            for (int i = 0; i < choices; i++) {
                options.append(i == 0 ? "" : ",").append("{'id': '").append(all[i][0]).append("', 'title': {'tr': '")
                        .append(all[i][1]).append("', 'en': '").append(all[i][2]).append("'}}");
            }
            return TestFlows.flow("menu", "menu")
                    .block(block("menu", "askQuestion", "{'prompt': {'tr': 'Nasıl yardımcı olabilirim?'}, 'inputType': 'choice',"
                            + " 'property': 'topic', 'choiceDisplay': '" + display + "', 'choices': [" + options + "]}"))
                    .block(block("tracking", "sendMessage", "{'text': {'tr': 'Kargo takibi'}}"))
                    .block(block("other", "sendMessage", "{'text': {'tr': 'Seçiminiz: {topic}'}}"))
                    .connect("menu", "choice:track", "tracking")
                    .connect("menu", "answered", "other")
                    .build();
        }

        @Test
        void choicesAreOfferedAsButtonsAndATapTakesThatChoicesPort() throws Exception {
            SimulatedConversation chat = ayse(menu("buttons", 3));
            ButtonsMessage buttons = (ButtonsMessage) chat.say("merhaba").messages().get(0);
            assertThat(buttons.buttons()).extracting(b -> b.title()).containsExactly("Kargom nerede", "İade", "Temsilci");

            TurnResult tapped = chat.tap("track");
            assertThat(texts(tapped)).containsExactly("Kargo takibi");
            assertThat(tapped.trace().blockSteps().get(0).port()).isEqualTo("choice:track");
        }

        @Test
        void aChoiceWithoutItsOwnConnectionFallsBackToAnswered() {
            SimulatedConversation chat = ayse(menu("buttons", 3));
            chat.say("merhaba");
            TurnResult result = chat.say("iade");

            assertThat(texts(result)).containsExactly("Seçiminiz: return");
            assertThat(result.trace().blockSteps().get(0).port()).isEqualTo("answered");
        }

        @Test
        void theCustomerMayTypeTheOptionsNumberOrItsTitleInAnyCaseOrLanguage() {
            SimulatedConversation byNumber = ayse(menu("buttons", 3));
            byNumber.say("merhaba");
            assertThat(texts(byNumber.say("1"))).containsExactly("Kargo takibi");

            SimulatedConversation byTitle = ayse(menu("buttons", 3));
            byTitle.say("merhaba");
            assertThat(texts(byTitle.say("KARGOM NEREDE?"))).containsExactly("Kargo takibi");

            SimulatedConversation english = ayse(menu("buttons", 3));
            english.say("merhaba");
            assertThat(texts(english.say("where is my parcel"))).containsExactly("Kargo takibi");
        }

        @Test
        void moreThanThreeChoicesAsButtonsBecomeAListAndTheTraceSaysSo() {
            TurnResult result = ayse(menu("buttons", 4)).say("merhaba");

            assertThat(result.messages().get(0)).isInstanceOf(ListMessage.class);
            assertThat(((ListMessage) result.messages().get(0)).rows()).hasSize(4);
            assertThat(result.trace().hasProblem("tooManyButtons")).isTrue();
        }

        @Test
        void anUnknownAnswerToAChoiceRepeatsTheOptionsWithTheRetryMessage() {
            SimulatedConversation chat = ayse(menu("list", 3));
            chat.say("merhaba");
            TurnResult result = chat.say("pizza");

            assertThat(result.messages()).hasSize(1);
            ListMessage again = (ListMessage) result.messages().get(0);
            assertThat(again.text()).as("the retry message the palette gives the block")
                    .isEqualTo(dev.akis.blocks.BlockType.TEXTS.get(java.util.Locale.forLanguageTag("tr"),
                            "block.askQuestion.field.retryMessage.default"));
            assertThat(again.rows()).hasSize(3);
        }
    }

    @Nested
    class ConditionAndSetProperty {

        private FlowDocument vipCheck() {
            return TestFlows.flow("vip", "set")
                    .block(block("set", "setProperty", "{'assignments': [{'property': 'greeting', 'value': 'Sayın {contact.name}'},"
                            + " {'property': 'basket', 'value': '1750.5'}]}"))
                    .block(block("rules", "condition", "{'branches': ["
                            + "{'id': 'big', 'match': 'all', 'rules': [{'property': 'basket', 'operator': 'greaterOrEqual', 'value': '1000'},"
                            + "  {'property': 'contact.phone', 'operator': 'startsWith', 'value': '+90'}]},"
                            + "{'id': 'named', 'match': 'any', 'rules': [{'property': 'contact.name', 'operator': 'contains', 'value': 'AYŞE'}]}]}"))
                    .block(block("big_basket", "sendMessage", "{'text': {'tr': '{greeting}, kargo bedava!'}}"))
                    .block(block("named", "sendMessage", "{'text': {'tr': 'Merhaba'}}"))
                    .block(block("otherwise", "sendMessage", "{'text': {'tr': 'Diğer'}}"))
                    .connect("set", "next", "rules")
                    .connect("rules", "branch:big", "big_basket")
                    .connect("rules", "branch:named", "named")
                    .connect("rules", "otherwise", "otherwise")
                    .build();
        }

        @Test
        void theFirstBranchWhoseRulesAllHoldIsTaken() {
            TurnResult result = ayse(vipCheck()).say("merhaba");

            assertThat(texts(result)).containsExactly("Sayın Ayşe Yılmaz, kargo bedava!");
            assertThat(result.ended()).isTrue();
            assertThat(result.state().property("greeting")).as("flow properties end with the conversation").isNull();
        }

        @Test
        void whenNoBranchHoldsOtherwiseIsTaken() {
            TurnResult result = Conversations.start(vipCheck(), environment, "+4479111234", "John", "tr").say("hi");

            assertThat(texts(result)).containsExactly("Diğer");
        }

        @Test
        void amountsCompareAsNumbersAndMissingPropertiesOnlySatisfyNegativeRules() {
            FlowDocument flow = TestFlows.flow("rules", "rules")
                    .block(block("rules", "condition", "{'branches': ["
                            + "{'id': 'missing', 'rules': [{'property': 'order.total', 'operator': 'lessThan', 'value': '5'}]},"
                            + "{'id': 'unset', 'rules': [{'property': 'order.total', 'operator': 'isNotSet'},"
                            + "  {'property': 'order.total', 'operator': 'notEquals', 'value': '10'}]}]}"))
                    .block(block("a", "end"))
                    .block(block("b", "end"))
                    .connect("rules", "branch:missing", "a")
                    .connect("rules", "branch:unset", "b")
                    .connect("rules", "otherwise", "a")
                    .build();
            TurnResult result = ayse(flow).say("merhaba");

            assertThat(result.trace().blockSteps().get(0).port()).isEqualTo("branch:unset");
        }
    }

    @Nested
    class JumpWaitEndHandoff {

        @Test
        void aJumpContinuesAtItsTarget() {
            FlowDocument flow = TestFlows.flow("jump", "go")
                    .block(block("go", "jump", "{'target': 'menu'}"))
                    .block(block("menu", "sendMessage", "{'text': {'tr': 'Menü'}}"))
                    .build();
            TurnResult result = ayse(flow).say("merhaba");

            assertThat(result.trace().blocksVisited()).containsExactly("go", "menu");
            assertThat(texts(result)).containsExactly("Menü");
        }

        private FlowDocument followUp() {
            return TestFlows.flow("wait", "thanks")
                    .block(block("thanks", "sendMessage", "{'text': {'tr': 'Siparişiniz alındı.'}}"))
                    .block(block("pause", "wait", "{'duration': 'PT2H'}"))
                    .block(block("survey", "sendMessage", "{'text': {'tr': 'Memnun kaldınız mı?'}}"))
                    .block(block("reply", "sendMessage", "{'text': {'tr': 'Yazdığınız için teşekkürler.'}}"))
                    .connect("thanks", "next", "pause")
                    .connect("pause", "elapsed", "survey")
                    .connect("pause", "customerReplied", "reply")
                    .build();
        }

        @Test
        void aWaitSendsItsFollowUpOnlyWhenTheTimeHasPassed() {
            SimulatedConversation chat = ayse(followUp());
            TurnResult first = chat.say("sipariş verdim");
            assertThat(first.state().nextTimerDue()).contains(environment.clock().instant().plus(Duration.ofHours(2)));

            assertThat(chat.pass(Duration.ofMinutes(119)).messages()).isEmpty();
            TurnResult later = chat.pass(Duration.ofMinutes(1));
            assertThat(texts(later)).containsExactly("Memnun kaldınız mı?");
            assertThat(later.trace().entries()).anyMatch(entry -> entry instanceof dev.akis.engine.trace.TimerFired);
        }

        @Test
        void aCustomerWhoWritesDuringAWaitTakesCustomerRepliedWhenItIsConnected() {
            SimulatedConversation chat = ayse(followUp());
            chat.say("sipariş verdim");
            TurnResult reply = chat.say("teşekkürler");

            assertThat(texts(reply)).containsExactly("Yazdığınız için teşekkürler.");
            assertThat(chat.state().timers()).as("the wait's timer is cancelled").isEmpty();
        }

        @Test
        void aHandedOffConversationStaysSilentUntilAnAgentGivesItBack() {
            FlowDocument flow = TestFlows.flow("handoff", "human")
                    .block(block("human", "handoff", "{'team': 'iade-ekibi', 'reason': 'İade talebi: {contact.name}'}"))
                    .build();
            SimulatedConversation chat = ayse(flow);
            TurnResult handedOff = chat.say("iade istiyorum");

            assertThat(handedOff.messages()).hasSize(2);
            assertThat(handedOff.messages().get(0)).isInstanceOf(TextMessage.class);
            assertThat(handedOff.messages().get(0).text()).as("the hand-off text the palette gives the block")
                    .isEqualTo(dev.akis.blocks.BlockType.TEXTS.get(java.util.Locale.forLanguageTag("tr"),
                            "block.handoff.field.message.default"));
            assertThat(handedOff.messages().get(1)).isEqualTo(new HandoffNotice("iade-ekibi", "İade talebi: Ayşe Yılmaz"));
            assertThat(handedOff.handedOff()).isTrue();

            TurnResult silent = chat.say("merhaba? kimse yok mu?");
            assertThat(silent.messages()).isEmpty();
            assertThat(silent.trace().notes()).extracting(note -> note.code()).containsExactly("silentWhileHandedOff");

            chat.send(InboundEvent.resumeBot(), "event: resume-bot");
            assertThat(chat.state().status()).isEqualTo(ConversationState.Status.IDLE);
            assertThat(chat.say("selam").handedOff()).as("the bot answers again, from the entry").isTrue();
        }
    }
}
