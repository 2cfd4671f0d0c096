package dev.akis.studio.ui;

import java.net.URL;
import javafx.application.Application;
import javafx.scene.Scene;

/**
 * Light and dark looks: AtlantaFX's Primer style sheets for the standard controls, plus the studio's own style
 * sheet (canvas, cards, palette, inspector) which reads AtlantaFX's colour variables and so follows the theme.
 *
 * <p>AtlantaFX 2.1.0's classes are compiled for Java 21, so on Java 17 only its style sheets (plain resources in
 * the jar) are used, never its classes; see docs/decisions/0050. The build also copies the two style sheets into
 * its own output, because {@code mvn javafx:run} leaves the AtlantaFX jar out (decision 0131).
 */
public final class Themes {

    public static final String STUDIO_CSS = "/dev/akis/studio/studio.css";
    private static final String LIGHT = "/atlantafx/base/theme/primer-light.css";
    private static final String DARK = "/atlantafx/base/theme/primer-dark.css";

    private Themes() {
    }

    public static void apply(Scene scene, boolean dark) {
        URL theme = Themes.class.getResource(dark ? DARK : LIGHT);
        if (theme == null) {
            // Without AtlantaFX on the class path the standard controls keep JavaFX's own look.
            System.err.println("AtlantaFX style sheets not found; using the JavaFX default look");
            Application.setUserAgentStylesheet(Application.STYLESHEET_MODENA);
        } else {
            Application.setUserAgentStylesheet(theme.toExternalForm());
        }
        String css = resource(STUDIO_CSS);
        if (!scene.getStylesheets().contains(css)) {
            scene.getStylesheets().add(css);
        }
        mark(scene, dark, theme == null);
    }

    private static void mark(Scene scene, boolean dark, boolean withoutAtlantaFx) {
        if (scene.getRoot() != null) {
            scene.getRoot().getStyleClass().removeAll("theme-light", "theme-dark", "no-atlantafx");
            scene.getRoot().getStyleClass().add(dark ? "theme-dark" : "theme-light");
            if (withoutAtlantaFx) {
                scene.getRoot().getStyleClass().add("no-atlantafx");
            }
        }
    }

    /** Adds the studio's style sheet to a secondary window (dialogs, help) so it looks like the main one. */
    public static void style(Scene scene, boolean dark) {
        String css = resource(STUDIO_CSS);
        if (!scene.getStylesheets().contains(css)) {
            scene.getStylesheets().add(css);
        }
        mark(scene, dark, Themes.class.getResource(LIGHT) == null);
    }

    private static String resource(String path) {
        URL url = Themes.class.getResource(path);
        if (url == null) {
            throw new IllegalStateException("Missing style sheet " + path);
        }
        return url.toExternalForm();
    }
}
