package org.placemap.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.placemap.distance.GeoPoint;
import org.placemap.distance.Geodesy;

/** A claim's line in the GeoJSON export: the geodesic, densified, cut at the antimeridian as RFC 7946 asks. */
class GeodesicExportTest {

    @SuppressWarnings("unchecked")
    private static List<List<Double>> line(Map<String, Object> geometry) {
        return (List<List<Double>>) geometry.get("coordinates");
    }

    @SuppressWarnings("unchecked")
    private static List<List<List<Double>>> parts(Map<String, Object> geometry) {
        return (List<List<List<Double>>>) geometry.get("coordinates");
    }

    @Test
    void aLineThatStaysOnOneSideIsOneLineStringWithLongitudeFirst() {
        // Hama 35.13 N 36.76 E → Tartus 34.89 N 35.89 E
        Map<String, Object> g = Exports.geodesic(Geodesy.path(new GeoPoint(35.13, 36.76), new GeoPoint(34.89, 35.89), 32));
        assertThat(g.get("type")).isEqualTo("LineString");
        assertThat(line(g)).hasSize(33);
        assertThat(line(g).getFirst()).containsExactly(36.76, 35.13);
        assertThat(line(g).getLast().get(0)).isCloseTo(35.89, within(1e-9));
    }

    @Test
    void aLongLineBowsTowardsThePoleLikeTheGeodesicNotTheChord() {
        // London → Tokyo: the great circle passes north of 60 N (it crosses Siberia), the chord in lon/lat never does
        Map<String, Object> g = Exports.geodesic(Geodesy.path(new GeoPoint(51.5, -0.13), new GeoPoint(35.68, 139.69), 32));
        double maxLat = line(g).stream().mapToDouble(p -> p.get(1)).max().orElseThrow();
        assertThat(maxLat).isGreaterThan(60);
    }

    @Test
    void aLineAcrossTheAntimeridianIsCutIntoTwoPartsThatMeetOnIt() {
        // Suva, Fiji (18.14 S, 178.44 E) → Apia, Samoa (13.83 S, 171.76 W): about 1,150 km, across 180°
        Map<String, Object> g = Exports.geodesic(Geodesy.path(new GeoPoint(-18.14, 178.44), new GeoPoint(-13.83, -171.76), 32));
        assertThat(g.get("type")).isEqualTo("MultiLineString");
        List<List<List<Double>>> parts = parts(g);
        assertThat(parts).hasSize(2);
        List<Double> end = parts.get(0).getLast();
        List<Double> start = parts.get(1).getFirst();
        assertThat(end.get(0)).isEqualTo(180.0);
        assertThat(start.get(0)).isEqualTo(-180.0);
        assertThat(end.get(1)).isEqualTo(start.get(1)).isBetween(-18.14, -13.83);
        parts.forEach(part -> part.forEach(p -> assertThat(p.get(0)).isBetween(-180.0, 180.0)));
        assertThat(parts.get(1).getLast().get(0)).isCloseTo(-171.76, within(1e-9));
    }

    @Test
    void westwardAcrossTheAntimeridianIsCutToo() {
        Map<String, Object> g = Exports.geodesic(Geodesy.path(new GeoPoint(-13.83, -171.76), new GeoPoint(-18.14, 178.44), 32));
        List<List<List<Double>>> parts = parts(g);
        assertThat(parts).hasSize(2);
        assertThat(parts.get(0).getLast().get(0)).isEqualTo(-180.0);
        assertThat(parts.get(1).getFirst().get(0)).isEqualTo(180.0);
    }
}
