package dev.akis.studio.canvas;

import dev.akis.studio.geometry.CardMetrics;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Group;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/**
 * The canvas grid as a few dozen one-pixel rectangles in view coordinates. Panning only shifts the group by less
 * than one major step, so a pan frame changes one translation instead of repainting a view-sized bitmap; the
 * lines are laid out again only when the zoom, the view size or the colours change.
 */
final class GridLines extends Group {

    private final List<Rectangle> vertical = new ArrayList<>();
    private final List<Rectangle> horizontal = new ArrayList<>();
    private double laidOutZoom = Double.NaN;
    private double laidOutWidth = -1;
    private double laidOutHeight = -1;
    private Color minorColor;
    private Color majorColor;
    private double minorPx;
    private double majorPx;

    GridLines() {
        setManaged(false);
        setMouseTransparent(true);
        setAutoSizeChildren(false);
    }

    /** Shows the grid of a view of {@code width × height} pixels whose top-left corner is canvas point (panX, panY). */
    void show(double zoom, double panX, double panY, double width, double height, Color minor, Color major) {
        if (zoom != laidOutZoom || width != laidOutWidth || height != laidOutHeight
                || !minor.equals(minorColor) || !major.equals(majorColor)) {
            layOut(zoom, width, height, minor, major);
        }
        // The first line drawn is a major one: the view's left edge rounded down to a multiple of the major step.
        setTranslateX(-Math.round(positiveRemainder(panX * zoom, majorPx)));
        setTranslateY(-Math.round(positiveRemainder(panY * zoom, majorPx)));
    }

    private static double positiveRemainder(double value, double step) {
        double remainder = value % step;
        return remainder < 0 ? remainder + step : remainder;
    }

    private void layOut(double zoom, double width, double height, Color minor, Color major) {
        laidOutZoom = zoom;
        laidOutWidth = width;
        laidOutHeight = height;
        minorColor = minor;
        majorColor = major;
        double step = CardMetrics.GRID;
        while (step * zoom < 10) {
            step *= 5;
        }
        minorPx = step * zoom;
        majorPx = minorPx * 5;
        // Lines cover the view plus one major step, which the translation slides through.
        int columns = (int) Math.ceil((width + majorPx) / minorPx) + 1;
        int rows = (int) Math.ceil((height + majorPx) / minorPx) + 1;
        place(vertical, columns, true, height + majorPx);
        place(horizontal, rows, false, width + majorPx);
    }

    private void place(List<Rectangle> lines, int count, boolean upright, double length) {
        while (lines.size() < count) {
            Rectangle line = new Rectangle();
            line.setSmooth(false);
            lines.add(line);
            getChildren().add(line);
        }
        for (int i = 0; i < lines.size(); i++) {
            Rectangle line = lines.get(i);
            boolean used = i < count;
            line.setVisible(used);
            if (!used) {
                continue;
            }
            double at = Math.round(i * minorPx);
            line.setFill(i % 5 == 0 ? majorColor : minorColor);
            if (upright) {
                line.setX(at);
                line.setY(0);
                line.setWidth(1);
                line.setHeight(length);
            } else {
                line.setX(0);
                line.setY(at);
                line.setWidth(length);
                line.setHeight(1);
            }
        }
    }
}
