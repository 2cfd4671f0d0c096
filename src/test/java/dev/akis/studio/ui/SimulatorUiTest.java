package dev.akis.studio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akis.cli.AkisCommand;
import dev.akis.engine.message.ChoiceOption;
import dev.akis.flow.FlowDocument;
import dev.akis.studio.canvas.FlowCanvas;
import dev.akis.studio.command.Commands;
import dev.akis.studio.simulator.ChatEntry;
import dev.akis.studio.simulator.ConversationTests;
import dev.akis.studio.simulator.SimulatorDock;
import dev.akis.studio.simulator.SimulatorFlows;
import dev.akis.studio.simulator.SimulatorViewModel;
import dev.akis.studio.simulator.TimelineStep;
import dev.akis.studio.support.SampleFlows;
import dev.akis.studio.support.StudioUiTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The chat simulator beside the canvas, driven through the window as a merchant would. */
@ExtendWith(ApplicationExtension.class)
class SimulatorUiTest extends StudioUiTest {

    private static final String AYSE = "ayse.yilmaz@example.com";

    @Start
    void start(Stage stage) throws Exception {
        launch(stage);
    }

    private SimulatorDock simulator() {
        return studio.simulator();
    }

    private SimulatorViewModel model() {
        return simulator().model();
    }

    /** Waits until every action asked of the simulator has run and reached the window, then for the canvas. */
    private void settleSimulator() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        model().idle().get(60, TimeUnit.SECONDS);
        settle();
    }

    private void openSimulator() throws Exception {
        clickOn(session().canvas());
        type(KeyCode.F5);
        settleSimulator();
        assertThat(simulator().isShown()).isTrue();
    }

    private void writeAs(String customer) throws Exception {
        clickOn("#sim-other-customer").write(customer).type(KeyCode.ENTER);
        settleSimulator();
    }

    private void say(String text) throws Exception {
        clickOn("#sim-input").write(text).type(KeyCode.ENTER);
        settleSimulator();
    }

    private void tapChip(String title) throws Exception {
        Button chip = lookup(".sim-chip").queryAllAs(Button.class).stream()
                .filter(b -> !b.isDisabled() && b.getText().startsWith(title)).findFirst()
                .orElseThrow(() -> new AssertionError("No tappable chip " + title + " in " + chipTitles()));
        clickOn(chip);
        settleSimulator();
    }

    private List<String> chipTitles() {
        return lookup(".sim-chip").queryAllAs(Button.class).stream().map(b -> b.getText().split("\n")[0]).toList();
    }

    private String botText() {
        StringBuilder text = new StringBuilder();
        for (ChatEntry entry : model().chat()) {
            if (entry instanceof ChatEntry.Bot bot) {
                text.append(bot.message().readableText()).append('\n');
            }
        }
        return text.toString();
    }

    /** The texts of the bubbles as drawn in the chat. */
    private String drawnChat() {
        StringBuilder text = new StringBuilder();
        for (Node node : lookup("#simulator-panel .sim-bubble-bot .label").queryAll()) {
            text.append(((javafx.scene.control.Label) node).getText()).append('\n');
        }
        return text.toString();
    }

    private void chooseTab(String id) throws Exception {
        onFx(() -> {
            var tabs = simulator().panel().lowerTabs();
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElseThrow());
            return null;
        });
        settle();
    }

    @Test
    void ayseTypesAndTapsHerWayThroughTheOrderLookupSampleToTheEnd() throws Exception {
        open(dev.akis.flow.json.FlowFiles.load(Path.of("flows-samples/order-lookup.json")), "order-lookup.json");
        openSimulator();
        writeAs(AYSE);
        assertThat(model().chat()).anySatisfy(e -> assertThat(e).isInstanceOf(ChatEntry.Note.class));

        say("Merhaba, siparisim nerede?");
        assertThat(drawnChat()).contains("e-posta adresini");
        assertThat(model().last().currentBlock()).isEqualTo("ask_email");

        say(AYSE);
        assertThat(drawnChat()).contains("Teşekkürler Ayşe!");
        assertThat(chipTitles()).containsExactly("#1076", "#1050", "#1024");
        tapChip("#1076");

        assertThat(drawnChat()).contains("geç kaldı").contains("Yurtiçi Kargo").doesNotContain("null");
        assertThat(chipTitles()).contains("Başka sipariş", "Hayır, teşekkürler");
        assertThat(lookup(".sim-link").queryAllAs(Button.class)).isNotEmpty();
        tapChip("Hayır, teşekkürler");

        assertThat(drawnChat()).contains("İyi günler");
        assertThat(model().last().result().ended()).isTrue();
        assertThat(lookup("#sim-typing").query().isVisible()).isFalse();
        assertThat(lookup(".sim-chip").queryAllAs(Button.class)).allSatisfy(chip -> assertThat(chip.isDisabled()).isTrue());
        assertThat(model().timeline()).extracting(TimelineStep::text).anySatisfy(text -> assertThat(text).contains("Yurtiçi Kargo"));
    }

    @Test
    void theCanvasHighlightFollowsTheBlockTheConversationIsAt() throws Exception {
        open(SampleFlows.orderLookup(), "order-lookup.json");
        FlowCanvas canvas = session().canvas();
        openSimulator();
        writeAs(AYSE);
        onFx(() -> {
            canvas.setPan(4000, 4000);
            return null;
        });
        settle();

        say("Merhaba");
        assertThat(canvas.highlightedBlocks()).contains("ask_email");
        assertCardInView(canvas, "ask_email");

        say(AYSE);
        String at = model().last().currentBlock();
        assertThat(at).isEqualTo("select_order");
        assertThat(canvas.highlightedBlocks()).contains("ask_email", "get_member", "select_order")
                .doesNotContain("order_status");
        assertThat(card("select_order").getPseudoClassStates()).extracting(Object::toString).contains("highlighted", "current");
        assertThat(card("get_member").getPseudoClassStates()).extracting(Object::toString).contains("highlighted")
                .doesNotContain("current");
        assertThat(canvas.currentBlock()).isEqualTo("select_order");
        assertCardInView(canvas, "select_order");

        // Clicking a step of the timeline selects its block on the canvas.
        chooseTab("sim-tab-timeline");
        TimelineStep memberStep = model().timeline().stream().filter(s -> "get_member".equals(s.blockId())).findFirst().orElseThrow();
        onFx(() -> {
            @SuppressWarnings("unchecked")
            var list = (javafx.scene.control.ListView<TimelineStep>) lookup("#sim-timeline").query();
            list.getSelectionModel().select(memberStep);
            return null;
        });
        settle();
        assertThat(session().editor().selection().single()).contains("get_member");
    }

    private void assertCardInView(FlowCanvas canvas, String blockId) throws Exception {
        Bounds view = canvas.localToScene(canvas.getBoundsInLocal());
        Bounds card = onFx(() -> canvas.blockSceneBounds(blockId));
        assertThat(view.contains(card)).as(blockId + " in view").isTrue();
    }

    @Test
    void switchingOnAnIkasFaultSendsTheConversationDownTheErrorPort() throws Exception {
        open(SampleFlows.orderLookup(), "order-lookup.json");
        openSimulator();
        writeAs(AYSE);
        say("Merhaba");

        chooseTab("sim-tab-tools");
        @SuppressWarnings("unchecked")
        ComboBox<dev.akis.commerce.mock.FaultMode> ikas = lookup("#sim-fault-ikas").queryAs(ComboBox.class);
        clickOn(ikas);
        clickOn("Server error (500)");
        settleSimulator();
        assertThat(ikas.getValue()).isEqualTo(dev.akis.commerce.mock.FaultMode.SERVER_ERROR);

        say(AYSE);
        assertThat(model().last().path()).contains("get_member", "handoff");
        assertThat(session().canvas().highlightedBlocks()).contains("handoff");
        assertThat(lookup("#sim-handoff").tryQuery()).isPresent();
        assertThat(model().timeline()).anySatisfy(step -> {
            assertThat(step.kind()).isEqualTo(TimelineStep.Kind.CALL);
            assertThat(step.problem()).isTrue();
        });
    }

    @Test
    void anHourOnTheVirtualClockFiresTheReminder() throws Exception {
        open(SimulatorFlows.reminder(), "cart-reminder.json");
        openSimulator();
        String before = lookup("#sim-clock").queryLabeled().getText();
        say("Merhaba");
        assertThat(drawnChat()).contains("Sepetiniz sizi bekliyor").doesNotContain("Küçük bir hatırlatma");
        assertThat(model().last().currentBlock()).isEqualTo("wait_hour");

        chooseTab("sim-tab-tools");
        clickOn("#sim-plus-hour");
        settleSimulator();

        assertThat(drawnChat()).contains("Küçük bir hatırlatma");
        assertThat(lookup("#sim-clock").queryLabeled().getText()).isNotEqualTo(before);
        assertThat(session().canvas().highlightedBlocks()).contains("msg_reminder");
    }

    @Test
    void aConversationSavedAsTestReplaysGreenFromTheCommandLineAndInTheTestsView() throws Exception {
        EditorSessionFile flow = openSaved();
        openSimulator();
        writeAs(AYSE);
        say("Merhaba, siparisim nerede?");
        say(AYSE);
        tapChip("#1076");

        clickOn("#sim-save-test");
        WaitForAsyncUtils.waitForFxEvents();
        TextField name = lookup("#sim-case-name").queryAs(TextField.class);
        onFx(() -> {
            name.clear();
            return null;
        });
        clickOn(name).write("ayse-late-parcel").type(KeyCode.ENTER);
        Path saved = ConversationTests.fileFor(flow.file(), "ayse-late-parcel");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(saved));
        settle();
        assertThat(Files.readString(saved)).contains("customer: " + AYSE).contains("tap: #1076");

        int exit = AkisCommand.execute("simulate", flow.file().toString(), "--script", saved.toString());
        assertThat(exit).isZero();

        chooseTab("sim-tab-tests");
        clickOn("#sim-run-tests");
        var outcomes = simulator().tests().lastRun().get(120, TimeUnit.SECONDS);
        settle();
        assertThat(outcomes).hasSize(1);
        assertThat(outcomes.get(0).passed()).as(outcomes.get(0).report()).isTrue();
        assertThat(lookup("#sim-tests-summary").queryLabeled().getText()).contains("1 passed");
    }

    @Test
    void editingTheFlowWhileChattingOffersARestartOnTheNewVersion() throws Exception {
        open(SampleFlows.orderLookup(), "order-lookup.json");
        openSimulator();
        say("Merhaba");
        assertThat(lookup("#sim-change-bar").query().isVisible()).isFalse();

        // Moving a block changes nothing the engine does: no offer.
        onFx(() -> {
            session().editor().execute(Commands.arrange(java.util.Map.of("end", new dev.akis.flow.Point(2000, 2000))));
            return null;
        });
        settle();
        assertThat(lookup("#sim-change-bar").query().isVisible()).isFalse();

        onFx(() -> {
            FlowDocument document = session().editor().document();
            session().editor().execute(Commands.disconnect(dev.akis.flow.Connection.of("msg_delayed", "next", "end")));
            return document;
        });
        settle();
        assertThat(lookup("#sim-change-bar").query().isVisible()).isTrue();

        clickOn("#sim-restart-new-version");
        settleSimulator();
        assertThat(lookup("#sim-change-bar").query().isVisible()).isFalse();
        assertThat(model().chat()).noneMatch(e -> e instanceof ChatEntry.Customer);
        assertThat(model().last().flow().connections())
                .doesNotContain(dev.akis.flow.Connection.of("msg_delayed", "next", "end"));
    }

    @Test
    void theWhatsAppPreviewCutsLongTitlesWithAVisibleMarker() throws Exception {
        open(SampleFlows.orderLookup(), "order-lookup.json");
        openSimulator();
        clickOn("#sim-channel-whatsapp");
        settleSimulator();
        assertThat(model().setup().channel()).isEqualTo(dev.akis.studio.simulator.ChannelPreview.Channel.WHATSAPP);
        writeAs(AYSE);
        say("Merhaba");
        say(AYSE);
        // Order numbers are short: no cut, no marker.
        assertThat(lookup(".sim-chip-cut").queryAll()).isEmpty();
        assertThat(chipTitles()).contains("#1076");
        assertThat(model().chips()).extracting(ChoiceOption::title).contains("#1076");
    }

    @Test
    void theDataViewBrowsesMembersOrdersPackagesAndAddsACarrierEvent() throws Exception {
        open(SampleFlows.orderLookup(), "order-lookup.json");
        openSimulator();
        push(KeyCode.SHORTCUT, KeyCode.ALT, KeyCode.M);
        @SuppressWarnings("unchecked")
        javafx.scene.control.TableView<dev.akis.commerce.dataset.MemberSummary> members =
                lookup("#data-members").queryAs(javafx.scene.control.TableView.class);
        waitUntil("members listed", () -> members.getItems().size() == 36);
        onFx(() -> {
            members.getSelectionModel().select(members.getItems().stream()
                    .filter(m -> m.member().email().equals(AYSE)).findFirst().orElseThrow());
            return null;
        });
        settle();
        @SuppressWarnings("unchecked")
        javafx.scene.control.TableView<dev.akis.commerce.dataset.OrderView> orders =
                lookup("#data-orders").queryAs(javafx.scene.control.TableView.class);
        assertThat(orders.getItems()).extracting(o -> o.order().orderNumber()).containsExactly("1076", "1050", "1024");
        onFx(() -> {
            orders.getSelectionModel().select(0);
            return null;
        });
        settle();
        @SuppressWarnings("unchecked")
        javafx.scene.control.TableView<dev.akis.commerce.dataset.PackageRow> packages =
                lookup("#data-packages").queryAs(javafx.scene.control.TableView.class);
        assertThat(packages.getItems()).extracting(p -> p.carrier().displayName()).containsExactly("Yurtiçi Kargo");
        onFx(() -> {
            packages.getSelectionModel().select(0);
            return null;
        });
        settle();
        @SuppressWarnings("unchecked")
        javafx.scene.control.TableView<dev.akis.commerce.mock.ParcelEvent> events =
                lookup("#data-events").queryAs(javafx.scene.control.TableView.class);
        int before = events.getItems().size();
        assertThat(before).isPositive();

        clickOn(lookup(".text-field").match(n -> "Code".equals(((TextField) n).getPromptText())).queryAs(TextField.class))
                .write("DLV");
        clickOn(lookup(".text-field").match(n -> "Text".equals(((TextField) n).getPromptText())).queryAs(TextField.class))
                .write("Teslim edildi");
        clickOn("#data-add-event");
        waitUntil("event added", () -> events.getItems().size() == before + 1);
        assertThat(events.getItems().get(before).code()).isEqualTo("DLV");
    }

    /** The order-lookup flow saved in the test's folder and opened. */
    private EditorSessionFile openSaved() throws Exception {
        open(SampleFlows.orderLookup(), "order-lookup.json");
        return new EditorSessionFile(session().editor().file());
    }

    private record EditorSessionFile(Path file) {
    }
}
