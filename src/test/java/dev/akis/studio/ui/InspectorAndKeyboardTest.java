package dev.akis.studio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akis.flow.Block;
import dev.akis.flow.EntryPoint;
import dev.akis.flow.FlowDocument;
import dev.akis.flow.Json;
import dev.akis.flow.LocalizedText;
import dev.akis.studio.support.SampleFlows;
import dev.akis.studio.support.StudioUiTest;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The inspector generated from the catalog, the flow's own settings, notes, and working without a mouse. */
@ExtendWith(ApplicationExtension.class)
class InspectorAndKeyboardTest extends StudioUiTest {

    @Start
    void start(Stage stage) throws Exception {
        launch(stage);
    }

    private static FlowDocument questionAndEnd() {
        Block ask = SampleFlows.block("askQuestion", "ask_size", "Beden sor", "Ask the size")
                .withConfigValue("inputType", Json.NODES.textNode("choice"));
        Block end = SampleFlows.block("end", "end", "Bitir", "Finish");
        return FlowDocument.builder("sizes").name(LocalizedText.of("tr", "Beden", "en", "Sizes"))
                .defaultLanguage("tr").languages(List.of("tr", "en"))
                .entryPoint(EntryPoint.anyMessage("any", "ask_size"))
                .block(ask).position("ask_size", 340, 80)
                .block(end).position("end", 760, 80).build();
    }

    @Test
    void addingAnAnswerOptionGivesTheCardANewOutput() throws Exception {
        open(questionAndEnd(), "sizes.json");
        clickOn(showCard("ask_size"));
        settle();
        assertThat(card("ask_size").lookupAll(".port-label")).filteredOn(javafx.scene.Node::isVisible)
                .extracting(n -> ((Label) n).getText()).containsExactly("answered", "gave up");

        clickOn(scrolledIntoView(lookup("Add option").query()));
        settle();

        assertThat(card("ask_size").lookupAll(".port-label")).filteredOn(javafx.scene.Node::isVisible)
                .extracting(n -> ((Label) n).getText()).containsExactly("Option 1", "answered", "gave up");
        assertThat(flow().block("ask_size").orElseThrow().configValue("choices").get(0).path("title").path("tr").asText())
                .isEqualTo("Seçenek 1");
        assertThat(lookup(".char-counter").queryAllAs(Label.class)).extracting(Label::getText).contains("9 / 20", "8 / 20");
        // The question goes out with the options as buttons or a list, so WhatsApp's 1024 applies, not 4096.
        assertThat(lookup(".char-counter").queryAllAs(Label.class)).extracting(Label::getText)
                .anyMatch(text -> text.endsWith(" / 1024")).noneMatch(text -> text.endsWith(" / 4096"));
    }

    @Test
    void aListRowGetsItsSecondLineInTheInspectorAndAnEmptyOneLeavesTheFile() throws Exception {
        open(questionAndEnd(), "sizes.json");
        clickOn(showCard("ask_size"));
        settle();
        clickOn(scrolledIntoView(lookup("Add option").query()));
        settle();
        TextInputControl turkish = studio.inspector().fieldNode("choices").lookupAll(".choice-description .lang-input")
                .stream().map(node -> (TextInputControl) node)
                .filter(input -> "tr".equals(input.getProperties().get("language"))).findFirst().orElseThrow();
        assertThat(lookup(".char-counter").queryAllAs(Label.class)).extracting(Label::getText).contains("0 / 72");

        clickOn(scrolledIntoView(turkish)).write("Göğüs 96 cm");
        settle();
        assertThat(flow().block("ask_size").orElseThrow().configValue("choices").get(0).path("description").path("tr")
                .asText()).isEqualTo("Göğüs 96 cm");

        turkish.selectAll();
        type(KeyCode.BACK_SPACE);
        settle();
        assertThat(flow().block("ask_size").orElseThrow().configValue("choices").get(0).has("description")).isFalse();
        assertThat(flow().block("ask_size").orElseThrow().configValue("choices").get(0).path("title").path("tr").asText())
                .isEqualTo("Seçenek 1");
    }

