package dev.akis.studio.simulator;

import dev.akis.flow.FlowDocument;
import dev.akis.sim.script.ScriptRunner;
import dev.akis.studio.ui.Texts;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Tests view: the open flow's conversation tests ({@code <flow-name>.*.convtest} beside its file), run all
 * at once with the command line's runner on a background thread, each shown as passed or failed with the first
 * difference. Double-click (or Enter) on a test opens its report at the failing step.
 */
public final class TestsView extends VBox {

    /** A test in the list: not run yet (outcome null), running, or with its outcome. */
    public record Row(ConversationTests.TestFile test, ConversationTests.Outcome outcome, boolean running) {
    }

    private final Texts texts;
    private final Supplier<Path> flowFile;
    private final Supplier<FlowDocument> flow;
    private final Consumer<ConversationTests.Outcome> open;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ListView<Row> list = new ListView<>(rows);
    private final Label summary = new Label();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "akis-conversation-tests");
        thread.setDaemon(true);
        return thread;
    });
    private CompletableFuture<List<ConversationTests.Outcome>> lastRun = CompletableFuture.completedFuture(List.of());
    private Supplier<String> summaryText = () -> "";

    public TestsView(Texts texts, Supplier<Path> flowFile, Supplier<FlowDocument> flow,
                     Consumer<ConversationTests.Outcome> open) {
        this.texts = texts;
        this.flowFile = flowFile;
        this.flow = flow;
        this.open = open;
        setId("sim-tests");
        getStyleClass().add("sim-tests");
        setSpacing(6);
        Button runAll = new Button();
        runAll.setId("sim-run-tests");
        runAll.textProperty().bind(texts.text("sim.tests.run"));
        runAll.setGraphic(new FontIcon("mdi2p-play-circle-outline"));
        runAll.getStyleClass().add("accent");
        runAll.disableProperty().bind(running);
        runAll.setOnAction(e -> runAll());
        Button refresh = new Button();
        refresh.setGraphic(new FontIcon("mdi2r-refresh"));
        refresh.getStyleClass().addAll("button-icon", "flat");
        refresh.setTooltip(texts.tooltip("sim.tests.refresh"));
        refresh.accessibleTextProperty().bind(texts.text("sim.tests.refresh"));
        refresh.setOnAction(e -> refresh());
        summary.setId("sim-tests-summary");
        summary.getStyleClass().add("sim-tests-summary");
        summary.setWrapText(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(6, runAll, refresh, spacer);
        bar.setAlignment(Pos.CENTER_LEFT);
        list.setId("sim-tests-list");
        list.accessibleTextProperty().bind(texts.text("sim.tab.tests"));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Row row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll("sim-test-passed", "sim-test-failed");
                if (empty || row == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                setWrapText(true);
                setPrefWidth(0);
                if (row.running()) {
                    setGraphic(new FontIcon("mdi2d-dots-horizontal"));
                    setText(texts.get("sim.tests.running", row.test().caseName()));
                } else if (row.outcome() == null) {
                    setGraphic(new FontIcon("mdi2f-flask-outline"));
                    setText(row.test().caseName());
                } else if (row.outcome().passed()) {
                    setGraphic(new FontIcon("mdi2c-check-circle-outline"));
                    setText(texts.get("sim.tests.passed", row.test().caseName()));
                    getStyleClass().add("sim-test-passed");
                } else {
                    setGraphic(new FontIcon("mdi2c-close-circle-outline"));
                    setText(texts.get("sim.tests.failed", row.test().caseName(),
                            row.outcome().difference(texts.locale())));
                    getStyleClass().add("sim-test-failed");
                }
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                openSelected();
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(bar, summary, list);
        texts.localeProperty().addListener((obs, old, now) -> {
            list.refresh();
            summary.setText(summaryText.get());
        });
    }

    /** Shows the line above the list, written again if the interface language changes. */
    private void showSummary(Supplier<String> text) {
        summaryText = text;
        summary.setText(text.get());
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public Label summary() {
        return summary;
    }

    /** Completes with the outcomes of the latest run, once they are shown. */
    public CompletableFuture<List<ConversationTests.Outcome>> lastRun() {
        return lastRun;
    }

    private void openSelected() {
        Row row = list.getSelectionModel().getSelectedItem();
        if (row != null && row.outcome() != null) {
            open.accept(row.outcome());
        }
    }

    /** Lists the tests beside the flow's file again. */
    public void refresh() {
        Path file = flowFile.get();
        if (file == null) {
            rows.clear();
            showSummary(() -> texts.get("sim.tests.unsaved"));
            return;
        }
        try {
            List<Row> found = new ArrayList<>();
            for (ConversationTests.TestFile test : ConversationTests.discover(file)) {
                found.add(new Row(test, null, false));
            }
            rows.setAll(found);
            showSummary(() -> found.isEmpty() ? texts.get("sim.tests.none", ConversationTests.flowName(file))
                    : texts.count("sim.tests.found", found.size()));
        } catch (IOException e) {
            rows.clear();
            showSummary(() -> texts.get("sim.tests.unreadable", String.valueOf(e.getMessage())));
        }
    }

    /** Runs every test of the open flow, one after another, off the interface thread. */
    public CompletableFuture<List<ConversationTests.Outcome>> runAll() {
        refresh();
        FlowDocument document = flow.get();
        List<ConversationTests.TestFile> tests = rows.stream().map(Row::test).toList();
        if (tests.isEmpty() || document == null) {
            lastRun = CompletableFuture.completedFuture(List.of());
            return lastRun;
        }
        running.set(true);
        rows.setAll(tests.stream().map(t -> new Row(t, null, true)).toList());
        showSummary(() -> texts.count("sim.tests.runningAll", tests.size()));
        java.util.Locale locale = texts.locale();
        CompletableFuture<List<ConversationTests.Outcome>> run = new CompletableFuture<>();
        runner.execute(() -> {
            List<ConversationTests.Outcome> outcomes = new ArrayList<>();
            ScriptRunner scripts = new ScriptRunner();
            for (int i = 0; i < tests.size(); i++) {
                ConversationTests.Outcome outcome = ConversationTests.run(tests.get(i), document, scripts, locale);
                outcomes.add(outcome);
                int index = i;
                Platform.runLater(() -> {
                    if (index < rows.size()) {
                        rows.set(index, new Row(outcome.test(), outcome, false));
                    }
                });
            }
            Platform.runLater(() -> {
                running.set(false);
                long passed = outcomes.stream().filter(ConversationTests.Outcome::passed).count();
                showSummary(() -> texts.get("sim.tests.summary", passed, outcomes.size() - passed));
                run.complete(outcomes);
            });
        });
        lastRun = run;
        return run;
    }

    public void close() {
        runner.shutdownNow();
    }
}
