package dev.akis.flow;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Where a sticky note sits on the canvas and how large it is. {@code extras} keeps fields a newer version wrote
 * inside the bounds object.
 */
public record NoteBounds(double x, double y, double width, double height, ObjectNode extras) {

    public static final double DEFAULT_WIDTH = 220;
    public static final double DEFAULT_HEIGHT = 140;

    public NoteBounds {
        extras = extras == null ? Json.object() : extras;
    }

    public NoteBounds(double x, double y, double width, double height) {
        this(x, y, width, height, null);
    }

    public NoteBounds moveTo(double newX, double newY) {
        return new NoteBounds(newX, newY, width, height, extras);
    }

    public NoteBounds resize(double newWidth, double newHeight) {
        return new NoteBounds(x, y, newWidth, newHeight, extras);
    }
}
