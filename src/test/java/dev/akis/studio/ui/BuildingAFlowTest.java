package dev.akis.studio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akis.flow.Block;
import dev.akis.flow.Connection;
import dev.akis.flow.EntryPoint;
import dev.akis.flow.FlowDocument;
import dev.akis.flow.LocalizedText;
import dev.akis.studio.palette.PaletteView;
import dev.akis.studio.support.SampleFlows;
import dev.akis.studio.support.StudioUiTest;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.control.ListCell;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A merchant builds a flow on the canvas with the mouse: palette, ports, selection. */
@ExtendWith(ApplicationExtension.class)
class BuildingAFlowTest extends StudioUiTest {

    @Start
    void start(Stage stage) throws Exception {
        launch(stage);
    }

    private static FlowDocument askOnly() {
        Block ask = SampleFlows.block("askQuestion", "ask_email", "E-posta sor", "Ask for e-mail");
        return FlowDocument.builder("draft").name(LocalizedText.of("tr", "Taslak", "en", "Draft"))
                .defaultLanguage("tr").languages(List.of("tr", "en"))
                .entryPoint(EntryPoint.anyMessage("any", "ask_email"))
                .block(ask).position("ask_email", 340, 80).build();
    }

    private ListCell<?> paletteCell(String typeId) {
        return lookup(".palette-block-cell").<ListCell<PaletteView.Entry>>queryAll().stream()
                .map(cell -> (ListCell<PaletteView.Entry>) cell)
                .filter(cell -> cell.getItem() != null && cell.getItem().type() != null
                        && cell.getItem().type().id().equals(typeId))
                .findFirst().orElseThrow();
    }

    @Test
    void aMerchantDragsGetMemberOntoTheCanvasAndConnectsTheQuestionToIt() throws Exception {
        open(askOnly(), "draft.json");

        drag(paletteCell("getMember"), MouseButton.PRIMARY).dropTo(canvasPoint(0.7, 0.55));
        waitUntil("a Get Member block on the canvas", () -> flow().hasBlock("getMember"));
        settle();
        assertThat(card("getMember").isVisible()).isTrue();

        Point2D answered = onFx(() -> session().canvas().portScenePosition("ask_email", "answered"));
        drag(screenOf(answered), MouseButton.PRIMARY).dropTo(card("getMember"));
        settle();

        assertThat(flow().target("ask_email", "answered")).contains("getMember");
        assertThat(onFx(() -> session().canvas().wireLabel(Connection.of("ask_email", "answered", "getMember"))))
                .isEqualTo("answered");
        assertThat(session().editor().stack().undoDescription(java.util.Locale.ENGLISH)).contains("Connect “answered” → getMember");
    }

    @Test
    void searchingThePaletteLeavesOnlyMatchingBlocksInEitherLanguage() throws Exception {
        clickOn("#palette-search").write("kargo");
        settle();
        List<String> shown = studio.palette().visibleTypes().stream().map(t -> t.id()).toList();
        assertThat(shown).contains("trackShipment").doesNotContain("sendMessage", "condition", "httpRequest");

        onFx(() -> {
            studio.palette().searchField().clear();
            return null;
        });
        clickOn("#palette-search").write("http");
        settle();
        assertThat(studio.palette().visibleTypes()).extracting(t -> t.id()).containsExactly("httpRequest");
    }

    @Test
    void doubleClickingAPaletteBlockAddsItAtTheCentreOfTheView() throws Exception {
        open(askOnly(), "draft.json");

        doubleClickOn(paletteCell("end"), MouseButton.PRIMARY);
        waitUntil("an End block", () -> flow().hasBlock("end"));
        settle();

        javafx.geometry.Bounds canvas = session().canvas().localToScene(session().canvas().getBoundsInLocal());
        javafx.geometry.Bounds added = onFx(() -> session().canvas().blockSceneBounds("end"));
        assertThat(Math.abs(added.getCenterX() - canvas.getCenterX())).isLessThan(CardSlack.X);
        assertThat(Math.abs(added.getMinY() - canvas.getCenterY())).isLessThan(CardSlack.Y);
        assertThat(session().editor().selection().elements()).containsExactly("end");
    }

