package dev.akis.testing;

import dev.akis.engine.ConversationStart;
import dev.akis.engine.Engine;
import dev.akis.flow.FlowDocument;
import dev.akis.sim.SimulatedConversation;

/** Starts simulated conversations against the test dataset. */
public final class Conversations {

    private Conversations() {
    }

    /** Ayşe writes from her phone, in Turkish. */
    public static SimulatedConversation ayse(FlowDocument flow, InMemoryEnvironment environment) {
        return start(flow, environment, "+905321234567", "Ayşe Yılmaz", "tr");
    }

    public static SimulatedConversation start(FlowDocument flow, InMemoryEnvironment environment, String phone,
                                              String name, String language) {
        Engine engine = new Engine(flow, environment.engineServices());
        return new SimulatedConversation(engine, environment.clock(),
                new ConversationStart("c1", "simulator", phone, name, language));
    }
}
