package dev.akis.studio.inspector;

import javafx.scene.Node;

/**
 * Gives each stretch of typing in one control its own merge key, so the edits made between gaining and losing
 * focus become one undo step ("Edit Message"), and the next visit to the field starts a new one.
 */
final class MergeKeys {

    private static final String KEY = "akis.mergeKey";

    private MergeKeys() {
    }

    static void track(Node control) {
        control.getProperties().put(KEY, new Object());
        control.focusedProperty().addListener((obs, old, focused) -> {
            if (focused) {
                control.getProperties().put(KEY, new Object());
            }
        });
    }

    static Object of(Node control) {
        Object key = control.getProperties().get(KEY);
        if (key == null) {
            track(control);
            key = control.getProperties().get(KEY);
        }
        return key;
    }
}
