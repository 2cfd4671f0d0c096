package dev.akis.studio.simulator;

import dev.akis.blocks.BlockCatalog;
import dev.akis.commerce.dataset.DatasetWriter;
import dev.akis.flow.FlowDocument;
import dev.akis.flow.json.FlowFiles;
import dev.akis.studio.app.EditorSession;
import dev.akis.studio.app.Studio;
import dev.akis.studio.ui.Dialogs;
import dev.akis.studio.ui.Texts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * Puts the chat simulator into the studio: its tab in the right-hand dock (toggled with F5), its actions in the
 * Simulator menu and the shortcut registry, the conversation on the active flow, the canvas highlighting the path
 * taken and following the current block, the offer to restart after the flow was edited, "Save as test" beside
 * the flow file, the Tests view and the mock data window.
 */
public final class SimulatorDock {

    private static final double DOCK_WIDTH = 560;

    private final Studio studio;
    private final Texts texts;
    private final Dialogs dialogs;
    private final SimulatorViewModel model;
    private final TestsView tests;
    private final SimulatorPanel panel;
    private final Tab tab = new Tab();
    private final ChangeListener<FlowDocument> documentListener = (obs, old, now) -> documentChanged(now);
    private EditorSession simulated;
    private FlowDocument playedVersion;
    private double dividerBefore = -1;
    private DataWindow dataWindow;

    public SimulatorDock(Studio studio, BlockCatalog catalog, SimulatorSession.WorldOpener opener) {
        this.studio = studio;
        this.texts = studio.texts();
        this.dialogs = new Dialogs(texts, studio::isDarkTheme);
        this.model = new SimulatorViewModel(opener, Platform::runLater, texts, catalog);
        this.tests = new TestsView(texts, this::flowFile, () -> simulated == null ? null : simulated.editor().document(),
                this::showTestReport);
        this.panel = new SimulatorPanel(model, texts, host(), tests);
        tab.setId("dock-simulator");
        tab.textProperty().bind(texts.text("sim.title"));
        tab.setContent(panel);
        tab.setClosable(true);
        tab.setOnClosed(e -> {
            restoreDockWidth();
            if (simulated != null) {
                simulated.canvas().clearHighlight();
            }
        });
        model.addListener(this::followOnCanvas);
        // A new conversation may follow a reset, another dataset or another customer: the customer picker and the
        // cash-on-delivery tool show the data as it is.
        model.addListener(turn -> {
            if (turn.fresh()) {
                SimulatorPanel.whenMembers(model, panel::setMembers);
                model.session().customerOrders().thenAccept(orders -> Platform.runLater(() -> panel.setOrders(orders)));
            }
        });
        studio.activeSessionProperty().addListener((obs, old, now) -> {
            if (isShown()) {
                simulate(now);
            }
        });
        registerActions();
    }

    // ---- actions --------------------------------------------------------------------------------------------

    private void registerActions() {
        var actions = studio.actions();
        KeyCombination.Modifier shortcut = KeyCombination.SHORTCUT_DOWN;
        KeyCombination.Modifier shift = KeyCombination.SHIFT_DOWN;
        KeyCombination.Modifier alt = KeyCombination.ALT_DOWN;
        actions.add("toggleSimulator", "simulator", new KeyCodeCombination(KeyCode.F5), "mdi2c-chat-processing-outline",
                this::toggle);
        actions.add("simRestart", "simulator", new KeyCodeCombination(KeyCode.F5, shortcut), "mdi2r-restart",
                () -> whenShown(this::restart));
        actions.add("simStartHere", "simulator", new KeyCodeCombination(KeyCode.F5, shift), "mdi2r-ray-start-arrow",
                this::startAtSelection);
        actions.add("simPlusHour", "simulator", new KeyCodeCombination(KeyCode.H, shortcut, alt), "mdi2c-clock-fast",
                () -> whenShown(() -> model.pass(Duration.ofHours(1))));
        actions.add("simPlusDay", "simulator", new KeyCodeCombination(KeyCode.D, shortcut, alt), null,
                () -> whenShown(() -> model.pass(Duration.ofDays(1))));
        actions.add("simSaveTest", "simulator", new KeyCodeCombination(KeyCode.T, shortcut, alt), "mdi2c-content-save-outline",
                this::saveAsTest);
        actions.add("simRunTests", "simulator", new KeyCodeCombination(KeyCode.R, shortcut, alt), "mdi2f-flask-outline",
                this::runTests);
        actions.add("simData", "simulator", new KeyCodeCombination(KeyCode.M, shortcut, alt), "mdi2d-database-edit-outline",
                this::openDataView);
        for (String id : List.of("toggleSimulator", "simRestart", "simStartHere", "simPlusHour", "simPlusDay",
                "simSaveTest", "simRunTests")) {
            actions.get(id).disabledProperty().bind(studio.activeSessionProperty().isNull());
        }
    }

