package org.placemap.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.placemap.distance.GeoPoint;

/**
 * Reads the standard 19-column GeoNames dump format (cities500, no-country, allCountries):
 * geonameid, name, asciiname, alternatenames, latitude, longitude, feature class, feature code,
 * country code, cc2, admin1..4, population, elevation, dem, timezone, modification date.
 */
final class GeoNamesSource {

    static final int COLUMNS = 19;

    /** Decides the kind of a row from its feature class and code; null leaves the row out. */
    @FunctionalInterface
    interface KindRule {
        PlaceKind kindOf(String featureClass, String featureCode);
    }

    /** Populated places: the national capital (PPLC) is a CAPITAL, everything else of class P a POPULATED_PLACE. */
    static final KindRule POPULATED_PLACES = (fc, code) ->
            !fc.equals("P") ? null : code.equals("PPLC") ? PlaceKind.CAPITAL : PlaceKind.POPULATED_PLACE;

    /**
     * Seas, straits and named regions from the no-country file; undersea features are left out. Zones
     * (A.ZN) are kept as regions: the builder keeps the European Union among them ({@link #UNIONS}).
     */
    static final KindRule WATER_AND_REGIONS = (fc, code) -> switch (fc + "." + code) {
        case "H.SEA", "H.OCN", "H.GULF", "H.BAY", "H.BGHT" -> PlaceKind.SEA;
        case "H.STRT", "H.CHN", "H.CHNM", "H.CHNN" -> PlaceKind.STRAIT;
        case "L.RGN", "L.RGNE", "A.ZN" -> PlaceKind.REGION;
        default -> null;
    };

    /** Continents (L.CONT), whose GeoNames point the builder gives the Natural Earth continent of the same name. */
    static final KindRule CONTINENTS = (fc, code) -> fc.equals("L") && code.equals("CONT") ? PlaceKind.REGION : null;

    /**
     * The zones (A.ZN) that news treats as a place: the European Union, which EU law and statistics make
     * a territory ("exports to the EU", "EU countries"). Trade blocs and alliances (Benelux, Mercosur,
     * ASEAN, CIS) are organisations; GeoNames places them at a seat, which is not where they are.
     */
    static final java.util.Set<String> UNIONS = java.util.Set.of("European Union");

    /**
     * The full dump ({@code allCountries}): populated places as {@link #POPULATED_PLACES}, water and
     * regions as {@link #WATER_AND_REGIONS}, and the facilities the other sources lack: air bases (S.AIRB),
     * naval bases (S.NVB) and airports (S.AIRP). Countries and admin divisions (class A) come from
     * countryInfo and Natural Earth instead; continents (L.CONT) from Natural Earth, which has their
     * outlines.
     */
    static final KindRule ALL_COUNTRIES = (fc, code) -> switch (fc) {
        case "P" -> POPULATED_PLACES.kindOf(fc, code);
        case "H", "L" -> WATER_AND_REGIONS.kindOf(fc, code);
        case "S" -> switch (code) {
            case "AIRB" -> PlaceKind.AIR_BASE;
            case "NVB" -> PlaceKind.NAVAL_BASE;
            case "AIRP" -> PlaceKind.AIRPORT;
            default -> null;
        };
        default -> null;
    };

    /** Receives the entries of a source one at a time. */
    @FunctionalInterface
    interface PlaceSink {
        void accept(Place place) throws IOException;
    }

    private GeoNamesSource() {}

    static List<Place> read(Path file, SourceLog log, KindRule rule) throws IOException {
        List<Place> out = new ArrayList<>();
        read(file, log, rule, out::add);
        return out;
    }

    /** Streams the rows that {@code rule} keeps into {@code sink}, without holding them. */
    static void read(Path file, SourceLog log, KindRule rule, PlaceSink sink) throws IOException {
        try (BufferedReader r = open(file)) {
            String line;
            long lineNo = 0;
            String[] f = new String[COLUMNS];
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                log.row();
                int n = Tsv.split(line, '\t', f);
                if (n != COLUMNS) {
                    log.bad(lineNo, "expected " + COLUMNS + " tab-separated columns, found " + n);
                    continue;
                }
                PlaceKind kind = rule.kindOf(f[6], f[7]);
                if (kind == null) {
                    continue;
                }
                Place place;
                try {
                    place = toPlace(f, kind);
                } catch (IllegalArgumentException e) {
                    log.bad(lineNo, e.getMessage());
                    continue;
                }
                sink.accept(place);
                log.accepted();
            }
        }
    }

    private static Place toPlace(String[] f, PlaceKind kind) {
        if (!f[0].matches("[1-9][0-9]{0,11}")) {
            throw new IllegalArgumentException("geonameid is not a number: '" + f[0] + "'");
        }
        String name = f[1].strip();
        if (name.isEmpty() || !Names.isLatin(name)) {
            name = f[2].strip();
        }
        if (name.isEmpty()) {
            throw new IllegalArgumentException("empty name");
        }
        GeoPoint point = new GeoPoint(number(f[4], "latitude"), number(f[5], "longitude"));
        List<String> spellings = new ArrayList<>();
        spellings.add(f[1]);
        spellings.add(f[2]);
        if (!f[3].isEmpty()) {
            spellings.addAll(Arrays.asList(f[3].split(",")));
        }
        if (kind == PlaceKind.SEA) {
            spellings.add(Names.bareSeaName(name));
        }
        long population;
        try {
            population = f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("population is not a number: '" + f[14] + "'");
        }
        if (population < 0) {
            throw new IllegalArgumentException("negative population");
        }
        return new Place("geonames:" + f[0], PlaceTsv.cleanName(name), Names.alternates(name, spellings), point,
                kind, f[6], f[7], f[8], f[10], population);
    }

    static double number(String s, String what) {
        try {
            double d = Double.parseDouble(s);
            if (!Double.isFinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " is not a number: '" + s + "'");
        }
    }

    /** A reader of a plain, gzip ({@code .gz}) or zip ({@code .zip}: its first {@code .txt} entry) file. */
    static BufferedReader open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        String name = file.getFileName().toString();
        if (name.endsWith(".gz")) {
            in = new GZIPInputStream(in, 1 << 16);
        } else if (name.endsWith(".zip")) {
            ZipInputStream zip = new ZipInputStream(new java.io.BufferedInputStream(in, 1 << 16));
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null && !e.getName().endsWith(".txt")) {
                // readme.txt comes after the data in GeoNames' zips; the first .txt entry is the dump
            }
            if (e == null) {
                zip.close();
                throw new IOException(file + ": no .txt entry in the zip file");
            }
            in = zip;
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }
}