    @Test
    void aRubberBandSelectsTheCardsItTouches() throws Exception {
        open(SampleFlows.orderLookup(), "order.json");
        var layout = flow().layout();
        double firstColumn = layout.blockPosition("ask_email").x();
        double secondColumn = layout.blockPosition("get_member").x();
        double top = layout.blockPosition("ask_email").y();

        Point2D from = onFx(() -> session().canvas().worldToScene(firstColumn - 40, top - 30));
        Point2D to = onFx(() -> session().canvas().worldToScene(secondColumn + 120, top + 60));
        drag(screenOf(from), MouseButton.PRIMARY).dropTo(screenOf(to));
        settle();

        assertThat(session().editor().selection().elements()).containsExactlyInAnyOrder("ask_email", "get_member");
        assertThat(card("ask_email").getPseudoClassStates()).extracting(Object::toString).contains("selected");
        assertThat(card("select_order").getPseudoClassStates()).extracting(Object::toString).doesNotContain("selected");
    }

    @Test
    void aMerchantClicksAConnectionAndDeletesIt() throws Exception {
        open(SampleFlows.orderLookup(), "order.json");
        Connection wire = Connection.of("get_member", "notFound", "msg_not_member");
        Point2D middle = onFx(() -> session().canvas().wireMiddleScene(wire));

        clickOn(screenOf(middle), org.testfx.robot.Motion.DIRECT, MouseButton.PRIMARY);
        settle();
        assertThat(session().editor().selection().connection()).contains(wire);
        type(javafx.scene.input.KeyCode.DELETE);
        settle();

        assertThat(flow().connections()).doesNotContain(wire);
        assertThat(flow().hasBlock("msg_not_member")).isTrue();
        assertThat(session().canvas().wireLabel(wire)).isNull();
    }