    /** The ids of the Simulator menu's actions, in menu order. */
    public static List<String> menuActions() {
        return java.util.Arrays.asList("toggleSimulator", null, "simRestart", "simStartHere", null, "simPlusHour", "simPlusDay", null,
                "simSaveTest", "simRunTests", null, "simData");
    }

    private void whenShown(Runnable action) {
        if (isShown() && model.startedProperty().get()) {
            action.run();
        }
    }

    // ---- showing ----------------------------------------------------------------------------------------------

    public boolean isShown() {
        return studio.rightDock().getTabs().contains(tab);
    }

    /** Shows the simulator beside the canvas (starting a conversation on the active flow), or hides it. */
    public void toggle() {
        if (isShown() && tab.isSelected()) {
            hide();
        } else {
            show();
        }
    }

    public void show() {
        if (!isShown()) {
            studio.rightDock().getTabs().add(tab);
            widenDock();
        }
        studio.rightDock().getSelectionModel().select(tab);
        if (simulated != studio.activeSession() || !model.startedProperty().get()) {
            simulate(studio.activeSession());
        }
        Platform.runLater(() -> panel.chatView().input().requestFocus());
    }

    public void hide() {
        studio.rightDock().getTabs().remove(tab);
        restoreDockWidth();
        if (simulated != null) {
            simulated.canvas().clearHighlight();
        }
    }

    private void simulate(EditorSession session) {
        if (simulated != null) {
            simulated.editor().documentProperty().removeListener(documentListener);
            simulated.canvas().clearHighlight();
        }
        simulated = session;
        panel.showFlowChanged(false);
        if (session == null) {
            return;
        }
        session.editor().documentProperty().addListener(documentListener);
        playedVersion = session.editor().document();
        List<String> languages = playedVersion.languages();
        SimulatorSession.Setup setup = model.setup();
        if (setup.language() != null && !languages.contains(setup.language())) {
            setup = new SimulatorSession.Setup(setup.customer(), null, setup.channel());
        }
        model.begin(playedVersion, setup);
        tests.refresh();
    }

    /**
     * Makes the dock wide enough for a phone-sized chat beside its panels (about a third of the window); remembers
     * the width to give it back when hidden. Runs after layout, when the window's width is known.
     */
    private void widenDock() {
        Platform.runLater(() -> {
            SplitPane body = enclosingSplitPane();
            if (body == null || body.getDividers().isEmpty() || body.getWidth() <= 0) {
                return;
            }
            double width = body.getWidth();
            double wanted = Math.min(Math.max(DOCK_WIDTH, width * 0.34), width * 0.5);
            var divider = body.getDividers().get(body.getDividers().size() - 1);
            double position = 1 - wanted / width;
            if (divider.getPosition() > position) {
                dividerBefore = divider.getPosition();
                divider.setPosition(position);
            }
        });
    }

    private void restoreDockWidth() {
        SplitPane body = enclosingSplitPane();
        if (body != null && dividerBefore > 0 && body.getDividers().size() > 0) {
            body.getDividers().get(body.getDividers().size() - 1).setPosition(dividerBefore);
        }
        dividerBefore = -1;
    }

    private SplitPane enclosingSplitPane() {
        Parent parent = studio.rightDock().getParent();
        while (parent != null && !(parent instanceof SplitPane)) {
            parent = parent.getParent();
        }
        return (SplitPane) parent;
    }

