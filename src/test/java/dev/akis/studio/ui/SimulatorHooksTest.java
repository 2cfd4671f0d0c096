package dev.akis.studio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akis.flow.Connection;
import dev.akis.studio.canvas.FlowCanvas;
import dev.akis.studio.support.SampleFlows;
import dev.akis.studio.support.StudioUiTest;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** What the chat simulator (issue #5) will use: a dock panel, a highlighted path, and following the conversation. */
@ExtendWith(ApplicationExtension.class)
class SimulatorHooksTest extends StudioUiTest {

    @Start
    void start(Stage stage) throws Exception {
        launch(stage);
    }

    @Test
    void aConversationPathIsHighlightedAndTheCanvasFollowsItsCurrentBlock() throws Exception {
        open(SampleFlows.orderLookup(), "order.json");
        FlowCanvas canvas = session().canvas();
        Connection found = Connection.of("get_member", "found", "select_order");

        onFx(() -> {
            canvas.highlight(List.of("ask_email", "get_member", "select_order"),
                    List.of(Connection.of("ask_email", "answered", "get_member"), found));
            return null;
        });
        settle();

        assertThat(card("get_member").getPseudoClassStates()).extracting(Object::toString).contains("highlighted");
        Node wire = lookup(".wire").queryAll().stream()
                .filter(n -> n.getPseudoClassStates().toString().contains("highlighted")
                        && !n.getPseudoClassStates().toString().contains("entry"))
                .findFirst().orElseThrow();
        assertThat(wire.isVisible()).isTrue();

        onFx(() -> {
            canvas.reveal("msg_delayed");
            return null;
        });
        settle();
        Bounds view = canvas.localToScene(canvas.getBoundsInLocal());
        Bounds delayed = onFx(() -> canvas.blockSceneBounds("msg_delayed"));
        assertThat(view.contains(delayed)).isTrue();
        assertThat(card("msg_delayed").getPseudoClassStates()).extracting(Object::toString).doesNotContain("highlighted");

        onFx(() -> {
            canvas.clearHighlight();
            return null;
        });
        settle();
        assertThat(canvas.highlightedBlocks()).isEmpty();
    }

    @Test
    void anotherPanelCanBeDockedBesideTheInspector() throws Exception {
        Tab simulator = onFx(() -> {
            Tab tab = new Tab("Simulator", new Label("chat"));
            studio.rightDock().getTabs().add(tab);
            studio.rightDock().getSelectionModel().select(tab);
            return tab;
        });
        settle();
        assertThat(studio.rightDock().getTabs()).hasSize(2);
        assertThat(simulator.isSelected()).isTrue();
        assertThat(lookup("chat").queryAs(Label.class).isVisible()).isTrue();
    }
}
