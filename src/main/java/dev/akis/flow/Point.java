package dev.akis.flow;

/** A position on the canvas, in canvas units (1 unit = 1 pixel at zoom 1). */
public record Point(double x, double y) {

    public static final Point ORIGIN = new Point(0, 0);

    public Point translate(double dx, double dy) {
        return new Point(x + dx, y + dy);
    }
}