    // ---- following the conversation on the canvas ---------------------------------------------------------------

    private void followOnCanvas(SimTurn turn) {
        if (simulated == null || turn.flow() == null) {
            return;
        }
        var canvas = simulated.canvas();
        FlowDocument current = simulated.editor().document();
        List<String> blocks = new ArrayList<>(new LinkedHashSet<>(turn.path()));
        blocks.removeIf(id -> !current.hasBlock(id));
        String at = turn.currentBlock() != null ? turn.currentBlock()
                : turn.path().isEmpty() ? null : turn.path().get(turn.path().size() - 1);
        if (at != null && current.hasBlock(at) && !blocks.contains(at)) {
            blocks.add(at);
        }
        canvas.highlight(blocks, turn.pathConnections().stream().filter(current.connections()::contains).toList(),
                at != null && current.hasBlock(at) ? at : null);
        if (at != null && current.hasBlock(at) && turn.result() != null) {
            canvas.reveal(at);
        }
    }

    // ---- the flow changed while chatting ---------------------------------------------------------------------

    private void documentChanged(FlowDocument now) {
        if (playedVersion != null && !sameLogic(playedVersion, now) && model.startedProperty().get()) {
            panel.showFlowChanged(true);
        }
    }

    /** True when two versions run alike: layout, notes and metadata do not change what the engine does. */
    static boolean sameLogic(FlowDocument a, FlowDocument b) {
        return a.defaultLanguage().equals(b.defaultLanguage()) && a.languages().equals(b.languages())
                && a.entryPoints().equals(b.entryPoints()) && a.blocks().equals(b.blocks())
                && a.connections().equals(b.connections()) && a.properties().equals(b.properties());
    }

    /**
     * Restarts the conversation on the flow as it is now in the editor, with the setup shown (Restart, Ctrl+F5, the
     * "flow changed" bar): a restart never replays a version the merchant has since edited.
     */
    public void restart() {
        panel.showFlowChanged(false);
        if (simulated != null) {
            playedVersion = simulated.editor().document();
            model.begin(playedVersion, model.setup());
        }
    }

    // ---- host ---------------------------------------------------------------------------------------------

    private SimulatorPanel.Host host() {
        return new SimulatorPanel.Host() {
            @Override
            public void restart() {
                SimulatorDock.this.restart();
            }

            @Override
            public void keepCurrentVersion() {
                panel.showFlowChanged(false);
                if (simulated != null) {
                    // Keep chatting with the version the conversation runs on; offer again after the next edit.
                    playedVersion = simulated.editor().document();
                }
            }

            @Override
            public void startAtSelection() {
                SimulatorDock.this.startAtSelection();
            }

            @Override
            public void saveAsTest() {
                SimulatorDock.this.saveAsTest();
            }

            @Override
            public void openDataView() {
                SimulatorDock.this.openDataView();
            }

            @Override
            public void selectBlock(String blockId) {
                if (simulated != null && simulated.editor().document().hasBlock(blockId)) {
                    simulated.editor().selection().select(blockId);
                    simulated.canvas().centreOn(blockId);
                }
            }

            @Override
            public void changeSetup(SimulatorSession.Setup setup) {
                if (simulated != null) {
                    playedVersion = simulated.editor().document();
                    panel.showFlowChanged(false);
                    model.begin(playedVersion, setup);
                } else {
                    model.setupProperty().set(setup);
                }
            }

            @Override
            public List<String> flowLanguages() {
                return simulated == null ? List.of("tr", "en") : simulated.editor().document().languages();
            }
        };
    }

    /** "Start from the selected block": the engine's startAt on the block selected on the canvas. */
    public void startAtSelection() {
        EditorSession session = studio.activeSession();
        if (session == null) {
            return;
        }
        Optional<String> block = session.editor().selection().single().filter(session.editor().document()::hasBlock);
        if (block.isEmpty()) {
            studio.status(texts.get("status.selectOneBlock"));
            return;
        }
        if (!isShown() || simulated != session) {
            show();
        }
        model.startAt(block.get());
    }

    // ---- save as test, tests --------------------------------------------------------------------------------

