package dev.akis.studio.app;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.input.KeyCombination;

/**
 * One thing the user can do: its id, the bundle key of its name, its menu, its shortcut and icon, and what it
 * does. Menus, the toolbar and the Help window's shortcut list are all made from these, so they cannot disagree.
 */
public final class StudioAction {

    private final String id;
    private final String menu;
    private final KeyCombination accelerator;
    private final String icon;
    private final Runnable handler;
    private final BooleanProperty disabled = new SimpleBooleanProperty(false);

    public StudioAction(String id, String menu, KeyCombination accelerator, String icon, Runnable handler) {
        this.id = id;
        this.menu = menu;
        this.accelerator = accelerator;
        this.icon = icon;
        this.handler = handler;
    }

    public String id() {
        return id;
    }

    /** Bundle key of the name: {@code action.<id>}. */
    public String textKey() {
        return "action." + id;
    }

    /** The menu it appears in ("file", "edit", ...). */
    public String menu() {
        return menu;
    }

    public KeyCombination accelerator() {
        return accelerator;
    }

    public String icon() {
        return icon;
    }

    public BooleanProperty disabledProperty() {
        return disabled;
    }

    public void run() {
        if (!disabled.get()) {
            handler.run();
        }
    }
}
