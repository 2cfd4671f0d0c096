package dev.akis.studio.geometry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akis.blocks.BlockCatalog;
import dev.akis.flow.FlowDocument;
import dev.akis.flow.Point;
import dev.akis.studio.support.SampleFlows;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AutoLayoutTest {

    private final BlockCatalog catalog = BlockCatalog.standard();
    private final FlowDocument flow = SampleFlows.orderLookup();

    private Map<String, Point> tidy(List<String> scope) {
        return AutoLayout.arrange(flow, scope, new Point(0, 0),
                id -> Shapes.of(flow, flow.block(id).orElseThrow(), catalog), catalog);
    }

    @Test
    void theConversationReadsLeftToRight() {
        Map<String, Point> positions = tidy(null);
        assertThat(positions.get("ask_email").x()).isLessThan(positions.get("get_member").x());
        assertThat(positions.get("get_member").x()).isLessThan(positions.get("select_order").x());
        assertThat(positions.get("select_order").x()).isLessThan(positions.get("order_status").x());
        assertThat(positions.get("order_status").x()).isLessThan(positions.get("msg_delayed").x());
        assertThat(positions.get("msg_delayed").x()).isLessThan(positions.get("end").x());
    }

    @Test
    void aBlockManyStepsLeadToSitsRightOfAllOfThem() {
        Map<String, Point> positions = tidy(null);
        assertThat(positions.get("handoff").x()).isGreaterThan(positions.get("order_status").x());
    }

    @Test
    void noTwoCardsOverlap() {
        Map<String, Point> positions = tidy(null);
        List<Rect> cards = new ArrayList<>();
        positions.forEach((id, p) -> cards.add(new Rect(p.x(), p.y(), CardMetrics.WIDTH,
                Shapes.of(flow, flow.block(id).orElseThrow(), catalog).height())));
        for (int i = 0; i < cards.size(); i++) {
            for (int j = i + 1; j < cards.size(); j++) {
                assertThat(cards.get(i).intersects(cards.get(j))).as("cards %d and %d", i, j).isFalse();
            }
        }
        assertThat(positions).hasSize(flow.blocks().size());
    }

    @Test
    void tidyingASelectionMovesOnlyThoseBlocks() {
        Map<String, Point> positions = tidy(List.of("msg_delayed", "end"));
        assertThat(positions).containsOnlyKeys("msg_delayed", "end");
        assertThat(positions.get("msg_delayed").x()).isLessThan(positions.get("end").x());
    }
}
