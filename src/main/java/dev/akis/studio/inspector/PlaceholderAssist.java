package dev.akis.studio.inspector;

import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Bounds;
import javafx.geometry.Side;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;

/**
 * Offers property names when the user types an opening brace in a text that may hold placeholders; picking one
 * completes "{member.firstName}".
 */
final class PlaceholderAssist {

    private static final int MOST_SHOWN = 30;

    private PlaceholderAssist() {
    }

    static void attach(TextInputControl control, Supplier<List<String>> names) {
        ContextMenu menu = new ContextMenu();
        menu.getStyleClass().add("placeholder-menu");
        control.addEventHandler(KeyEvent.KEY_TYPED, event -> {
            if ("{".equals(event.getCharacter())) {
                menu.getItems().clear();
                for (String name : names.get().stream().limit(MOST_SHOWN).toList()) {
                    MenuItem item = new MenuItem(name);
                    item.setMnemonicParsing(false);
                    item.setOnAction(e -> {
                        int caret = control.getCaretPosition();
                        control.insertText(caret, name + "}");
                    });
                    menu.getItems().add(item);
                }
                if (!menu.getItems().isEmpty()) {
                    Bounds bounds = control.getBoundsInLocal();
                    menu.show(control, Side.BOTTOM, Math.min(bounds.getWidth() - 40, 16), 0);
                }
            } else if (menu.isShowing() && !Character.isLetterOrDigit(event.getCharacter().isEmpty()
                    ? ' ' : event.getCharacter().charAt(0))) {
                menu.hide();
            }
        });
    }
}