    @Test
    void aMerchantDragsTheEndOfAConnectionToAnotherBlockAndUndoBringsTheOldOneBack() throws Exception {
        open(SampleFlows.orderLookup(), "order.json");
        showTogether("get_member", "msg_not_member", "handoff");
        Connection notFound = Connection.of("get_member", "notFound", "msg_not_member");
        Connection toHandoff = Connection.of("get_member", "notFound", "handoff");
        Point2D middle = onFx(() -> session().canvas().wireMiddleScene(notFound));
        clickOn(screenOf(middle), org.testfx.robot.Motion.DIRECT, MouseButton.PRIMARY);
        settle();
        assertThat(lookup(".retarget-handle").query().isVisible()).as("grip on the selected connection's end").isTrue();

        Point2D end = onFx(() -> session().canvas().wireEndScene(notFound));
        drag(screenOf(end), MouseButton.PRIMARY).dropTo(card("handoff"));
        settle();

        assertThat(flow().connections()).contains(toHandoff).doesNotContain(notFound);
        assertThat(flow().target("get_member", "notFound")).contains("handoff");
        assertThat(session().canvas().wireLabel(toHandoff)).as("the new wire is drawn").isEqualTo("not found");
        assertThat(session().editor().selection().connection()).contains(toHandoff);
        assertThat(session().editor().stack().undoDescription(java.util.Locale.ENGLISH))
                .contains("Reconnect “not found” → handoff");

        push(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.Z,
                javafx.scene.input.KeyCombination.SHORTCUT_DOWN));
        settle();
        assertThat(flow().connections()).contains(notFound).doesNotContain(toHandoff);
        assertThat(session().canvas().wireLabel(notFound)).isEqualTo("not found");
    }

    @Test
    void droppingTheEndOfAConnectionOnTheEmptyCanvasLeavesItWhereItWas() throws Exception {
        open(SampleFlows.orderLookup(), "order.json");
        showTogether("get_member", "msg_not_member");
        Connection notFound = Connection.of("get_member", "notFound", "msg_not_member");
        clickOn(screenOf(onFx(() -> session().canvas().wireMiddleScene(notFound))), org.testfx.robot.Motion.DIRECT,
                MouseButton.PRIMARY);
        settle();
        FlowDocument before = flow();

        Point2D end = onFx(() -> session().canvas().wireEndScene(notFound));
        drag(screenOf(end), MouseButton.PRIMARY).dropTo(screenOf(new Point2D(end.getX(), end.getY() - 160)));
        settle();

        assertThat(flow()).isSameAs(before);
        assertThat(session().editor().selection().connection()).contains(notFound);
        assertThat(lookup(".retarget-handle").query().isVisible()).isTrue();
    }

    @Test
    void theConnectionInspectorLeadsTheConnectionToABlockChosenByTitle() throws Exception {
        open(SampleFlows.orderLookup(), "order.json");
        Connection notFound = Connection.of("get_member", "notFound", "msg_not_member");
        onFx(() -> {
            session().editor().selection().selectConnection(notFound);
            return null;
        });
        settle();
        javafx.scene.control.ComboBox<String> target = lookup("#connection-target").query();
        assertThat(target.getValue()).isEqualTo("msg_not_member");
        assertThat(target.getConverter().toString("handoff")).isEqualTo("Hand over to an agent  (handoff)");
        assertThat(target.getItems()).doesNotContain("get_member");

        clickOn(target);
        clickOn("Hand over to an agent  (handoff)");
        settle();

        assertThat(flow().target("get_member", "notFound")).contains("handoff");
        assertThat(session().editor().selection().connection()).contains(Connection.of("get_member", "notFound", "handoff"));
    }

    @Test
    void pinchingOnTheCanvasZoomsAroundTheFingers() throws Exception {
        open(SampleFlows.orderLookup(), "order.json");
        var canvas = session().canvas();
        javafx.geometry.Bounds view = onFx(() -> canvas.localToScene(canvas.getBoundsInLocal()));
        Point2D fingers = new Point2D(view.getMinX() + view.getWidth() * 0.3, view.getMinY() + view.getHeight() * 0.4);
        dev.akis.flow.Point under = onFx(() -> canvas.sceneToWorld(fingers.getX(), fingers.getY()));

        pinch(fingers, 1.5);
        assertThat(canvas.zoom()).isEqualTo(1.5, org.assertj.core.data.Offset.offset(1e-9));
        dev.akis.flow.Point stillUnder = onFx(() -> canvas.sceneToWorld(fingers.getX(), fingers.getY()));
        assertThat(stillUnder.x()).isEqualTo(under.x(), org.assertj.core.data.Offset.offset(0.01));
        assertThat(stillUnder.y()).isEqualTo(under.y(), org.assertj.core.data.Offset.offset(0.01));
        assertThat(lookup(".zoom-level").queryAs(javafx.scene.control.Button.class).getText()).isEqualTo("150 %");

        pinch(fingers, 0.5);
        assertThat(canvas.zoom()).isEqualTo(0.75, org.assertj.core.data.Offset.offset(1e-9));
    }

    /** A touchpad pinch on the canvas, as the platform delivers it: one zoom event with its factor. */
    private void pinch(Point2D sceneAt, double factor) throws Exception {
        onFx(() -> {
            var canvas = session().canvas();
            javafx.stage.Window window = canvas.getScene().getWindow();
            javafx.event.Event.fireEvent(canvas, new javafx.scene.input.ZoomEvent(canvas, canvas,
                    javafx.scene.input.ZoomEvent.ZOOM, sceneAt.getX(), sceneAt.getY(),
                    window.getX() + sceneAt.getX(), window.getY() + sceneAt.getY(), false, false, false, false,
                    false, false, factor, factor, new javafx.scene.input.PickResult(canvas, sceneAt.getX(), sceneAt.getY())));
            return null;
        });
        settle();
    }

    /** Zooms to 60 % and centres the view on the given blocks, so all of them are drawn as cards. */
    private void showTogether(String... blockIds) throws Exception {
        onFx(() -> {
            var canvas = session().canvas();
            canvas.setZoom(0.6);
            javafx.geometry.Bounds first = canvas.blockSceneBounds(blockIds[0]);
            double minX = first.getMinX();
            double minY = first.getMinY();
            double maxX = first.getMaxX();
            double maxY = first.getMaxY();
            for (String id : blockIds) {
                javafx.geometry.Bounds b = canvas.blockSceneBounds(id);
                minX = Math.min(minX, b.getMinX());
                minY = Math.min(minY, b.getMinY());
                maxX = Math.max(maxX, b.getMaxX());
                maxY = Math.max(maxY, b.getMaxY());
            }
            var centre = canvas.sceneToWorld((minX + maxX) / 2, (minY + maxY) / 2);
            canvas.centreAt(centre.x(), centre.y());
            return null;
        });
        settle();
    }

    /** How far a new card may sit from the exact view centre (it is snapped to the 20-unit grid). */
    private static final class CardSlack {
        static final double X = 25;
        static final double Y = 40;
    }
}
