package dev.akis.studio.app;

import dev.akis.AppInfo;
import dev.akis.blocks.BlockCatalog;
import dev.akis.blocks.BlockType;
import dev.akis.flow.Connection;
import dev.akis.flow.FlowDocument;
import dev.akis.flow.LocalizedText;
import dev.akis.flow.json.FileErrors;
import dev.akis.flow.json.FlowFiles;
import dev.akis.flow.json.FlowFormatException;
import dev.akis.flow.json.FlowReader;
import dev.akis.flow.validate.FlowLinter;
import dev.akis.flow.validate.Problem;
import dev.akis.i18n.Languages;
import dev.akis.studio.canvas.CanvasColors;
import dev.akis.studio.canvas.CanvasModel;
import dev.akis.studio.canvas.FlowCanvas;
import dev.akis.studio.command.FlowEdits;
import dev.akis.studio.files.AutosaveWriter;
import dev.akis.studio.files.DuplicateIdRepair;
import dev.akis.studio.files.GalleryDialog;
import dev.akis.studio.files.RecoveryStore;
import dev.akis.studio.files.SampleGallery;
import dev.akis.studio.geometry.Alignment;
import dev.akis.studio.help.HelpWindow;
import dev.akis.studio.inspector.InspectorActions;
import dev.akis.studio.inspector.InspectorView;
import dev.akis.studio.palette.PaletteView;
import dev.akis.studio.problems.ProblemsView;
import dev.akis.studio.settings.SettingsDialog;
import dev.akis.studio.settings.StudioSettings;
import dev.akis.studio.simulator.SimulatorDock;
import dev.akis.studio.simulator.SimulatorSession;
import dev.akis.studio.ui.Dialogs;
import dev.akis.studio.ui.Texts;
import dev.akis.studio.ui.Themes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Separator;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The studio window: menus and toolbar made from one action registry, the palette on the left, the open flows
 * as tabs in the middle with the problems panel below, the inspector in the right-hand dock, and a status bar.
 * It owns files (new, open, save, export, recent, autosave and recovery), settings, themes and languages.
 *
 * <p>Hooks for the chat simulator: {@link #rightDock()} takes more panels beside the inspector, and
 * {@link EditorSession#canvas()} of {@link #activeSession()} highlights and centres blocks.
 */
public final class Studio {

    /** What the studio works with; tests replace the linter, the gallery and the home folder. */
    public record Services(BlockCatalog catalog, Function<FlowDocument, List<Problem>> linter, StudioSettings settings,
                           RecoveryStore recovery, SampleGallery gallery, Duration autosaveInterval) {

        public static Services standard(StudioSettings settings) {
            BlockCatalog catalog = BlockCatalog.standard();
            FlowLinter linter = new FlowLinter(catalog);
            return new Services(catalog, linter::lint, settings, new RecoveryStore(settings.home()),
                    SampleGallery.standard(), Duration.seconds(30));
        }
    }

    private final Stage stage;
    private final Services services;
    private final Texts texts;
    private final Dialogs dialogs;
    private final ActionRegistry actions;
    private final TabPane tabs = new TabPane();
    private final TabPane rightDock = new TabPane();
    private final Pane dragLayer = new Pane();
    private final PaletteView palette;
    private final InspectorView inspector;
    private final ProblemsView problemsView;
    private final Label statusMessage = new Label();
    private final Label statusCounts = new Label();
    private final HBox recoveryBar = new HBox(10);
    private final SplitPane centre = new SplitPane();
    private final Menu recentMenu = new Menu();
    private final ObjectProperty<EditorSession> active = new SimpleObjectProperty<>();
    /** Changes whenever the active flow's state that the title and the Edit menu show may have changed. */
    private final javafx.beans.property.LongProperty revision = new javafx.beans.property.SimpleLongProperty();
    private final Timeline autosave;
    private final AutosaveWriter autosaveWriter;
    private final SimulatorDock simulator;
    private boolean dark;
    private Scene scene;
    private List<RecoveryStore.Recovered> leftovers = List.of();
    private List<FailedRecovery> unrecoverable = List.of();
    private static final javafx.css.PseudoClass RECOVERY_FAILED = javafx.css.PseudoClass.getPseudoClass("failed");

    public Studio(Stage stage, Services services) {
        this.stage = stage;
        this.services = services;
        StudioSettings settings = services.settings();
        this.texts = new Texts(StudioSettings.SYSTEM_LANGUAGE.equals(settings.language())
                ? Languages.uiLocale() : Languages.locale(settings.language()));
        this.dark = settings.isDark();
        this.dialogs = new Dialogs(texts, () -> dark);
        this.actions = new ActionRegistry(texts);
        registerActions();
        this.palette = new PaletteView(services.catalog(), texts, this::addBlock, dragLayer);
        this.inspector = new InspectorView(services.catalog(), texts, inspectorActions(), this::portLabel);
        this.problemsView = new ProblemsView(texts, this::openProblem);
        this.autosaveWriter = new AutosaveWriter(services.recovery());
        this.autosave = new Timeline(new KeyFrame(services.autosaveInterval(), e -> runAutosave()));
        autosave.setCycleCount(Timeline.INDEFINITE);
        this.simulator = new SimulatorDock(this, services.catalog(), SimulatorSession.STANDARD_WORLD);
    }

    // ---- window ----------------------------------------------------------------------------------------------

    /** Builds and shows the window; offers recovery of flows left by a crash. */
    public void show() {
        BorderPane main = new BorderPane();
        main.setTop(new VBox(menuBar(), toolBar(), recoveryBar()));
        tabs.setId("editor-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) ->
                setActive(now == null ? null : (EditorSession) now.getUserData()));
        StackPane tabArea = new StackPane(emptyHint(), tabs);
        tabs.visibleProperty().bind(Bindings.isNotEmpty(tabs.getTabs()));
        centre.setOrientation(Orientation.VERTICAL);
        centre.getItems().addAll(tabArea, problemsView);
        centre.setDividerPositions(0.8);
        SplitPane.setResizableWithParent(problemsView, false);
        Tab inspectorTab = new Tab();
        inspectorTab.textProperty().bind(texts.text("inspector.title"));
        inspectorTab.setContent(inspector);
        inspectorTab.setClosable(false);
        inspectorTab.setId("dock-inspector");
        rightDock.getTabs().add(inspectorTab);
        rightDock.setId("right-dock");
        rightDock.getStyleClass().add("right-dock");
        for (TabPane pane : List.of(tabs, rightDock)) {
            pane.getTabs().addListener((javafx.collections.ListChangeListener<Tab>) change ->
                    javafx.application.Platform.runLater(() -> nameCloseButtons(pane)));
        }
        SplitPane body = new SplitPane(palette, centre, rightDock);
        body.setDividerPositions(0.13, 0.79);
        SplitPane.setResizableWithParent(palette, false);
        SplitPane.setResizableWithParent(rightDock, false);
        main.setCenter(body);
        main.setBottom(statusBar());
        dragLayer.setMouseTransparent(true);
        dragLayer.setPickOnBounds(false);
        StackPane root = new StackPane(main, dragLayer);
        root.getStyleClass().add("studio-root");
        scene = new Scene(root, 1440, 900);
        Themes.apply(scene, dark);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN),
                () -> actions.get("redo").run());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.BACK_SPACE),
                () -> actions.get("delete").run());
        // "+" is Shift+= on most layouts, and the number pad has its own keys.
        for (KeyCombination zoomIn : List.of(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN),
                new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN))) {
            scene.getAccelerators().put(zoomIn, () -> actions.get("zoomIn").run());
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN),
                () -> actions.get("zoomOut").run());
        stage.setScene(scene);
        addWindowIcons(stage);
        stage.titleProperty().bind(Bindings.createStringBinding(this::title, active, texts.localeProperty(), revision));
        stage.setOnCloseRequest(event -> {
            event.consume();
            quit();
        });
        try {
            services.recovery().start();
        } catch (IOException e) {
            status(texts.get("status.recoveryUnavailable", e.getMessage()));
        }
        services.recovery().removeEmptyCrashedSessions();
        leftovers = services.recovery().leftovers();
        showRecoveryOffer();
        setActive(null);
        stage.show();
        autosave.play();
    }

    /**
     * JavaFX names a tab's close button "Close" in the JVM's language; ours follows the interface language. The
     * buttons are made by the tab headers' skins, so they are named once the headers exist.
     */
    private void nameCloseButtons(TabPane pane) {
        for (Node button : pane.lookupAll(".tab-close-button")) {
            if (!button.accessibleTextProperty().isBound()) {
                button.accessibleTextProperty().bind(texts.text("tab.close"));
            }
        }
    }

    /** The application icon in the sizes bundled under dev/akis/icons (absent in a bare build: no icon then). */
    static void addWindowIcons(Stage window) {
        for (int size : new int[] {16, 24, 32, 48, 64, 128, 256, 512}) {
            var icon = Studio.class.getResource("/dev/akis/icons/akis-studio-" + size + ".png");
            if (icon != null) {
                window.getIcons().add(new javafx.scene.image.Image(icon.toExternalForm()));
            }
        }
    }

    private String title() {
        EditorSession session = active.get();
        if (session == null) {
            return AppInfo.NAME;
        }
        return (session.editor().isDirty() ? "• " : "") + session.displayName() + " — " + AppInfo.NAME;
    }

    private Node emptyHint() {
        Label hint = new Label();
        texts.bind(hint, "studio.empty");
        hint.getStyleClass().add("empty-hint");
        hint.setWrapText(true);
        Button create = new Button();
        texts.bind(create, "action.new");
        create.setGraphic(new FontIcon("mdi2f-file-plus-outline"));
        create.getStyleClass().add("accent");
        create.setOnAction(e -> showGallery());
        Button open = new Button();
        texts.bind(open, "action.open");
        open.setGraphic(new FontIcon("mdi2f-folder-open-outline"));
        open.setOnAction(e -> actions.get("open").run());
        HBox buttons = new HBox(10, create, open);
        buttons.setAlignment(Pos.CENTER);
        VBox box = new VBox(14, hint, buttons);
        box.setAlignment(Pos.CENTER);
        box.setMaxWidth(460);
        box.getStyleClass().add("empty-state");
        return box;
    }

    private MenuBar menuBar() {
        MenuBar bar = new MenuBar();
        bar.setId("menu-bar");
        Menu file = menu("file", "new", "open");
        recentMenu.setId("menu-recent");
        texts.bind(recentMenu, "menu.recent");
        recentMenu.setOnShowing(e -> fillRecent());
        fillRecent();
        file.getItems().addAll(recentMenu, new SeparatorMenuItem());
        addItems(file, "save", "saveAs", "export", null, "close", null, "settings", null, "quit");
        Menu edit = menu("edit", "undo", "redo", null, "cut", "copy", "paste", "duplicate", "delete", null,
                "selectAll", "nextConnection", "previousConnection", null, "find", "findNext", "findPrevious");
        Menu insert = menu("insert", "addBlock", "addNote", "connect");
        Menu arrange = menu("arrange", "tidy", null, "alignLeft", "alignCentre", "alignRight", "alignTop", "alignMiddle",
                "alignBottom", null, "distributeHorizontally", "distributeVertically");
        Menu view = menu("view", "zoomIn", "zoomOut", "zoomActual", "zoomFit", null, "toggleMinimap", "toggleProblems",
                null, "focusPalette", "focusCanvas", "focusInspector", "focusProblems", null, "nextTab", "previousTab");
        Menu simulatorMenu = menu("simulator", SimulatorDock.menuActions().toArray(String[]::new));
        Menu help = menu("help", "shortcuts", "about");
        MenuItem undo = edit.getItems().get(0);
        undo.textProperty().unbind();
        undo.textProperty().bind(Bindings.createStringBinding(() -> undoText(true), active, texts.localeProperty(), revision));
        MenuItem redo = edit.getItems().get(1);
        redo.textProperty().unbind();
        redo.textProperty().bind(Bindings.createStringBinding(() -> undoText(false), active, texts.localeProperty(), revision));
        bar.getMenus().addAll(file, edit, insert, arrange, view, simulatorMenu, help);
        return bar;
    }

    private String undoText(boolean undo) {
        EditorSession session = active.get();
        Optional<String> description = session == null ? Optional.empty()
                : undo ? session.editor().stack().undoDescription(texts.locale())
                : session.editor().stack().redoDescription(texts.locale());
        return description.map(d -> texts.get(undo ? "action.undoNamed" : "action.redoNamed", d))
                .orElseGet(() -> texts.get(undo ? "action.undo" : "action.redo"));
    }

    private Menu menu(String id, String... actionIds) {
        Menu menu = new Menu();
        menu.setId("menu-" + id);
        texts.bind(menu, "menu." + id);
        addItems(menu, actionIds);
        return menu;
    }

    private void addItems(Menu menu, String... actionIds) {
        for (String actionId : actionIds) {
            menu.getItems().add(actionId == null ? new SeparatorMenuItem() : actions.menuItem(actionId));
        }
    }

    private void fillRecent() {
        recentMenu.getItems().clear();
        for (Path file : services.settings().recentFiles()) {
            MenuItem item = new MenuItem(file.getFileName() + "  —  " + file.getParent());
            item.setMnemonicParsing(false);
            item.setDisable(!Files.isRegularFile(file));
            item.setOnAction(e -> openFile(file));
            recentMenu.getItems().add(item);
        }
        if (recentMenu.getItems().isEmpty()) {
            MenuItem none = new MenuItem(texts.get("menu.recentNone"));
            none.setDisable(true);
            recentMenu.getItems().add(none);
        }
    }

    private ToolBar toolBar() {
        ToolBar bar = new ToolBar();
        bar.setId("tool-bar");
        bar.getItems().addAll(actions.toolbarButton("new"), actions.toolbarButton("open"), actions.toolbarButton("save"),
                new Separator(Orientation.VERTICAL), actions.toolbarButton("undo"), actions.toolbarButton("redo"),
                new Separator(Orientation.VERTICAL), actions.toolbarButton("addNote"), actions.toolbarButton("connect"),
                actions.toolbarButton("tidy"), new Separator(Orientation.VERTICAL), actions.toolbarButton("zoomOut"),
                actions.toolbarButton("zoomIn"), actions.toolbarButton("zoomFit"), new Separator(Orientation.VERTICAL),
                actions.toolbarButton("find"), new Separator(Orientation.VERTICAL),
                actions.toolbarButton("toggleSimulator"));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        bar.getItems().addAll(spacer, actions.toolbarButton("export"), actions.toolbarButton("settings"),
                actions.toolbarButton("shortcuts"));
        return bar;
    }

    private Node recoveryBar() {
        recoveryBar.getStyleClass().add("recovery-bar");
        recoveryBar.setId("recovery-bar");
        recoveryBar.setAlignment(Pos.CENTER_LEFT);
        recoveryBar.setVisible(false);
        recoveryBar.setManaged(false);
        return recoveryBar;
    }

    private Node statusBar() {
        statusMessage.setId("status-message");
        statusMessage.getStyleClass().add("status-message");
        statusCounts.setId("status-counts");
        statusCounts.getStyleClass().add("status-counts");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(12, statusMessage, spacer, statusCounts);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    /** Shows a message in the status bar. */
    public void status(String message) {
        statusMessage.setText(message);
    }

    public String statusText() {
        return statusMessage.getText();
    }

    private void updateCounts() {
        EditorSession session = active.get();
        if (session == null) {
            statusCounts.setText("");
            return;
        }
        FlowDocument document = session.editor().document();
        statusCounts.setText(texts.get("status.counts", document.blocks().size(), document.connections().size(),
                session.problems().errorCount(), session.problems().warningCount()));
    }

    // ---- actions --------------------------------------------------------------------------------------------

    private void registerActions() {
        KeyCombination.Modifier shortcut = KeyCombination.SHORTCUT_DOWN;
        KeyCombination.Modifier shift = KeyCombination.SHIFT_DOWN;
        KeyCombination.Modifier alt = KeyCombination.ALT_DOWN;
        actions.add("new", "file", new KeyCodeCombination(KeyCode.N, shortcut), "mdi2f-file-plus-outline", this::showGallery);
        actions.add("open", "file", new KeyCodeCombination(KeyCode.O, shortcut), "mdi2f-folder-open-outline", this::chooseAndOpen);
        actions.add("save", "file", new KeyCodeCombination(KeyCode.S, shortcut), "mdi2c-content-save-outline",
                () -> withSession(this::save));
        actions.add("saveAs", "file", new KeyCodeCombination(KeyCode.S, shortcut, shift), "mdi2c-content-save-edit-outline",
                () -> withSession(this::chooseAndSaveAs));
        actions.add("export", "file", new KeyCodeCombination(KeyCode.E, shortcut), "mdi2e-export-variant",
                () -> withSession(this::chooseAndExport));
        actions.add("close", "file", new KeyCodeCombination(KeyCode.W, shortcut), "mdi2c-close",
                () -> withSession(session -> closeSession(session, true)));
        actions.add("settings", "file", new KeyCodeCombination(KeyCode.COMMA, shortcut), "mdi2c-cog-outline", this::showSettings);
        actions.add("quit", "file", new KeyCodeCombination(KeyCode.Q, shortcut), "mdi2e-exit-to-app", this::quit);

        actions.add("undo", "edit", new KeyCodeCombination(KeyCode.Z, shortcut), "mdi2u-undo",
                () -> withSession(s -> s.editor().undo()));
        actions.add("redo", "edit", new KeyCodeCombination(KeyCode.Z, shortcut, shift), "mdi2r-redo",
                () -> withSession(s -> s.editor().redo()));
        actions.add("cut", "edit", new KeyCodeCombination(KeyCode.X, shortcut), "mdi2c-content-cut",
                () -> withCanvasFocus(EditorSession::cut));
        actions.add("copy", "edit", new KeyCodeCombination(KeyCode.C, shortcut), "mdi2c-content-copy",
                () -> withCanvasFocus(EditorSession::copy));
        actions.add("paste", "edit", new KeyCodeCombination(KeyCode.V, shortcut), "mdi2c-content-paste",
                () -> withCanvasFocus(EditorSession::paste));
        actions.add("duplicate", "edit", new KeyCodeCombination(KeyCode.D, shortcut), "mdi2c-content-duplicate",
                () -> withSession(EditorSession::duplicate));
        actions.add("delete", "edit", new KeyCodeCombination(KeyCode.DELETE), "mdi2d-delete-outline",
                () -> withCanvasFocus(EditorSession::deleteSelection));
        actions.add("selectAll", "edit", new KeyCodeCombination(KeyCode.A, shortcut), "mdi2s-select-all",
                () -> withCanvasFocus(EditorSession::selectAll));
        actions.add("nextConnection", "edit", new KeyCodeCombination(KeyCode.RIGHT, shortcut), null,
                () -> withCanvasFocus(s -> s.stepOutgoingConnection(1)));
        actions.add("previousConnection", "edit", new KeyCodeCombination(KeyCode.LEFT, shortcut), null,
                () -> withCanvasFocus(s -> s.stepOutgoingConnection(-1)));
        actions.add("find", "edit", new KeyCodeCombination(KeyCode.F, shortcut), "mdi2m-magnify",
                () -> withSession(s -> s.findBar().show()));
        actions.add("findNext", "edit", new KeyCodeCombination(KeyCode.F3), null,
                () -> withSession(s -> s.findBar().step(1)));
        actions.add("findPrevious", "edit", new KeyCodeCombination(KeyCode.F3, shift), null,
                () -> withSession(s -> s.findBar().step(-1)));

        actions.add("addBlock", "insert", new KeyCodeCombination(KeyCode.K, shortcut), "mdi2p-plus-box-outline",
                this::focusPalette);
        actions.add("addNote", "insert", new KeyCodeCombination(KeyCode.N, shortcut, shift), "mdi2n-note-plus-outline",
                () -> withSession(EditorSession::addNote));
        actions.add("connect", "insert", new KeyCodeCombination(KeyCode.L, shortcut), "mdi2v-vector-polyline-plus",
                () -> withSession(this::showConnect));

        actions.add("tidy", "arrange", new KeyCodeCombination(KeyCode.L, shortcut, shift), "mdi2a-auto-fix",
                () -> withSession(EditorSession::tidy));
        String[] alignIds = {"alignLeft", "alignCentre", "alignRight", "alignTop", "alignMiddle", "alignBottom",
            "distributeHorizontally", "distributeVertically"};
        KeyCode[] alignKeys = {KeyCode.L, KeyCode.C, KeyCode.R, KeyCode.T, KeyCode.M, KeyCode.B, KeyCode.H, KeyCode.V};
        for (int i = 0; i < alignIds.length; i++) {
            Alignment alignment = Alignment.values()[i];
            actions.add(alignIds[i], "arrange", new KeyCodeCombination(alignKeys[i], alt, shift), null,
                    () -> withSession(s -> s.align(alignment)));
        }

        actions.add("zoomIn", "view", new KeyCodeCombination(KeyCode.EQUALS, shortcut), "mdi2m-magnify-plus-outline",
                () -> withSession(s -> s.canvas().zoomIn()));
        actions.add("zoomOut", "view", new KeyCodeCombination(KeyCode.MINUS, shortcut), "mdi2m-magnify-minus-outline",
                () -> withSession(s -> s.canvas().zoomOut()));
        actions.add("zoomActual", "view", new KeyCodeCombination(KeyCode.DIGIT0, shortcut), null,
                () -> withSession(s -> s.canvas().zoomToActualSize()));
        actions.add("zoomFit", "view", new KeyCodeCombination(KeyCode.DIGIT1, shortcut), "mdi2f-fit-to-screen-outline",
                () -> withSession(s -> s.canvas().zoomToFit()));
        actions.add("toggleMinimap", "view", new KeyCodeCombination(KeyCode.M, shortcut), "mdi2m-map-outline",
                this::toggleMinimap);
        actions.add("toggleProblems", "view", new KeyCodeCombination(KeyCode.J, shortcut), "mdi2a-alert-circle-outline",
                this::toggleProblems);
        actions.add("focusPalette", "view", new KeyCodeCombination(KeyCode.DIGIT1, shortcut, alt), null, this::focusPalette);
        actions.add("focusCanvas", "view", new KeyCodeCombination(KeyCode.F6), null,
                () -> withSession(s -> s.canvas().requestFocus()));
        actions.add("focusInspector", "view", new KeyCodeCombination(KeyCode.I, shortcut), null,
                () -> inspector.focusField(null));
        actions.add("focusProblems", "view", new KeyCodeCombination(KeyCode.DIGIT3, shortcut, alt), null,
                () -> problemsView.table().requestFocus());
        actions.add("nextTab", "view", new KeyCodeCombination(KeyCode.PAGE_DOWN, shortcut), null,
                () -> stepTab(1));
        actions.add("previousTab", "view", new KeyCodeCombination(KeyCode.PAGE_UP, shortcut), null,
                () -> stepTab(-1));

        actions.add("shortcuts", "help", new KeyCodeCombination(KeyCode.F1), "mdi2k-keyboard-outline", this::showHelp);
        actions.add("about", "help", null, "mdi2i-information-outline", this::showAbout);

        for (String id : List.of("save", "saveAs", "export", "close", "undo", "redo", "cut", "copy", "paste", "duplicate",
                "delete", "selectAll", "nextConnection", "previousConnection", "find", "findNext", "findPrevious",
                "addNote", "connect", "tidy", "zoomIn",
                "zoomOut", "zoomActual", "zoomFit", "focusCanvas", "nextTab", "previousTab")) {
            actions.get(id).disabledProperty().bind(active.isNull());
        }
        for (String id : alignIds) {
            actions.get(id).disabledProperty().bind(active.isNull());
        }
    }

    public ActionRegistry actions() {
        return actions;
    }

    private void withSession(java.util.function.Consumer<EditorSession> action) {
        EditorSession session = active.get();
        if (session != null) {
            action.accept(session);
        }
    }

    /** Clipboard and delete keys act on blocks only when no text field has the focus (there they edit text). */
    private void withCanvasFocus(java.util.function.Consumer<EditorSession> action) {
        if (scene != null && scene.getFocusOwner() instanceof TextInputControl) {
            return;
        }
        withSession(action);
    }

    private InspectorActions inspectorActions() {
        return new InspectorActions() {
            @Override
            public void align(Alignment alignment) {
                withSession(s -> s.align(alignment));
            }

            @Override
            public void tidySelection() {
                withSession(EditorSession::tidy);
            }

            @Override
            public void deleteSelection() {
                withSession(EditorSession::deleteSelection);
            }
        };
    }

    private String portLabel(Connection connection) {
        EditorSession session = active.get();
        if (session == null) {
            return connection.port();
        }
        FlowDocument document = session.editor().document();
        return document.block(connection.from())
                .flatMap(block -> services.catalog().find(block.type())
                        .flatMap(type -> type.port(block, connection.port())
                                .map(spec -> type.portLabel(spec, texts.locale(), session.canvas().contentLanguage()))))
                .orElse(connection.port());
    }

    private void addBlock(BlockType type) {
        if (active.get() == null) {
            newBlank();
        }
        EditorSession session = active.get();
        session.canvas().addBlockAtCentre(type);
        session.canvas().requestFocus();
    }

    private void focusPalette() {
        palette.searchField().requestFocus();
        palette.searchField().selectAll();
    }

    private void toggleMinimap() {
        boolean show = !services.settings().showMinimap();
        services.settings().setShowMinimap(show);
        services.settings().save();
        sessions().forEach(s -> s.canvas().minimapVisibleProperty().set(show));
    }

    private void toggleProblems() {
        if (centre.getItems().contains(problemsView)) {
            centre.getItems().remove(problemsView);
        } else {
            centre.getItems().add(problemsView);
            centre.setDividerPositions(0.78);
        }
    }

    private void stepTab(int direction) {
        int count = tabs.getTabs().size();
        if (count > 1) {
            int index = tabs.getSelectionModel().getSelectedIndex();
            tabs.getSelectionModel().select(Math.floorMod(index + direction, count));
        }
    }

    private void openProblem(Problem problem) {
        EditorSession session = active.get();
        if (session == null) {
            return;
        }
        String id = problem.elementId();
        FlowDocument document = session.editor().document();
        if (id != null && (document.hasBlock(id) || document.note(id).isPresent())) {
            session.editor().selection().select(id);
            session.canvas().centreOn(id);
            if (problem.field() != null) {
                inspector.focusField(problem.field());
            }
        } else {
            session.editor().selection().clear();
        }
    }

    private void showConnect(EditorSession session) {
        Optional<String> selected = session.editor().selection().single().filter(session.editor().document()::hasBlock);
        if (selected.isEmpty()) {
            status(texts.get("status.selectOneBlock"));
            return;
        }
        ConnectDialog.show(stage, texts, dialogs, services.catalog(), session.editor(), session.canvas(), selected.get());
    }

    private ContextMenu contextMenu(CanvasModel.Hit hit) {
        ContextMenu menu = new ContextMenu();
        if (hit instanceof CanvasModel.Hit.BlockCard || hit instanceof CanvasModel.Hit.NoteCard
                || hit instanceof CanvasModel.Hit.NoteResize) {
            menu.getItems().addAll(actions.menuItem("cut"), actions.menuItem("copy"), actions.menuItem("duplicate"),
                    actions.menuItem("delete"), new SeparatorMenuItem(), actions.menuItem("connect"), actions.menuItem("tidy"));
        } else if (hit instanceof CanvasModel.Hit.WireHit) {
            MenuItem remove = actions.menuItem("delete");
            texts.bind(remove, "action.deleteConnection");
            menu.getItems().add(remove);
        } else {
            menu.getItems().addAll(actions.menuItem("paste"), actions.menuItem("addNote"), actions.menuItem("selectAll"),
                    new SeparatorMenuItem(), actions.menuItem("tidy"), actions.menuItem("zoomFit"));
        }
        return menu;
    }

    // ---- sessions -------------------------------------------------------------------------------------------

    public EditorSession activeSession() {
        return active.get();
    }

    public ObjectProperty<EditorSession> activeSessionProperty() {
        return active;
    }

    public List<EditorSession> sessions() {
        List<EditorSession> list = new ArrayList<>();
        for (Tab tab : tabs.getTabs()) {
            list.add((EditorSession) tab.getUserData());
        }
        return list;
    }

    /** The right-hand dock (the inspector is its first tab); the chat simulator adds its panel here. */
    public TabPane rightDock() {
        return rightDock;
    }

    /** The chat simulator beside the canvas (issue #5). */
    public SimulatorDock simulator() {
        return simulator;
    }

    public InspectorView inspector() {
        return inspector;
    }

    public PaletteView palette() {
        return palette;
    }

    public ProblemsView problemsView() {
        return problemsView;
    }

    public Texts texts() {
        return texts;
    }

    public Stage stage() {
        return stage;
    }

    private void setActive(EditorSession session) {
        active.set(session);
        if (session == null) {
            inspector.setEditor(null, null);
            problemsView.setEditor(null, null);
        } else {
            inspector.setEditor(session.editor(), session.problems());
            problemsView.setEditor(session.editor(), session.problems());
        }
        revision.set(revision.get() + 1);
        updateCounts();
    }

    private EditorSession openSession(FlowDocument document, Path file) {
        EditorSession session = new EditorSession(document, file, services.catalog(), texts, services.linter(), this::status);
        session.canvas().setColors(dark ? CanvasColors.DARK : CanvasColors.LIGHT);
        session.canvas().minimapVisibleProperty().set(services.settings().showMinimap());
        session.canvas().setContextMenuProvider(this::contextMenu);
        session.canvas().setOnOpenElement(id -> {
            if (FlowEdits.START_ID.equals(id)) {
                session.editor().selection().clear();
            }
            inspector.focusField(null);
        });
        session.editor().stack().revisionProperty().addListener((obs, old, now) -> {
            if (active.get() == session) {
                revision.set(revision.get() + 1);
                updateCounts();
            }
        });
        session.editor().dirtyProperty().addListener((obs, old, now) -> {
            if (active.get() == session) {
                revision.set(revision.get() + 1);
            }
        });
        session.problems().versionProperty().addListener((obs, old, now) -> {
            if (active.get() == session) {
                updateCounts();
            }
        });
        session.displayNameBinding().addListener((obs, old, now) -> {
            if (active.get() == session) {
                revision.set(revision.get() + 1);
            }
        });
        Tab tab = session.tab();
        tab.setOnCloseRequest(event -> {
            event.consume();
            closeSession(session, true);
        });
        tabs.getTabs().add(tab);
        tabs.getSelectionModel().select(tab);
        return session;
    }

    /** A new flow with nothing in it yet, in Turkish and English. */
    public EditorSession newBlank() {
        FlowDocument document = FlowDocument.blank("flow-" + UUID.randomUUID().toString().substring(0, 8),
                LocalizedText.of("tr", texts.get("flow.newNameTr"), "en", texts.get("flow.newNameEn")),
                texts.language().equals("en") ? List.of("en", "tr") : List.of("tr", "en"));
        EditorSession session = openSession(document, null);
        session.canvas().requestFocus();
        return session;
    }

    /** A new, unsaved flow copied from a sample. */
    public EditorSession newFromSample(SampleGallery.Sample sample) {
        EditorSession session = openSession(sample.document(), null);
        session.editor().stack().markUnsaved();
        javafx.application.Platform.runLater(() -> session.canvas().fitIfNothingVisible());
        session.canvas().requestFocus();
        status(texts.get("status.fromSample", sample.fileName()));
        return session;
    }

    /**
     * What the studio shows when it starts: the flow files named on the command line, each in its tab (a file
     * that cannot be opened is explained in its error dialog), or, when no file was named and no crashed session
     * waits to be recovered, the sample gallery. The gallery never opens over named files, where it would hide
     * the error of one that could not be read.
     */
    public void openAtStart(List<Path> files) {
        List<Path> missing = new java.util.ArrayList<>();
        for (Path file : files) {
            if (java.nio.file.Files.isRegularFile(file)) {
                openFile(file);
            } else {
                missing.add(file);
            }
        }
        reportMissingFiles(missing);
        // Named files that could not be opened show their error dialogs; the gallery would cover them.
        if (files.isEmpty() && !offersRecovery()) {
            showGallery();
        }
    }

    public void showGallery() {
        List<SampleGallery.Sample> samples = services.gallery().load();
        GalleryDialog.show(stage, texts, dialogs, samples, choice -> {
            if (choice.isEmpty()) {
                newBlank();
            } else {
                newFromSample(choice.get());
            }
        });
    }

    private void chooseAndOpen() {
        FileChooser chooser = flowChooser("dialog.openTitle");
        Path chosen = Optional.ofNullable(chooser.showOpenDialog(stage)).map(java.io.File::toPath).orElse(null);
        if (chosen != null) {
            openFile(chosen);
        }
    }

    private FileChooser flowChooser(String titleKey) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.get(titleKey));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(texts.get("dialog.flowFiles"), "*.json"));
        EditorSession session = active.get();
        Path folder = session != null && session.editor().file() != null ? session.editor().file().getParent()
                : services.settings().recentFiles().stream().map(Path::getParent).filter(Files::isDirectory).findFirst().orElse(null);
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return chooser;
    }

    /**
     * Opens a flow file in a new tab (or shows its tab if already open). A file that cannot be read is reported
     * with its line and column and nothing else changes.
     */
    public Optional<EditorSession> openFile(Path file) {
        Path normalized = file.toAbsolutePath().normalize();
        for (EditorSession session : sessions()) {
            if (normalized.equals(session.editor().file())) {
                tabs.getSelectionModel().select(session.tab());
                return Optional.of(session);
            }
        }
        FlowReader.Result result;
        try {
            result = FlowFiles.loadWithDetails(normalized);
        } catch (FlowFormatException e) {
            String message = e.format(texts.locale());
            status(message);
            dialogs.error(stage, texts.get("dialog.cannotOpen", normalized.getFileName()), message);
            return Optional.empty();
        } catch (IOException e) {
            String message = texts.get("dialog.ioError", normalized, FileErrors.describe(e, texts.locale()));
            status(message);
            dialogs.error(stage, texts.get("dialog.cannotOpen", normalized.getFileName()), message);
            return Optional.empty();
        }
        DuplicateIdRepair.Result repaired = DuplicateIdRepair.repair(result.document(), services.catalog());
        EditorSession session = openSession(repaired.document(), normalized);
        services.settings().addRecent(normalized);
        services.settings().save();
        List<String> notices = new ArrayList<>();
        if (result.wasMigrated()) {
            notices.add(texts.get("status.migrated", result.originalVersion(), FlowDocument.CURRENT_SCHEMA_VERSION));
        }
        if (repaired.changed()) {
            notices.add(describeRenamed(repaired.renamed()));
        }
        if (notices.isEmpty()) {
            status(texts.get("status.opened", normalized.getFileName()));
        } else {
            session.editor().stack().markUnsaved();
            status(String.join(" ", notices));
        }
        javafx.application.Platform.runLater(() -> session.canvas().fitIfNothingVisible());
        return Optional.of(session);
    }

    /** "2 blocks had an id an earlier block already had and were renamed: ask → ask_2, end → end_2. ..." */
    private String describeRenamed(List<DuplicateIdRepair.Renamed> renamed) {
        List<String> pairs = renamed.stream().map(r -> r.originalId() + " → " + r.newId()).toList();
        return texts.count("status.renamedDuplicates", renamed.size(), String.join(", ", pairs));
    }

    /**
     * Says which of the files named on the command line do not exist (the others were opened): in the status
     * bar and in a message box that does not block. Nothing happens for an empty list.
     */
    public Optional<Alert> reportMissingFiles(List<Path> missing) {
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        String names = String.join("\n", missing.stream().map(p -> p.toAbsolutePath().normalize().toString()).toList());
        status(texts.count("status.filesNotFound", missing.size(),
                String.join(", ", missing.stream().map(p -> String.valueOf(p.getFileName())).toList())));
        return Optional.of(dialogs.error(stage, texts.count("dialog.filesNotFound", missing.size()), names));
    }

    /** Saves to the flow's file (asking for one if it has none); returns false if nothing was written. */
    public boolean save(EditorSession session) {
        if (session.editor().file() == null) {
            return chooseAndSaveAs(session);
        }
        return saveTo(session, session.editor().file());
    }

    private boolean chooseAndSaveAs(EditorSession session) {
        FileChooser chooser = flowChooser("dialog.saveTitle");
        chooser.setInitialFileName(session.editor().file() == null ? suggestedName(session) : session.editor().file().getFileName().toString());
        java.io.File chosen = chooser.showSaveDialog(stage);
        if (chosen == null) {
            return false;
        }
        Path path = chosen.toPath();
        if (!path.getFileName().toString().contains(".")) {
            path = path.resolveSibling(path.getFileName() + ".json");
        }
        return saveTo(session, path);
    }

    private String suggestedName(EditorSession session) {
        String name = session.editor().document().id();
        return name.replaceAll("[^A-Za-z0-9._-]", "-") + ".json";
    }

    /** Writes the flow to a file atomically (the previous content kept as .bak) and marks it saved. */
    public boolean saveTo(EditorSession session, Path file) {
        Path normalized = file.toAbsolutePath().normalize();
        FlowDocument document = session.editor().document();
        FlowCanvas canvas = session.canvas();
        // Saving an unchanged flow over its own file writes the same bytes: no new time stamp, no new view.
        boolean unchanged = !session.editor().dirtyProperty().get() && normalized.equals(session.editor().file());
        FlowDocument stamped = unchanged ? document : document
                .withLayout(document.layout().withView(canvas.zoom(), canvas.viewOrigin()))
                .withMetadata(document.metadata().touched(Instant.now().toString(), AppInfo.version()));
        try {
            FlowFiles.save(normalized, stamped);
        } catch (IOException e) {
            String message = texts.get("dialog.ioError", normalized, FileErrors.describe(e, texts.locale()));
            status(message);
            dialogs.error(stage, texts.get("dialog.cannotSave", normalized.getFileName()), message);
            return false;
        }
        session.editor().markSaved(normalized, stamped);
        autosaveWriter.discard(session.editor().key());
        services.settings().addRecent(normalized);
        services.settings().save();
        status(texts.get("status.saved", normalized.getFileName()));
        revision.set(revision.get() + 1);
        return true;
    }

    private void chooseAndExport(EditorSession session) {
        List<Problem> problems = session.problems().lintNow();
        long errors = problems.stream().filter(Problem::isError).count();
        if (errors > 0 && !dialogs.confirm(stage, texts.get("dialog.exportErrorsHeader", errors),
                texts.get("dialog.exportErrorsDetails"), texts.get("dialog.exportAnyway"))) {
            return;
        }
        FileChooser chooser = flowChooser("dialog.exportTitle");
        chooser.setInitialFileName(suggestedName(session));
        java.io.File chosen = chooser.showSaveDialog(stage);
        if (chosen != null) {
            exportTo(session, chosen.toPath());
        }
    }

    /** Writes the canonical flow file for a runtime server; the open flow stays associated with its own file. */
    public boolean exportTo(EditorSession session, Path file) {
        try {
            FlowFiles.save(file, session.editor().document());
            status(texts.get("status.exported", file.getFileName()));
            return true;
        } catch (IOException e) {
            String message = texts.get("dialog.ioError", file, FileErrors.describe(e, texts.locale()));
            status(message);
            dialogs.error(stage, texts.get("dialog.cannotSave", file.getFileName()), message);
            return false;
        }
    }

    /** Closes a tab, asking first about unsaved changes when {@code ask}; returns false if the user cancelled. */
    public boolean closeSession(EditorSession session, boolean ask) {
        if (ask && session.editor().isDirty()) {
            tabs.getSelectionModel().select(session.tab());
            Dialogs.UnsavedChoice choice = dialogs.confirmUnsaved(stage, session.displayName());
            if (choice == Dialogs.UnsavedChoice.CANCEL) {
                return false;
            }
            if (choice == Dialogs.UnsavedChoice.SAVE && !save(session)) {
                return false;
            }
        }
        autosaveWriter.discard(session.editor().key());
        tabs.getTabs().remove(session.tab());
        return true;
    }

    /** Closes the window after asking about each unsaved flow; a clean exit leaves nothing to recover. */
    public void quit() {
        for (EditorSession session : sessions()) {
            if (!closeSession(session, true)) {
                return;
            }
        }
        shutDown();
        stage.close();
    }

    /** Stops timers, lets a recovery copy being written finish, and cleans the recovery folder (a normal exit). */
    public void shutDown() {
        autosave.stop();
        autosaveWriter.close();
        simulator.close();
        services.settings().save();
        services.recovery().closeCleanly();
    }

    /** Ends without cleaning up, as a crash would; tests use it to check recovery. */
    public void simulateCrash() {
        autosave.stop();
        autosaveWriter.close();
        simulator.close();
        services.recovery().abandon();
        stage.close();
    }

    // ---- autosave and recovery ------------------------------------------------------------------------------

    /**
     * The autosave tick (every 30 seconds): takes a snapshot of every flow with unsaved changes, with its current
     * view, and hands the snapshots to the autosave thread, which turns them into flow files and writes the
     * recovery copies; the copies of flows that are saved now are deleted there too. Returns false, changing
     * nothing, while the previous tick is still writing.
     */
    public boolean runAutosave() {
        List<AutosaveWriter.Copy> copies = new ArrayList<>();
        List<String> saved = new ArrayList<>();
        for (EditorSession session : sessions()) {
            if (session.editor().isDirty()) {
                // The copy keeps the current view, so a recovered flow opens where the user was working.
                FlowDocument document = session.editor().document();
                FlowDocument withView = document.withLayout(document.layout()
                        .withView(session.canvas().zoom(), session.canvas().viewOrigin()));
                copies.add(new AutosaveWriter.Copy(session.editor().key(), withView, session.editor().file(),
                        session.displayName()));
            } else {
                saved.add(session.editor().key());
            }
        }
        return autosaveWriter.submit(copies, saved, (name, e) -> javafx.application.Platform.runLater(() ->
                status(texts.get("status.autosaveFailed", name + ": " + e.getMessage()))));
    }

    /** Waits until the recovery copies of the last autosave tick are written (tests and the benchmark use it). */
    public boolean awaitAutosave(long timeout, java.util.concurrent.TimeUnit unit) throws InterruptedException {
        return autosaveWriter.awaitIdle(timeout, unit);
    }

    /**
     * The bar above the canvas: the offer to recover flows left by a crash, or — after a recovery in which some
     * copies could not be opened — which copies and where they are kept. Its texts follow the interface language.
     */
    private void showRecoveryOffer() {
        recoveryBar.getChildren().clear();
        recoveryBar.pseudoClassStateChanged(RECOVERY_FAILED, false);
        if (leftovers.isEmpty() && unrecoverable.isEmpty()) {
            recoveryBar.setVisible(false);
            recoveryBar.setManaged(false);
            return;
        }
        Label message = new Label();
        message.setId("recovery-message");
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        if (!leftovers.isEmpty()) {
            int count = leftovers.size();
            message.textProperty().bind(Bindings.createStringBinding(() -> texts.count("recovery.offer", count),
                    texts.localeProperty()));
            message.setGraphic(new FontIcon("mdi2b-backup-restore"));
            Button recover = new Button();
            texts.bind(recover, "recovery.recover");
            recover.setId("recovery-recover");
            recover.getStyleClass().add("accent");
            recover.setOnAction(e -> recoverAll());
            Button discard = new Button();
            texts.bind(discard, "recovery.discard");
            discard.setId("recovery-discard");
            discard.setOnAction(e -> {
                services.recovery().discardLeftovers(leftovers);
                leftovers = List.of();
                showRecoveryOffer();
            });
            recoveryBar.getChildren().addAll(message, recover, discard);
        } else {
            List<FailedRecovery> failed = unrecoverable;
            message.textProperty().bind(Bindings.createStringBinding(() -> describeFailures(failed),
                    texts.localeProperty()));
            message.setGraphic(new FontIcon("mdi2a-alert-outline"));
            recoveryBar.pseudoClassStateChanged(RECOVERY_FAILED, true);
            Button close = new Button();
            texts.bind(close, "recovery.close");
            close.setId("recovery-close");
            close.setOnAction(e -> {
                unrecoverable = List.of();
                showRecoveryOffer();
            });
            recoveryBar.getChildren().addAll(message, close);
        }
        recoveryBar.setVisible(true);
        recoveryBar.setManaged(true);
    }

    /** A recovery copy that could not be opened, and why. */
    private record FailedRecovery(RecoveryStore.Recovered copy, Exception reason) {
    }

    private String describeFailures(List<FailedRecovery> failed) {
        StringBuilder text = new StringBuilder(texts.count("recovery.failed", failed.size(), services.recovery().root()));
        for (FailedRecovery failure : failed) {
            String reason = failure.reason() instanceof FlowFormatException format ? format.format(texts.locale())
                    : failure.reason().getMessage() == null ? failure.reason().toString() : failure.reason().getMessage();
            text.append('\n').append(texts.get("recovery.failedCopy", failure.copy().name(), failure.copy().copy(), reason));
        }
        return text.toString();
    }

    /** True when flows from a crashed session are waiting to be recovered. */
    public boolean offersRecovery() {
        return !leftovers.isEmpty();
    }

    /**
     * Opens every recovered copy as an unsaved flow bound to its original file, at the view it had. Copies that
     * were opened are deleted; a copy that cannot be opened is kept in the recovery folder and named in the bar,
     * which stays until closed.
     */
    private void recoverAll() {
        List<FailedRecovery> failed = new ArrayList<>();
        int opened = 0;
        for (RecoveryStore.Recovered recovered : leftovers) {
            FlowDocument document;
            try {
                document = FlowFiles.load(recovered.copy());
            } catch (IOException | FlowFormatException e) {
                failed.add(new FailedRecovery(recovered, e));
                continue;
            }
            EditorSession session = openSession(DuplicateIdRepair.repair(document, services.catalog()).document(),
                    recovered.originalFile());
            session.editor().stack().markUnsaved();
            javafx.application.Platform.runLater(() -> session.canvas().fitIfNothingVisible());
            services.recovery().discardRecovered(recovered);
            opened++;
        }
        status(failed.isEmpty() ? texts.count("status.recovered", opened)
                : texts.count("status.recovered", opened) + " " + texts.count("status.recoveryFailed", failed.size()));
        leftovers = List.of();
        unrecoverable = List.copyOf(failed);
        showRecoveryOffer();
    }

    // ---- settings, language, theme, help ---------------------------------------------------------------------

    public void showSettings() {
        SettingsDialog.show(stage, texts, dialogs, services.settings(), choice -> {
            services.settings().setLanguage(choice.language());
            services.settings().setTheme(choice.dark() ? "dark" : "light");
            services.settings().setShowMinimap(choice.minimap());
            services.settings().save();
            setLanguage(choice.language());
            setDarkTheme(choice.dark());
            sessions().forEach(s -> s.canvas().minimapVisibleProperty().set(choice.minimap()));
        });
    }

    /** Switches the interface language ("tr", "en" or "system") at once. */
    public void setLanguage(String language) {
        Locale locale = StudioSettings.SYSTEM_LANGUAGE.equals(language) ? Languages.uiLocale() : Languages.locale(language);
        texts.setLanguage(Languages.normalize(locale));
        revision.set(revision.get() + 1);
        updateCounts();
        fillRecent();
        // The last message was written in the old language; say in the new one what just happened instead.
        status(texts.get("status.language", texts.get("language." + texts.language())));
    }

    public void setDarkTheme(boolean enabled) {
        dark = enabled;
        if (scene != null) {
            Themes.apply(scene, enabled);
        }
        sessions().forEach(s -> s.canvas().setColors(enabled ? CanvasColors.DARK : CanvasColors.LIGHT));
    }

    public boolean isDarkTheme() {
        return dark;
    }

    public Stage showHelp() {
        return HelpWindow.show(stage, actions, texts, dark);
    }

    private void showAbout() {
        Alert about = new Alert(Alert.AlertType.INFORMATION, "", dialogs.ok());
        about.initOwner(stage);
        about.setTitle(texts.get("action.about"));
        about.setHeaderText(AppInfo.NAME + " " + AppInfo.version());
        about.setContentText(texts.get("about.text"));
        dialogs.style(about);
        about.show();
    }
}
