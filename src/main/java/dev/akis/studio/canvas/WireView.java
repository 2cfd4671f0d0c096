package dev.akis.studio.canvas;

import dev.akis.studio.geometry.Wire;
import javafx.css.PseudoClass;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.shape.CubicCurve;
import javafx.scene.shape.Polygon;

/** A connection on the canvas: a cubic curve ending in an arrow, with the port's label on it. */
final class WireView extends Group {

    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    static final PseudoClass HIGHLIGHTED = PseudoClass.getPseudoClass("highlighted");
    static final PseudoClass ERROR_PORT = PseudoClass.getPseudoClass("error-port");
    static final PseudoClass ENTRY = PseudoClass.getPseudoClass("entry");
    /** The wire whose far end is being dragged to another block. */
    static final PseudoClass RETARGETING = PseudoClass.getPseudoClass("retargeting");

    private final CubicCurve curve = new CubicCurve();
    private final Polygon arrow = new Polygon(0, 0, -9, -4.5, -9, 4.5);
    private final Label label = new Label();
    private Wire shown;

    WireView() {
        getStyleClass().add("wire");
        curve.getStyleClass().add("wire-curve");
        // A CubicCurve is filled black by default, which would paint a blob and catch clicks.
        curve.setFill(null);
        arrow.getStyleClass().add("wire-arrow");
        label.getStyleClass().add("wire-label");
        label.setManaged(false);
        getChildren().addAll(curve, arrow, label);
        setManaged(false);
    }

    void setText(String text) {
        label.setText(text);
        label.setVisible(text != null && !text.isBlank());
        label.autosize();
        placeLabel();
    }

    void setLabelVisible(boolean visible) {
        label.setOpacity(visible ? 1 : 0);
    }

    String text() {
        return label.getText();
    }

    void setWire(Wire wire) {
        if (wire.equals(shown)) {
            return;
        }
        shown = wire;
        curve.setStartX(wire.x1());
        curve.setStartY(wire.y1());
        curve.setControlX1(wire.c1x());
        curve.setControlY1(wire.c1y());
        curve.setControlX2(wire.c2x());
        curve.setControlY2(wire.c2y());
        curve.setEndX(wire.x2());
        curve.setEndY(wire.y2());
        arrow.setLayoutX(wire.x2() - 1);
        arrow.setLayoutY(wire.y2());
        placeLabel();
    }

    private void placeLabel() {
        if (shown == null) {
            return;
        }
        double x = shown.pointX(0.5);
        double y = shown.pointY(0.5);
        label.autosize();
        label.relocate(x - label.getWidth() / 2, y - label.getHeight() / 2);
    }

    @Override
    protected void layoutChildren() {
        placeLabel();
    }
}
