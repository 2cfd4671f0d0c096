package dev.akis.engine;

import static dev.akis.testing.TestFlows.block;
import static org.assertj.core.api.Assertions.assertThat;

import dev.akis.engine.message.InboundEvent;
import dev.akis.engine.message.OutgoingMessage;
import dev.akis.engine.trace.TimerFired;
import dev.akis.flow.FlowDocument;
import dev.akis.testing.InMemoryEnvironment;
import dev.akis.testing.TestFlows;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A server that was down for days (or a simulator passing days at once) catches up: every timer that fell due
 * fires in time order, each at its own due time, so a reminder started by an earlier reminder is timed from
 * when that reminder fell due, not from the moment the server came back.
 */
class TimersCatchUpTest {

    private final InMemoryEnvironment environment = new InMemoryEnvironment();
    private final Instant start = environment.clock().instant();

    /** A cart reminder a day later, a last one a day after that (at the hour it says), then the flow ends. */
    private FlowDocument twoReminders() {
        return TestFlows.flow("reminders", "first")
                .block(block("first", "sendMessage", "{'text': {'tr': 'Sepetiniz sizi bekliyor.'}}"))
                .block(block("wait_a_day", "wait", "{'duration': 'P1D'}"))
                .block(block("second", "sendMessage", "{'text': {'tr': 'Hatırlatma, saat {now.time}'}}"))
                .block(block("wait_last", "wait", "{'duration': 'P1D'}"))
                .block(block("last", "sendMessage", "{'text': {'tr': 'Son hatırlatma, {now.date}'}}"))
                .block(block("done", "end"))
                .connect("first", "next", "wait_a_day")
                .connect("wait_a_day", "elapsed", "second")
                .connect("second", "next", "wait_last")
                .connect("wait_last", "elapsed", "last")
                .connect("last", "next", "done")
                .build();
    }

    private static List<String> texts(TurnResult result) {
        return result.messages().stream().map(OutgoingMessage::text).toList();
    }

    @Test
    void aServerBackAfterThreeDaysSendsBothRemindersInOrderAndEndsTheConversation() {
        Engine engine = new Engine(twoReminders(), environment.engineServices());
        ConversationState state = engine.handle(engine.newConversation(
                ConversationStart.of("c1", "whatsapp", "+905321234567", "Ayşe", "tr")), InboundEvent.text("merhaba")).state();

        environment.clock().advance(Duration.ofDays(3));
        TurnResult caughtUp = engine.handle(state, InboundEvent.tick());

        // 07:00 UTC is 10:00 in Istanbul; the reminders carry the moments they fell due, not the catch-up's.
        assertThat(texts(caughtUp)).containsExactly("Hatırlatma, saat 10:00", "Son hatırlatma, 8 Mayıs 2024");
        assertThat(caughtUp.trace().entries()).filteredOn(TimerFired.class::isInstance)
                .extracting(entry -> ((TimerFired) entry).dueAt())
                .containsExactly(start.plus(Duration.ofDays(1)), start.plus(Duration.ofDays(2)));
        assertThat(caughtUp.ended()).isTrue();
        assertThat(caughtUp.state().timers()).isEmpty();
        assertThat(caughtUp.state().lastActivityAt()).isEqualTo(start.plus(Duration.ofDays(3)));
    }

    @Test
    void aTimerStartedByALateTimerIsTimedFromWhenTheLateOneFellDue() {
        Engine engine = new Engine(twoReminders(), environment.engineServices());
        ConversationState state = engine.handle(engine.newConversation(
                ConversationStart.of("c1", "whatsapp", "+905321234567", "Ayşe", "tr")), InboundEvent.text("merhaba")).state();

        environment.clock().advance(Duration.ofHours(36));
        TurnResult late = engine.handle(state, InboundEvent.tick());

        assertThat(texts(late)).containsExactly("Hatırlatma, saat 10:00");
        assertThat(late.state().currentBlock()).isEqualTo("wait_last");
        assertThat(late.state().nextTimerDue()).as("a day after the first reminder fell due, not a day after now")
                .contains(start.plus(Duration.ofDays(2)));
    }

    @Test
    void aCustomerWritingAfterTheDowntimeIsAnsweredAfterTheTimersThatFellDueBefore() {
        FlowDocument flow = TestFlows.flow("follow-up", "thanks")
                .block(block("thanks", "sendMessage", "{'text': {'tr': 'Siparişiniz alındı.'}}"))
                .block(block("pause", "wait", "{'duration': 'PT2H'}"))
                .block(block("survey", "sendMessage", "{'text': {'tr': 'Memnun kaldınız mı?'}}"))
                .block(block("reply", "sendMessage", "{'text': {'tr': 'Yazdığınız için teşekkürler.'}}"))
                .connect("thanks", "next", "pause")
                .connect("pause", "elapsed", "survey")
                .connect("pause", "customerReplied", "reply")
                .build();
        Engine engine = new Engine(flow, environment.engineServices());
        ConversationState state = engine.handle(engine.newConversation(
                ConversationStart.of("c1", "whatsapp", "+905321234567", "Ayşe", "tr")), InboundEvent.text("sipariş verdim")).state();

        environment.clock().advance(Duration.ofHours(5));
        TurnResult answer = engine.handle(state, InboundEvent.text("merhaba"));

        assertThat(texts(answer)).as("the survey was due three hours ago; then the new message starts afresh")
                .startsWith("Memnun kaldınız mı?");
        assertThat(answer.trace().blocksVisited()).startsWith("pause", "survey");
    }

    @Test
    void aWaitOfZeroInALoopIsStillStoppedAsALoop() {
        FlowDocument flow = TestFlows.flow("spin", "pause")
                .block(block("pause", "wait", "{'duration': 'PT0S'}"))
                .block(block("again", "jump", "{'target': 'pause'}"))
                .connect("pause", "elapsed", "again")
                .build();
        Engine engine = new Engine(flow, environment.engineServices());
        TurnResult result = engine.handle(engine.newConversation(
                ConversationStart.of("c1", "whatsapp", "+905321234567", "Ayşe", "tr")), InboundEvent.text("merhaba"));

        assertThat(result.trace().hasProblem("loop")).as("no time passes between the rounds").isTrue();
        assertThat(result.ended()).isTrue();
    }
}
