package dev.akis.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akis.engine.ConversationStart;
import dev.akis.engine.Engine;
import dev.akis.engine.TurnResult;
import dev.akis.engine.message.InboundEvent;
import dev.akis.engine.message.OutgoingMessage;
import dev.akis.flow.FlowDocument;
import dev.akis.flow.json.FlowFiles;
import dev.akis.testing.InMemoryEnvironment;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "3 days pass" in the simulator or a script ends where three days passing hour by hour end. */
class PassingTimeTest {

    private static SimulatedConversation abandonedCart() throws Exception {
        FlowDocument flow = FlowFiles.load(Path.of("flows-samples/abandoned-checkout.json"));
        InMemoryEnvironment environment = new InMemoryEnvironment();
        SimulatedConversation chat = new SimulatedConversation(new Engine(flow, environment.engineServices()),
                environment.clock(), new ConversationStart("c1", "simulator", "+905321234567", "Mehmet Kaya", "tr"));
        chat.send(InboundEvent.checkoutAbandoned("chk-4411", "https://modaruzgari.myikas.com/checkout/recover/chk-4411"),
                "event: abandoned checkout=chk-4411");
        return chat;
    }

    private static List<String> texts(List<OutgoingMessage> messages) {
        return messages.stream().map(OutgoingMessage::text).toList();
    }

    @Test
    void aCartLeftForThreeDaysGetsItsReminderAndEndsWhetherTheDaysPassAtOnceOrHourByHour() throws Exception {
        SimulatedConversation atOnce = abandonedCart();
        TurnResult threeDays = atOnce.pass(Duration.ofDays(3));

        SimulatedConversation hourly = abandonedCart();
        List<OutgoingMessage> hourByHour = new ArrayList<>();
        for (int hour = 0; hour < 72; hour++) {
            hourByHour.addAll(hourly.pass(Duration.ofHours(1)).messages());
        }

        assertThat(texts(threeDays.messages())).hasSize(1).allSatisfy(text -> assertThat(text).contains("SEPET10"));
        assertThat(texts(threeDays.messages())).isEqualTo(texts(hourByHour));
        assertThat(threeDays.ended()).isTrue();
        assertThat(atOnce.state().status()).isEqualTo(hourly.state().status());
        assertThat(atOnce.path()).isEqualTo(hourly.path()).endsWith("second_reminder", "wait_last", "wait_last", "stop_quietly");
        assertThat(atOnce.clock().instant()).isEqualTo(hourly.clock().instant());
    }

    @Test
    void aWaitBeyondTheClocksRangeIsRefusedAndTheConversationStaysWhereItWas() throws Exception {
        SimulatedConversation chat = abandonedCart();
        java.time.Instant before = chat.clock().instant();
        int exchanges = chat.exchanges().size();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> chat.pass(Duration.ofDays(9_999_999_999_999L)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 36500d");

        assertThat(chat.clock().instant()).isEqualTo(before);
        assertThat(chat.exchanges()).hasSize(exchanges);
        assertThat(texts(chat.pass(Duration.ofDays(3)).messages())).hasSize(1);
    }

    @Test
    void theReplyToALongWaitListsEveryTimerThatFiredAndEachPropertyChangeOnce() throws Exception {
        SimulatedConversation chat = abandonedCart();
        TurnResult threeDays = chat.pass(Duration.ofDays(3));

        assertThat(threeDays.trace().entries()).filteredOn(dev.akis.engine.trace.TimerFired.class::isInstance).hasSize(2);
        assertThat(threeDays.changes()).extracting(change -> change.name()).doesNotHaveDuplicates();
        assertThat(chat.exchanges()).extracting(SimulatedConversation.Exchange::action).last().isEqualTo("wait: 3d");
    }
}