    private Path flowFile() {
        return simulated == null ? null : simulated.editor().file();
    }

    /** Asks for a case name and writes the conversation beside the flow as {@code <flow>.<case>.convtest}. */
    public void saveAsTest() {
        if (simulated == null || !model.startedProperty().get() || !conversationMatchesTheFlowFile()) {
            return;
        }
        TextInputDialog ask = new TextInputDialog(suggestedCaseName());
        ask.initOwner(studio.stage());
        ask.setTitle(texts.get("sim.saveTest"));
        ask.setHeaderText(texts.get("sim.save.header", ConversationTests.flowName(simulated.editor().file())));
        ask.setContentText(texts.get("sim.save.caseName"));
        ask.getEditor().setId("sim-case-name");
        // JavaFX labels its own buttons in the system's language; the studio's follow the interface language.
        ask.getDialogPane().getButtonTypes().setAll(dialogs.ok(), dialogs.cancel());
        dialogs.style(ask);
        Optional<String> answer = ask.showAndWait();
        if (answer.isEmpty()) {
            return;
        }
        String caseName = answer.get().strip();
        if (!ConversationTests.isValidCaseName(caseName)) {
            dialogs.error(studio.stage(), texts.get("sim.save.badName", caseName), texts.get("sim.save.badNameDetails"));
            return;
        }
        Path target = ConversationTests.fileFor(simulated.editor().file(), caseName);
        if (Files.exists(target) && !dialogs.confirm(studio.stage(), texts.get("sim.save.exists", target.getFileName()),
                texts.get("sim.save.existsDetails"), texts.get("sim.save.overwrite"))) {
            return;
        }
        saveTestTo(target);
    }

    /**
     * A test replays against the flow file, so it may only be written when the conversation ran on what that file
     * holds. A conversation that ran on an earlier version is refused (with an offer to restart on the current
     * one); a flow with unsaved changes, or without a file, is saved first if the merchant agrees. False when
     * nothing should be written.
     */
    private boolean conversationMatchesTheFlowFile() {
        FlowDocument current = simulated.editor().document();
        FlowDocument played = model.last() == null ? null : model.last().flow();
        if (played != null && !sameLogic(played, current)) {
            if (dialogs.confirm(studio.stage(), texts.get("sim.save.oldVersion"), texts.get("sim.save.oldVersionDetails"),
                    texts.get("sim.save.restartNow"))) {
                restart();
            }
            return false;
        }
        Path file = simulated.editor().file();
        if (file == null) {
            return dialogs.confirm(studio.stage(), texts.get("sim.save.needsFile"), texts.get("sim.save.needsFileDetails"),
                    texts.get("action.save")) && studio.save(simulated);
        }
        if (simulated.editor().isDirty() && !fileHolds(file, current)) {
            return dialogs.confirm(studio.stage(), texts.get("sim.save.unsaved", file.getFileName()),
                    texts.get("sim.save.unsavedDetails"), texts.get("sim.save.saveFlow")) && studio.save(simulated);
        }
        return true;
    }

    /** True when the flow file runs like {@code document} (a file that cannot be read does not). */
    private static boolean fileHolds(Path file, FlowDocument document) {
        try {
            return sameLogic(FlowFiles.load(file), document);
        } catch (IOException | dev.akis.flow.json.FlowFormatException | RuntimeException e) {
            return false;
        }
    }

    /** Writes the played conversation to {@code target} atomically; completes with the file once written. */
    public CompletableFuture<Path> saveTestTo(Path target) {
        String description = texts.get("sim.save.description", customerLabel(), simulated == null ? ""
                : simulated.displayName());
        CompletableFuture<Path> written = new CompletableFuture<>();
        model.session().testText(description, target).whenComplete((saved, failure) -> Platform.runLater(() -> {
            if (failure != null || saved == null || saved.isEmpty()) {
                studio.status(texts.get("sim.save.nothing"));
                written.completeExceptionally(failure != null ? failure : new IllegalStateException("nothing played"));
                return;
            }
            SimulatorSession.SavedTest test = saved.get();
            // The data first: a test never names a data file that is not there.
            Path writing = test.dataFile() != null ? test.dataFile() : target;
            try {
                if (test.dataFile() != null) {
                    new DatasetWriter().write(test.editedData(), test.dataFile());
                }
                writing = target;
                FlowFiles.writeAtomically(target, test.text());
            } catch (IOException e) {
                dialogs.error(studio.stage(), texts.get("dialog.cannotSave", writing.getFileName()),
                        texts.get("dialog.ioError", writing, String.valueOf(e.getMessage())));
                written.completeExceptionally(e);
                return;
            }
            studio.status(savedStatus(test, target));
            tests.refresh();
            written.complete(target);
        }));
        return written;
    }

