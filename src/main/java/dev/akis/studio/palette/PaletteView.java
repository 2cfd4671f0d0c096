package dev.akis.studio.palette;

import dev.akis.blocks.BlockCatalog;
import dev.akis.blocks.BlockCategory;
import dev.akis.blocks.BlockType;
import dev.akis.i18n.Languages;
import dev.akis.studio.canvas.FlowCanvas;
import dev.akis.studio.ui.SearchText;
import dev.akis.studio.ui.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The block palette: the catalog by category, each block with its icon, name and a tooltip saying what it does,
 * and a search box. A block is added by dragging it onto the canvas, by double-click, or with Enter (at the
 * centre of the view).
 */
public final class PaletteView extends VBox {

    /** A row of the list: a category heading or a block type. */
    public record Entry(BlockCategory category, BlockType type) {
        boolean isHeading() {
            return type == null;
        }
    }

    private final BlockCatalog catalog;
    private final Texts texts;
    private final Consumer<BlockType> onAdd;
    private final Pane dragLayer;
    private final TextField search = new TextField();
    private final ListView<Entry> list = new ListView<>();
    private final ObservableList<Entry> entries = FXCollections.observableArrayList();
    private final Label ghost = new Label();
    private final Label empty = new Label();

    public PaletteView(BlockCatalog catalog, Texts texts, Consumer<BlockType> onAdd, Pane dragLayer) {
        this.catalog = catalog;
        this.texts = texts;
        this.onAdd = onAdd;
        this.dragLayer = dragLayer;
        getStyleClass().add("palette");
        setId("palette");
        Label heading = new Label();
        heading.getStyleClass().add("panel-title");
        texts.bind(heading, "palette.title");

        search.setId("palette-search");
        search.getStyleClass().add("palette-search");
        search.promptTextProperty().bind(texts.text("palette.search"));
        search.accessibleTextProperty().bind(texts.text("palette.search"));
        search.textProperty().addListener((obs, old, now) -> rebuild());
        search.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.DOWN) {
                list.requestFocus();
                selectFirstBlock();
                event.consume();
            } else if (event.getCode() == KeyCode.ENTER) {
                firstBlock().ifPresent(onAdd);
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE && !search.getText().isEmpty()) {
                search.clear();
                event.consume();
            }
        });

        list.setId("palette-list");
        list.getStyleClass().add("palette-list");
        list.setItems(entries);
        list.accessibleTextProperty().bind(texts.text("palette.accessible"));
        list.setCellFactory(view -> new EntryCell());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && now.isHeading()) {
                int index = list.getSelectionModel().getSelectedIndex();
                int step = old != null && entries.indexOf(old) > index ? -1 : 1;
                int next = index + step;
                if (next >= 0 && next < entries.size()) {
                    list.getSelectionModel().select(next);
                } else {
                    list.getSelectionModel().clearSelection();
                }
            }
        });
        list.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER) {
                Entry selected = list.getSelectionModel().getSelectedItem();
                if (selected != null && !selected.isHeading()) {
                    onAdd.accept(selected.type());
                }
                event.consume();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        empty.getStyleClass().add("palette-empty");
        empty.setManaged(false);
        empty.setVisible(false);
        texts.bind(empty, "palette.noMatch");

        ghost.getStyleClass().add("palette-ghost");
        ghost.setMouseTransparent(true);
        ghost.setManaged(false);
        ghost.setVisible(false);
        dragLayer.getChildren().add(ghost);

        StackPane listArea = new StackPane(list, empty);
        VBox.setVgrow(listArea, Priority.ALWAYS);
        VBox searchBox = new VBox(search);
        searchBox.getStyleClass().add("palette-search-box");
        getChildren().addAll(heading, searchBox, listArea);
        texts.localeProperty().addListener((obs, old, now) -> rebuild());
        rebuild();
    }

    public TextField searchField() {
        return search;
    }

    public ListView<Entry> list() {
        return list;
    }

    /** The block types currently listed (after the search filter), in order. */
    public List<BlockType> visibleTypes() {
        List<BlockType> types = new ArrayList<>();
        for (Entry entry : entries) {
            if (!entry.isHeading()) {
                types.add(entry.type());
            }
        }
        return types;
    }

    private java.util.Optional<BlockType> firstBlock() {
        return visibleTypes().stream().findFirst();
    }

    private void selectFirstBlock() {
        for (int i = 0; i < entries.size(); i++) {
            if (!entries.get(i).isHeading()) {
                list.getSelectionModel().select(i);
                list.scrollTo(Math.max(0, i - 1));
                return;
            }
        }
    }

    private void rebuild() {
        String query = search.getText() == null ? "" : search.getText();
        Locale locale = texts.locale();
        List<Entry> rows = new ArrayList<>();
        for (BlockCategory category : BlockCategory.values()) {
            List<Entry> matching = new ArrayList<>();
            for (BlockType type : catalog.inCategory(category)) {
                if (query.isBlank() || SearchText.matches(searchableText(type, category), query)) {
                    matching.add(new Entry(category, type));
                }
            }
            if (!matching.isEmpty()) {
                rows.add(new Entry(category, null));
                rows.addAll(matching);
            }
        }
        entries.setAll(rows);
        boolean none = rows.isEmpty();
        empty.setVisible(none);
        empty.setManaged(none);
    }

    /** Both languages are searched, so "kargo" and "cargo" both find the cargo blocks. */
    private static String searchableText(BlockType type, BlockCategory category) {
        StringBuilder text = new StringBuilder(type.id());
        for (String language : Languages.SUPPORTED) {
            Locale locale = Languages.locale(language);
            text.append(' ').append(type.name(locale)).append(' ').append(type.description(locale))
                    .append(' ').append(BlockCatalog.categoryName(category, locale));
        }
        return SearchText.fold(text.toString());
    }

    /** Draws a heading or a block, and starts the drag of a block towards the canvas. */
    private final class EntryCell extends ListCell<Entry> {
        private final FontIcon icon = new FontIcon();
        private final StackPane iconBox = new StackPane(icon);
        private final Label name = new Label();
        private final HBox blockRow = new HBox(10, iconBox, name);
        private final Label heading = new Label();
        private final Tooltip tooltip = new Tooltip();

        EntryCell() {
            iconBox.getStyleClass().add("palette-icon");
            name.getStyleClass().add("palette-name");
            name.setWrapText(true);
            name.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            blockRow.setAlignment(Pos.CENTER_LEFT);
            heading.getStyleClass().add("palette-category");
            tooltip.setShowDelay(Duration.millis(400));
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(320);
            // Cells take the list's width instead of asking for their own, so no sideways scroll bar appears.
            setPrefWidth(0);
            addEventHandler(MouseEvent.MOUSE_CLICKED, event -> {
                Entry item = getItem();
                if (item != null && !item.isHeading() && event.getButton() == MouseButton.PRIMARY
                        && event.getClickCount() == 2) {
                    onAdd.accept(item.type());
                }
            });
            addEventHandler(MouseEvent.DRAG_DETECTED, event -> {
                Entry item = getItem();
                if (item != null && !item.isHeading()) {
                    startFullDrag();
                    ghost.setText(item.type().name(texts.locale()));
                    ghost.setGraphic(new FontIcon(item.type().icon()));
                    ghost.setVisible(true);
                    moveGhost(event);
                }
            });
            addEventHandler(MouseEvent.MOUSE_DRAGGED, this::moveGhost);
            addEventHandler(MouseEvent.MOUSE_RELEASED, event -> ghost.setVisible(false));
        }

        private void moveGhost(MouseEvent event) {
            if (ghost.isVisible()) {
                var local = dragLayer.sceneToLocal(event.getSceneX(), event.getSceneY());
                ghost.autosize();
                ghost.relocate(local.getX() + 12, local.getY() + 8);
            }
        }

        @Override
        protected void updateItem(Entry item, boolean isEmpty) {
            super.updateItem(item, isEmpty);
            getStyleClass().removeAll("palette-heading-cell", "palette-block-cell");
            getProperties().remove(FlowCanvas.BLOCK_TYPE_PROPERTY);
            if (isEmpty || item == null) {
                setGraphic(null);
                setText(null);
                setTooltip(null);
                setAccessibleText(null);
                return;
            }
            Locale locale = texts.locale();
            if (item.isHeading()) {
                getStyleClass().add("palette-heading-cell");
                heading.setText(BlockCatalog.categoryName(item.category(), locale).toUpperCase(locale));
                heading.setGraphic(new FontIcon(item.category().icon()));
                setGraphic(heading);
                setTooltip(null);
                setAccessibleText(BlockCatalog.categoryName(item.category(), locale));
                setMouseTransparent(true);
                setFocusTraversable(false);
            } else {
                getStyleClass().add("palette-block-cell");
                BlockType type = item.type();
                icon.setIconLiteral(type.icon());
                iconBox.getStyleClass().removeIf(c -> c.startsWith("category-"));
                iconBox.getStyleClass().add("category-" + type.category().id());
                name.setText(type.name(locale));
                tooltip.setText(type.description(locale));
                setTooltip(tooltip);
                setGraphic(blockRow);
                setAccessibleText(type.name(locale) + ". " + type.description(locale));
                getProperties().put(FlowCanvas.BLOCK_TYPE_PROPERTY, type);
                setMouseTransparent(false);
            }
            setText(null);
        }
    }
}
