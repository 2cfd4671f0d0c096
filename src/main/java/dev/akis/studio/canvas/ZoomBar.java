package dev.akis.studio.canvas;

import dev.akis.studio.ui.Texts;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** Zoom buttons in the canvas corner: out, the current zoom (click for 100 %), in, and fit to the flow. */
final class ZoomBar extends HBox {

    ZoomBar(FlowCanvas canvas, Texts texts) {
        getStyleClass().add("zoom-bar");
        setManaged(false);
        Button out = iconButton("mdi2m-magnify-minus-outline", texts, "zoom.out");
        out.setOnAction(e -> canvas.zoomOut());
        Button level = new Button();
        level.getStyleClass().addAll("flat", "zoom-level");
        level.textProperty().bind(Bindings.createStringBinding(
                () -> Math.round(canvas.zoom() * 100) + " %", canvas.zoomProperty()));
        level.setTooltip(texts.tooltip("zoom.actual"));
        level.accessibleTextProperty().bind(texts.text("zoom.actual"));
        level.setOnAction(e -> canvas.zoomToActualSize());
        level.setFocusTraversable(false);
        Button in = iconButton("mdi2m-magnify-plus-outline", texts, "zoom.in");
        in.setOnAction(e -> canvas.zoomIn());
        Button fit = iconButton("mdi2f-fit-to-screen-outline", texts, "zoom.fit");
        fit.setOnAction(e -> canvas.zoomToFit());
        fit.setId("zoom-fit");
        getChildren().addAll(out, level, in, fit);
    }

    private static Button iconButton(String icon, Texts texts, String key) {
        Button button = new Button();
        button.setGraphic(new FontIcon(icon));
        button.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        button.getStyleClass().addAll("button-icon", "flat");
        button.setTooltip(texts.tooltip(key));
        button.accessibleTextProperty().bind(texts.text(key));
        button.setFocusTraversable(false);
        return button;
    }
}