    /** What the status bar says after a save: where edited data went, and whether later edits are left out. */
    private String savedStatus(SimulatorSession.SavedTest test, Path target) {
        if (test.dataFile() != null) {
            return texts.get(test.editedSinceStart() ? "sim.save.savedWithDataEditedSince" : "sim.save.savedWithData",
                    target.getFileName(), test.dataFile().getFileName());
        }
        return test.editedSinceStart() ? texts.get("sim.save.savedEdited", target.getFileName())
                : texts.get("sim.save.saved", target.getFileName());
    }

    private String suggestedCaseName() {
        SimTurn last = model.last();
        String who = customerLabel();
        String where = last == null || last.currentBlock() == null
                ? (last == null || last.path().isEmpty() ? "" : last.path().get(last.path().size() - 1))
                : last.currentBlock();
        return ConversationTests.suggestCaseName(who + " " + where);
    }

    private String customerLabel() {
        SimTurn last = model.last();
        String name = last == null || last.state() == null ? null : last.state().property("contact.name");
        if (name != null && !name.isBlank()) {
            return name.split("\\s+")[0];
        }
        String spec = model.setup().customer();
        return spec.contains("@") ? spec.substring(0, spec.indexOf('@')) : spec;
    }

    /** Shows the Tests view and runs every test of the open flow. */
    public void runTests() {
        if (studio.activeSession() == null) {
            return;
        }
        show();
        panel.lowerTabs().getSelectionModel().select(3);
        tests.runAll();
    }

    private void showTestReport(ConversationTests.Outcome outcome) {
        Alert report = new Alert(outcome.passed() ? Alert.AlertType.INFORMATION : Alert.AlertType.WARNING, "", dialogs.ok());
        report.initOwner(studio.stage());
        report.setTitle(outcome.test().file().getFileName().toString());
        report.setHeaderText(outcome.passed() ? texts.get("sim.tests.reportPassed", outcome.test().caseName())
                : outcome.difference(texts.locale()));
        String shown = outcome.report(texts.locale());
        TextArea text = new TextArea(shown);
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(18);
        text.setId("sim-test-report");
        report.getDialogPane().setContent(text);
        dialogs.style(report);
        report.show();
        if (!outcome.passed() && outcome.line() > 0) {
            // Put the caret on the failing step: the report's line that quotes it.
            String needle = ":" + outcome.line() + ":";
            int at = shown.indexOf(needle);
            if (at >= 0) {
                text.positionCaret(at);
            }
        }
    }

    // ---- data view ----------------------------------------------------------------------------------------------

    /** Opens the mock data window (members, orders, packages, carrier events). */
    public void openDataView() {
        if (dataWindow == null) {
            dataWindow = new DataWindow(model, texts, dialogs, studio.stage(), studio::isDarkTheme);
        }
        dataWindow.show();
    }

    // ---- access for the studio and tests ---------------------------------------------------------------------

    public SimulatorViewModel model() {
        return model;
    }

    public SimulatorPanel panel() {
        return panel;
    }

    public TestsView tests() {
        return tests;
    }

    /** The mock data window once opened, else null. */
    public DataWindow dataWindow() {
        return dataWindow;
    }

    public Tab tab() {
        return tab;
    }

    public EditorSession simulatedSession() {
        return simulated;
    }

    /** Ends conversations and closes the mock servers (the studio is closing). */
    public void close() {
        tests.close();
        if (dataWindow != null) {
            dataWindow.close();
        }
        model.close();
    }
}
