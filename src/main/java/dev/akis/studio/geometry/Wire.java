package dev.akis.studio.geometry;

/**
 * The cubic curve of a connection from an output handle (leaving to the right) to an input handle (entering
 * from the left), with the hit test and bounding box the canvas needs.
 */
public record Wire(double x1, double y1, double c1x, double c1y, double c2x, double c2y, double x2, double y2) {

    public static Wire between(double fromX, double fromY, double toX, double toY) {
        double reach = Math.max(40, Math.min(240, Math.abs(toX - fromX) / 2 + Math.abs(toY - fromY) / 4));
        return new Wire(fromX, fromY, fromX + reach, fromY, toX - reach, toY, toX, toY);
    }

    public double pointX(double t) {
        double u = 1 - t;
        return u * u * u * x1 + 3 * u * u * t * c1x + 3 * u * t * t * c2x + t * t * t * x2;
    }

    public double pointY(double t) {
        double u = 1 - t;
        return u * u * u * y1 + 3 * u * u * t * c1y + 3 * u * t * t * c2y + t * t * t * y2;
    }

    /** A box that contains the whole curve (the hull of its control points). */
    public Rect bounds() {
        double minX = Math.min(Math.min(x1, x2), Math.min(c1x, c2x));
        double maxX = Math.max(Math.max(x1, x2), Math.max(c1x, c2x));
        double minY = Math.min(Math.min(y1, y2), Math.min(c1y, c2y));
        double maxY = Math.max(Math.max(y1, y2), Math.max(c1y, c2y));
        return new Rect(minX, minY, maxX - minX, maxY - minY);
    }

    /** The shortest distance from a point to the curve, measured on a polyline of 32 segments. */
    public double distanceTo(double px, double py) {
        double best = Double.MAX_VALUE;
        double prevX = x1;
        double prevY = y1;
        for (int i = 1; i <= 32; i++) {
            double t = i / 32.0;
            double x = pointX(t);
            double y = pointY(t);
            best = Math.min(best, segmentDistance(px, py, prevX, prevY, x, y));
            prevX = x;
            prevY = y;
        }
        return best;
    }

    private static double segmentDistance(double px, double py, double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSquared));
        double cx = ax + t * dx - px;
        double cy = ay + t * dy - py;
        return Math.sqrt(cx * cx + cy * cy);
    }
}
