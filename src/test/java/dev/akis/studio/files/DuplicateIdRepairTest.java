package dev.akis.studio.files;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akis.blocks.BlockCatalog;
import dev.akis.flow.Connection;
import dev.akis.flow.FlowDocument;
import dev.akis.flow.Point;
import dev.akis.studio.geometry.CardMetrics;
import dev.akis.studio.geometry.Rect;
import dev.akis.studio.geometry.Shapes;
import dev.akis.studio.support.DuplicateIds;
import dev.akis.studio.support.SampleFlows;
import org.junit.jupiter.api.Test;

class DuplicateIdRepairTest {

    private final BlockCatalog catalog = BlockCatalog.standard();

    @Test
    void aFlowWithoutRepeatedIdsIsLeftAsItIs() {
        FlowDocument flow = SampleFlows.orderLookup();
        DuplicateIdRepair.Result result = DuplicateIdRepair.repair(flow, catalog);
        assertThat(result.changed()).isFalse();
        assertThat(result.document()).isSameAs(flow);
    }

    @Test
    void theSecondBlockWithAnIdIsRenamedAndTakesItsOwnConnectionAlong() {
        FlowDocument flow = DuplicateIds.orderLookupWithTwoDelayMessages();

        DuplicateIdRepair.Result result = DuplicateIdRepair.repair(flow, catalog);

        assertThat(result.renamed()).containsExactly(new DuplicateIdRepair.Renamed("msg_delayed", "msg_delayed_2"));
        FlowDocument repaired = result.document();
        assertThat(repaired.block("msg_delayed").orElseThrow().title().get("en")).isEqualTo("Delay apology");
        assertThat(repaired.block("msg_delayed_2").orElseThrow().title().get("en")).isEqualTo("Offer an agent");
        assertThat(repaired.target("msg_delayed", "next")).contains("end");
        assertThat(repaired.target("msg_delayed_2", "next")).contains("handoff");
        // What led to the id still leads to the first block.
        assertThat(repaired.target("order_status", "delayed")).contains("msg_delayed");
        assertThat(repaired.connections()).hasSize(flow.connections().size())
                .contains(Connection.of("msg_delayed_2", "next", "handoff"));
    }

    @Test
    void theRenamedBlockGetsAPlaceOfItsOwnBesideItsNamesake() {
        FlowDocument repaired = DuplicateIdRepair.repair(DuplicateIds.orderLookupWithTwoDelayMessages(), catalog)
                .document();

        Rect renamed = card(repaired, "msg_delayed_2");
        for (var block : repaired.blocks()) {
            if (!block.id().equals("msg_delayed_2")) {
                assertThat(renamed.intersects(card(repaired, block.id()))).as("covers " + block.id()).isFalse();
            }
        }
        Point namesake = repaired.layout().blockPosition("msg_delayed");
        assertThat(Math.hypot(renamed.x() - namesake.x(), renamed.y() - namesake.y())).as("nearby").isLessThan(800);
    }

    private Rect card(FlowDocument document, String id) {
        Point p = document.layout().blockPosition(id);
        return new Rect(p.x(), p.y(), CardMetrics.WIDTH,
                Shapes.of(document, document.block(id).orElseThrow(), catalog).height());
    }
}
