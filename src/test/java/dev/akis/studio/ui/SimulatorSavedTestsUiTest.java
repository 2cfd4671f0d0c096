package dev.akis.studio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akis.cli.AkisCommand;
import dev.akis.commerce.dataset.MemberSummary;
import dev.akis.flow.json.FlowFiles;
import dev.akis.studio.simulator.ChatEntry;
import dev.akis.studio.simulator.ConversationTests;
import dev.akis.studio.simulator.SimulatorDock;
import dev.akis.studio.simulator.SimulatorViewModel;
import dev.akis.studio.simulator.TimelineStep;
import dev.akis.studio.support.StudioUiTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Conversations played in the simulator and kept as tests that replay green from the command line — after the
 * Tools' payment buttons and after editing the mock data — the customer typed in the header, the dialogs in
 * Turkish, and a huge message in the chat. Driven through the window as a merchant would.
 */
@ExtendWith(ApplicationExtension.class)
class SimulatorSavedTestsUiTest extends StudioUiTest {

    private static final String AYSE = "ayse.yilmaz@example.com";

    @Start
    void start(Stage stage) throws Exception {
        launch(stage);
    }

    @Test
    void theHoodieSalePaidOrFailedFromTheToolsIsSavedAsATestThatReplaysGreenFromTheCommandLine() throws Exception {
        Path flow = openSample("ctwa-hoodie-to-checkout.json");
        openSimulator();
        writeAs("0532 555 44 33");

        playTheHoodieToCheckout();
        clickOn(toolButton("#sim-paid"));
        settleSimulator();
        assertThat(botText()).contains("Sipariş numaranız #1126");
        Path paid = saveAsTest(flow, "paid");
        assertThat(Files.readString(paid)).contains("event: paid order=1126 checkout=chk-simulator-1");
        assertThat(AkisCommand.execute("simulate", flow.toString(), "--script", paid.toString())).isZero();

        clickOn("#sim-restart");
        settleSimulator();
        playTheHoodieToCheckout();
        clickOn(toolButton("#sim-failed"));
        settleSimulator();
        assertThat(botText()).contains("Ödemeniz tamamlanamadı");
        Path failed = saveAsTest(flow, "failed");
        assertThat(Files.readString(failed)).contains("event: failed checkout=chk-simulator-1");
        assertThat(AkisCommand.execute("simulate", flow.toString(), "--script", failed.toString())).isZero();
    }

    private void playTheHoodieToCheckout() throws Exception {
        say("Merhaba! Kapüşonlu sweatshirt hakkında bilgi almak istiyorum.");
        tapChip("Oversize Kapüşonlu");
        tapChip("Siyah / M");
        tapChip("Evet, hazırla");
        assertThat(model().last().state().property("checkout.id")).isEqualTo("chk-simulator-1");
    }

    @Test
    void ayseRenamedInTheDataWindowThenRestartedIsSavedWithHerEditedDataAndReplaysGreen() throws Exception {
        Path flow = openSample("order-lookup.json");
        openSimulator();
        writeAs(AYSE);

        renameAyseInTheDataWindow("Ayşegül");
        clickOn("#sim-restart");
        settleSimulator();
        say("Merhaba, siparisim nerede?");
        say(AYSE);
        assertThat(botText()).contains("Teşekkürler Ayşegül!");

        Path saved = saveAsTest(flow, "ayseguel");
        Path data = flow.resolveSibling("order-lookup.ayseguel.data.json");
        assertThat(data).exists();
        assertThat(Files.readString(saved)).contains("dataset: order-lookup.ayseguel.data.json\n");
        assertThat(studio.statusText()).contains("order-lookup.ayseguel.data.json").contains("edited shop data");
        assertThat(AkisCommand.execute("simulate", flow.toString(), "--script", saved.toString())).isZero();
    }

    private void renameAyseInTheDataWindow(String firstName) throws Exception {
        push(KeyCode.SHORTCUT, KeyCode.ALT, KeyCode.M);
        @SuppressWarnings("unchecked")
        TableView<MemberSummary> members = lookup("#data-members").queryAs(TableView.class);
        waitUntil("members listed", () -> !members.getItems().isEmpty());
        int row = onFx(() -> {
            int index = members.getItems().indexOf(members.getItems().stream()
                    .filter(m -> m.member().email().equals(AYSE)).findFirst().orElseThrow());
            members.scrollTo(index);
            return index;
        });
        settle();
        editCell("#data-members", members, row, 1, firstName);
        waitUntil("Ayşe renamed", () -> members.getItems().stream()
                .anyMatch(m -> m.member().email().equals(AYSE) && m.member().firstName().equals(firstName)));
        onFx(() -> {
            ((Stage) members.getScene().getWindow()).close();
            return null;
        });
        settle();
    }

