package dev.akis.studio.inspector;

import dev.akis.blocks.BlockCatalog;
import dev.akis.flow.Connection;
import dev.akis.flow.FlowDocument;
import dev.akis.studio.command.Commands;
import dev.akis.studio.document.EditorDocument;
import dev.akis.studio.geometry.Alignment;
import dev.akis.studio.ui.Texts;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** What the inspector shows for several selected elements (align, tidy, delete) or for one connection. */
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
        String language = texts.language();
        String from = document.block(connection.from()).map(b -> b.title().resolve(language, document.defaultLanguage()))
                .filter(t -> !t.isBlank()).orElse(connection.from());
        String to = document.block(connection.to()).map(b -> b.title().resolve(language, document.defaultLanguage()))
                .filter(t -> !t.isBlank()).orElse(connection.to());
        Label heading = new Label(texts.get("inspector.connection"));
        heading.getStyleClass().add("inspector-type");
        Label route = new Label(texts.get("inspector.connectionRoute", from, portLabel, to));
        route.setWrapText(true);
        Button remove = new Button(texts.get("action.deleteConnection"));
        remove.setGraphic(new FontIcon("mdi2l-link-variant-off"));
        remove.getStyleClass().add("danger");
        remove.setOnAction(e -> editor.execute(Commands.disconnect(connection)));
        view.getChildren().addAll(heading, route, Sections.help(texts.get("inspector.connectionHelp")), remove);
        return view;
    }

    private SelectionInspector() {
        setSpacing(12);
        getStyleClass().add("selection-inspector");
    }
}
