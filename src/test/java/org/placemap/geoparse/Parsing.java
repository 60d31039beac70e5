package org.placemap.geoparse;

import java.util.List;
import org.placemap.gazetteer.Gazetteer;
import org.placemap.gazetteer.Place;

/** Test shorthand: parse a text against a few places and look at the mentions. */
final class Parsing {

    private Parsing() {}

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
