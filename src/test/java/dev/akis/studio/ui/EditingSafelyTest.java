package dev.akis.studio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akis.flow.Point;
import dev.akis.flow.validate.Problem;
import dev.akis.flow.validate.ProblemCode;
import dev.akis.studio.support.SampleFlows;
import dev.akis.studio.support.StudioUiTest;
import java.util.Locale;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Every change goes through one undo history, and the window says when something is unsaved or wrong. */
@ExtendWith(ApplicationExtension.class)
class EditingSafelyTest extends StudioUiTest {

    private static final KeyCodeCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCodeCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    @Start
    void start(Stage stage) throws Exception {
        launch(stage);
    }

    private String summaryOf(String blockId) {
        return ((Label) card(blockId).lookup(".card-summary")).getText();
    }

    @Test
    void editingASettingInTheInspectorChangesTheCardSummaryAndUndoRedoFollow() throws Exception {
        open(SampleFlows.orderLookup(), "order.json");
        clickOn(showCard("get_member"));
        settle();
        assertThat(studio.inspector().shownBlockId()).isEqualTo("get_member");
        assertThat(summaryOf("get_member")).isEqualTo("E-mail: {contact.email}");

        @SuppressWarnings("unchecked")
        ComboBox<String> lookupBy = (ComboBox<String>) studio.inspector().fieldNode("lookupBy");
        clickOn(lookupBy);
        clickOn("Phone");
        settle();
        // The value was never typed in, so it follows the lookup: the number the customer writes from.
        assertThat(summaryOf("get_member")).isEqualTo("Phone: {contact.phone}");

        TextField value = (TextField) studio.inspector().fieldNode("value");
        assertThat(value.getText()).isEmpty();
        assertThat(value.getPromptText()).isEqualTo("{contact.phone}");
        doubleClickOn(value);
        push(new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN));
        write("+905321234567");
        settle();
        assertThat(summaryOf("get_member")).isEqualTo("Phone: +905321234567");
        assertThat(flow().block("get_member").orElseThrow().configValue("value").asText()).isEqualTo("+905321234567");
        assertThat(session().editor().stack().undoDescription(Locale.ENGLISH)).contains("Edit Value");

        push(UNDO);
        settle();
        assertThat(summaryOf("get_member")).isEqualTo("Phone: {contact.phone}");
        assertThat(value.getText()).isEmpty();
        push(UNDO);
        settle();
        assertThat(summaryOf("get_member")).isEqualTo("E-mail: {contact.email}");
        assertThat(lookupBy.getValue()).isEqualTo("email");
        assertThat(value.getPromptText()).isEqualTo("{contact.email}");

