package org.placemap.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The 1:10m land for the map's close zooms ({@code land.tsv.gz}): the clipping of rings to grid cells, and
 * the shipped cells against plain geography. Points: GeoNames (Tartus 163345, Hama 170017); the sea point
 * is 20 km off Tartus, west of the coast.
 */
class LandTest {

    private static double[][] ring(double[]... points) {
        return points;
    }

    @Test
    void aRingInsideTheCellIsKeptAndOneOutsideIsDropped() {
        double[][] square = ring(new double[] {1, 1}, new double[] {2, 1}, new double[] {2, 2}, new double[] {1, 2},
                new double[] {1, 1});
        assertThat(LandSource.clip(square, 0, 0, 10, 10).length).isEqualTo(5);
        assertThat(LandSource.clip(square, 5, 5, 10, 10)).isNull();
    }

    @Test
    void aRingAcrossTheCellEdgeIsCutAtTheEdge() {
        // a square from 5 to 15 both ways, clipped to the cell 0..10: the quarter 5..10 is left
        double[][] square = ring(new double[] {5, 5}, new double[] {15, 5}, new double[] {15, 15}, new double[] {5, 15},
                new double[] {5, 5});
        double[][] piece = LandSource.clip(square, 0, 0, 10, 10);
        assertThat(piece).isNotNull();
        assertThat(piece[0]).isEqualTo(piece[piece.length - 1]);
        for (double[] p : piece) {
            assertThat(p[0]).isBetween(5.0, 10.0);
            assertThat(p[1]).isBetween(5.0, 10.0);
        }
        assertThat(area(piece)).isEqualTo(25.0);
    }

    @Test
    void theShippedLandHasTartusAndHamaOnLandAndTheSeaOffTartusInTheSea() {
        Land land = SampleArticlePlacesTest.shipped().land();
        assertThat(land.size()).isGreaterThan(100);
        List<Land.Cell> cells = land.cells(30, 30, 40, 40);
        assertThat(cells).extracting(Land.Cell::id).containsExactly("land:30:30");
        assertThat(onLand(cells.getFirst(), 34.88892, 35.88659)).as("Tartus, a port, on the 1:10m land").isTrue();
        assertThat(onLand(cells.getFirst(), 35.13179, 36.75783)).as("Hama, inland").isTrue();
        assertThat(onLand(cells.getFirst(), 34.88, 35.67)).as("20 km west of Tartus, in the Mediterranean").isFalse();
    }

    @Test
    void theLandIsFoundByTheCellsABoxOverlaps() {
        Land land = SampleArticlePlacesTest.shipped().land();
        // a box from 31 N 25 E to 42 N 37 E overlaps the cells 30..40 x 20..40 and 40..50 x 20..40
        assertThat(land.cells(31, 25, 42, 37)).extracting(Land.Cell::id)
                .containsExactlyInAnyOrder("land:30:20", "land:30:30", "land:40:20", "land:40:30");
    }

    /** Even-odd point in polygon over every ring of the cell (outer rings and holes alike). */
    private static boolean onLand(Land.Cell cell, double lat, double lon) {
        boolean inside = false;
        for (List<String> polygon : cell.polygons()) {
            for (String encoded : polygon) {
                double[] xy = new double[2 * encoded.length()];
                int n = Polyline.decode(encoded, xy, 0);
                for (int i = 0, j = n - 1; i < n; j = i++) {
                    double xi = xy[2 * i], yi = xy[2 * i + 1], xj = xy[2 * j], yj = xy[2 * j + 1];
                    if ((yi > lat) != (yj > lat) && lon < (xj - xi) * (lat - yi) / (yj - yi) + xi) {
                        inside = !inside;
                    }
                }
            }
        }
        return inside;
    }

    private static double area(double[][] ring) {
        double a = 0;
        List<double[]> pts = new ArrayList<>(List.of(ring));
        for (int i = 0; i + 1 < pts.size(); i++) {
            a += pts.get(i)[0] * pts.get(i + 1)[1] - pts.get(i + 1)[0] * pts.get(i)[1];
        }
        return Math.abs(a / 2);
    }
}
