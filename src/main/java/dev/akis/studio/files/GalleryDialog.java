package dev.akis.studio.files;

import dev.akis.studio.ui.Dialogs;
import dev.akis.studio.ui.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

/** File → New: a blank flow or one of the sample flows to start from. */
public final class GalleryDialog {

    private GalleryDialog() {
    }

    /** The width a row gets: the list's inside less a vertical scroll bar (counted even before it shows). */
    private static double rowWidth(ListView<?> list) {
        double scrollBar = 0;
        for (javafx.scene.Node node : list.lookupAll(".scroll-bar")) {
            if (node instanceof ScrollBar bar && bar.getOrientation() == Orientation.VERTICAL) {
                scrollBar = Math.max(scrollBar, bar.prefWidth(-1));
            }
        }
        double width = list.getWidth() > 0 ? list.getWidth() : list.getPrefWidth();
        return Math.max(0, width - list.snappedLeftInset() - list.snappedRightInset() - scrollBar);
    }

    /**
     * Opens the gallery without blocking. {@code onChoice} receives an empty optional for a blank flow or the
     * chosen sample; nothing is called when the dialog is cancelled.
     */
    public static Dialog<ButtonType> show(Window owner, Texts texts, Dialogs dialogs, List<SampleGallery.Sample> samples,
                                          Consumer<Optional<SampleGallery.Sample>> onChoice) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(texts.get("gallery.title"));
        dialog.setHeaderText(texts.get("gallery.header"));
        List<Optional<SampleGallery.Sample>> items = new ArrayList<>();
        items.add(Optional.empty());
        samples.forEach(sample -> items.add(Optional.of(sample)));
        ListView<Optional<SampleGallery.Sample>> list = new ListView<>();
        list.setId("gallery-list");
        list.getItems().setAll(items);
        list.setPrefSize(560, 360);
        list.accessibleTextProperty().set(texts.get("gallery.title"));
        list.setCellFactory(view -> new ListCell<>() {
            {
                // A cell is as wide as the list (less its scroll bar), never wider, so long descriptions wrap
                // instead of pushing a horizontal scroll bar out. The row is only a picture (no text of its own),
                // so the whole width goes to it.
                setPrefWidth(0);
                setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            }

            /**
             * The list asks for a row's height at the width it has before its scroll bar shows, and places the rows
             * below by that height; a description wrapped for that width needs a line less than it gets later, so
             * its last line would spill under the next row's title. A row's height is therefore always taken at
             * the width rows really get (and at that width for its minimum too, which the list also reads).
             */
            @Override
            protected double computePrefHeight(double width) {
                return Math.max(super.computePrefHeight(width), heightAtRowWidth(width));
            }

            @Override
            protected double computeMinHeight(double width) {
                return Math.max(super.computeMinHeight(width), heightAtRowWidth(width));
            }

            private double heightAtRowWidth(double width) {
                javafx.scene.Node row = getGraphic();
                if (row == null) {
                    return 0;
                }
                double available = rowWidth(view);
                double inside = (width < 0 ? available : Math.min(width, available)) - snappedLeftInset() - snappedRightInset();
                return snappedTopInset() + row.prefHeight(Math.max(0, inside)) + snappedBottomInset();
            }

            @Override
            protected void updateItem(Optional<SampleGallery.Sample> item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                String title;
                String detail;
                String icon;
                if (item.isEmpty()) {
                    title = texts.get("gallery.blank");
                    detail = texts.get("gallery.blankDetail");
                    icon = "mdi2f-file-outline";
                } else {
                    var document = item.get().document();
                    title = document.name().resolve(texts.language(), document.defaultLanguage());
                    if (title.isBlank()) {
                        title = item.get().fileName();
                    }
                    String description = document.description().resolve(texts.language(), document.defaultLanguage());
                    detail = (description.isBlank() ? "" : description + " · ")
                            + texts.get("gallery.blocks", document.blocks().size());
                    icon = "mdi2s-sitemap-outline";
                }
                Label name = new Label(title);
                name.getStyleClass().add("gallery-name");
                Label about = new Label(detail);
                about.getStyleClass().add("field-help");
                about.setWrapText(true);
                about.setMinHeight(Region.USE_PREF_SIZE);
                StackPane badge = new StackPane(new FontIcon(icon));
                badge.getStyleClass().add("gallery-icon");
                badge.setMinWidth(Region.USE_PREF_SIZE);
                VBox words = new VBox(2, name, about);
                words.setMinWidth(0);
                HBox.setHgrow(words, Priority.ALWAYS);
                HBox row = new HBox(12, badge, words);
                row.setAlignment(Pos.CENTER_LEFT);
                row.setMinWidth(0);
                // A little air between rows, so one row's last line never touches the next row's title.
                row.setPadding(new javafx.geometry.Insets(5, 0, 5, 0));
                setGraphic(row);
                setText(null);
                setAccessibleText(title + ". " + detail);
            }
        });
        list.getSelectionModel().select(0);
        VBox content = new VBox(8, list);
        if (samples.isEmpty()) {
            Label none = new Label(texts.get("gallery.noSamples"));
            none.getStyleClass().add("field-help");
            none.setWrapText(true);
            content.getChildren().add(none);
        }
        dialog.getDialogPane().setContent(content);
        ButtonType create = new ButtonType(texts.get("gallery.create"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(create, dialogs.cancel());
        dialogs.style(dialog);
        list.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                dialog.setResult(create);
                dialog.close();
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                dialog.setResult(create);
                dialog.close();
            }
        });
        dialog.setOnHidden(e -> {
            if (dialog.getResult() == create && list.getSelectionModel().getSelectedItem() != null) {
                onChoice.accept(list.getSelectionModel().getSelectedItem());
            }
        });
        dialog.show();
        list.requestFocus();
        return dialog;
    }
}