    /** True when the node and every node around it are visible. */
    private static boolean shown(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** The text box of a language inside a field of the shown block. */
    private TextInputControl textIn(String fieldKey, String language) {
        return studio.inspector().fieldNode(fieldKey).lookupAll(".lang-input").stream()
                .map(node -> (TextInputControl) node)
                .filter(input -> language.equals(input.getProperties().get("language")))
                .findFirst().orElseThrow();
    }

    @Test
    void theEnglishTabShowsOnlyEnglishTextsAndMarksAnEnglishTextLeftEmpty() throws Exception {
        open(SampleFlows.orderLookup(), "order.json");
        clickOn(showCard("msg_not_member"));
        settle();
        String turkish = flow().block("msg_not_member").orElseThrow().configValue("text").path("tr").asText();
        assertThat(shown(textIn("text", "tr"))).as("all languages at first").isTrue();

        clickOn("#content-tab-en");
        settle();
        assertThat(shown(textIn("text", "tr"))).isFalse();
        assertThat(shown(textIn("text", "en"))).isTrue();
        assertThat(shown(studio.inspector().lookupAll(".title-input").stream()
                .filter(n -> "tr".equals(n.getProperties().get("language"))).findFirst().orElseThrow())).isFalse();
        assertThat(textIn("text", "en").getAccessibleText()).isEqualTo("Message (English)");

        clickOn(textIn("text", "en"));
        push(new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN));
        write("We could not find you.");
        settle();
        var text = flow().block("msg_not_member").orElseThrow().configValue("text");
        assertThat(text.path("en").asText()).isEqualTo("We could not find you.");
        assertThat(text.path("tr").asText()).isEqualTo(turkish);
        javafx.scene.control.ToggleButton englishTab = lookup("#content-tab-en").query();
        assertThat(englishTab.getPseudoClassStates()).extracting(Object::toString).doesNotContain("missing");

        push(new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN));
        type(KeyCode.BACK_SPACE);
        waitUntil("the English tab marks the missing translation",
                () -> englishTab.getPseudoClassStates().stream().anyMatch(p -> p.toString().equals("missing")));
        assertThat(englishTab.getTooltip().getText()).isEqualTo("1 customer text has no English version");
        assertThat(englishTab.getAccessibleText()).isEqualTo("English — 1 customer text has no English version");
        javafx.scene.control.ToggleButton turkishTab = lookup("#content-tab-tr").query();
        assertThat(turkishTab.getPseudoClassStates()).extracting(Object::toString).doesNotContain("missing");
        assertThat(flow().block("msg_not_member").orElseThrow().configValue("text").path("tr").asText()).isEqualTo(turkish);

