package dev.akis.studio.simulator;

import dev.akis.commerce.dataset.MemberSummary;
import dev.akis.commerce.mock.FaultMode;
import dev.akis.engine.trace.CallOutcome;
import dev.akis.sim.CustomerProfile;
import dev.akis.studio.ui.Texts;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The simulator panel in the right-hand dock: who writes (persona picker or a typed e-mail/phone), language and
 * channel preview, restart / start here / save as test, the bar offering a restart after the flow changed, the
 * chat, and below it the timeline, the properties, the tools (faults, virtual clock, shop events, mock data)
 * and the flow's conversation tests.
 */
public final class SimulatorPanel extends BorderPane {

    /** What the panel asks of the studio. */
    public interface Host {
        /** A new conversation on the flow as it is now in the editor (the header's Restart, the bar's Restart). */
        void restart();

        void keepCurrentVersion();

        void startAtSelection();

        void saveAsTest();

        void openDataView();

        void selectBlock(String blockId);

        void changeSetup(SimulatorSession.Setup setup);

        List<String> flowLanguages();
    }

    /** An entry of the customer picker. */
    public record CustomerChoice(String spec, String name, String persona) {
    }

    private static final String AUTO_LANGUAGE = "auto";
    /** The shop's time zone, in which order dates are shown (as on the header's clock). */
    private static final java.time.ZoneId SHOP_ZONE = dev.akis.time.VirtualClock.ISTANBUL;

    private final SimulatorViewModel model;
    private final Texts texts;
    private final Host host;
    private final ChatView chat;
    private final HBox changeBar = new HBox(8);
    private final ComboBox<CustomerChoice> customers = new ComboBox<>();
    private final TextField otherCustomer = new TextField();
    private final ComboBox<String> language = new ComboBox<>();
    private final ToggleGroup channel = new ToggleGroup();
    private final TabPane lower = new TabPane();
    private final TestsView tests;
    private final ComboBox<SimulatorSession.OrderChoice> codOrder = new ComboBox<>();
    private boolean updatingSetup;

