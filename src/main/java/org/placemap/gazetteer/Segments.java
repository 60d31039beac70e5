package org.placemap.gazetteer;

/** Plane geometry of a segment in a local projection centred on the query point (the origin). */
final class Segments {

    private Segments() {}

    /**
     * Where along the segment from (ax, ay) to (bx, by) the point nearest the origin lies: the fraction
     * t in [0, 1] of the foot of the perpendicular, clamped to the segment's ends (0 for a segment of no
     * length). The nearest point is then (ax + t (bx − ax), ay + t (by − ay)).
     */
    static double nearestFraction(double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double len2 = dx * dx + dy * dy;
        return len2 == 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
    }
}
