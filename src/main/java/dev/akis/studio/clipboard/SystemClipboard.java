package dev.akis.studio.clipboard;

import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/** Puts flow fragments on the system clipboard as plain text, so they paste into another flow or window too. */
public final class SystemClipboard {

    private SystemClipboard() {
    }

    public static void put(FlowFragment fragment) {
        ClipboardContent content = new ClipboardContent();
        content.putString(fragment.toJson());
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** The clipboard's text, or null when it holds none. */
    public static String text() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        return clipboard.hasString() ? clipboard.getString() : null;
    }
}
