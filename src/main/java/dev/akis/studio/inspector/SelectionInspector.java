package dev.akis.studio.inspector;

import dev.akis.blocks.BlockCatalog;
import dev.akis.flow.Block;
import dev.akis.flow.Connection;
import dev.akis.flow.FlowDocument;
import dev.akis.studio.command.Commands;
import dev.akis.studio.document.EditorDocument;
import dev.akis.studio.geometry.Alignment;
import dev.akis.studio.ui.Texts;
import java.text.Collator;
import java.util.Comparator;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * What the inspector shows for several selected elements (align, tidy, delete) or for one connection (where it
 * leads, with a picker to lead it elsewhere, and remove).
 */
final class SelectionInspector extends VBox {

    static SelectionInspector forElements(Texts texts, int count, InspectorActions actions) {
        SelectionInspector view = new SelectionInspector();
        Label heading = new Label(texts.get("inspector.manySelected", count));
        heading.getStyleClass().add("inspector-type");
        FlowPane align = new FlowPane(6, 6);
        align.getStyleClass().add("align-buttons");
        String[] icons = {"mdi2a-align-horizontal-left", "mdi2a-align-horizontal-center", "mdi2a-align-horizontal-right",
            "mdi2a-align-vertical-top", "mdi2a-align-vertical-center", "mdi2a-align-vertical-bottom",
            "mdi2d-distribute-horizontal-center", "mdi2d-distribute-vertical-center"};
        Alignment[] modes = Alignment.values();
        for (int i = 0; i < modes.length; i++) {
            Alignment mode = modes[i];
            Button button = new Button();
            button.setGraphic(new FontIcon(icons[i]));
            button.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            button.getStyleClass().add("button-icon");
            button.setTooltip(texts.tooltip(mode.key()));
            button.setAccessibleText(texts.get(mode.key()));
            button.setOnAction(e -> actions.align(mode));
            align.getChildren().add(button);
        }
        Button tidy = new Button(texts.get("action.tidySelection"));
        tidy.setGraphic(new FontIcon("mdi2a-auto-fix"));
        tidy.setOnAction(e -> actions.tidySelection());
        Button delete = new Button(texts.get("action.delete"));
        delete.setGraphic(new FontIcon("mdi2d-delete-outline"));
        delete.getStyleClass().add("danger");
        delete.setOnAction(e -> actions.deleteSelection());
        view.getChildren().addAll(heading, Sections.title(texts.get("inspector.align")), align,
                Sections.title(texts.get("inspector.arrange")), tidy, delete);
        return view;
    }

    static SelectionInspector forConnection(Texts texts, EditorDocument editor, BlockCatalog catalog,
                                            Connection connection, String portLabel) {
        SelectionInspector view = new SelectionInspector();
        FlowDocument document = editor.document();
        String from = titleOf(document, connection.from(), texts);
        String to = titleOf(document, connection.to(), texts);
        Label heading = new Label(texts.get("inspector.connection"));
        heading.getStyleClass().add("inspector-type");
        Label route = new Label(texts.get("inspector.connectionRoute", from, portLabel, to));
        route.setWrapText(true);

        // Where the connection leads: every other block, by title, so it can be reconnected without the mouse.
        ComboBox<String> target = new ComboBox<>();
        target.setId("connection-target");
        dev.akis.studio.ui.BlockChoices.measureFirstRowsOnly(target);
        target.setMaxWidth(Double.MAX_VALUE);
        target.setAccessibleText(texts.get("inspector.connectionTarget"));
        Collator collator = Collator.getInstance(texts.locale());
        target.getItems().setAll(document.blocks().stream().map(Block::id)
                .filter(id -> !id.equals(connection.from())).distinct()
                .sorted(Comparator.comparing((String id) -> describe(document, id, texts), collator))
                .toList());
        target.setConverter(SimpleEditors.converter(id -> describe(document, id, texts)));
        target.setValue(connection.to());
        target.valueProperty().addListener((obs, old, now) -> {
            if (now != null && !now.equals(connection.to())
                    && editor.execute(Commands.reconnect(connection, now, locale -> portLabel))) {
                editor.selection().selectConnection(connection.withTo(now));
            }
        });
        VBox targetRow = new VBox(6, Sections.fieldLabel(texts.get("inspector.connectionTarget"), false), target);

        Button remove = new Button(texts.get("action.deleteConnection"));
        remove.setGraphic(new FontIcon("mdi2l-link-variant-off"));
        remove.getStyleClass().add("danger");
        remove.setOnAction(e -> editor.execute(Commands.disconnect(connection)));
        view.getChildren().addAll(heading, route, targetRow, Sections.help(texts.get("inspector.connectionHelp")), remove);
        return view;
    }

    /** Puts the keyboard on the first thing to change: where a connection leads, or the align buttons. */
    void focusFirstControl() {
        Node first = lookup("#connection-target");
        if (first == null) {
            first = lookup(".button");
        }
        if (first != null) {
            first.requestFocus();
        }
    }

    private static String titleOf(FlowDocument document, String id, Texts texts) {
        return document.block(id).map(b -> b.title().resolve(texts.language(), document.defaultLanguage()))
                .filter(t -> !t.isBlank()).orElse(id);
    }

    /** "Title  (id)", or the id alone for a block without a title. */
    private static String describe(FlowDocument document, String id, Texts texts) {
        if (id == null) {
            return "";
        }
        String title = titleOf(document, id, texts);
        return title.equals(id) ? id : title + "  (" + id + ")";
    }

    private SelectionInspector() {
        setSpacing(12);
        getStyleClass().add("selection-inspector");
    }
}
