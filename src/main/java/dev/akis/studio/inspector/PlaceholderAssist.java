package dev.akis.studio.inspector;

import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Side;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Ctrl+Space in a text that may hold placeholders lists the properties the flow knows; picking one inserts
 * "{member.firstName}" at the caret (or completes it after a typed "{"). It never opens by itself, so typing a
 * brace is never interrupted.
 */
final class PlaceholderAssist {

    private static final KeyCombination TRIGGER = new KeyCodeCombination(KeyCode.SPACE, KeyCombination.SHORTCUT_DOWN);

    private PlaceholderAssist() {
    }

    static void attach(TextInputControl control, Supplier<List<String>> names, String hint) {
        ContextMenu menu = new ContextMenu();
        menu.getStyleClass().add("placeholder-menu");
        if (control.getTooltip() == null) {
            control.setTooltip(new Tooltip(hint));
        }
        control.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (!TRIGGER.match(event)) {
                return;
            }
            event.consume();
            menu.getItems().clear();
            for (String name : names.get()) {
                MenuItem item = new MenuItem("{" + name + "}");
                item.setMnemonicParsing(false);
                item.setOnAction(e -> insert(control, name));
                menu.getItems().add(item);
            }
            if (!menu.getItems().isEmpty()) {
                menu.show(control, Side.BOTTOM, 16, 0);
            }
        });
    }

    private static void insert(TextInputControl control, String name) {
        int caret = control.getCaretPosition();
        String text = control.getText() == null ? "" : control.getText();
        boolean afterBrace = caret > 0 && text.charAt(caret - 1) == '{';
        control.insertText(caret, afterBrace ? name + "}" : "{" + name + "}");
        control.requestFocus();
    }
}
