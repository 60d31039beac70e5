package org.placemap.gazetteer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.placemap.distance.GeoPoint;

/** The real-format source fixture (see src/test/resources/gazetteer/README.md), built once per test run. */
final class Fixture {

    private static Gazetteer gazetteer;

    private Fixture() {}

    static Path sourceDir() {
        try {
            return Path.of(Fixture.class.getResource("/gazetteer/source").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static synchronized Gazetteer gazetteer() {
        if (gazetteer == null) {
            try {
                Path out = Files.createTempDirectory("gazetteer-fixture");
                GazetteerBuilder.build(sourceDir(), out);
                gazetteer = Gazetteer.load(out, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return gazetteer;
    }

    /**
     * Great-circle distance (spherical law of cosines, R = 6371 km), written apart from the production
     * haversine so the two check each other; ample for "within 10 km".
     */
    static double distanceKm(GeoPoint a, double latDeg, double lonDeg) {
        double p1 = Math.toRadians(a.latitudeDeg());
        double p2 = Math.toRadians(latDeg);
        double dl = Math.toRadians(lonDeg - a.longitudeDeg());
        double c = Math.sin(p1) * Math.sin(p2) + Math.cos(p1) * Math.cos(p2) * Math.cos(dl);
        return 6371.0 * Math.acos(Math.max(-1, Math.min(1, c)));
    }
}
