package dev.akis.studio.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akis.flow.Connection;
import dev.akis.flow.FlowDocument;
import dev.akis.studio.support.SampleFlows;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlowEditsTest {

    private final FlowDocument flow = SampleFlows.orderLookup();

    @Test
    void deletingABlockTakesItsConnectionsAndPositionWithIt() {
        FlowDocument after = FlowEdits.deleteElements(flow, List.of("get_member"));

        assertThat(after.hasBlock("get_member")).isFalse();
        assertThat(after.connections()).noneMatch(c -> c.from().equals("get_member") || c.to().equals("get_member"));
        assertThat(after.layout().blocks()).doesNotContainKey("get_member");
        assertThat(after.connections()).hasSize(flow.connections().size() - 4);
    }

    @Test
    void anOutputLeadsToOneBlockSoConnectingItAgainReplacesTheOldConnection() {
        FlowDocument after = FlowEdits.connect(flow, "get_member", "notFound", "handoff");

        assertThat(after.target("get_member", "notFound")).contains("handoff");
        assertThat(after.outgoing("get_member")).filteredOn(c -> c.port().equals("notFound")).hasSize(1);
        assertThat(after.connections()).hasSameSizeAs(flow.connections());
    }

    @Test
    void aBlockIsNotConnectedToItself() {
        assertThat(FlowEdits.connect(flow, "end", "next", "end")).isSameAs(flow);
    }

    @Test
    void removingAConnectionLeavesTheBlocks() {
        Connection connection = Connection.of("ask_email", "answered", "get_member");
        FlowDocument after = FlowEdits.disconnect(flow, connection);
        assertThat(after.target("ask_email", "answered")).isEmpty();
        assertThat(after.blocks()).hasSameSizeAs(flow.blocks());
    }

    @Test
    void leavingAnOutputUnconnectedRemovesOnlyThatOutputsConnections() {
        FlowDocument after = FlowEdits.disconnectPort(flow, "get_member", "notFound");

        assertThat(after.target("get_member", "notFound")).isEmpty();
        assertThat(after.target("get_member", "found")).contains("select_order");
        assertThat(after.connections()).hasSize(flow.connections().size() - 1);
        assertThat(FlowEdits.disconnectPort(after, "get_member", "notFound")).as("nothing left to remove").isSameAs(after);
    }

    @Test
    void reconnectingMovesTheFarEndOfAConnectionAndKeepsItsOutputAndPlace() {
        Connection notFound = Connection.of("get_member", "notFound", "msg_not_member");
        int index = flow.connections().indexOf(notFound);

        FlowDocument after = FlowEdits.reconnect(flow, notFound, "handoff");

        assertThat(after.target("get_member", "notFound")).contains("handoff");
        assertThat(after.connections().get(index)).isEqualTo(Connection.of("get_member", "notFound", "handoff"));
        assertThat(after.connections()).hasSameSizeAs(flow.connections());
    }

    @Test
    void aConnectionIsNotReconnectedToItsOwnBlockOrToNothing() {
        Connection notFound = Connection.of("get_member", "notFound", "msg_not_member");
        assertThat(FlowEdits.reconnect(flow, notFound, "get_member")).isSameAs(flow);
        assertThat(FlowEdits.reconnect(flow, notFound, "no_such_block")).isSameAs(flow);
        assertThat(FlowEdits.reconnect(flow, notFound, "msg_not_member")).isSameAs(flow);
    }
}
