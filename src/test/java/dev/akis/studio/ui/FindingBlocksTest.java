package dev.akis.studio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akis.flow.FlowDocument;
import dev.akis.studio.support.SampleFlows;
import dev.akis.studio.support.StudioUiTest;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Find (Ctrl+F) with words and filters; results cycle on the canvas. */
@ExtendWith(ApplicationExtension.class)
class FindingBlocksTest extends StudioUiTest {

    @Start
    void start(Stage stage) throws Exception {
        launch(stage);
    }

    @Test
    void findingUnreachableBlocksSelectsAndCentresThemInTurn() throws Exception {
        FlowDocument flow = SampleFlows.orderLookup().toBuilder()
                .block(SampleFlows.message("forgotten", "Unutulan", "Forgotten", "Kampanya!", "Sale!"))
                .position("forgotten", 3000, 2400)
                .block(SampleFlows.message("old_promo", "Eski kampanya", "Old promotion", "İndirim", "Discount"))
                .position("old_promo", -1200, 1800)
                .build();
        open(flow, "order.json");
        waitUntil("the check of the flow", () -> session().problems().isCurrent());

        push(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN));
        write("is:unreachable");
        settle();
        Label count = lookup("#find-count").queryAs(Label.class);
        assertThat(count.getText()).isEqualTo("– of 2");
        assertThat(session().findBar().results()).containsExactly("forgotten", "old_promo");

        type(KeyCode.ENTER);
        settle();
        assertThat(session().editor().selection().elements()).containsExactly("forgotten");
        assertThat(count.getText()).isEqualTo("1 of 2");
        assertCentred("forgotten");
        assertThat(card("forgotten").getPseudoClassStates()).extracting(Object::toString).contains("found", "selected");

        type(KeyCode.ENTER);
        settle();
        assertThat(session().editor().selection().elements()).containsExactly("old_promo");
        assertCentred("old_promo");
        type(KeyCode.ENTER);
        settle();
        assertThat(session().editor().selection().elements()).containsExactly("forgotten");
    }

    private void assertCentred(String blockId) throws Exception {
        Bounds canvas = session().canvas().localToScene(session().canvas().getBoundsInLocal());
        Bounds card = onFx(() -> session().canvas().blockSceneBounds(blockId));
        assertThat(Math.abs(card.getCenterX() - canvas.getCenterX())).isLessThan(2);
        assertThat(Math.abs(card.getCenterY() - canvas.getCenterY())).isLessThan(2);
    }

    @Test
    void wordsAndTypeFiltersNarrowTheResults() throws Exception {
        open(SampleFlows.orderLookup(), "order.json");
        push(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN));
        write("type:sendMessage kargo");
        settle();
        assertThat(session().findBar().results()).containsExactly("msg_delayed", "msg_transit", "msg_status");
        assertThat(lookup("#find-count").queryAs(Label.class).getText()).isEqualTo("– of 3");
    }
}
