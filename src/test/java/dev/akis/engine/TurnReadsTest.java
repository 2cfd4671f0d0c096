package dev.akis.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.akis.engine.trace.CallOutcome;
import dev.akis.engine.trace.ServiceCall;
import dev.akis.engine.trace.Trace;
import dev.akis.sim.SimulatedConversation;
import dev.akis.testing.Conversations;
import dev.akis.testing.InMemoryEnvironment;
import dev.akis.testing.InMemoryShop;
import dev.akis.testing.SampleFlows;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Within one turn the shop is asked a question once; the next turn asks again. */
class TurnReadsTest {

    private final InMemoryEnvironment environment = new InMemoryEnvironment();

    @Test
    void orderStatusRightAfterSelectOrderUsesTheOrderSelectOrderJustLoaded() throws Exception {
        SimulatedConversation chat = Conversations.ayse(SampleFlows.orderLookup("mostUrgent"), environment);
        chat.say("Siparişim nerede?");
        chat.say("ayse.yilmaz@example.com");
        InMemoryShop shop = (InMemoryShop) environment.shop();
        int before = shop.calls();

        TurnResult picked = chat.tap("#1042");

        assertThat(shop.calls() - before).as("getOrder reached the shop once").isEqualTo(1);
        // Select Order's load, then Order Status's same read answered from it, then the carrier.
        assertThat(picked.trace().serviceCalls()).extracting(ServiceCall::operation, ServiceCall::outcome)
                .containsExactly(tuple("getOrder", CallOutcome.OK), tuple("getOrder", CallOutcome.REUSED),
                        tuple("track", CallOutcome.OK));
        ServiceCall reused = picked.trace().serviceCalls().get(1);
        assertThat(reused.durationNanos()).isZero();
        assertThat(Trace.describe(reused, Locale.ENGLISH)).isEqualTo(
                "ikas getOrder " + reused.detail() + ": not asked again, answered earlier in this turn");
        assertThat(Trace.describe(reused, Locale.forLanguageTag("tr"))).contains("bu turda daha önce yanıtlanmıştı");
        assertThat(chat.state().property("shipment.status")).isEqualTo("delayed");
    }

    @Test
    void aLaterTurnAsksTheShopAgain() throws Exception {
        SimulatedConversation chat = Conversations.ayse(SampleFlows.orderLookup("mostUrgent"), environment);
        chat.say("Siparişim nerede?");
        chat.say("ayse.yilmaz@example.com");
        chat.tap("#1042");
        chat.say("hayır, teşekkürler");
        chat.say("merhaba");
        InMemoryShop shop = (InMemoryShop) environment.shop();
        int before = shop.calls();

        TurnResult again = chat.say("ayse.yilmaz@example.com");

        assertThat(again.trace().serviceCalls()).extracting(ServiceCall::operation)
                .containsExactly("findMemberByEmail", "listOrders");
        assertThat(shop.calls() - before).isEqualTo(2);
    }
}
