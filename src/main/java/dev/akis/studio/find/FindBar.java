package dev.akis.studio.find;

import dev.akis.blocks.BlockCatalog;
import dev.akis.studio.canvas.FlowCanvas;
import dev.akis.studio.document.EditorDocument;
import dev.akis.studio.document.ProblemsModel;
import dev.akis.studio.ui.Texts;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Find (Ctrl+F) over one flow: the query is typed, results are marked on the canvas, and Enter / Shift+Enter
 * (or the arrows) step through them, selecting and centring each block.
 */
public final class FindBar extends HBox {

    private final EditorDocument editor;
    private final ProblemsModel problems;
    private final BlockCatalog catalog;
    private final FlowCanvas canvas;
    private final Texts texts;
    private final TextField query = new TextField();
    private final Label count = new Label();
    private List<String> results = List.of();
    private int position = -1;

    public FindBar(EditorDocument editor, ProblemsModel problems, BlockCatalog catalog, FlowCanvas canvas, Texts texts) {
        this.editor = editor;
        this.problems = problems;
        this.catalog = catalog;
        this.canvas = canvas;
        this.texts = texts;
        getStyleClass().add("find-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(6);
        query.setId("find-query");
        query.promptTextProperty().bind(texts.text("find.prompt"));
        query.accessibleTextProperty().bind(texts.text("find.accessible"));
        query.setPrefColumnCount(28);
        HBox.setHgrow(query, Priority.ALWAYS);
        count.setId("find-count");
        count.getStyleClass().add("find-count");
        count.setMinWidth(70);
        Button previous = icon("mdi2c-chevron-up", "find.previous");
        previous.setOnAction(e -> step(-1));
        Button next = icon("mdi2c-chevron-down", "find.next");
        next.setOnAction(e -> step(1));
        Button close = icon("mdi2c-close", "find.close");
        close.setOnAction(e -> hide());
        FontIcon glass = new FontIcon("mdi2m-magnify");
        glass.getStyleClass().add("find-icon");
        getChildren().addAll(glass, query, count, previous, next, close);
        query.textProperty().addListener((obs, old, now) -> search());
        query.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER) {
                step(event.isShiftDown() ? -1 : 1);
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                hide();
                event.consume();
            }
        });
        // "3 of 7" / "7 içinden 3": the count follows a change of interface language at once.
        texts.localeProperty().addListener((obs, old, now) -> showCount());
        problems.versionProperty().addListener((obs, old, now) -> {
            if (isVisible()) {
                search();
            }
        });
        setVisible(false);
        setManaged(false);
    }

    public void show() {
        setVisible(true);
        setManaged(true);
        query.requestFocus();
        query.selectAll();
        search();
    }

    public void hide() {
        setVisible(false);
        setManaged(false);
        canvas.markFound(List.of());
        canvas.requestFocus();
    }

    public TextField queryField() {
        return query;
    }

    public List<String> results() {
        return results;
    }

    private void search() {
        FindQuery parsed = FindQuery.parse(query.getText());
        results = parsed.search(editor.document(), catalog, problems::problemsOf, texts.locale());
        position = -1;
        canvas.markFound(results);
        showCount();
    }

    /** Selects the next (or previous) result and brings it into view. */
    public void step(int direction) {
        if (results.isEmpty()) {
            return;
        }
        position = Math.floorMod(position + direction, results.size());
        String id = results.get(position);
        editor.selection().select(id);
        canvas.centreOn(id);
        showCount();
    }

    private void showCount() {
        if (query.getText() == null || query.getText().isBlank()) {
            count.setText("");
        } else if (results.isEmpty()) {
            count.setText(texts.get("find.none"));
        } else {
            count.setText(texts.get("find.count", position < 0 ? "–" : String.valueOf(position + 1), results.size()));
        }
    }

    private Button icon(String literal, String key) {
        Button button = new Button();
        button.setGraphic(new FontIcon(literal));
        button.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        button.getStyleClass().addAll("button-icon", "flat");
        button.setTooltip(texts.tooltip(key));
        button.accessibleTextProperty().bind(texts.text(key));
        return button;
    }
}
