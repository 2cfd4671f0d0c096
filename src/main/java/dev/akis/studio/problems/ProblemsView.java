package dev.akis.studio.problems;

import dev.akis.flow.FlowDocument;
import dev.akis.flow.validate.Problem;
import dev.akis.flow.validate.Severity;
import dev.akis.studio.document.EditorDocument;
import dev.akis.studio.document.ProblemsModel;
import dev.akis.studio.ui.Texts;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The linter's findings for the active flow, updated as the user edits. Clicking a finding (or Enter) selects the
 * element it concerns and centres it on the canvas.
 */
public final class ProblemsView extends VBox {

    private final Texts texts;
    private final Consumer<Problem> onOpen;
    private final TableView<Problem> table = new TableView<>();
    private final ObservableList<Problem> rows = FXCollections.observableArrayList();
    private final Label summary = new Label();
    /** Shown when the open flow has no problems. */
    private final Label noProblems = new Label();
    /** Shown when no flow is open: nothing to check, so nothing is "ready to export" either. */
    private final Label noFlow = new Label();
    private EditorDocument editor;
    private ProblemsModel problems;
    private final ChangeListener<Number> listener = (obs, old, now) -> reload();

    public ProblemsView(Texts texts, Consumer<Problem> onOpen) {
        this.texts = texts;
        this.onOpen = onOpen;
        getStyleClass().add("problems");
        setId("problems");
        Label heading = new Label();
        heading.getStyleClass().add("panel-title");
        texts.bind(heading, "problems.title");
        summary.getStyleClass().add("problems-summary");
        summary.setId("problems-summary");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(10, heading, summary, spacer);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("problems-header");

        TableColumn<Problem, Problem> severity = new TableColumn<>();
        severity.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        severity.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(Problem item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                    setAccessibleText(null);
                } else {
                    boolean error = item.severity() == Severity.ERROR;
                    FontIcon icon = new FontIcon(error ? "mdi2a-alert-circle" : "mdi2a-alert");
                    icon.getStyleClass().add(error ? "severity-error" : "severity-warning");
                    setGraphic(icon);
                    setAccessibleText(texts.get(error ? "problems.error" : "problems.warning"));
                }
            }
        });
        severity.setPrefWidth(34);
        severity.setMaxWidth(34);
        severity.setMinWidth(34);
        severity.setResizable(false);
        severity.setSortable(false);
        TableColumn<Problem, String> where = new TableColumn<>();
        where.textProperty().bind(texts.text("problems.where"));
        where.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(describeElement(cell.getValue())));
        where.setPrefWidth(220);
        where.setMinWidth(110);
        TableColumn<Problem, String> message = new TableColumn<>();
        message.textProperty().bind(texts.text("problems.message"));
        message.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(ProblemText.message(cell.getValue(), texts.locale())));
        message.setPrefWidth(640);
        message.setMinWidth(200);
        TableColumn<Problem, String> code = new TableColumn<>();
        code.textProperty().bind(texts.text("problems.code"));
        code.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().code().id()));
        code.setPrefWidth(200);
        code.setMinWidth(110);
        table.getColumns().add(severity);
        table.getColumns().add(where);
        table.getColumns().add(message);
        table.getColumns().add(code);
        table.setItems(rows);
        // The columns share the panel's width (in proportion to their preferred widths), so nothing is cut off
        // behind a horizontal scroll bar.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setId("problems-table");
        table.getStyleClass().addAll("problems-table", "dense");
        noProblems.setId("problems-none");
        texts.bind(noProblems, "problems.none");
        noProblems.getStyleClass().add("field-help");
        noFlow.setId("problems-no-flow");
        texts.bind(noFlow, "problems.noFlow");
        noFlow.getStyleClass().add("field-help");
        table.setPlaceholder(noFlow);
        table.accessibleTextProperty().bind(texts.text("problems.title"));
        table.setRowFactory(view -> {
            TableRow<Problem> row = new TableRow<>();
            row.addEventHandler(MouseEvent.MOUSE_CLICKED, event -> {
                if (!row.isEmpty() && event.getButton() == MouseButton.PRIMARY) {
                    onOpen.accept(row.getItem());
                }
            });
            return row;
        });
        table.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            Problem selected = table.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && selected != null) {
                onOpen.accept(selected);
                event.consume();
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(header, table);
        texts.localeProperty().addListener((obs, old, now) -> reload());
    }

    public void setEditor(EditorDocument newEditor, ProblemsModel newProblems) {
        if (problems != null) {
            problems.versionProperty().removeListener(listener);
        }
        editor = newEditor;
        problems = newProblems;
        if (problems != null) {
            problems.versionProperty().addListener(listener);
        }
        reload();
    }

    public TableView<Problem> table() {
        return table;
    }

    private void reload() {
        if (problems == null) {
            rows.clear();
            summary.setText("");
            table.setPlaceholder(noFlow);
            return;
        }
        table.setPlaceholder(noProblems);
        rows.setAll(problems.problems());
        table.refresh();
        summary.setText(texts.get("problems.summary", problems.errorCount(), problems.warningCount()));
    }

    private String describeElement(Problem problem) {
        if (problem.elementId() == null || editor == null) {
            return texts.get("problems.flow");
        }
        FlowDocument document = editor.document();
        String id = problem.elementId();
        return document.block(id)
                .map(block -> {
                    String title = block.title().resolve(texts.language(), document.defaultLanguage());
                    return title.isBlank() ? id : title + " (" + id + ")";
                })
                .orElseGet(() -> document.entryPoint(id).map(entry -> texts.get("problems.entry", id)).orElse(id));
    }
}
