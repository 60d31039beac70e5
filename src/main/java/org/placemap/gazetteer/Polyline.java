package org.placemap.gazetteer;

/**
 * Google's Encoded Polyline Algorithm Format at precision 5 (1e-5 degree, about 1 m): each ring is a
 * string of printable ASCII characters (63–126), latitude before longitude, every point a delta from
 * the previous one. It is the most compact text form of a line that common tools read (Leaflet's and
 * Mapbox's {@code polyline} packages, PostGIS {@code ST_LineFromEncodedPolyline}), and it never produces
 * a tab, space, comma or semicolon, so it can sit in a TSV field with those as separators.
 */
final class Polyline {

    private static final double SCALE = 1e5;

    private Polyline() {}

    /** Encodes {@code lonLat} pairs ({@code [i][0]} longitude, {@code [i][1]} latitude, degrees). */
    static String encode(double[][] lonLat) {
        StringBuilder sb = new StringBuilder(lonLat.length * 6);
        long lat = 0;
        long lon = 0;
        for (double[] p : lonLat) {
            long la = Math.round(p[1] * SCALE);
            long lo = Math.round(p[0] * SCALE);
            value(sb, la - lat);
            value(sb, lo - lon);
            lat = la;
            lon = lo;
        }
        return sb.toString();
    }

    /**
     * Decodes into {@code out} as {@code lon0, lat0, lon1, lat1, ...} starting at {@code out[at]}; returns
     * the number of points. {@code out} must hold {@code 2 * pointCount(s)} values from {@code at}.
     *
     * @throws IllegalArgumentException on a character outside 63–126 or a truncated value
     */
    static int decode(CharSequence s, double[] out, int at) {
        int i = 0;
        int n = 0;
        long lat = 0;
        long lon = 0;
        int len = s.length();
        while (i < len) {
            long dLat = 0;
            long dLon = 0;
            for (int k = 0; k < 2; k++) {
                long result = 0;
                int shift = 0;
                int b;
                do {
                    if (i >= len) {
                        throw new IllegalArgumentException("truncated polyline");
                    }
                    b = s.charAt(i++) - 63;
                    if (b < 0 || b > 63) {
                        throw new IllegalArgumentException("not a polyline character: '" + s.charAt(i - 1) + "'");
                    }
                    result |= (long) (b & 0x1f) << shift;
                    shift += 5;
                } while (b >= 0x20 && shift < 64);
                long v = (result & 1) != 0 ? ~(result >> 1) : result >> 1;
                if (k == 0) {
                    dLat = v;
                } else {
                    dLon = v;
                }
            }
            lat += dLat;
            lon += dLon;
            out[at + 2 * n] = lon / SCALE;
            out[at + 2 * n + 1] = lat / SCALE;
            n++;
        }
        return n;
    }

    /** Number of points in an encoded ring: every value ends with a character below 95. */
    static int pointCount(CharSequence s) {
        int ends = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) - 63 < 0x20) {
                ends++;
            }
        }
        return ends / 2;
    }

    private static void value(StringBuilder sb, long v) {
        long u = v < 0 ? ~(v << 1) : v << 1;
        while (u >= 0x20) {
            sb.append((char) ((0x20 | (u & 0x1f)) + 63));
            u >>= 5;
        }
        sb.append((char) (u + 63));
    }
}
