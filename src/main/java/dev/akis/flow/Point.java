package dev.akis.flow;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A position on the canvas, in canvas units (1 unit = 1 pixel at zoom 1). {@code extras} keeps fields a newer
 * version wrote inside the position object, so they survive a load and save.
 */
public record Point(double x, double y, ObjectNode extras) {

    public static final Point ORIGIN = new Point(0, 0);

    public Point {
        extras = extras == null ? Json.object() : extras;
    }

    public Point(double x, double y) {
        this(x, y, null);
    }

    public Point translate(double dx, double dy) {
        return new Point(x + dx, y + dy, extras);
    }

    /** The same extras at another place (a moved block keeps what newer versions stored beside its position). */
    public Point moveTo(double newX, double newY) {
        return new Point(newX, newY, extras);
    }
}