    @Test
    void anEmailTheShopDoesNotKnowWritesAsAStrangerAndARefusedCustomerLeavesTheHeaderOnWhoWrites() throws Exception {
        openSample("order-lookup.json");
        openSimulator();
        writeAs(AYSE);
        say("Merhaba, siparisim nerede?");

        writeAs("nobody@example.com");
        assertThat(model().last().failed()).isFalse();
        assertThat(model().last().state().property("contact.email")).isEqualTo("nobody@example.com");
        assertThat(model().last().state().property("contact.name")).isNull();
        assertThat(otherCustomer().getText()).isEqualTo("nobody@example.com");
        say("Merhaba, siparisim nerede?");
        assertThat(model().last().currentBlock()).isEqualTo("ask_email");

        writeAs("Ayşe Yılmaz");
        assertThat(model().last().failed()).isTrue();
        assertThat(model().chat()).last().isInstanceOf(ChatEntry.Note.class).extracting(e -> ((ChatEntry.Note) e).text())
                .asString().contains("Ayşe Yılmaz").contains("neither an e-mail address nor a mobile number");
        // The header shows who is still writing, and Restart starts a conversation with them.
        assertThat(otherCustomer().getText()).isEqualTo("nobody@example.com");
        assertThat(model().setup().customer()).isEqualTo("nobody@example.com");
        clickOn("#sim-restart");
        settleSimulator();
        assertThat(model().last().failed()).isFalse();
        assertThat(model().last().state().property("contact.email")).isEqualTo("nobody@example.com");
    }

