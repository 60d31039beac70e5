package org.placemap.geoparse;

import java.util.List;
import org.placemap.gazetteer.Gazetteer;
import org.placemap.gazetteer.Place;

/** Test shorthand: parse a text against a few places and look at the mentions. */
final class Parsing {

    private Parsing() {}

    private static GeoParser shipped;

    /**
     * A parser on the shipped gazetteer (`geodata/`), loaded once for every test class that is about its data (its
     * priors, GeoNames' names): loading it takes about half a second and 30 MB.
     */
    static synchronized GeoParser shipped() throws java.io.IOException {
        if (shipped == null) {
            shipped = new GeoParser(Gazetteer.load(java.nio.file.Path.of("geodata")));
        }
        return shipped;
    }

    static ParsedArticle parse(String text, Place... places) {
        return new GeoParser(new Gazetteer(List.of(places))).parse("test.txt", text);
    }

    /** The mentions' texts, in order. */
    static List<String> names(ParsedArticle parsed) {
        return parsed.mentions().stream().map(Mention::text).toList();
    }

    /** The resolved place id of the first mention written {@code text}, or "unresolved". */
    static String placeOf(ParsedArticle parsed, String text) {
        Mention m = parsed.mentions().stream().filter(x -> x.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention '" + text + "' in " + names(parsed)));
        return m.isResolved() ? m.place().id() : "unresolved";
    }
}
