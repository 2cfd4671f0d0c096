package dev.akis.studio.simulator;

import dev.akis.commerce.dataset.DatasetException;
import dev.akis.commerce.dataset.MemberRow;
import dev.akis.commerce.dataset.MemberSummary;
import dev.akis.commerce.dataset.OrderRow;
import dev.akis.commerce.dataset.OrderView;
import dev.akis.commerce.dataset.PackageRow;
import dev.akis.commerce.dataset.ProductRow;
import dev.akis.commerce.dataset.ShopDatabase;
import dev.akis.commerce.dataset.VariantRow;
import dev.akis.commerce.mock.ParcelEvent;
import dev.akis.commerce.mock.ParcelRecord;
import dev.akis.studio.ui.Dialogs;
import dev.akis.studio.ui.Texts;
import dev.akis.studio.ui.Themes;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The mock data window: browse and edit the simulator's dataset in H2 — members (name, e-mail, phone,
 * language), a member's orders (İkas statuses), the order's packages (fulfilment, carrier, cargo company,
 * tracking number and link) and their carrier events (add or remove an event), the products' stock — reset it
 * to the file, load another dataset file, or export the data as it is now to a dataset file. Every edit goes
 * through {@link ShopDatabase}, which refuses edits that would break the data with a message naming the row;
 * nothing changes then and the window shows that message.
 */
public final class DataWindow {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");

    private final SimulatorViewModel model;
    private final Texts texts;
    private final Dialogs dialogs;
    private final Window owner;
    private final BooleanSupplier dark;
    private final ObservableList<MemberSummary> members = FXCollections.observableArrayList();
    private final ObservableList<OrderView> orders = FXCollections.observableArrayList();
    private final ObservableList<PackageRow> packages = FXCollections.observableArrayList();
    private final ObservableList<ParcelEvent> events = FXCollections.observableArrayList();
    private final ObservableList<StockLine> stock = FXCollections.observableArrayList();
    private final TableView<MemberSummary> memberTable = new TableView<>(members);
    private final TableView<OrderView> orderTable = new TableView<>(orders);
    private final TableView<PackageRow> packageTable = new TableView<>(packages);
    private final TableView<ParcelEvent> eventTable = new TableView<>(events);
    private final TableView<StockLine> stockTable = new TableView<>(stock);
    private final PackageEditor packageEditor;
    private final Label source = new Label();
    private final Label message = new Label();
    private Stage stage;
    private ShopDatabase database;
    private String datasetName;
    /** True while the tables are reloaded, when their selections pass through empty. */
    private boolean refreshing;

    DataWindow(SimulatorViewModel model, Texts texts, Dialogs dialogs, Window owner, BooleanSupplier dark) {
        this.model = model;
        this.texts = texts;
        this.dialogs = dialogs;
        this.owner = owner;
        this.dark = dark;
        this.packageEditor = new PackageEditor(texts, this::savePackage);
    }

    /** A variant of a product, as the products tab lists it. */
    public record StockLine(ProductRow product, VariantRow variant) {
    }

    void show() {
        if (stage == null) {
            stage = new Stage();
            stage.initOwner(owner);
            stage.titleProperty().bind(texts.text("sim.data.title"));
            // As large as the tables want, but never taller or wider than the screen (laptops with 768 px).
            javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
            Scene scene = new Scene(content(), Math.min(1200, screen.getWidth() * 0.95),
                    Math.min(820, screen.getHeight() * 0.9));
            scene.getStylesheets().add(DataWindow.class.getResource("/dev/akis/studio/simulator.css").toExternalForm());
            Themes.style(scene, dark.getAsBoolean());
            stage.setScene(scene);
        }
        reload();
        stage.show();
        stage.toFront();
    }

    void close() {
        if (stage != null) {
            stage.close();
        }
    }

    private BorderPane content() {
        memberTable.setId("data-members");
        memberTable.setEditable(true);
        memberTable.getColumns().add(readOnly("sim.data.id", m -> m.member().id(), 60));
        memberTable.getColumns().add(editable("sim.data.firstName", m -> m.member().firstName(), 100,
                (m, v) -> copy(m.member(), v, null, null, null, null)));
        memberTable.getColumns().add(editable("sim.data.lastName", m -> m.member().lastName(), 100,
                (m, v) -> copy(m.member(), null, v, null, null, null)));
        memberTable.getColumns().add(editable("sim.data.email", m -> m.member().email(), 200,
                (m, v) -> copy(m.member(), null, null, v, null, null)));
        memberTable.getColumns().add(editable("sim.data.phone", m -> m.member().phone(), 130,
                (m, v) -> copy(m.member(), null, null, null, v, null)));
        memberTable.getColumns().add(editable("sim.data.language", m -> m.member().preferredLanguage(), 60,
                (m, v) -> copy(m.member(), null, null, null, null, v)));
        memberTable.getColumns().add(readOnly("sim.data.orders", m -> String.valueOf(m.orderCount()), 60));
        memberTable.getColumns().add(readOnly("sim.data.persona",
                m -> m.persona() == null ? "" : m.persona().in(texts.language()), 360));
        memberTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> showOrders(now));

