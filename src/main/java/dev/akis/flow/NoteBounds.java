package dev.akis.flow;

/** Where a sticky note sits on the canvas and how large it is. */
public record NoteBounds(double x, double y, double width, double height) {

    public static final double DEFAULT_WIDTH = 220;
    public static final double DEFAULT_HEIGHT = 140;

    public NoteBounds moveTo(double newX, double newY) {
        return new NoteBounds(newX, newY, width, height);
    }

    public NoteBounds resize(double newWidth, double newHeight) {
        return new NoteBounds(x, y, newWidth, newHeight);
    }
}
