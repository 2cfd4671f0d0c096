package dev.akis.studio.geometry;

/**
 * The fixed measures of the cards drawn on the canvas. Sizes follow from the model alone (number of ports), so
 * the canvas can place wires, test hits and cull off-screen blocks without creating any node.
 */
public final class CardMetrics {

    public static final double WIDTH = 240;
    public static final double HEADER = 44;
    public static final double SUMMARY = 24;
    public static final double PORT_ROW = 22;
    public static final double BOTTOM = 8;
    public static final double HANDLE_RADIUS = 6;
    public static final double START_WIDTH = 240;
    public static final double GRID = 20;

    private CardMetrics() {
    }

    public static double blockHeight(int portCount) {
        return HEADER + SUMMARY + portCount * PORT_ROW + BOTTOM;
    }

    /** Offset of the n-th output handle from the card's top. */
    public static double portY(int index) {
        return HEADER + SUMMARY + index * PORT_ROW + PORT_ROW / 2;
    }

    /** Offset of the input handle from the card's top. */
    public static double inputY() {
        return HEADER / 2;
    }

    public static double startHeight(int entryCount) {
        return HEADER + Math.max(1, entryCount) * PORT_ROW + BOTTOM;
    }

    /** Offset of the n-th entry handle of the start node from its top. */
    public static double entryY(int index) {
        return HEADER + index * PORT_ROW + PORT_ROW / 2;
    }

    public static double snap(double value) {
        return Math.round(value / GRID) * GRID;
    }
}
