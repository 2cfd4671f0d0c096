package dev.akis.studio.app;

import dev.akis.studio.ui.Texts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.javafx.FontIcon;

/** Every action of the studio, in menu order; makes the menu items and toolbar buttons that run them. */
public final class ActionRegistry {

    private final Map<String, StudioAction> actions = new LinkedHashMap<>();
    private final Texts texts;

    public ActionRegistry(Texts texts) {
        this.texts = texts;
    }

    public StudioAction add(String id, String menu, KeyCombination accelerator, String icon, Runnable handler) {
        StudioAction action = new StudioAction(id, menu, accelerator, icon, handler);
        if (actions.putIfAbsent(id, action) != null) {
            throw new IllegalArgumentException("Two actions named " + id);
        }
        return action;
    }

    public StudioAction get(String id) {
        StudioAction action = actions.get(id);
        if (action == null) {
            throw new IllegalArgumentException("No action " + id);
        }
        return action;
    }

    public List<StudioAction> all() {
        return new ArrayList<>(actions.values());
    }

    public List<StudioAction> inMenu(String menu) {
        return actions.values().stream().filter(a -> a.menu().equals(menu)).toList();
    }

    public MenuItem menuItem(String id) {
        StudioAction action = get(id);
        MenuItem item = new MenuItem();
        item.setId("menu-" + id);
        texts.bind(item, action.textKey());
        item.setMnemonicParsing(false);
        if (action.accelerator() != null) {
            item.setAccelerator(action.accelerator());
        }
        if (action.icon() != null) {
            item.setGraphic(new FontIcon(action.icon()));
        }
        item.disableProperty().bind(action.disabledProperty());
        item.setOnAction(e -> action.run());
        return item;
    }

    public Button toolbarButton(String id) {
        StudioAction action = get(id);
        Button button = new Button();
        button.setId("tool-" + id);
        button.setGraphic(new FontIcon(action.icon()));
        button.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        button.getStyleClass().addAll("button-icon", "flat", "toolbar-button");
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            String name = texts.get(action.textKey());
            return action.accelerator() == null ? name : name + "  (" + action.accelerator().getDisplayText() + ")";
        }, texts.localeProperty()));
        button.setTooltip(tooltip);
        button.accessibleTextProperty().bind(texts.text(action.textKey()));
        button.disableProperty().bind(action.disabledProperty());
        button.setFocusTraversable(false);
        button.setOnAction(e -> action.run());
        return button;
    }
}
