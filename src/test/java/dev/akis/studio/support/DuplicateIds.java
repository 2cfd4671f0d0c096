package dev.akis.studio.support;

import dev.akis.flow.Block;
import dev.akis.flow.Connection;
import dev.akis.flow.FlowDocument;
import java.util.ArrayList;
import java.util.List;

/** A flow file as a hand edit leaves it: two blocks named {@code msg_delayed}, each with its own way on. */
public final class DuplicateIds {

    private DuplicateIds() {
    }

    /**
     * The order lookup with a second "msg_delayed" (a message offering an agent) whose "next" leads to the handoff,
     * while the first one's "next" still leads to "end".
     */
    public static FlowDocument orderLookupWithTwoDelayMessages() {
        FlowDocument flow = SampleFlows.orderLookup();
        Block second = SampleFlows.message("msg_delayed", "Temsilci öner", "Offer an agent",
                "Dilerseniz sizi bir temsilciye aktarayım.", "I can pass you to an agent if you like.");
        List<Block> blocks = new ArrayList<>(flow.blocks());
        blocks.add(second);
        List<Connection> connections = new ArrayList<>(flow.connections());
        connections.add(Connection.of("msg_delayed", "next", "handoff"));
        return flow.toBuilder().blocks(blocks).connections(connections).build();
    }
}
