package dev.akis.studio.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akis.blocks.BlockCatalog;
import dev.akis.flow.Connection;
import dev.akis.flow.FlowDocument;
import dev.akis.flow.Point;
import dev.akis.studio.command.FlowEdits;
import dev.akis.studio.geometry.CardMetrics;
import dev.akis.studio.geometry.Rect;
import dev.akis.studio.support.SampleFlows;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CanvasModelTest {

    private final BlockCatalog catalog = BlockCatalog.standard();
    private final FlowDocument flow = SampleFlows.orderLookup();

    @Test
    void pointsOnTheCanvasHitHandlesCardsWiresAndNotes() {
        CanvasModel model = new CanvasModel(catalog, flow);
        Point member = flow.layout().blockPosition("get_member");
        Point found = model.outputAnchor("get_member", "found");

        assertThat(model.hitTest(found.x(), found.y(), 4)).isEqualTo(new CanvasModel.Hit.PortHandle("get_member", "found"));
        assertThat(model.hitTest(member.x() + 60, member.y() + 20, 4)).isEqualTo(new CanvasModel.Hit.BlockCard("get_member"));
        Connection wire = Connection.of("get_member", "found", "select_order");
        var curve = model.wire(wire);
        assertThat(model.hitTest(curve.pointX(0.5), curve.pointY(0.5), 4)).isEqualTo(new CanvasModel.Hit.WireHit(wire));
        var note = model.noteRect("note_delays");
        assertThat(model.hitTest(note.x() + 20, note.y() + 20, 4)).isEqualTo(new CanvasModel.Hit.NoteCard("note_delays"));
        assertThat(model.hitTest(-5000, -5000, 4)).isInstanceOf(CanvasModel.Hit.Nothing.class);
    }

    @Test
    void aChangeReportsOnlyTheBlocksItTouched() {
        CanvasModel model = new CanvasModel(catalog, flow);
        FlowDocument moved = FlowEdits.moveElements(flow, Map.of("end", new Point(5000, 5000)));

        CanvasModel.Diff diff = model.setDocument(moved);

        assertThat(diff.changed()).containsExactly("end");
        assertThat(diff.added()).isEmpty();
        assertThat(diff.removed()).isEmpty();
        assertThat(model.blocksIn(new Rect(4990, 4990, 20, 20))).containsExactly("end");
    }

    @Test
    void theCullingQueryFindsOnlyBlocksNearTheView() {
        FlowDocument big = SampleFlows.generated(2_000);
        CanvasModel model = new CanvasModel(catalog, big);
        var visible = model.blocksIn(new Rect(0, 0, 1600, 1000));
        assertThat(visible).isNotEmpty().hasSizeLessThan(40);
        assertThat(model.blocksIn(model.contentBounds())).hasSize(2_000);
    }

    @Test
    void aDragPreviewMovesCardsAndTheirWiresWithoutChangingTheFlow() {
        CanvasModel model = new CanvasModel(catalog, flow);
        Point before = model.position("get_member");
        model.setDragPreview(java.util.Set.of("get_member"), 100, 40);
        assertThat(model.position("get_member")).isEqualTo(before.translate(100, 40));
        assertThat(model.wire(Connection.of("ask_email", "answered", "get_member")).x2()).isEqualTo(before.x() + 100);
        assertThat(model.document()).isSameAs(flow);
        model.clearDragPreview();
        assertThat(model.position("get_member")).isEqualTo(before);
        assertThat(model.bounds(FlowEdits.START_ID).width()).isEqualTo(CardMetrics.START_WIDTH);
        assertThat(List.of(model.startBounds())).isNotEmpty();
    }

    @Test
    void aBlockOfAnUnknownTypeKeepsTheOutputsItsConnectionsUse() {
        FlowDocument withUnknown = flow.toBuilder()
                .block(dev.akis.flow.Block.of("future", "aiAnswer")).position("future", 0, 900)
                .connect("future", "answered", "end")
                .build();
        CanvasModel model = new CanvasModel(catalog, withUnknown);
        var shape = model.shape("future");
        assertThat(shape.ports()).containsExactly("answered");
        assertThat(shape.unknownPorts()).containsExactly("answered");
        assertThat(model.wire(Connection.of("future", "answered", "end"))).isNotNull();
    }
}