        push(REDO);
        push(REDO);
        settle();
        assertThat(summaryOf("get_member")).isEqualTo("Phone: +905321234567");
        assertThat(value.getText()).isEqualTo("+905321234567");
    }

    @Test
    void deletingABlockShowsTheProblemItLeavesBehind() throws Exception {
        open(SampleFlows.orderLookup(), "order.json");
        waitUntil("the first check", () -> session().problems().isCurrent());
        assertThat(session().problems().problemsOf("ask_email")).isEmpty();

        clickOn(showCard("get_member"));
        type(KeyCode.DELETE);
        waitUntil("a problem about the question", () -> session().problems().problemsOf("ask_email").stream()
                .anyMatch(p -> p.code() == ProblemCode.REQUIRED_PORT_UNCONNECTED));
        settle();

        assertThat(flow().hasBlock("get_member")).isFalse();
        var rows = studio.problemsView().table().getItems();
        assertThat(rows).extracting(Problem::elementId).contains("ask_email");
        int row = rows.indexOf(rows.stream().filter(p -> "ask_email".equals(p.elementId())).findFirst().orElseThrow());
        String where = (String) studio.problemsView().table().getColumns().get(1).getCellData(row);
        assertThat(where).isEqualTo("Ask for e-mail (ask_email)");
        assertThat(card("ask_email").getPseudoClassStates()).extracting(Object::toString).contains("invalid");

        int clicked = row;
        clickOn(lookup(".table-row-cell").match(n -> ((javafx.scene.control.TableRow<?>) n).getIndex() == clicked)
                .queryAs(javafx.scene.Node.class));
        settle();
        assertThat(session().editor().selection().elements()).containsExactly("ask_email");
    }

    @Test
    void theProblemsPanelSaysNothingAboutExportWithoutAFlowAndFitsItsColumns() throws Exception {
        javafx.scene.control.TableView<Problem> table = studio.problemsView().table();
        assertThat(((Label) table.getPlaceholder()).getText()).isEqualTo("Open or create a flow to see its problems here.");

        open(SampleFlows.orderLookup(), "order.json");
        clickOn(showCard("get_member"));
        type(KeyCode.DELETE);
        waitUntil("problems listed", () -> !table.getItems().isEmpty());
        settle();

        double columns = table.getColumns().stream().mapToDouble(javafx.scene.control.TableColumn::getWidth).sum();
        assertThat(columns).as("all columns within the panel").isLessThanOrEqualTo(table.getWidth());
        assertThat(table.lookupAll(".scroll-bar")).filteredOn(n -> n instanceof javafx.scene.control.ScrollBar bar
                && bar.getOrientation() == javafx.geometry.Orientation.HORIZONTAL && bar.isVisible()).isEmpty();
        javafx.scene.control.TableColumn<Problem, ?> code = table.getColumns().get(3);
        assertThat(code.getWidth()).as("the code column is not squeezed away").isGreaterThanOrEqualTo(110);

        push(new javafx.scene.input.KeyCodeCombination(KeyCode.Z, javafx.scene.input.KeyCombination.SHORTCUT_DOWN));
        waitUntil("no problems", () -> table.getItems().isEmpty());
        assertThat(((Label) table.getPlaceholder()).getText()).isEqualTo("No problems found. The flow is ready to export.");
    }

    @Test
    void tidyingTakesAStickyNoteAlongWithItsBlockInOneStep() throws Exception {
        dev.akis.flow.FlowDocument sample = SampleFlows.orderLookup();
        // A messy flow: the last block far below the rest, with a note lying over it.
        dev.akis.flow.FlowDocument messy = sample.withLayout(sample.layout().withBlock("end", new dev.akis.flow.Point(300, 1400))
                .withNote("note_delays", new dev.akis.flow.NoteBounds(330, 1430, 240, 120)));
        open(messy, "messy.json");

        clickOn("#tool-tidy");
        settle();

        var endAt = flow().layout().blockPosition("end");
        var note = flow().layout().notes().get("note_delays");
        assertThat(endAt).isNotEqualTo(new dev.akis.flow.Point(300, 1400));
        assertThat(note.x() - endAt.x()).isEqualTo(30);
        assertThat(note.y() - endAt.y()).isEqualTo(30);

        push(new javafx.scene.input.KeyCodeCombination(KeyCode.Z, javafx.scene.input.KeyCombination.SHORTCUT_DOWN));
        settle();
        assertThat(flow().layout().notes().get("note_delays").x()).isEqualTo(330);
        assertThat(flow().layout().blockPosition("end")).isEqualTo(new dev.akis.flow.Point(300, 1400));
    }

    @Test
    void tidyingTwoDuplicatedBlocksPutsThemWhereTheyCoverNoOtherCard() throws Exception {
        open(SampleFlows.orderLookup(), "order.json");
        clickOn(showCard("get_member"));
        press(KeyCode.SHIFT).clickOn(showCard("select_order")).release(KeyCode.SHIFT);
        push(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN));
        settle();
        assertThat(session().editor().selection().elements()).containsExactlyInAnyOrder("get_member_2", "select_order_2");

        clickOn("#tool-tidy");
        settle();

        // Every card as drawn: no two of them share any part of the canvas.
        java.util.List<javafx.geometry.Bounds> cards = new java.util.ArrayList<>();
        java.util.List<String> ids = flow().blocks().stream().map(b -> b.id()).toList();
        for (String id : ids) {
            cards.add(onFx(() -> session().canvas().blockSceneBounds(id)));
        }
        for (int i = 0; i < cards.size(); i++) {
            for (int j = i + 1; j < cards.size(); j++) {
                assertThat(cards.get(i).intersects(cards.get(j))).as(ids.get(i) + " and " + ids.get(j) + " overlap")
                        .isFalse();
            }
        }
        // The two copies were tidied as a pair: the connection's target sits right of its source.
        assertThat(flow().layout().blockPosition("select_order_2").x())
                .isGreaterThan(flow().layout().blockPosition("get_member_2").x());
        assertThat(flow().layout().blockPosition("get_member")).isEqualTo(SampleFlows.orderLookup().layout()
                .blockPosition("get_member"));

        push(UNDO);
        settle();
        assertThat(flow().layout().blockPosition("get_member_2"))
                .isEqualTo(SampleFlows.orderLookup().layout().blockPosition("get_member").translate(40, 40));
    }

    @Test
    void aMovedBlockGoesBackWithUndo() throws Exception {
        open(SampleFlows.orderLookup(), "order.json");
        Point before = flow().layout().blockPosition("get_member");

        drag(showCard("get_member"), MouseButton.PRIMARY).moveBy(160, 100).drop();
        settle();
        Point moved = flow().layout().blockPosition("get_member");
        assertThat(moved.x()).isGreaterThan(before.x() + 100);
        assertThat(moved.y()).isGreaterThan(before.y() + 60);
        assertThat(moved.x() % 20).isZero();

        push(UNDO);
        settle();
        assertThat(flow().layout().blockPosition("get_member")).isEqualTo(before);
        assertThat(session().editor().isDirty()).isFalse();
    }

    @Test
    void theTitleShowsUnsavedChangesUntilTheyAreSavedOrUndone() throws Exception {
        open(SampleFlows.orderLookup(), "order.json");
        assertThat(stage.getTitle()).isEqualTo("order.json — Akış Studio");

        clickOn(showCard("end"));
        type(KeyCode.RIGHT);
        settle();
        assertThat(stage.getTitle()).isEqualTo("• order.json — Akış Studio");
        assertThat(session().tab().getText()).isEqualTo("• order.json");

        push(UNDO);
        settle();
        assertThat(stage.getTitle()).isEqualTo("order.json — Akış Studio");

        type(KeyCode.DOWN);
        push(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN));
        settle();
        assertThat(stage.getTitle()).isEqualTo("order.json — Akış Studio");
        assertThat(studio.statusText()).isEqualTo("Saved order.json");
    }

    @Test
    void closingAFlowWithUnsavedChangesAsksFirst() throws Exception {
        open(SampleFlows.orderLookup(), "order.json");
        java.nio.file.Path file = files.resolve("order.json");
        String onDisk = java.nio.file.Files.readString(file);
        clickOn(showCard("end"));
        type(KeyCode.DELETE);
        settle();

        push(new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN));
        settle();
        assertThat(lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class).getHeaderText())
                .isEqualTo("Save the changes to order.json?");
        clickOn("Cancel");
        settle();
        assertThat(studio.sessions()).hasSize(1);
        assertThat(flow().hasBlock("end")).isFalse();

        push(new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN));
        settle();
        clickOn("Don't Save");
        settle();
        assertThat(studio.sessions()).isEmpty();
        assertThat(java.nio.file.Files.readString(file)).isEqualTo(onDisk);
        assertThat(stage.getTitle()).isEqualTo("Akış Studio");
    }

    @Test
    void aProblemWithASettingIsShownAtThatSettingInTheInspector() throws Exception {
        open(SampleFlows.orderLookup(), "order.json");
        clickOn(showCard("msg_not_member"));
        settle();
        for (javafx.scene.Node input : lookup("#field-text .lang-input").queryAll()) {
            clickOn(input);
            push(new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN));
            type(KeyCode.BACK_SPACE);
        }
        waitUntil("a problem about the empty message", () -> session().problems().problemsOf("msg_not_member").stream()
                .anyMatch(p -> "text".equals(p.field())));
        settle();

        assertThat(lookup("#field-text").query().lookupAll(".field-error")).filteredOn(javafx.scene.Node::isVisible)
                .isNotEmpty();
        assertThat(lookup("#field-imageUrl").query().lookupAll(".field-error")).filteredOn(javafx.scene.Node::isVisible)
                .isEmpty();
        assertThat(card("msg_not_member").getPseudoClassStates()).extracting(Object::toString).contains("invalid");
    }
}