        // The tab is remembered when another block is selected.
        clickOn(showCard("end"));
        settle();
        javafx.scene.control.ToggleButton englishAgain = lookup("#content-tab-en").query();
        assertThat(englishAgain.isSelected()).isTrue();
        assertThat(studio.inspector().contentTab()).isEqualTo("en");
    }

    @Test
    void withNothingSelectedTheInspectorEditsTheFlowItself() throws Exception {
        open(questionAndEnd(), "sizes.json");
        clickOn(canvasPoint(0.5, 0.85));
        settle();
        assertThat(studio.inspector().showsFlowSettings()).isTrue();

        clickOn(scrolledIntoView(lookup("#add-entry-point").query()));
        settle();
        assertThat(flow().entryPoints()).hasSize(2);
        assertThat(lookup("#start-node").query().lookupAll(".entry-label")).filteredOn(javafx.scene.Node::isVisible)
                .hasSize(2);

        clickOn(scrolledIntoView(lookup("#language-en").query()));
        settle();
        assertThat(flow().languages()).containsExactly("tr");

        push(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        push(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        settle();
        assertThat(flow().languages()).containsExactly("tr", "en");
        assertThat(flow().entryPoints()).hasSize(1);
    }

    @Test
    void aMerchantConnectsAndMovesBlocksWithTheKeyboardAlone() throws Exception {
        open(questionAndEnd(), "sizes.json");
        type(KeyCode.F6);
        type(KeyCode.TAB);
        settle();
        assertThat(session().editor().selection().elements()).containsExactly("ask_size");

        push(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN));
        settle();
        type(KeyCode.ENTER);
        settle();
        assertThat(flow().target("ask_size", "answered")).contains("end");

        var before = flow().layout().blockPosition("ask_size");
        onFx(() -> {
            session().canvas().requestFocus();
            return null;
        });
        type(KeyCode.DOWN);
        type(KeyCode.DOWN);
        settle();
        assertThat(flow().layout().blockPosition("ask_size")).isEqualTo(before.translate(0, 40));
        assertThat(session().editor().stack().undoSize()).isEqualTo(2);
    }

    /** The question leads on to the end, and a note lies below them. */
    private static FlowDocument connectedWithANote() {
        FlowDocument flow = questionAndEnd().toBuilder().connect("ask_size", "answered", "end")
                .note(new dev.akis.flow.StickyNote("note_sizes", LocalizedText.of("tr", "Bedenleri sor", "en",
                        "Ask for sizes"), "yellow", null)).build();
        return flow.withLayout(flow.layout().withNote("note_sizes", new dev.akis.flow.NoteBounds(340, 360, 240, 120)));
    }

    private static final KeyCodeCombination NEXT_CONNECTION = new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCodeCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);

    @Test
    void aMerchantRemovesAConnectionAndEditsAndDeletesANoteWithTheKeyboardAlone() throws Exception {
        open(connectedWithANote(), "sizes.json");
        type(KeyCode.F6);
        type(KeyCode.TAB);
        settle();
        assertThat(session().editor().selection().elements()).containsExactly("ask_size");

        // The block's connection, selected and removed from the keyboard.
        push(NEXT_CONNECTION);
        settle();
        dev.akis.flow.Connection answered = dev.akis.flow.Connection.of("ask_size", "answered", "end");
        assertThat(session().editor().selection().connection()).contains(answered);
        assertThat(studio.statusText()).isEqualTo(
                "Connection 1 of 1: Ask the size — “answered” → Finish. Enter chooses where it leads, Delete removes it.");
        type(KeyCode.ENTER);
        settle();
        assertThat(stage.getScene().getFocusOwner().getId()).as("the inspector's 'Leads to' picker")
                .isEqualTo("connection-target");
        type(KeyCode.F6);
        assertThat(session().editor().selection().connection()).contains(answered);
        type(KeyCode.DELETE);
        settle();
        assertThat(flow().connections()).isEmpty();
        assertThat(session().editor().stack().undoDescription(java.util.Locale.ENGLISH)).contains("Remove Connection");
        push(UNDO);
        settle();
        assertThat(flow().connections()).containsExactly(answered);

        // Ctrl+L offers "(none)", which removes the output's connection.
        type(KeyCode.F6);
        type(KeyCode.TAB);
        push(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN));
        settle();
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<String> target = lookup(".combo-box").queryAllAs(javafx.scene.control.ComboBox.class)
                .stream().filter(c -> "Continue at".equals(c.getAccessibleText())).findFirst().orElseThrow();
        assertThat(target.getConverter().toString(target.getValue())).as("where the output leads now")
                .isEqualTo("Finish  (end)");
        type(KeyCode.TAB);
        type(KeyCode.UP);
        assertThat(target.getConverter().toString(target.getValue())).isEqualTo("(none: remove the connection)");
        type(KeyCode.ENTER);
        settle();
        assertThat(flow().connections()).isEmpty();
        push(UNDO);
        settle();
        assertThat(flow().connections()).as("one undoable step").containsExactly(answered);

        // Tab goes on past the blocks to the note; Enter opens it, the text is written, Delete removes it.
        type(KeyCode.F6);
        type(KeyCode.ESCAPE);
        type(KeyCode.TAB);
        type(KeyCode.TAB);
        type(KeyCode.TAB);
        settle();
        assertThat(session().editor().selection().elements()).containsExactly("note_sizes");
        type(KeyCode.ENTER);
        settle();
        TextInputControl noteText = (TextInputControl) stage.getScene().getFocusOwner();
        assertThat(noteText.getStyleClass()).contains("lang-input");
        push(new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN));
        write("Beden tablosunu da gönder");
        settle();
        assertThat(flow().note("note_sizes").orElseThrow().text().get("tr")).isEqualTo("Beden tablosunu da gönder");
        // Ctrl+← in a text field moves the caret by a word and leaves the canvas's selection alone.
        int caret = noteText.getCaretPosition();
        push(new KeyCodeCombination(KeyCode.LEFT, KeyCombination.SHORTCUT_DOWN));
        assertThat(noteText.getCaretPosition()).isLessThan(caret);
        assertThat(session().editor().selection().elements()).containsExactly("note_sizes");

        type(KeyCode.F6);
        type(KeyCode.DELETE);
        settle();
        assertThat(flow().notes()).isEmpty();
        push(UNDO);
        settle();
        assertThat(flow().note("note_sizes").orElseThrow().text().get("tr")).isEqualTo("Beden tablosunu da gönder");
    }

    @Test
    void theHelpWindowListsTheKeysForConnectionsAndNotesInBothLanguages() throws Exception {
        java.util.List<dev.akis.studio.help.HelpWindow.Line> english =
                dev.akis.studio.help.HelpWindow.lines(studio.actions(), studio.texts());
        assertThat(english).contains(new dev.akis.studio.help.HelpWindow.Line("Edit",
                "Select Next Connection of the Block",
                new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.SHORTCUT_DOWN).getDisplayText()));
        assertThat(english).extracting(dev.akis.studio.help.HelpWindow.Line::what)
                .contains("Step through blocks and notes", "Lead a selected connection elsewhere, or remove it");
        onFx(() -> {
            studio.setLanguage("tr");
            return null;
        });
        assertThat(dev.akis.studio.help.HelpWindow.lines(studio.actions(), studio.texts()))
                .extracting(dev.akis.studio.help.HelpWindow.Line::what)
                .contains("Bloğun Sonraki Bağlantısını Seç", "Bloklar ve notlar arasında gez",
                        "Seçili bağlantıyı başka bloğa yönelt ya da kaldır");
    }

    @Test
    void aStickyNoteIsAddedWrittenAndDeletedLikeAnyElement() throws Exception {
        open(questionAndEnd(), "sizes.json");
        push(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        settle();
        String noteId = session().editor().selection().single().orElseThrow();
        assertThat(flow().note(noteId)).isPresent();

        TextInputControl english = lookup(".note-inspector .lang-input").queryAllAs(TextInputControl.class).stream()
                .filter(input -> "en".equals(input.getProperties().get("language"))).findFirst().orElseThrow();
        clickOn(english);
        push(new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN));
        write("Ask the size before the colour");
        settle();
        assertThat(flow().note(noteId).orElseThrow().text().get("en")).isEqualTo("Ask the size before the colour");
        assertThat(lookup("#note-" + noteId).query().lookup(".note-text")).extracting(n -> ((Label) n).getText())
                .isEqualTo("Ask the size before the colour");

        onFx(() -> {
            session().canvas().requestFocus();
            return null;
        });
        type(KeyCode.DELETE);
        settle();
        assertThat(flow().notes()).isEmpty();
        push(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        settle();
        assertThat(flow().note(noteId)).isPresent();
    }

    @Test
    void farOutTheSimplifiedDrawingStillSelectsAndMovesBlocks() throws Exception {
        open(SampleFlows.generated(400), "big.json");
        onFx(() -> {
            session().canvas().setZoom(0.2);
            session().canvas().setPan(0, 0);
            return null;
        });
        settle();
        assertThat(session().canvas().isLevelOfDetailShown()).isTrue();
        assertThat(session().canvas().drawnCardCount()).isZero();

        var b3 = flow().layout().blockPosition("b3");
        Point2D onCard = onFx(() -> session().canvas().worldToScene(b3.x() + 100, b3.y() + 60));
        clickOn(screenOf(onCard), org.testfx.robot.Motion.DIRECT, MouseButton.PRIMARY);
        settle();
        assertThat(session().editor().selection().elements()).containsExactly("b3");

        drag(screenOf(onCard), MouseButton.PRIMARY).moveBy(60, 40).drop();
        settle();
        assertThat(flow().layout().blockPosition("b3").x()).isGreaterThan(b3.x() + 200);
    }
}