        orderTable.setId("data-orders");
        orderTable.setEditable(true);
        orderTable.getColumns().add(readOnly("sim.data.orderNumber", o -> o.order().orderNumber(), 70));
        orderTable.getColumns().add(readOnly("sim.data.orderedAt",
                o -> WHEN.format(o.order().orderedAt().atZone(ISTANBUL)), 120));
        orderTable.getColumns().add(orderStatus("sim.data.status", o -> o.order().status(), 0));
        orderTable.getColumns().add(orderStatus("sim.data.payment", o -> o.order().paymentStatus(), 1));
        orderTable.getColumns().add(orderStatus("sim.data.packageStatus", o -> o.order().packageStatus(), 2));
        orderTable.getColumns().add(readOnly("sim.data.method", o -> o.order().paymentMethod(), 120));
        orderTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> showPackages(now));

        packageTable.setId("data-packages");
        packageTable.accessibleTextProperty().bind(texts.text("sim.data.packages"));
        packageTable.getColumns().add(readOnly("sim.data.package", PackageRow::number, 80));
        packageTable.getColumns().add(readOnly("sim.data.fulfil", PackageRow::fulfillStatus, 140));
        packageTable.getColumns().add(readOnly("sim.data.carrier",
                p -> p.carrier() == null ? "" : p.carrier().displayName(), 110));
        packageTable.getColumns().add(readOnly("sim.data.tracking", PackageRow::trackingNumber, 150));
        packageTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            showEvents(now);
            if (!refreshing) {
                showInEditor(now);
            }
        });

        eventTable.setId("data-events");
        eventTable.getColumns().add(readOnly("sim.data.eventAt", e -> WHEN.format(e.at().atZone(ISTANBUL)), 120));
        eventTable.getColumns().add(readOnly("sim.data.eventCode", ParcelEvent::code, 70));
        eventTable.getColumns().add(readOnly("sim.data.eventText", ParcelEvent::text, 260));
        eventTable.getColumns().add(readOnly("sim.data.eventLocation", ParcelEvent::location, 120));

        TextField code = new TextField();
        code.promptTextProperty().bind(texts.text("sim.data.eventCode"));
        code.setPrefColumnCount(6);
        TextField text = new TextField();
        text.promptTextProperty().bind(texts.text("sim.data.eventText"));
        HBox.setHgrow(text, Priority.ALWAYS);
        TextField location = new TextField();
        location.promptTextProperty().bind(texts.text("sim.data.eventLocation"));
        Button add = button("sim.data.addEvent", "mdi2p-plus");
        add.setId("data-add-event");
        add.setOnAction(e -> addEvent(code.getText(), text.getText(), location.getText()));
        Button remove = button("sim.data.removeEvent", "mdi2d-delete-outline");
        remove.setId("data-remove-event");
        remove.setOnAction(e -> removeEvent());
        HBox eventBar = new HBox(6, code, text, location, add, remove);
        eventBar.setAlignment(Pos.CENTER_LEFT);
        VBox eventsBox = new VBox(6, title("sim.data.events"), eventTable, eventBar);
        VBox.setVgrow(eventTable, Priority.ALWAYS);

        VBox ordersBox = new VBox(6, title("sim.data.ordersTitle"), orderTable);
        VBox.setVgrow(orderTable, Priority.ALWAYS);
        VBox packagesBox = new VBox(6, title("sim.data.packages"), packageTable, packageEditor.view());
        VBox.setVgrow(packageTable, Priority.ALWAYS);
        SplitPane lower = new SplitPane(ordersBox, packagesBox, eventsBox);
        lower.setDividerPositions(0.33, 0.63);
        VBox membersBox = new VBox(6, title("sim.data.members"), memberTable);
        VBox.setVgrow(memberTable, Priority.ALWAYS);
        SplitPane split = new SplitPane(membersBox, lower);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.36);

        stockTable.setId("data-stock");
        stockTable.setEditable(true);
        stockTable.getColumns().add(readOnly("sim.data.product", line -> line.product().name(), 260));
        stockTable.getColumns().add(readOnly("sim.data.variant", line -> line.variant().name().isEmpty()
                ? texts.get("sim.data.singleVariant") : line.variant().name(), 160));
        stockTable.getColumns().add(readOnly("sim.data.sku", line -> line.variant().sku(), 160));
        stockTable.getColumns().add(readOnly("sim.data.price", line -> line.variant().price().toPlainString(), 90));
        TableColumn<StockLine, String> stockColumn = readOnly("sim.data.stock",
                line -> String.valueOf(line.variant().stock()), 80);
        stockColumn.setEditable(true);
        stockColumn.setCellFactory(TextFieldTableCell.forTableColumn());
        stockColumn.setOnEditCommit(e -> setStock(e.getRowValue().variant(), e.getNewValue()));
        stockTable.getColumns().add(stockColumn);
        stockTable.accessibleTextProperty().bind(texts.text("sim.data.tabProducts"));
        VBox productsBox = new VBox(6, title("sim.data.stockTitle"), stockTable);
        VBox.setVgrow(stockTable, Priority.ALWAYS);

        Tab ordersTab = new Tab(null, split);
        ordersTab.textProperty().bind(texts.text("sim.data.tabOrders"));
        ordersTab.setId("data-tab-orders");
        Tab productsTab = new Tab(null, productsBox);
        productsTab.textProperty().bind(texts.text("sim.data.tabProducts"));
        productsTab.setId("data-tab-products");
        TabPane tabs = new TabPane(ordersTab, productsTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        Button reset = button("sim.data.reset", "mdi2r-restore");
        reset.setId("data-reset");
        reset.setOnAction(e -> {
            if (dialogs.confirm(stage, texts.get("sim.data.resetHeader"), texts.get("sim.data.resetDetails"),
                    texts.get("sim.data.reset"))) {
                model.resetDataset().thenRun(() -> Platform.runLater(this::reload));
            }
        });
        Button load = button("sim.data.load", "mdi2f-folder-open-outline");
        load.setId("data-load");
        load.setOnAction(e -> loadFile());
        Button export = button("sim.data.export", "mdi2e-export");
        export.setId("data-export");
        export.setOnAction(e -> chooseAndExport());
        source.getStyleClass().add("sim-data-source");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, source, spacer, export, reset, load);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("sim-data-bar");
        message.setId("data-message");
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        message.getStyleClass().add("sim-data-message");
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        BorderPane root = new BorderPane(tabs);
        root.setTop(new VBox(bar, message));
        root.getStyleClass().add("sim-data");
        // Cells whose values are words (personas, "single variant") and the dataset line follow the language.
        texts.localeProperty().addListener((obs, old, now) -> {
            memberTable.refresh();
            stockTable.refresh();
            showSource();
        });
        return root;
    }

    private Button button(String key, String icon) {
        Button button = new Button(null, new FontIcon(icon));
        button.textProperty().bind(texts.text(key));
        return button;
    }

    private Label title(String key) {
        Label label = new Label();
        label.textProperty().bind(texts.text(key));
        label.getStyleClass().add("sim-section");
        return label;
    }

    private <T> TableColumn<T, String> readOnly(String key, Function<T, String> value, double width) {
        TableColumn<T, String> column = new TableColumn<>();
        column.textProperty().bind(texts.text(key));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setEditable(false);
        return column;
    }

    private TableColumn<MemberSummary, String> editable(String key, Function<MemberSummary, String> value, double width,
                                                        java.util.function.BiFunction<MemberSummary, String, MemberRow> edit) {
        TableColumn<MemberSummary, String> column = readOnly(key, value, width);
        column.setEditable(true);
        column.setCellFactory(TextFieldTableCell.forTableColumn());
        column.setOnEditCommit(e -> apply(() -> database.updateMember(edit.apply(e.getRowValue(), e.getNewValue()))));
        return column;
    }

    private TableColumn<OrderView, String> orderStatus(String key, Function<OrderView, String> value, int which) {
        TableColumn<OrderView, String> column = readOnly(key, value, 130);
        column.setEditable(true);
        column.setCellFactory(TextFieldTableCell.forTableColumn());
        column.setOnEditCommit(e -> {
            OrderRow order = e.getRowValue().order();
            String v = e.getNewValue() == null ? "" : e.getNewValue().strip();
            apply(() -> database.updateOrderStatuses(order.id(), which == 0 ? v : order.status(),
                    which == 1 ? v : order.paymentStatus(), which == 2 ? v : order.packageStatus()));
        });
        return column;
    }

    private static MemberRow copy(MemberRow m, String first, String last, String email, String phone, String language) {
        return new MemberRow(m.id(), first == null ? m.firstName() : first.strip(), last == null ? m.lastName() : last.strip(),
                email == null ? m.email() : email.strip(), phone == null ? m.phone() : phone.strip(),
                language == null ? m.preferredLanguage() : language.strip(), m.city(), m.district(), m.createdAt(),
                m.persona());
    }

    private interface Edit {
        void run() throws DatasetException;
    }

    /**
     * Runs an edit; a refused one is shown in the window with the dataset's own message and the tables show the
     * data as it is (the package form keeps what the merchant typed, to be corrected). True when it was made.
     */
    private boolean apply(Edit edit) {
        boolean made = false;
        try {
            edit.run();
            made = true;
            message.setText("");
        } catch (DatasetException e) {
            refused(e.format(texts.locale()));
        } catch (IllegalArgumentException e) {
            refused(String.valueOf(e.getMessage()));
        }
        refreshKeepingSelection(!made);
        return made;
    }

    private void showSource() {
        source.setText(datasetName == null ? "" : texts.get("sim.data.source", datasetName));
    }

    private void refused(String why) {
        message.getStyleClass().remove("sim-data-message-done");
        message.setText(texts.get("sim.data.refusedWith", why));
    }

    private void done(String what) {
        if (!message.getStyleClass().contains("sim-data-message-done")) {
            message.getStyleClass().add("sim-data-message-done");
        }
        message.setText(what);
    }

    private void savePackage(String orderId, PackageRow pkg) {
        if (apply(() -> database.updatePackage(orderId, pkg))) {
            showInEditor(packageTable.getSelectionModel().getSelectedItem());
        }
    }

    private void setStock(VariantRow variant, String typed) {
        String text = typed == null ? "" : typed.strip();
        int count;
        try {
            count = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            count = -1;
        }
        if (count < 0) {
            refused(texts.get("sim.data.badStock", text));
            refreshKeepingSelection(true);
            return;
        }
        int wanted = count;
        apply(() -> database.updateStock(variant.id(), wanted));
    }

    private void reload() {
        model.session().world().thenAccept(world -> Platform.runLater(() -> {
            database = world.database();
            datasetName = world.dataset();
            showSource();
            refreshKeepingSelection(false);
        }));
    }

    /**
     * Reloads the tables from the database, keeping the selected member, order, package and variant. The package
     * form is filled again from the package as stored, unless {@code keepPackageDraft} asks to keep what it holds
     * for the same package (after a refused edit).
     */
    private void refreshKeepingSelection(boolean keepPackageDraft) {
        if (database == null) {
            return;
        }
        refreshing = true;
        try {
            refreshTables();
        } finally {
            refreshing = false;
        }
        PackageRow selected = packageTable.getSelectionModel().getSelectedItem();
        boolean samePackage = selected != null && selected.id().equals(packageEditor.shownPackageId());
        if (!(keepPackageDraft && samePackage)) {
            showInEditor(selected);
        }
    }

    private void refreshTables() {
        String variantId = Optional.ofNullable(stockTable.getSelectionModel().getSelectedItem())
                .map(line -> line.variant().id()).orElse(null);
        List<StockLine> lines = new ArrayList<>();
        for (ProductRow product : database.products()) {
            for (VariantRow variant : product.variants()) {
                lines.add(new StockLine(product, variant));
            }
        }
        stock.setAll(lines);
        if (variantId != null) {
            stock.stream().filter(line -> line.variant().id().equals(variantId)).findFirst()
                    .ifPresent(line -> stockTable.getSelectionModel().select(line));
        }
        String memberId = Optional.ofNullable(memberTable.getSelectionModel().getSelectedItem())
                .map(m -> m.member().id()).orElse(null);
        String orderId = Optional.ofNullable(orderTable.getSelectionModel().getSelectedItem())
                .map(o -> o.order().id()).orElse(null);
        String packageId = Optional.ofNullable(packageTable.getSelectionModel().getSelectedItem())
                .map(PackageRow::id).orElse(null);
        members.setAll(database.members());
        if (memberId == null) {
            return;
        }
        members.stream().filter(m -> m.member().id().equals(memberId)).findFirst()
                .ifPresent(m -> memberTable.getSelectionModel().select(m));
        if (orderId != null) {
            orders.stream().filter(o -> o.order().id().equals(orderId)).findFirst()
                    .ifPresent(o -> orderTable.getSelectionModel().select(o));
        }
        if (packageId != null) {
            packages.stream().filter(p -> p.id().equals(packageId)).findFirst()
                    .ifPresent(p -> packageTable.getSelectionModel().select(p));
        }
    }

    private void showOrders(MemberSummary member) {
        orders.setAll(member == null || database == null ? List.of() : database.ordersOf(member.member().id()));
    }

    private void showPackages(OrderView order) {
        packages.setAll(order == null ? List.of() : order.order().packages());
    }

    private void showInEditor(PackageRow pkg) {
        OrderView order = orderTable.getSelectionModel().getSelectedItem();
        packageEditor.show(order == null ? null : order.order().id(), order == null ? null : pkg);
    }

    private Optional<ParcelRecord> selectedParcel() {
        PackageRow pkg = packageTable.getSelectionModel().getSelectedItem();
        if (pkg == null || pkg.carrier() == null || pkg.trackingNumber() == null || database == null) {
            return Optional.empty();
        }
        return database.findParcel(pkg.carrier(), pkg.trackingNumber());
    }

    private void showEvents(PackageRow pkg) {
        events.setAll(selectedParcel().map(ParcelRecord::events).orElse(List.of()));
    }

    private void addEvent(String code, String text, String location) {
        Optional<ParcelRecord> parcel = selectedParcel();
        if (parcel.isEmpty() || code == null || code.isBlank()) {
            refused(texts.get("sim.data.eventNeeds"));
            return;
        }
        model.session().world().thenAccept(world -> Platform.runLater(() -> {
            ParcelEvent event = new ParcelEvent(world.clock().instant(), code.strip(), text == null ? "" : text.strip(),
                    location == null ? "" : location.strip(), Map.of());
            apply(() -> database.addParcelEvent(parcel.get().carrier(), parcel.get().trackingNumber(), event));
            showEvents(packageTable.getSelectionModel().getSelectedItem());
        }));
    }

    private void removeEvent() {
        Optional<ParcelRecord> parcel = selectedParcel();
        int index = eventTable.getSelectionModel().getSelectedIndex();
        if (parcel.isEmpty() || index < 0) {
            return;
        }
        apply(() -> database.removeParcelEvent(parcel.get().carrier(), parcel.get().trackingNumber(), index));
        showEvents(packageTable.getSelectionModel().getSelectedItem());
    }

    private void loadFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.get("sim.data.load"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(texts.get("sim.data.files"), "*.json"));
        File chosen = chooser.showOpenDialog(stage);
        if (chosen != null) {
            model.loadDataset(chosen.toPath()).thenAccept(turn -> Platform.runLater(() -> {
                if (turn.failed()) {
                    dialogs.error(stage, texts.get("sim.data.loadFailed", chosen.getName()), turn.error());
                }
                reload();
            }));
        }
    }

    private void chooseAndExport() {
        if (database == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.get("sim.data.export"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(texts.get("sim.data.files"), "*.json"));
        String from = database.loadedFrom();
        if (from != null && Path.of(from).toAbsolutePath().getParent() != null) {
            chooser.setInitialDirectory(Path.of(from).toAbsolutePath().getParent().toFile());
        }
        chooser.setInitialFileName(texts.get("sim.data.exportFileName"));
        File chosen = chooser.showSaveDialog(stage);
        if (chosen != null) {
            Path file = chosen.toPath();
            exportTo(file.getFileName().toString().contains(".") ? file : file.resolveSibling(file.getFileName() + ".json"));
        }
    }

    /**
     * Writes the data as it is now, edits included, to a dataset file that Load can read back; atomic, the
     * previous content kept as .bak. False, with the reason shown, when the file cannot be written.
     */
    public boolean exportTo(Path file) {
        if (database == null) {
            return false;
        }
        try {
            database.export(file);
        } catch (IOException e) {
            dialogs.error(stage, texts.get("sim.data.exportFailed", file.getFileName()),
                    e.getMessage() == null ? e.toString() : e.getMessage());
            return false;
        }
        done(texts.get("sim.data.exported", file.toAbsolutePath()));
        return true;
    }

    /** For tests: the world's database as shown. */
    ShopDatabase database() {
        return database;
    }
}