    @Test
    void inTurkishTheSaveAndReportDialogsHaveTurkishButtonsAndTheTestsViewFollowsALanguageSwitch() throws Exception {
        Path flow = openSample("order-lookup.json");
        openSimulator();
        writeAs(AYSE);
        say("Merhaba, siparisim nerede?");
        onFx(() -> {
            studio.setLanguage("tr");
            return null;
        });
        settle();

        clickOn("#sim-save-test");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogButtons()).containsExactlyInAnyOrder("Tamam", "İptal");
        clickOn(dialogButton("İptal"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ConversationTests.discover(flow)).isEmpty();

        Path wrong = ConversationTests.fileFor(flow, "wrong");
        Files.writeString(wrong, "customer: " + AYSE + "\n\n> Merhaba\n< contains: Bonjour\n");
        Files.writeString(ConversationTests.fileFor(flow, "typo"), "customer: " + AYSE + "\n\n> Merhaba\nexpekt ended\n");
        onFx(() -> {
            simulator().runTests();
            return null;
        });
        simulator().tests().lastRun().get(120, TimeUnit.SECONDS);
        settle();
        assertThat(testRows()).anySatisfy(row -> assertThat(row).startsWith("typo: order-lookup.typo.convtest:4: "))
                .anySatisfy(row -> assertThat(row).startsWith("wrong: ").contains("Yanıt şuydu:"));
        assertThat(lookup("#sim-tests-summary").queryLabeled().getText()).isEqualTo("0 başarılı, 2 başarısız");

        Node wrongRow = lookup("#sim-tests-list .list-cell")
                .match(n -> ((Labeled) n).getText() != null && ((Labeled) n).getText().startsWith("wrong")).query();
        doubleClickOn(wrongRow);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#sim-test-report").tryQuery()).isPresent();
        assertThat(dialogButtons()).containsExactly("Tamam");
        clickOn(dialogButton("Tamam"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogButtons()).isEmpty();

        // Switched back to English, the rows' differences read in English without running the tests again.
        onFx(() -> {
            studio.setLanguage("en");
            return null;
        });
        settle();
        assertThat(testRows()).anySatisfy(row -> assertThat(row).startsWith("wrong: ").contains("The reply was:")
                .doesNotContain("Yanıt şuydu:"));
        assertThat(lookup("#sim-tests-summary").queryLabeled().getText()).isEqualTo("0 passed, 2 failed");
    }

    @Test
    void aHugeCustomerMessageWrapsInsideTheChatAndSaysHowMuchOfItIsShown() throws Exception {
        openSample("order-lookup.json");
        openSimulator();
        say("x".repeat(200_000));

        Node chat = lookup("#sim-chat-scroll").query();
        Bounds chatBounds = chat.localToScreen(chat.getBoundsInLocal());
        Node bubble = lookup(".sim-bubble-customer").query();
        Bounds bubbleBounds = bubble.localToScreen(bubble.getBoundsInLocal());
        assertThat(bubbleBounds.getMaxX()).isLessThanOrEqualTo(chatBounds.getMaxX());
        assertThat(bubbleBounds.getMinX()).isGreaterThanOrEqualTo(chatBounds.getMinX());
        assertThat(lookup(".sim-bubble-customer .sim-bubble-cut").queryAs(Label.class).getText())
                .isEqualTo("Showing the first 4096 of 200000 characters.");
        assertThat(model().timeline().get(0).text()).startsWith("Customer: xxx").endsWith("…").hasSizeLessThan(200);
        assertThat(model().timeline()).extracting(TimelineStep::kind).contains(TimelineStep.Kind.BLOCK);

        for (Node drawn : lookup(".sim-bubble").queryAll()) {
            Bounds bounds = drawn.localToScreen(drawn.getBoundsInLocal());
            assertThat(bounds.getMaxX()).isLessThanOrEqualTo(chatBounds.getMaxX());
        }
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private SimulatorDock simulator() {
        return studio.simulator();
    }

    private SimulatorViewModel model() {
        return simulator().model();
    }

    /** A sample flow from flows-samples, saved in the test's folder and opened; its file. */
    private Path openSample(String fileName) throws Exception {
        open(FlowFiles.load(Path.of("flows-samples", fileName)), fileName);
        return session().editor().file();
    }

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

    private TextField otherCustomer() {
        return lookup("#sim-other-customer").queryAs(TextField.class);
    }

    private void writeAs(String customer) throws Exception {
        onFx(() -> {
            otherCustomer().clear();
            return null;
        });
        clickOn(otherCustomer()).write(customer).type(KeyCode.ENTER);
        settleSimulator();
    }

    /** Writes as the customer: the text put in the input box at once (typing is SimulatorUiTest's), then Enter. */
    private void say(String text) throws Exception {
        TextField input = lookup("#sim-input").queryAs(TextField.class);
        onFx(() -> {
            input.setText(text);
            return null;
        });
        clickOn(input).type(KeyCode.ENTER);
        settleSimulator();
    }

    private void tapChip(String title) throws Exception {
        Button chip = lookup(".sim-chip").queryAllAs(Button.class).stream()
                .filter(b -> !b.isDisabled() && b.getText().startsWith(title)).findFirst()
                .orElseThrow(() -> new AssertionError("No tappable chip " + title));
        clickOn(scrolledIntoView(chip));
        settleSimulator();
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

    /** A button of the Tools tab, the tab chosen and the button scrolled into view. */
    private Node toolButton(String id) throws Exception {
        onFx(() -> {
            var tabs = simulator().panel().lowerTabs();
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> "sim-tab-tools".equals(t.getId()))
                    .findFirst().orElseThrow());
            return null;
        });
        settle();
        return scrolledIntoView(lookup(id).query());
    }

    /** Saves the conversation through the Save-as-test dialog under {@code caseName}; the test file once written. */
    private Path saveAsTest(Path flow, String caseName) throws Exception {
        clickOn("#sim-save-test");
        WaitForAsyncUtils.waitForFxEvents();
        TextField name = lookup("#sim-case-name").queryAs(TextField.class);
        onFx(() -> {
            name.clear();
            return null;
        });
        clickOn(name).write(caseName).type(KeyCode.ENTER);
        Path saved = ConversationTests.fileFor(flow, caseName);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(saved));
        settle();
        return saved;
    }

    /** The labels of the buttons of every dialog open now. */
    private List<String> dialogButtons() {
        return lookup(".dialog-pane .button").queryAllAs(Button.class).stream().filter(Node::isVisible)
                .map(Button::getText).toList();
    }

    private Button dialogButton(String text) {
        return lookup(".dialog-pane .button").match(n -> text.equals(((Button) n).getText())).queryButton();
    }

    private List<String> testRows() {
        return lookup("#sim-tests-list .list-cell").queryAllAs(Labeled.class).stream().map(Labeled::getText)
                .filter(t -> t != null && !t.isBlank()).toList();
    }
}
