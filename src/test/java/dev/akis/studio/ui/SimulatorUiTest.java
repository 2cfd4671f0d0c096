package dev.akis.studio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akis.cli.AkisCommand;
import dev.akis.commerce.Carrier;
import dev.akis.commerce.dataset.MemberFilter;
import dev.akis.commerce.dataset.MemberSummary;
import dev.akis.commerce.dataset.OrderView;
import dev.akis.commerce.dataset.PackageRow;
import dev.akis.commerce.dataset.ShopDatabase;
import dev.akis.commerce.dataset.VariantRow;
import dev.akis.commerce.mock.ParcelEvent;
import dev.akis.engine.message.ChoiceOption;
import dev.akis.flow.Connection;
import dev.akis.flow.FlowDocument;
import dev.akis.flow.json.FlowFiles;
import dev.akis.studio.canvas.FlowCanvas;
import dev.akis.studio.command.Commands;
import dev.akis.studio.simulator.ChatEntry;
import dev.akis.studio.simulator.ConversationTests;
import dev.akis.studio.simulator.DataWindow;
import dev.akis.studio.simulator.SimulatorDock;
import dev.akis.studio.simulator.SimulatorFlows;
import dev.akis.studio.simulator.SimulatorSession;
import dev.akis.studio.simulator.SimulatorViewModel;
import dev.akis.studio.simulator.TimelineStep;
import dev.akis.studio.support.SampleFlows;
import dev.akis.studio.support.StudioUiTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
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
    private static final String ELIF = "elif.celik@example.org";
    /** Mehmet's Aras Kargo parcel, out for delivery today in the shipped dataset. */
    private static final String ARAS_OUT_FOR_DELIVERY = "312439628425";

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
        // A long list may put the row above the chat's visible part: scroll to it, as a merchant would.
        clickOn(scrolledIntoView(chip));
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
        Node firstBubble = lookup(".sim-bubble-bot").query();

        say(AYSE);
        // A turn adds its bubbles to the chat; the earlier ones stay as drawn.
        assertThat(lookup(".sim-bubble-bot").queryAll()).contains(firstBubble);
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
        clickOn(scrolledIntoView(ikas));
        clickOn("Server error (500)");
        settleSimulator();
        assertThat(ikas.getValue()).isEqualTo(dev.akis.commerce.mock.FaultMode.SERVER_ERROR);

        say(AYSE);
        assertThat(model().last().path()).contains("get_member", "handoff");
        assertThat(session().canvas().highlightedBlocks()).contains("handoff");
        assertThat(lookup(".sim-handoff").tryQuery()).isPresent();
        // The failing call reads as a sentence; the raw operation and error code are in its tooltip.
        assertThat(model().timeline()).anySatisfy(step -> {
            assertThat(step.kind()).isEqualTo(TimelineStep.Kind.CALL);
            assertThat(step.problem()).isTrue();
            assertThat(step.text()).startsWith("İkas kept failing with a server error (5xx), retries included, "
                    + "while looking up the member " + AYSE + ", after ").matches(".*after \\d+(\\.\\d)? m?s");
            assertThat(step.technical()).contains("findMemberByEmail").contains("SERVER_ERROR");
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
        // At 1600 px the header's clock is shown whole, never cut to "25 Nov 202…".
        javafx.scene.control.Labeled clock = lookup("#sim-clock").queryLabeled();
        assertThat(clock.getWidth()).isGreaterThanOrEqualTo(onFx(() -> clock.prefWidth(-1)) - 0.5);
        assertThat(clock.getTooltip().getText()).contains("2026");
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
        assertThat(outcomes.get(0).passed()).as(outcomes.get(0).report(java.util.Locale.ENGLISH)).isTrue();
        assertThat(lookup("#sim-tests-summary").queryLabeled().getText()).contains("1 passed");

        // A test that expects another answer fails, and the view shows the first difference.
        Path wrong = ConversationTests.fileFor(flow.file(), "expects-aras");
        Files.writeString(wrong, Files.readString(saved).replace("tap: #1076", "tap: #1076\n< contains: Aras Kargo"));
        clickOn("#sim-run-tests");
        outcomes = simulator().tests().lastRun().get(120, TimeUnit.SECONDS);
        settle();
        assertThat(lookup("#sim-tests-summary").queryLabeled().getText()).contains("1 passed, 1 failed");
        String failedRow = lookup("#sim-tests-list .list-cell").queryAllAs(javafx.scene.control.Labeled.class).stream()
                .map(javafx.scene.control.Labeled::getText).filter(t -> t != null && t.startsWith("expects-aras"))
                .findFirst().orElseThrow();
        assertThat(failedRow).contains("Aras Kargo");
        assertThat(outcomes).filteredOn(o -> !o.passed()).singleElement()
                .satisfies(o -> assertThat(failedRow).contains(o.difference(java.util.Locale.ENGLISH)));
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
        open(SimulatorFlows.whatsAppLimits(), "whatsapp-limits.json");
        openSimulator();
        say("Merhaba");
        // The plain preview shows the link's title as the flow has it.
        assertThat(lookup(".sim-link").queryButton().getText()).isEqualTo(SimulatorFlows.TRACK_TR);
        assertThat(lookup(".sim-limit").queryAll()).isEmpty();

        clickOn("#sim-channel-whatsapp");
        settleSimulator();
        assertThat(model().setup().channel()).isEqualTo(dev.akis.studio.simulator.ChannelPreview.Channel.WHATSAPP);
        assertThat(lookup(".sim-chat").query().getStyleClass()).contains("sim-channel-whatsapp");
        Button link = lookup(".sim-link").queryButton();
        assertThat(link.getText()).hasSize(20).endsWith("…").startsWith("Kargonuzu buradan");
        assertThat(link.getStyleClass()).contains("sim-chip-cut");
        assertThat(lookup(".sim-limit").queryAllAs(javafx.scene.control.Label.class))
                .extracting(javafx.scene.control.Label::getText)
                .anySatisfy(text -> assertThat(text).contains("WhatsApp cuts").contains(SimulatorFlows.TRACK_TR)
                        .contains("20"));

        // Four answers do not fit WhatsApp's three reply buttons: they come as a list, its long row cut at 24.
        assertThat(lookup(".sim-list-button").queryAll()).hasSize(1);
        assertThat(lookup(".sim-chip-row").queryAll()).hasSize(4);
        assertThat(chipTitles()).anySatisfy(title -> assertThat(title).startsWith("Kargom gecikti").endsWith("…")
                .hasSizeLessThanOrEqualTo(24));
        assertThat(model().timeline()).anySatisfy(step -> {
            assertThat(step.problem()).isTrue();
            assertThat(step.blockId()).isEqualTo("ask_topic");
            assertThat(step.text()).contains("3");
        });
    }

    @Test
    void theDataViewBrowsesMembersOrdersPackagesAndAddsACarrierEvent() throws Exception {
        open(SampleFlows.orderLookup(), "order-lookup.json");
        openSimulator();
        TableView<PackageRow> packages = openAyseLatePackageInDataView();
        assertThat(packages.getItems()).extracting(p -> p.carrier().displayName()).containsExactly("Yurtiçi Kargo");
        @SuppressWarnings("unchecked")
        TableView<ParcelEvent> events = lookup("#data-events").queryAs(TableView.class);
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

    @Test
    void aMerchantMovesAyseLateParcelToArasAndTheNextWhereIsMyOrderReportsTheNewParcel() throws Exception {
        open(SampleFlows.orderLookup(), "order-lookup.json");
        openSimulator();
        TableView<PackageRow> packages = openAyseLatePackageInDataView();
        assertThat(field("#data-package-tracking").getText()).isEqualTo("105075407140");

        chooseCarrier("Aras Kargo");
        // The cargo company name still read "Yurtiçi Kargo": it follows the carrier chosen.
        assertThat(field("#data-package-company").getText()).isEqualTo("Aras Kargo");
        replaceText("#data-package-tracking", ARAS_OUT_FOR_DELIVERY);
        replaceText("#data-package-link", "https://kargotakip.araskargo.com.tr/mainpage.aspx?code=" + ARAS_OUT_FOR_DELIVERY);
        clickOn("#data-save-package");
        waitUntil("package saved", () -> packages.getItems().size() == 1
                && packages.getItems().get(0).carrier() == Carrier.ARAS);

        PackageRow stored = ayseLateOrder().order().packages().get(0);
        assertThat(stored.carrier()).isEqualTo(Carrier.ARAS);
        assertThat(stored.cargoCompany()).isEqualTo("Aras Kargo");
        assertThat(stored.trackingNumber()).isEqualTo(ARAS_OUT_FOR_DELIVERY);
        assertThat(stored.trackingLink()).endsWith("code=" + ARAS_OUT_FOR_DELIVERY);
        assertThat(stored.fulfillStatus()).isEqualTo("FULFILLED");
        assertThat(lookup("#data-message").query().isVisible()).isFalse();
        closeDataWindow();

        writeAs(AYSE);
        say("Merhaba, siparisim nerede?");
        say(AYSE);
        tapChip("#1076");

        assertThat(drawnChat()).contains("Aras Kargo").contains("dağıtımda").doesNotContain("geç kaldı");
        assertThat(model().timeline()).filteredOn(step -> step.kind() == TimelineStep.Kind.CALL)
                .extracting(TimelineStep::text)
                .anySatisfy(text -> assertThat(text).contains("Aras Kargo").contains(ARAS_OUT_FOR_DELIVERY))
                .noneSatisfy(text -> assertThat(text).contains("105075407140"));
    }

    @Test
    void aPackageEditTheDataRefusesChangesNothingAndSaysWhyInTheWindow() throws Exception {
        open(SampleFlows.orderLookup(), "order-lookup.json");
        openSimulator();
        TableView<PackageRow> packages = openAyseLatePackageInDataView();
        PackageRow before = ayseLateOrder().order().packages().get(0);

        // MNG does not know Yurtiçi's tracking number: the dataset refuses the package.
        chooseCarrier("MNG Kargo");
        clickOn("#data-save-package");
        waitUntil("refusal shown", () -> lookup("#data-message").query().isVisible());

        String shown = lookup("#data-message").queryAs(javafx.scene.control.Label.class).getText();
        assertThat(shown).startsWith("The data was not changed").contains("order 1076").contains("MNG_KARGO")
                .contains("105075407140").contains("YURTICI_KARGO");
        assertThat(ayseLateOrder().order().packages()).containsExactly(before);
        assertThat(packages.getItems()).extracting(PackageRow::carrier).containsExactly(Carrier.YURTICI);
        // What the merchant chose is still in the form, to correct; Undo brings back the stored package.
        assertThat(carrierBox().getValue()).contains(Carrier.MNG);
        clickOn("#data-revert-package");
        assertThat(carrierBox().getValue()).contains(Carrier.YURTICI);
        assertThat(field("#data-package-company").getText()).isEqualTo("Yurtiçi Kargo");
    }

    @Test
    void theMerchantSellsOutAVariantAndExportsTheDataToAFileThatLoadsBack() throws Exception {
        open(SampleFlows.orderLookup(), "order-lookup.json");
        openSimulator();
        push(KeyCode.SHORTCUT, KeyCode.ALT, KeyCode.M);
        @SuppressWarnings("unchecked")
        TableView<DataWindow.StockLine> stock = lookup("#data-stock").queryAs(TableView.class);
        waitUntil("variants listed", () -> stock.getItems().size() == 85);
        clickOn("Products and stock");
        settle();

        editStock(stock, 1, "0");
        waitUntil("stock saved", () -> stock.getItems().get(1).variant().stock() == 0);
        assertThat(stock.getItems().get(1).variant().id()).isEqualTo("v-hoodie-oversize-siyah-m");
        assertThat(stockOf("v-hoodie-oversize-siyah-m")).isZero();

        editStock(stock, 2, "lots");
        waitUntil("refusal shown", () -> lookup("#data-message").query().isVisible());
        assertThat(lookup("#data-message").queryAs(javafx.scene.control.Label.class).getText())
                .contains("\"lots\"");
        assertThat(stockOf("v-hoodie-oversize-siyah-l")).isEqualTo(9);
        assertThat(stock.getItems().get(2).variant().stock()).isEqualTo(9);

        Path file = files.resolve("edited-shop.json");
        assertThat(onFx(() -> simulator().dataWindow().exportTo(file))).isTrue();
        assertThat(lookup("#data-message").queryAs(javafx.scene.control.Label.class).getText())
                .contains("edited-shop.json");
        try (ShopDatabase exported = ShopDatabase.open(file)) {
            assertThat(exported.products().get(0).variants()).extracting(VariantRow::stock).startsWith(0, 0, 9);
        }

        // Reset throws the edit away: the variant is back in stock, in the window and in the data.
        clickOn("#data-reset");
        clickOn(lookup(".dialog-pane .button").match(n -> "Reset to the file".equals(((Button) n).getText()))
                .queryButton());
        settleSimulator();
        waitUntil("stock back", () -> stock.getItems().get(1).variant().stock() == 14);
        assertThat(stockOf("v-hoodie-oversize-siyah-m")).isEqualTo(14);
    }

    @Test
    void elifsCashOnDeliveryOrderIsConfirmedAndADayWithoutAnAnswerPutsItOnHold() throws Exception {
        open(FlowFiles.load(Path.of("flows-samples/cod-confirmation.json")), "cod-confirmation.json");
        openSimulator();
        writeAs(ELIF);
        chooseTab("sim-tab-tools");
        @SuppressWarnings("unchecked")
        ComboBox<SimulatorSession.OrderChoice> order = lookup("#sim-cod-order").queryAs(ComboBox.class);
        waitUntil("Elif's orders listed", () -> order.getValue() != null);
        assertThat(order.getValue().orderNumber()).isEqualTo("1125");
        assertThat(order.getValue().cashOnDelivery()).isTrue();

        clickOn("#sim-cod");
        settleSimulator();
        assertThat(drawnChat()).contains("#1125").contains("Kapıda ödenecek tutar: 1.099,80 TL");
        tapChip("Evet, onaylıyorum");
        assertThat(drawnChat()).contains("Siparişiniz onaylandı");
        assertThat(model().last().result().ended()).isTrue();

        // Again, and Elif does not answer: a day later she has been reminded and the order team takes over.
        clickOn("#sim-restart");
        settleSimulator();
        clickOn("#sim-cod");
        settleSimulator();
        clickOn("#sim-plus-day");
        settleSimulator();
        assertThat(drawnChat()).contains("Küçük bir hatırlatma").contains("onaylamadığınız için");
        assertThat(lookup(".sim-handoff").queryAll()).hasSize(1);
        assertThat(session().canvas().highlightedBlocks()).contains("confirm_cod");
    }

    @Test
    void anAbandonedCheckoutRemindsAyseTwiceWithTheLinkBackToHerCart() throws Exception {
        open(FlowFiles.load(Path.of("flows-samples/abandoned-checkout.json")), "abandoned-checkout.json");
        openSimulator();
        writeAs(AYSE);
        chooseTab("sim-tab-tools");
        clickOn("#sim-abandoned");
        settleSimulator();

        assertThat(drawnChat()).contains("Sepetinizde 1 × ").doesNotContain("{").doesNotContain("null");
        assertThat(lookup(".sim-link").queryAll()).hasSize(1);
        assertThat(lookup(".sim-link-url").queryLabeled().getText())
                .isEqualTo("https://modaruzgari.myikas.com/checkout/recover/chk-sim-1");

        clickOn("#sim-plus-day");
        settleSimulator();
        assertThat(drawnChat()).contains("SEPET10");
        assertThat(lookup(".sim-link").queryAll()).hasSize(2);
        assertThat(model().timeline()).noneMatch(TimelineStep::problem);
    }

    @Test
    void theSalesSampleShowsProductCardsAndThePaidButtonConfirmsTheOrder() throws Exception {
        open(FlowFiles.load(Path.of("flows-samples/ctwa-hoodie-to-checkout.json")), "ctwa-hoodie-to-checkout.json");
        openSimulator();
        writeAs("0532 555 44 33");
        say("Merhaba! Kapüşonlu sweatshirt hakkında bilgi almak istiyorum.");
        assertThat(chipTitles()).anySatisfy(title -> assertThat(title).startsWith("Jogger"));
        tapChip("Oversize Kapüşonlu");
        // The chosen product comes as a card with its price and stock, then its variants to pick from.
        assertThat(lookup(".sim-card").queryAll()).hasSize(1);
        assertThat(lookup(".sim-card-name").queryLabeled().getText()).isEqualTo("Oversize Kapüşonlu Sweatshirt");
        assertThat(lookup(".sim-card-price").queryLabeled().getText()).contains("899,90 TL");
        tapChip("Siyah / M");
        tapChip("Evet, hazırla");
        assertThat(lookup(".sim-link-url").queryAllAs(javafx.scene.control.Label.class))
                .extracting(javafx.scene.control.Label::getText).anySatisfy(url -> assertThat(url).contains("HOODIE10"));

        chooseTab("sim-tab-tools");
        clickOn("#sim-paid");
        settleSimulator();
        assertThat(drawnChat()).contains("Sipariş numaranız #1126");
        assertThat(model().last().result().ended()).isTrue();
    }

    @Test
    void restartPlaysTheEditedFlowAndATestIsSavedOnlyForTheVersionInTheFile() throws Exception {
        EditorSessionFile flow = openSaved();
        openSimulator();
        writeAs(AYSE);
        say("Merhaba");
        Connection lateToEnd = Connection.of("msg_delayed", "next", "end");
        edit(Commands.disconnect(lateToEnd));
        assertThat(lookup("#sim-change-bar").query().isVisible()).isTrue();

        // Saving now would write a test of the version before the edit: refused, with a restart offered.
        clickOn("#sim-save-test");
        WaitForAsyncUtils.waitForFxEvents();
        clickOn(dialogButton("Restart on the current version"));
        settleSimulator();
        assertThat(lookup("#sim-change-bar").query().isVisible()).isFalse();
        assertThat(model().last().flow().connections()).doesNotContain(lateToEnd);
        assertThat(ConversationTests.discover(flow.file())).isEmpty();

        say("Merhaba, siparisim nerede?");
        say(AYSE);
        tapChip("#1076");
        // The edit is not saved yet: the flow is saved first, then the test beside it.
        clickOn("#sim-save-test");
        WaitForAsyncUtils.waitForFxEvents();
        clickOn(dialogButton("Save the flow"));
        WaitForAsyncUtils.waitForFxEvents();
        TextField name = lookup("#sim-case-name").queryAs(TextField.class);
        onFx(() -> {
            name.clear();
            return null;
        });
        clickOn(name).write("after-edit").type(KeyCode.ENTER);
        Path saved = ConversationTests.fileFor(flow.file(), "after-edit");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(saved));
        assertThat(session().editor().isDirty()).isFalse();
        assertThat(FlowFiles.load(flow.file()).connections()).doesNotContain(lateToEnd);
        assertThat(AkisCommand.execute("simulate", flow.file().toString(), "--script", saved.toString())).isZero();

        // Ctrl+F5 restarts on the flow as it is now, too.
        Connection lateToEndOfOther = Connection.of("msg_status", "next", "end");
        edit(Commands.disconnect(lateToEndOfOther));
        assertThat(lookup("#sim-change-bar").query().isVisible()).isTrue();
        clickOn(session().canvas());
        push(KeyCode.SHORTCUT, KeyCode.F5);
        settleSimulator();
        assertThat(lookup("#sim-change-bar").query().isVisible()).isFalse();
        assertThat(model().last().flow().connections()).doesNotContain(lateToEndOfOther);
        assertThat(model().chat()).noneMatch(e -> e instanceof ChatEntry.Customer);
    }

    @Test
    void startFromTheSelectedBlockRunsTheFlowFromThatBlock() throws Exception {
        open(SampleFlows.orderLookup(), "order-lookup.json");
        openSimulator();
        writeAs(AYSE);
        clickOn(showCard("msg_no_orders"));
        settle();
        assertThat(session().editor().selection().single()).contains("msg_no_orders");

        clickOn("#sim-start-here");
        settleSimulator();
        assertThat(drawnChat()).contains("Henüz bir siparişiniz görünmüyor.");
        assertThat(model().last().path()).startsWith("msg_no_orders");
        assertThat(session().canvas().highlightedBlocks()).contains("msg_no_orders");
        assertThat(model().chat()).anySatisfy(e -> assertThat(e).isInstanceOf(ChatEntry.Note.class)
                .extracting(n -> ((ChatEntry.Note) n).text()).asString().contains("msg_no_orders"));
    }

    @Test
    void switchingTheInterfaceLanguageRewritesTheSimulatorsOwnWords() throws Exception {
        open(SampleFlows.orderLookup(), "order-lookup.json");
        openSimulator();
        writeAs(AYSE);
        say("Merhaba");
        push(KeyCode.SHORTCUT, KeyCode.ALT, KeyCode.M);
        waitUntil("data window", () -> lookup("#data-reset").tryQuery().isPresent());
        assertThat(model().timeline().get(0).text()).isEqualTo("Customer: Merhaba");

        onFx(() -> {
            studio.setLanguage("tr");
            return null;
        });
        settle();
        assertThat(model().timeline().get(0).text()).isEqualTo("Müşteri: Merhaba");
        assertThat(model().timeline()).anySatisfy(step -> assertThat(step.text()).startsWith("“Herhangi bir mesaj”"));
        assertThat(lookup("#data-reset").queryButton().getText()).isEqualTo("Dosyadaki hâline döndür");
        assertThat(((Stage) lookup("#data-reset").query().getScene().getWindow()).getTitle())
                .isEqualTo("Deneme mağaza verileri");
        assertThat(lookup(".sim-faults .label").queryAllAs(javafx.scene.control.Label.class))
                .extracting(javafx.scene.control.Label::getText).contains("Tüm kargo firmaları");
        assertThat(model().chat().get(0)).isInstanceOf(ChatEntry.Note.class)
                .extracting(e -> ((ChatEntry.Note) e).text()).asString().startsWith("Yeni sohbet");

        onFx(() -> {
            studio.setLanguage("en");
            return null;
        });
        settle();
        assertThat(model().timeline().get(0).text()).isEqualTo("Customer: Merhaba");
        assertThat(lookup("#data-reset").queryButton().getText()).isEqualTo("Reset to the file");
        assertThat(lookup(".sim-faults .label").queryAllAs(javafx.scene.control.Label.class))
                .extracting(javafx.scene.control.Label::getText).contains("All carriers");
    }

    private void edit(dev.akis.studio.command.Command command) throws Exception {
        onFx(() -> session().editor().execute(command));
        settle();
    }

    private Button dialogButton(String text) {
        return lookup(".dialog-pane .button").match(n -> text.equals(((Button) n).getText())).queryButton();
    }

    /** Opens the data window and selects Ayşe, her late order #1076 and its one package (with Yurtiçi Kargo). */
    private TableView<PackageRow> openAyseLatePackageInDataView() throws Exception {
        push(KeyCode.SHORTCUT, KeyCode.ALT, KeyCode.M);
        @SuppressWarnings("unchecked")
        TableView<MemberSummary> members = lookup("#data-members").queryAs(TableView.class);
        waitUntil("members listed", () -> members.getItems().size() == 36);
        onFx(() -> {
            members.getSelectionModel().select(members.getItems().stream()
                    .filter(m -> m.member().email().equals(AYSE)).findFirst().orElseThrow());
            return null;
        });
        settle();
        @SuppressWarnings("unchecked")
        TableView<OrderView> orders = lookup("#data-orders").queryAs(TableView.class);
        assertThat(orders.getItems()).extracting(o -> o.order().orderNumber()).containsExactly("1076", "1050", "1024");
        onFx(() -> {
            orders.getSelectionModel().select(0);
            return null;
        });
        settle();
        @SuppressWarnings("unchecked")
        TableView<PackageRow> packages = lookup("#data-packages").queryAs(TableView.class);
        onFx(() -> {
            packages.getSelectionModel().select(0);
            return null;
        });
        settle();
        return packages;
    }

    private OrderView ayseLateOrder() throws Exception {
        ShopDatabase database = model().session().world().get(30, TimeUnit.SECONDS).database();
        String ayse = database.findMember(MemberFilter.byEmail(AYSE)).orElseThrow().member().id();
        return database.ordersOf(ayse).stream().filter(o -> o.order().orderNumber().equals("1076")).findFirst()
                .orElseThrow();
    }

    private int stockOf(String variantId) throws Exception {
        ShopDatabase database = model().session().world().get(30, TimeUnit.SECONDS).database();
        return database.products().stream().flatMap(p -> p.variants().stream())
                .filter(v -> v.id().equals(variantId)).findFirst().orElseThrow().stock();
    }

    private TextField field(String id) {
        return lookup(id).queryAs(TextField.class);
    }

    @SuppressWarnings("unchecked")
    private ComboBox<Optional<Carrier>> carrierBox() {
        return lookup("#data-package-carrier").queryAs(ComboBox.class);
    }

    private void chooseCarrier(String name) throws Exception {
        clickOn(carrierBox());
        clickOn(lookup(".list-cell").match(n -> name.equals(((javafx.scene.control.ListCell<?>) n).getText()))
                .queryAs(javafx.scene.control.ListCell.class));
        settle();
    }

    private void replaceText(String id, String text) throws Exception {
        TextField field = field(id);
        onFx(() -> {
            field.clear();
            return null;
        });
        clickOn(field).write(text);
    }

    /** Types over a stock count (the table's fifth column). */
    private void editStock(TableView<DataWindow.StockLine> stock, int row, String typed) throws Exception {
        editCell("#data-stock", stock, row, 4, typed);
    }

    private void closeDataWindow() throws Exception {
        onFx(() -> {
            ((Stage) lookup("#data-members").query().getScene().getWindow()).close();
            return null;
        });
        settle();
    }

    /** The order-lookup flow saved in the test's folder and opened. */
    private EditorSessionFile openSaved() throws Exception {
        open(SampleFlows.orderLookup(), "order-lookup.json");
        return new EditorSessionFile(session().editor().file());
    }

    private record EditorSessionFile(Path file) {
    }
}
