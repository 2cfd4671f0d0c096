package dev.akis.engine;

import static dev.akis.testing.TestFlows.block;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akis.engine.message.InboundEvent;
import dev.akis.engine.message.OutgoingMessage;
import dev.akis.flow.FlowDocument;
import dev.akis.testing.InMemoryEnvironment;
import dev.akis.testing.TestFlows;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A server stores conversation states as JSON and resumes them after a restart. */
class ConversationStateJsonTest {

    private static FlowDocument codFlow() {
        return TestFlows.flow("cod", "ask_email")
                .block(block("ask_email", "askQuestion", "{'prompt': {'tr': 'E-posta?'}, 'inputType': 'email', 'property': 'contact.email', 'maxRetries': 3}"))
                .block(block("cod", "cashOnDeliveryConfirmation", "{'amount': '249,90 TL', 'deadline': 'PT24H', 'reminderAfter': 'PT12H'}"))
                .block(block("yes", "sendMessage", "{'text': {'tr': 'Onaylandı'}}"))
                .block(block("late", "sendMessage", "{'text': {'tr': 'Süre doldu'}}"))
                .connect("ask_email", "answered", "cod")
                .connect("cod", "confirmed", "yes")
                .connect("cod", "expired", "late")
                .build();
    }

    private static List<String> texts(TurnResult result) {
        return result.messages().stream().map(OutgoingMessage::text).toList();
    }

    @Test
    void aConversationStoredMidwayResumesOnAFreshEngineWithItsRetriesAndTimers() throws Exception {
        InMemoryEnvironment environment = new InMemoryEnvironment();
        Engine first = new Engine(codFlow(), environment.engineServices());
        ConversationState state = first.newConversation(ConversationStart.of("wa-905321234567", "whatsapp",
                "0532 123 45 67", "Ayşe", "tr"));
        state = first.handle(state, InboundEvent.text("merhaba")).state();
        state = first.handle(state, InboundEvent.text("yanlış adres")).state();
        assertThat(state.blockMemory()).containsEntry("retries", "1");

        String stored = ConversationStateJson.write(state);
        ConversationState restored = ConversationStateJson.read(stored);
        assertThat(restored).isEqualTo(state);
        assertThat(restored.property("contact.phone")).isEqualTo("+905321234567");

        Engine afterRestart = new Engine(codFlow(), environment.engineServices());
        TurnResult asked = afterRestart.handle(restored, InboundEvent.text("ayse.yilmaz@example.com"));
        assertThat(asked.currentBlock()).isEqualTo("cod");
        assertThat(asked.state().timers()).extracting(ConversationState.PendingTimer::name).containsExactly("reminder", "deadline");

        ConversationState waitingForCod = ConversationStateJson.read(ConversationStateJson.write(asked.state()));
        environment.clock().advance(Duration.ofHours(25));
        TurnResult expired = new Engine(codFlow(), environment.engineServices()).handle(waitingForCod, InboundEvent.tick());
        assertThat(texts(expired)).hasSize(2).last().isEqualTo("Süre doldu");
    }

    @Test
    void theStoredFormIsVersionedPlainJson() {
        InMemoryEnvironment environment = new InMemoryEnvironment();
        Engine engine = new Engine(codFlow(), environment.engineServices());
        ConversationState state = engine.handle(engine.newConversation(ConversationStart.of("c9", "api", null, null, "tr")),
                InboundEvent.text("merhaba")).state();

        String json = ConversationStateJson.write(state);
        assertThat(json).startsWith("{\"stateVersion\":1,").contains("\"status\":\"waiting\"", "\"currentBlock\":\"ask_email\"",
                "\"flowId\":\"cod\"", "\"conversation.id\":\"c9\"");
    }

    @Test
    void aHandedOffConversationKeepsItsTeamThroughJson() throws Exception {
        InMemoryEnvironment environment = new InMemoryEnvironment();
        FlowDocument flow = TestFlows.flow("h", "human").block(block("human", "handoff", "{'team': 'destek', 'reason': 'iade'}")).build();
        Engine engine = new Engine(flow, environment.engineServices());
        ConversationState state = engine.handle(engine.newConversation(ConversationStart.of("c1", "api", null, null, "tr")),
                InboundEvent.text("iade")).state();

        ConversationState restored = ConversationStateJson.read(ConversationStateJson.write(state));
        assertThat(restored.status()).isEqualTo(ConversationState.Status.HANDED_OFF);
        assertThat(restored.handoffTeam()).isEqualTo("destek");
        assertThat(restored.handoffReason()).isEqualTo("iade");
    }

    @Test
    void aStateFromANewerVersionOrNotAStateAtAllIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> ConversationStateJson.read("{\"stateVersion\": 7, \"conversationId\": \"c\"}"))
                .isInstanceOf(ConversationStateJson.StateFormatException.class)
                .hasMessageContaining("newer version").hasMessageContaining("state version 7");
        assertThatThrownBy(() -> ConversationStateJson.read("[1, 2]"))
                .isInstanceOf(ConversationStateJson.StateFormatException.class).hasMessageContaining("expected a JSON object");
        assertThatThrownBy(() -> ConversationStateJson.read("{\"stateVersion\": 1, \"language\": \"tr\", \"status\": \"idle\"}"))
                .isInstanceOf(ConversationStateJson.StateFormatException.class).hasMessageContaining("conversationId is missing");
        assertThatThrownBy(() -> ConversationStateJson.read("{not json"))
                .isInstanceOf(ConversationStateJson.StateFormatException.class);
    }
}
