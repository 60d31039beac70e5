package org.placemap.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerBuilderTest {

    @TempDir
    Path tmp;

    private String cacheSetting;

    /** The command line fills the index cache after a build: keep it out of the user's cache folder. */
    @org.junit.jupiter.api.BeforeEach
    void cacheInTheTemporaryFolder() {
        cacheSetting = System.getProperty("placemap.gazetteer.cache-dir");
        System.setProperty("placemap.gazetteer.cache-dir", tmp.resolve("cache").toString());
    }

    @org.junit.jupiter.api.AfterEach
    void restoreCacheSetting() {
        if (cacheSetting == null) {
            System.clearProperty("placemap.gazetteer.cache-dir");
        } else {
            System.setProperty("placemap.gazetteer.cache-dir", cacheSetting);
        }
    }

    @Test
    void buildsEveryKindFromTheFixture() throws IOException {
        BuildReport report = GazetteerBuilder.build(Fixture.sourceDir(), tmp.resolve("out"));
        // 27 cities500 rows (6 capitals); 12 countries less 5 without outline or capital; 5 named
        // admin-1 polygons; 2 disputed areas; seas and straits from no-country plus the Bosporus;
        // OSLK, OS66, OS58 and OLBA (keyword "Beirut Air Base") as bases, OSDI as an airport
        assertEquals(Map.of(
                PlaceKind.CAPITAL, 6, PlaceKind.POPULATED_PLACE, 21, PlaceKind.COUNTRY, 7,
                PlaceKind.ADMIN_REGION, 5, PlaceKind.DISPUTED_AREA, 2, PlaceKind.SEA, 2, PlaceKind.STRAIT, 2,
                PlaceKind.REGION, 1, PlaceKind.AIR_BASE, 4, PlaceKind.AIRPORT, 1), report.countsByKind());
        assertEquals(51, report.total());
        assertEquals(51, Gazetteer.load(tmp.resolve("out")).size());
    }

    @Test
    void countryWithoutOutlineOrCapitalIsReportedWithFileAndLine() throws IOException {
        BuildReport report = GazetteerBuilder.build(Fixture.sourceDir(), tmp.resolve("out"));
        assertTrue(report.problems().contains(
                "geonames/countryInfo.txt:3: JP Japan: no Natural Earth outline and no capital to place it"),
                report.problems().toString());
        assertEquals(0, report.sources().stream().mapToInt(BuildReport.SourceSummary::malformed).sum());
    }

    /**
     * A country stands inside its own outline (the centroid of its largest polygon), and the outline
     * stays for drawing; Russia, which the fixture gives no outline, stands at its capital. Golden value:
     * Moscow, GeoNames 524901, 55.75222 N 37.61556 E (the fixture's PPLC of RU).
     */
    @Test
    void countryStandsInsideItsOutlineOrAtItsCapital() throws IOException {
        GazetteerBuilder.build(Fixture.sourceDir(), tmp);
        Gazetteer g = Gazetteer.load(tmp);
        Place syria = g.byId("geonames:163843").orElseThrow();
        assertTrue(g.outline("geonames:163843").isPresent(), "the outline stays for drawing");
        assertTrue(g.areasAt(syria.point()).stream().anyMatch(p -> p.id().equals("geonames:163843")),
                "inside its own outline: " + syria.point());
        Place russia = g.byId("geonames:2017370").orElseThrow();
        assertTrue(Fixture.distanceKm(russia.point(), 55.75222, 37.61556) < 0.01, "at Moscow (GeoNames 524901): " + russia.point());
    }

    @Test
    void jointCivilMilitaryAirfieldIsNamedAfterItsBase() throws IOException {
        GazetteerBuilder.build(Fixture.sourceDir(), tmp);
        Place oslk = Gazetteer.load(tmp).byId("ourairports:OSLK").orElseThrow();
        assertEquals("Hmeimim Air Base", oslk.name());
        assertEquals(PlaceKind.AIR_BASE, oslk.kind());
        assertTrue(oslk.alternateNames().containsAll(List.of("Latakia International Airport", "Hmeimim")),
                oslk.alternateNames().toString());
        assertFalse(oslk.alternateNames().stream().anyMatch(n -> n.contains("مطار")), "Latin script only");
    }

    @Test
    void airBaseGetsGeoNamesAdmin1CodeThroughItsIsoRegion() throws IOException {
        GazetteerBuilder.build(Fixture.sourceDir(), tmp);
        // OS58 is in SY-HM; Natural Earth maps SY-HM to GeoNames SY.10 (Hama governorate)
        assertEquals("10", Gazetteer.load(tmp).byId("ourairports:OS58").orElseThrow().admin1Code());
    }

    @Test
    void rebuildFromTheSameSourcesIsByteForByteIdentical() throws IOException {
        BuildReport first = GazetteerBuilder.build(Fixture.sourceDir(), tmp.resolve("a"));
        BuildReport second = GazetteerBuilder.build(Fixture.sourceDir(), tmp.resolve("b"));
        assertEquals(first.files(), second.files());
        assertEquals(Files.readString(tmp.resolve("a/README.md")), Files.readString(tmp.resolve("b/README.md")));
    }

    @Test
    void readmeCarriesAttributionCountsAndChecksums() throws IOException {
        BuildReport report = GazetteerBuilder.build(Fixture.sourceDir(), tmp);
        String readme = Files.readString(tmp.resolve("README.md"));
        assertTrue(readme.contains("GeoNames (geonames.org), CC BY 4.0"));
        assertTrue(readme.contains("OurAirports") && readme.contains("Natural Earth"));
        assertTrue(readme.contains("| AIR_BASE | 4 |"));
        assertTrue(readme.contains("| **total** | 51 |"));
        for (BuildReport.WrittenFile f : report.files()) {
            assertEquals(GazetteerBuilder.sha256(tmp.resolve(f.name())), f.sha256());
            assertTrue(readme.contains("| `" + f.name() + "` | " + f.entries() + " | `" + f.sha256() + "` |"), f.name());
        }
    }

    @Test
    void malformedRowIsReportedWithFileAndLineAndSkipped() throws IOException {
        Path src = copyOfFixture();
        List<String> rows = new ArrayList<>(Files.readAllLines(src.resolve("geonames/cities500.txt")));
        String template = rows.get(0);
        for (int i = 0; i < 200; i++) {
            rows.add(template.replaceFirst("^\\d+", String.valueOf(9_000_000 + i)));
        }
        String[] bad = rows.get(149).split("\t", -1);
        bad[4] = "north";
        rows.set(149, String.join("\t", bad));
        Files.write(src.resolve("geonames/cities500.txt"), rows);

        BuildReport report = GazetteerBuilder.build(src, tmp.resolve("out"));

        assertTrue(report.problems().contains("geonames/cities500.txt:150: latitude is not a number: 'north'"),
                report.problems().toString());
        BuildReport.SourceSummary cities = report.sources().stream()
                .filter(x -> x.file().equals("geonames/cities500.txt")).findFirst().orElseThrow();
        assertEquals(new BuildReport.SourceSummary("geonames/cities500.txt", 227, 226, 1, cities.sha256()), cities);
    }

    @Test
    void moreThanOnePercentMalformedFailsTheBuildAndWritesNothing() throws IOException {
        Path src = copyOfFixture();
        List<String> rows = new ArrayList<>(Files.readAllLines(src.resolve("geonames/cities500.txt")));
        rows.set(4, rows.get(4).substring(0, rows.get(4).lastIndexOf('\t')));
        Files.write(src.resolve("geonames/cities500.txt"), rows);
        Path out = tmp.resolve("out");

        SourceFormatException e = assertThrows(SourceFormatException.class, () -> GazetteerBuilder.build(src, out));

        assertTrue(e.getMessage().contains("geonames/cities500.txt:5: expected 19 tab-separated columns, found 18"),
                e.getMessage());
        assertFalse(Files.exists(out));
    }

    @Test
    void airportRowWithWrongFieldCountIsReportedWithItsLine() throws IOException {
        Path src = copyOfFixture();
        Path csv = src.resolve("ourairports/airports.csv");
        List<String> rows = new ArrayList<>(Files.readAllLines(csv));
        String good = rows.get(1);
        for (int i = 0; i < 150; i++) {
            rows.add(good.replace("\"00A\"", "\"T" + i + "\""));
        }
        rows.add("1,\"BROKEN\",\"large_airport\"");
        Files.write(csv, rows);

        BuildReport report = GazetteerBuilder.build(src, tmp.resolve("out"));

        assertTrue(report.problems().contains("ourairports/airports.csv:" + rows.size() + ": expected 19 fields, found 3"),
                report.problems().toString());
    }

    @Test
    void missingSourceFileFailsWithItsPath() throws IOException {
        Path src = copyOfFixture();
        Files.delete(src.resolve("geonames/countryInfo.txt"));
        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> GazetteerBuilder.build(src, tmp.resolve("out")));
        assertTrue(e.getFile().endsWith("countryInfo.txt"), e.getFile());
    }

    @Test
    void staleFileOfAnEarlierLayoutIsRemoved() throws IOException {
        Path out = tmp.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("places-old.tsv.gz"), "stale");
        GazetteerBuilder.build(Fixture.sourceDir(), out);
        assertFalse(Files.exists(out.resolve("places-old.tsv.gz")));
    }

    @Test
    void commandLineBuildsAndReportsUsageErrors() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        assertEquals(2, GazetteerBuilder.run(new String[] {}, o, e));
        assertEquals(2, GazetteerBuilder.run(new String[] {"--from"}, o, e));
        assertEquals(2, GazetteerBuilder.run(new String[] {"--bogus", "x"}, o, e));
        assertEquals(1, GazetteerBuilder.run(new String[] {"--from", tmp.resolve("none").toString(), "--to",
                tmp.resolve("o1").toString()}, o, e));
        assertEquals(0, GazetteerBuilder.run(new String[] {"--from", Fixture.sourceDir().toString(), "--to",
                tmp.resolve("o2").toString()}, o, e));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("51 entries written"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("index cached"));
        assertTrue(Gazetteer.load(tmp.resolve("o2")).loadedFromCache(), "the next start finds the cache");
    }

    @Test
    void fullGeoNamesDumpTakesThePlaceOfCities500AndNoCountry() throws IOException {
        // allCountries holds the rows of both files (same 19 columns): build from a zip of them alone
        Path src = copyOfFixture();
        Path geonames = src.resolve("geonames");
        List<String> dump = new ArrayList<>(Files.readAllLines(geonames.resolve("cities500.txt")));
        dump.addAll(Files.readAllLines(geonames.resolve("no-country.txt")));
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(
                Files.newOutputStream(geonames.resolve("allCountries.zip")))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("allCountries.txt"));
            zip.write((String.join("\n", dump) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        Files.delete(geonames.resolve("cities500.txt"));
        Files.delete(geonames.resolve("no-country.txt"));

        BuildReport full = GazetteerBuilder.build(src, tmp.resolve("full"));
        BuildReport usual = GazetteerBuilder.build(Fixture.sourceDir(), tmp.resolve("usual"));

        assertEquals(usual.countsByKind(), full.countsByKind());
        List<String> names = full.files().stream().map(BuildReport.WrittenFile::name).toList();
        assertTrue(names.contains("places-geonames-allcountries.tsv.gz"), names.toString());
        assertFalse(names.contains("places-geonames-cities500.tsv.gz") || names.contains("places-geonames-nocountry.tsv.gz"));
        assertTrue(full.sources().stream().anyMatch(x -> x.file().equals("geonames/allCountries.zip") && x.used() > 0));
        Gazetteer g = Gazetteer.load(tmp.resolve("full"), null);
        assertEquals(GazetteerTest.MEDITERRANEAN_SEA, g.candidates("Mediterranean").get(0).place().id());
        assertTrue(g.outline(GazetteerTest.MEDITERRANEAN_SEA).isPresent());
        assertTrue(Files.readString(tmp.resolve("full/README.md")).contains("`geonames/allCountries.zip`"));

        GazetteerBuilder.build(Fixture.sourceDir(), tmp.resolve("full"));
        assertFalse(Files.exists(tmp.resolve("full/places-geonames-allcountries.tsv.gz")),
                "going back to cities500 removes the dump's file, which would otherwise still be loaded");
    }

    @Test
    void defaultGeodataFolderFollowsTheOneSetting() {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("PLACEMAP_GEODATA_DIR") == null
                && System.getenv("PLACEMAP_GEODATADIR") == null);
        String before = System.getProperty("placemap.geodata-dir");
        try {
            System.clearProperty("placemap.geodata-dir");
            assertEquals(Path.of("geodata"), Gazetteer.defaultGeodataDir());
            System.setProperty("placemap.geodata-dir", tmp.toString());
            assertEquals(tmp, Gazetteer.defaultGeodataDir());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
            assertEquals(0, GazetteerBuilder.run(new String[] {"--from", Fixture.sourceDir().toString()}, o, o));
            assertTrue(Files.exists(tmp.resolve("places-countries.tsv.gz")), "the build writes where the app reads");
        } finally {
            if (before == null) {
                System.clearProperty("placemap.geodata-dir");
            } else {
                System.setProperty("placemap.geodata-dir", before);
            }
        }
    }

    @Test
    void outlinesAreWrittenForAreasAndListedInTheReadme() throws IOException {
        BuildReport report = GazetteerBuilder.build(Fixture.sourceDir(), tmp);
        BuildReport.WrittenFile outlines = report.files().stream()
                .filter(f -> f.name().equals("outlines.tsv.gz")).findFirst().orElseThrow();
        // 5 admin-1 regions, 2 disputed areas, the Bosporus, the Mediterranean (taken by GeoNames),
        // Crimea, 6 countries with a Natural Earth outline
        assertEquals(16, outlines.entries());
        assertTrue(Files.readString(tmp.resolve("README.md")).contains("| `outlines.tsv.gz` | 16 | `" + outlines.sha256() + "` |"));
    }

    private Path copyOfFixture() throws IOException {
        Path from = Fixture.sourceDir();
        Path to = tmp.resolve("src");
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }

    /** A square ring from (lon0, lat0) to (lon1, lat1), as one polygon. */
    private static double[][][] square(double lon0, double lat0, double lon1, double lat1) {
        return new double[][][] {{{lon0, lat0}, {lon1, lat0}, {lon1, lat1}, {lon0, lat1}, {lon0, lat0}}};
    }

    private static Place area(String id, PlaceKind kind, String code) {
        return new Place(id, id, java.util.List.of(), new org.placemap.distance.GeoPoint(0, 0), kind, "L", "", code, "", 0);
    }

    /**
     * A new user's trial: "Luzon" in a Philippine story was a village on Mindanao, since Natural Earth's region Luzon
     * carries no country for the article to support. A region within one country gets its code; one across a border, or
     * mostly a disputed area, none.
     */
    @Test
    void aRegionWithinOneCountryGetsItsCodeOneAcrossABorderOrInDisputeNone() {
        java.util.Map<String, Shape> shapes = new java.util.HashMap<>();
        shapes.put("c:A", new Shape(java.util.List.<double[][][]>of(square(0, 0, 10, 10)), 0));
        shapes.put("c:B", new Shape(java.util.List.<double[][][]>of(square(10, 0, 20, 10)), 0));
        shapes.put("inside", new Shape(java.util.List.<double[][][]>of(square(2, 2, 4, 4)), 0));
        shapes.put("across", new Shape(java.util.List.<double[][][]>of(square(8, 2, 12, 4)), 0));
        shapes.put("disputed", new Shape(java.util.List.<double[][][]>of(square(5, 5, 7, 7)), 0));
        shapes.put("claimed", new Shape(java.util.List.<double[][][]>of(square(5, 5, 6.9, 6.9)), 0));
        java.util.List<Place> countries = java.util.List.of(area("c:A", PlaceKind.COUNTRY, "AA"), area("c:B", PlaceKind.COUNTRY, "BB"));
        java.util.List<Place> regions = java.util.List.of(area("inside", PlaceKind.REGION, ""), area("across", PlaceKind.REGION, ""),
                area("disputed", PlaceKind.DISPUTED_AREA, ""), area("claimed", PlaceKind.REGION, ""));

        java.util.List<Place> out = GazetteerBuilder.withCountryOfRegion(regions, countries, shapes);

        assertEquals(java.util.List.of("AA", "", "", ""), out.stream().map(Place::countryCode).toList());
    }
}