    public SimulatorPanel(SimulatorViewModel model, Texts texts, Host host, TestsView tests) {
        this.model = model;
        this.texts = texts;
        this.host = host;
        this.tests = tests;
        this.chat = new ChatView(model, texts, model.setupProperty());
        setId("simulator-panel");
        getStyleClass().add("simulator-panel");
        getStylesheets().add(SimulatorPanel.class.getResource("/dev/akis/studio/simulator.css").toExternalForm());
        setTop(new VBox(header(), changeBar()));
        SplitPane split = new SplitPane(chat, buildLowerTabs());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.6);
        SplitPane.setResizableWithParent(lower, false);
        setCenter(split);
        model.setupProperty().addListener((obs, old, now) -> showSetup(now));
        showSetup(model.setup());
        // Personas are written in the interface language: the picker is filled again when it changes.
        texts.localeProperty().addListener((obs, old, now) -> {
            if (!customers.getItems().isEmpty()) {
                whenMembers(model, this::setMembers);
            }
        });
    }

    public ChatView chatView() {
        return chat;
    }

    public TabPane lowerTabs() {
        return lower;
    }

    /** Shows or hides "The flow changed — restart on the new version?". */
    public void showFlowChanged(boolean changed) {
        changeBar.setVisible(changed);
        changeBar.setManaged(changed);
    }

    public boolean isFlowChangedShown() {
        return changeBar.isVisible();
    }

    /** Fills the customer picker from the dataset's members. */
    public void setMembers(List<MemberSummary> members) {
        List<CustomerChoice> choices = new ArrayList<>();
        choices.add(new CustomerChoice(CustomerProfile.STRANGER, texts.get("sim.customer.stranger"),
                texts.get("sim.customer.strangerPersona")));
        for (MemberSummary member : members) {
            String name = member.member().firstName() + " " + member.member().lastName();
            String persona = member.persona() == null ? "" : member.persona().in(texts.language());
            choices.add(new CustomerChoice(member.member().email(), name.strip(), persona));
        }
        updatingSetup = true;
        customers.getItems().setAll(choices);
        updatingSetup = false;
        showSetup(model.setup());
    }

    // ---- header ---------------------------------------------------------------------------------------------

    private Node header() {
        customers.setId("sim-customer");
        customers.accessibleTextProperty().bind(texts.text("sim.customer.accessible"));
        customers.setMaxWidth(Double.MAX_VALUE);
        customers.setVisibleRowCount(14);
        customers.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(CustomerChoice item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                Label name = new Label(item.name());
                name.getStyleClass().add("sim-persona-name");
                Label persona = new Label(item.persona());
                persona.getStyleClass().add("sim-persona-text");
                persona.setWrapText(true);
                persona.setMaxWidth(380);
                setText(null);
                setGraphic(new VBox(1, name, persona));
            }
        });
        customers.setConverter(new StringConverter<>() {
            @Override
            public String toString(CustomerChoice choice) {
                if (choice == null) {
                    return "";
                }
                return choice.persona().isBlank() ? choice.name() : choice.name() + " — " + choice.persona();
            }

            @Override
            public CustomerChoice fromString(String text) {
                return null;
            }
        });
        customers.valueProperty().addListener((obs, old, now) -> {
            if (!updatingSetup && now != null && !now.spec().equals(model.setup().customer())) {
                host.changeSetup(new SimulatorSession.Setup(now.spec(), model.setup().language(), model.setup().channel()));
            }
        });
        HBox.setHgrow(customers, Priority.ALWAYS);
        otherCustomer.setId("sim-other-customer");
        otherCustomer.promptTextProperty().bind(texts.text("sim.customer.other"));
        otherCustomer.accessibleTextProperty().bind(texts.text("sim.customer.other"));
        otherCustomer.setPrefColumnCount(9);
        otherCustomer.setMinWidth(Region.USE_PREF_SIZE);
        otherCustomer.setOnAction(e -> {
            String spec = otherCustomer.getText() == null ? "" : otherCustomer.getText().strip();
            if (!spec.isEmpty()) {
                host.changeSetup(new SimulatorSession.Setup(spec, model.setup().language(), model.setup().channel()));
            }
        });
        Label who = new Label();
        who.textProperty().bind(texts.text("sim.customer"));
        who.getStyleClass().add("sim-label");
        who.setMinWidth(Region.USE_PREF_SIZE);
        customers.setPrefWidth(200);
        HBox customerRow = new HBox(6, who, customers, otherCustomer);
        customerRow.setAlignment(Pos.CENTER_LEFT);

        language.setId("sim-language");
        language.accessibleTextProperty().bind(texts.text("sim.language"));
        showWith(language, value -> AUTO_LANGUAGE.equals(value) ? texts.get("sim.language.auto")
                : texts.find("sim.language." + value, value));
        language.valueProperty().addListener((obs, old, now) -> {
            if (!updatingSetup && now != null) {
                String chosen = AUTO_LANGUAGE.equals(now) ? null : now;
                if (!java.util.Objects.equals(chosen, model.setup().language())) {
                    host.changeSetup(new SimulatorSession.Setup(model.setup().customer(), chosen, model.setup().channel()));
                }
            }
        });
        ToggleButton plain = channelButton(ChannelPreview.Channel.PLAIN, "sim-channel-plain");
        ToggleButton whatsapp = channelButton(ChannelPreview.Channel.WHATSAPP, "sim-channel-whatsapp");
        HBox channels = new HBox(plain, whatsapp);
        channels.getStyleClass().add("sim-segmented");
        channel.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                channel.selectToggle(old);
                return;
            }
            ChannelPreview.Channel chosen = (ChannelPreview.Channel) now.getUserData();
            if (!updatingSetup && chosen != model.setup().channel()) {
                model.setupProperty().set(new SimulatorSession.Setup(model.setup().customer(), model.setup().language(), chosen));
            }
        });
        Button restart = iconButton("sim-restart", "mdi2r-restart", "sim.restart", host::restart);
        Button startHere = iconButton("sim-start-here", "mdi2r-ray-start-arrow", "sim.startHere", host::startAtSelection);
        Button save = iconButton("sim-save-test", "mdi2c-content-save-outline", "sim.saveTest", host::saveAsTest);
        for (Button button : List.of(restart, startHere, save)) {
            button.setMinWidth(Region.USE_PREF_SIZE);
            button.disableProperty().bind(model.notStarted());
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label clock = new Label();
        clock.setId("sim-clock");
        clock.setGraphic(new FontIcon("mdi2c-clock-fast"));
        clock.textProperty().bind(model.clockProperty());
        clock.getStyleClass().add("sim-clock");
        Tooltip clockTip = new Tooltip();
        clockTip.textProperty().bind(Bindings.createStringBinding(
                () -> texts.get("sim.clock.tooltip", model.clockInFullProperty().get()),
                texts.localeProperty(), model.clockInFullProperty()));
        clock.setTooltip(clockTip);
        // Two rows that fit the dock's narrowest width (560 px) in both languages: who writes and the conversation's
        // buttons, then language, channel and the clock, which never gets cut.
        clock.setMinWidth(Region.USE_PREF_SIZE);
        customers.setMinWidth(120);
        customerRow.getChildren().addAll(restart, startHere, save);
        HBox controls = new HBox(6, language, channels, spacer, clock);
        controls.setAlignment(Pos.CENTER_LEFT);
        language.setMinWidth(Region.USE_PREF_SIZE);
        channels.setMinWidth(Region.USE_PREF_SIZE);
        VBox header = new VBox(6, customerRow, controls);
        header.getStyleClass().add("sim-header");
        return header;
    }

    private ToggleButton channelButton(ChannelPreview.Channel value, String id) {
        ToggleButton button = new ToggleButton();
        button.setId(id);
        button.textProperty().bind(texts.text("sim.channel." + value.name().toLowerCase(Locale.ROOT)));
        button.setUserData(value);
        button.setToggleGroup(channel);
        button.setTooltip(texts.tooltip("sim.channel.tooltip." + value.name().toLowerCase(Locale.ROOT)));
        return button;
    }

    private Button iconButton(String id, String icon, String textKey, Runnable action) {
        Button button = new Button();
        button.setId(id);
        button.setGraphic(new FontIcon(icon));
        button.getStyleClass().addAll("button-icon", "flat");
        button.accessibleTextProperty().bind(texts.text(textKey));
        button.setTooltip(texts.tooltip(textKey));
        button.setOnAction(e -> action.run());
        return button;
    }

    private void showSetup(SimulatorSession.Setup setup) {
        updatingSetup = true;
        try {
            List<String> languages = new ArrayList<>();
            languages.add(AUTO_LANGUAGE);
            languages.addAll(host.flowLanguages());
            if (!language.getItems().equals(languages)) {
                language.getItems().setAll(languages);
            }
            language.setValue(setup.language() == null ? AUTO_LANGUAGE : setup.language());
            CustomerChoice match = customers.getItems().stream().filter(c -> c.spec().equalsIgnoreCase(setup.customer()))
                    .findFirst().orElse(null);
            customers.setValue(match);
            if (match == null && !CustomerProfile.STRANGER.equals(setup.customer())) {
                otherCustomer.setText(setup.customer());
            } else {
                otherCustomer.clear();
            }
            for (var toggle : channel.getToggles()) {
                if (toggle.getUserData() == setup.channel()) {
                    channel.selectToggle(toggle);
                }
            }
        } finally {
            updatingSetup = false;
        }
    }

    private Node changeBar() {
        Label message = new Label();
        message.textProperty().bind(texts.text("sim.flowChanged"));
        message.setGraphic(new FontIcon("mdi2r-refresh"));
        message.setWrapText(true);
        Button restart = new Button();
        restart.setId("sim-restart-new-version");
        restart.textProperty().bind(texts.text("sim.flowChanged.restart"));
        restart.getStyleClass().add("accent");
        restart.setOnAction(e -> host.restart());
        Button keep = new Button();
        keep.setId("sim-keep-version");
        keep.textProperty().bind(texts.text("sim.flowChanged.keep"));
        keep.setOnAction(e -> host.keepCurrentVersion());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        changeBar.getChildren().addAll(message, spacer, restart, keep);
        changeBar.setAlignment(Pos.CENTER_LEFT);
        changeBar.getStyleClass().add("sim-change-bar");
        changeBar.setId("sim-change-bar");
        showFlowChanged(false);
        return changeBar;
    }

    // ---- lower tabs -----------------------------------------------------------------------------------------

    private TabPane buildLowerTabs() {
        lower.setId("sim-lower-tabs");
        lower.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        lower.getTabs().addAll(tab("sim-tab-timeline", "sim.tab.timeline", timeline()),
                tab("sim-tab-properties", "sim.tab.properties", properties()),
                tab("sim-tab-tools", "sim.tab.tools", tools()),
                tab("sim-tab-tests", "sim.tab.tests", tests));
        return lower;
    }

    private Tab tab(String id, String textKey, Node content) {
        Tab tab = new Tab();
        tab.setId(id);
        tab.textProperty().bind(texts.text(textKey));
        tab.setContent(content);
        return tab;
    }

    private Node timeline() {
        ListView<TimelineStep> list = new ListView<>(model.timeline());
        list.setId("sim-timeline");
        list.accessibleTextProperty().bind(texts.text("sim.tab.timeline"));
        list.getStyleClass().add("sim-timeline");
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(TimelineStep step, boolean empty) {
                super.updateItem(step, empty);
                getStyleClass().removeAll("sim-step-action", "sim-step-problem", "sim-step-call", "sim-step-block");
                if (empty || step == null) {
                    setText(null);
                    setGraphic(null);
                    setTooltip(null);
                    return;
                }
                setText(step.text());
                setWrapText(true);
                setPrefWidth(0);
                setGraphic(new FontIcon(icon(step)));
                getStyleClass().add(step.problem() ? "sim-step-problem" : "sim-step-" + step.kind().name().toLowerCase(Locale.ROOT));
                // Integrators find the raw call (service, operation, key, error code) in the tooltip.
                List<String> tip = new ArrayList<>();
                if (step.technical() != null) {
                    tip.add(step.technical());
                }
                if (step.blockId() != null) {
                    tip.add(texts.get("sim.timeline.select", step.blockId()));
                }
                setTooltip(tip.isEmpty() ? null : new Tooltip(String.join("\n", tip)));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && now.blockId() != null) {
                host.selectBlock(now.blockId());
            }
        });
        model.timeline().addListener((javafx.collections.ListChangeListener<TimelineStep>) change ->
                Platform.runLater(() -> list.scrollTo(Math.max(0, model.timeline().size() - 1))));
        return list;
    }

    private static String icon(TimelineStep step) {
        if (step.problem()) {
            return "mdi2a-alert-outline";
        }
        return switch (step.kind()) {
            case ACTION -> "mdi2m-message-text-outline";
            case ENTRY -> "mdi2p-play-circle-outline";
            case BLOCK -> "mdi2a-arrow-right";
            case CALL -> switch (step.status()) {
                case OK -> "mdi2c-check-circle-outline";
                case REUSED -> "mdi2i-information-outline";
                default -> "mdi2h-help-circle-outline";
            };
            case TIMER -> "mdi2c-clock-fast";
            case NOTE -> "mdi2i-information-outline";
        };
    }

    private Node properties() {
        TableView<PropertyRow> table = new TableView<>(model.properties());
        table.setId("sim-properties");
        table.accessibleTextProperty().bind(texts.text("sim.tab.properties"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<PropertyRow, String> name = new TableColumn<>();
        name.textProperty().bind(texts.text("sim.property.name"));
        name.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyStringWrapper(c.getValue().name()));
        name.setPrefWidth(170);
        TableColumn<PropertyRow, String> value = new TableColumn<>();
        value.textProperty().bind(texts.text("sim.property.value"));
        value.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyStringWrapper(
                c.getValue().shown() == null ? "—" : c.getValue().shown()));
        table.getColumns().add(name);
        table.getColumns().add(value);
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(PropertyRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove("sim-property-changed");
                setTooltip(null);
                if (!empty && row != null && row.changed()) {
                    getStyleClass().add("sim-property-changed");
                    setTooltip(new Tooltip(texts.get("sim.property.changed", row.before() == null ? "—" : row.before())));
                }
            }
        });
        return table;
    }

    private Node tools() {
        GridPane faults = new GridPane();
        faults.setHgap(6);
        faults.setVgap(4);
        faults.getStyleClass().add("sim-faults");
        int row = 0;
        for (String service : SimulatorSession.faultableServices()) {
            Label name = new Label();
            name.textProperty().bind(Bindings.createStringBinding(() -> model.serviceName(service), texts.localeProperty()));
            ComboBox<FaultMode> mode = new ComboBox<>(FXCollections.observableArrayList(FaultMode.values()));
            mode.setId("sim-fault-" + service);
            mode.setValue(FaultMode.NONE);
            mode.accessibleTextProperty().bind(Bindings.createStringBinding(
                    () -> texts.get("sim.fault.accessible", model.serviceName(service)), texts.localeProperty()));
            showWith(mode, value -> texts.get("sim.fault." + scriptName(value)));
            mode.valueProperty().addListener((obs, old, now) -> {
                if (now != null && now != old) {
                    model.fault(service, now);
                }
            });
            ToggleButton slow = new ToggleButton();
            slow.setId("sim-slow-" + service);
            slow.textProperty().bind(texts.text("sim.slow"));
            slow.setTooltip(texts.tooltip("sim.slow.tooltip"));
            slow.selectedProperty().addListener((obs, old, now) -> model.slow(service, now ? Duration.ofSeconds(2) : Duration.ZERO));
            faults.addRow(row++, name, mode, slow);
        }
        Button hour = clockButton("sim-plus-hour", "sim.clock.hour", Duration.ofHours(1));
        Button day = clockButton("sim-plus-day", "sim.clock.day", Duration.ofDays(1));
        HBox clock = new HBox(6, hour, day);
        Button paid = eventButton("sim-paid", "sim.checkout.paid", () -> model.checkout(ShopEventLines.CheckoutOutcome.PAID));
        Button failed = eventButton("sim-failed", "sim.checkout.failed",
                () -> model.checkout(ShopEventLines.CheckoutOutcome.FAILED));
        Button abandoned = eventButton("sim-abandoned", "sim.checkout.abandoned",
                () -> model.checkout(ShopEventLines.CheckoutOutcome.ABANDONED));
        Button resume = eventButton("sim-resume", "sim.resume", () -> model.event("resume"));
        FlowPaneBox checkout = new FlowPaneBox(paid, failed, abandoned, resume);
        Node cashOnDelivery = cashOnDeliveryRow();
        Button data = new Button();
        data.setId("sim-open-data");
        data.textProperty().bind(texts.text("sim.data.open"));
        data.setGraphic(new FontIcon("mdi2d-database-edit-outline"));
        data.setOnAction(e -> host.openDataView());
        VBox box = new VBox(8, section("sim.section.clock"), clock, section("sim.section.checkout"), checkout,
                cashOnDelivery, section("sim.section.faults"), faults, section("sim.section.data"), data);
        box.getStyleClass().add("sim-tools");
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }

    /**
     * "Cash-on-delivery order placed": one of the current customer's orders (the newest paid at the door comes
     * first) and the button that has the shop report it, as a conversation test's {@code event: cod} does.
     */
    private Node cashOnDeliveryRow() {
        codOrder.setId("sim-cod-order");
        codOrder.accessibleTextProperty().bind(texts.text("sim.cod.order"));
        codOrder.promptTextProperty().bind(texts.text("sim.cod.noOrders"));
        showWith(codOrder, this::describeOrder);
        codOrder.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(codOrder, Priority.ALWAYS);
        Button placed = new Button();
        placed.setId("sim-cod");
        placed.textProperty().bind(texts.text("sim.checkout.cod"));
        placed.setGraphic(new FontIcon("mdi2c-cash"));
        placed.setTooltip(texts.tooltip("sim.cod.tooltip"));
        placed.setMinWidth(Region.USE_PREF_SIZE);
        placed.disableProperty().bind(model.notStarted().or(codOrder.valueProperty().isNull()));
        placed.setOnAction(e -> {
            if (codOrder.getValue() != null) {
                model.cashOnDelivery(codOrder.getValue().orderId());
            }
        });
        HBox row = new HBox(6, placed, codOrder);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private String describeOrder(SimulatorSession.OrderChoice order) {
        String date = DateTimeFormatter.ofPattern("d MMM yyyy", texts.locale()).format(order.orderedAt().atZone(SHOP_ZONE));
        return texts.get(order.cashOnDelivery() ? "sim.cod.orderCash" : "sim.cod.orderOther",
                order.orderNumber(), date, order.total().format(texts.language()));
    }

    /**
     * Shows a combo box's values as {@code describe} words them, again whenever the interface language changes
     * (a converter is read when a cell is drawn, so a new one makes the box and its list draw anew).
     */
    private <T> void showWith(ComboBox<T> box, java.util.function.Function<T, String> describe) {
        java.util.function.Supplier<StringConverter<T>> converter = () -> new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : describe.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
        box.setConverter(converter.get());
        texts.localeProperty().addListener((obs, old, now) -> box.setConverter(converter.get()));
    }

    /** The current customer's orders for the cash-on-delivery tool, newest first; the suggested one chosen. */
    public void setOrders(List<SimulatorSession.OrderChoice> orders) {
        codOrder.getItems().setAll(orders);
        codOrder.setValue(orders.stream().filter(SimulatorSession.OrderChoice::cashOnDelivery).findFirst()
                .orElse(orders.isEmpty() ? null : orders.get(0)));
    }

    /** For tests and the dock: the order the cash-on-delivery tool would report. */
    public ComboBox<SimulatorSession.OrderChoice> cashOnDeliveryOrder() {
        return codOrder;
    }

    private Label section(String key) {
        Label label = new Label();
        label.textProperty().bind(texts.text(key));
        label.getStyleClass().add("sim-section");
        return label;
    }

    private Button clockButton(String id, String key, Duration duration) {
        Button button = new Button();
        button.setId(id);
        button.textProperty().bind(texts.text(key));
        button.setGraphic(new FontIcon("mdi2c-clock-fast"));
        button.setOnAction(e -> model.pass(duration));
        button.disableProperty().bind(model.notStarted());
        return button;
    }

    private Button eventButton(String id, String key, Runnable send) {
        Button button = new Button();
        button.setId(id);
        button.textProperty().bind(texts.text(key));
        button.setOnAction(e -> send.run());
        button.disableProperty().bind(model.notStarted());
        return button;
    }

    static String scriptName(FaultMode mode) {
        return mode.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Buttons that wrap onto more lines in a narrow dock. */
    private static final class FlowPaneBox extends javafx.scene.layout.FlowPane {
        FlowPaneBox(Node... children) {
            super(6, 6, children);
        }
    }

    /** Runs {@code action} with the member list once the world is open, on the interface thread. */
    static void whenMembers(SimulatorViewModel model, Consumer<List<MemberSummary>> action) {
        model.session().members().thenAccept(members -> Platform.runLater(() -> action.accept(members)));
    }
}
