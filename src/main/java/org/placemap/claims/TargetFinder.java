package org.placemap.claims;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what follows a cited distance: the place it is measured from ("… from Tartus", "… north of
 * Homs", "within … of Homs"), both places ("… from Hama to Tartus", "… drive between Hama and Homs"), or
 * "apart", which takes both places from the subject.
 */
final class TargetFinder {

    enum Shape {
        /** One place after the distance; the other is the subject. */
        TO,
        /** Both places after the distance. */
        FROM_TO,
        /** "apart": both places are in the subject. */
        APART
    }

    /**
     * @param first  the place named first after the distance (the only one for {@link Shape#TO}); null for APART
     * @param second the second place for {@link Shape#FROM_TO}, else null
     * @param end    offset after the last word read
     */
    record Target(Shape shape, Endpoint first, Endpoint second, int end) {}

    private static final String DIR = "(?:(?:north|south)(?:[- ]?(?:east|west))?|east|west)(?:ward|wards|erly)?";
    /** Journeys, whose length is a distance between their ends; a convoy's or a border's length is not. */
    private static final Set<String> JOURNEYS = Set.of("drive", "journey", "trip", "ride", "flight", "route", "road",
            "highway", "motorway", "trek", "walk", "march", "commute", "hop", "distance", "voyage", "crossing", "sail",
            "stretch", "by", "air", "sea", "as", "the", "crow", "flies", "away", "long", "overland");
    private static final Pattern LEAD_WORDS = Pattern.compile("\\G(?:\\s+(?:[\\p{Ll}]+)){0,3}?\\s+(?=from\\b|between\\b)",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final String JOURNEY_NOUNS = "drive|journey|trip|ride|flight|route|trek|walk|march|commute|hop|voyage"
            + "|crossing|sail";
    private static final Pattern CONNECTOR = Pattern.compile("\\G(?:\\s*,?\\s*(?:away|inland|offshore|further|farther|due"
            + "|directly|straight|just|as\\s+the\\s+crow\\s+flies|by\\s+road|by\\s+air|(?:" + JOURNEY_NOUNS + ")))*"
            + "(?:\\s+(?<dir>" + DIR + "))?"
            + "\\s+(?<conn>(?:away\\s+)?from|of|outside(?:\\s+of)?|off(?:\\s+the\\s+coast\\s+of)?|short\\s+of|beyond|past"
            + "|to\\s+the\\s+" + DIR + "\\s+of)\\s+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern APART = Pattern.compile("\\G\\s+apart\\b", Pattern.CASE_INSENSITIVE);

    private final SentenceScope s;

    TargetFinder(SentenceScope scope) {
        this.s = scope;
    }

    /** What follows the quantity, or null when it names no place to measure from. */
    Target find(Quantity q) {
        Target both = fromTo(q.end());
        if (both != null) {
            return both;
        }
        Matcher apart = APART.matcher(s.text).region(q.end(), s.range.end());
        if (apart.lookingAt()) {
            return new Target(Shape.APART, null, null, apart.end());
        }
        Matcher c = CONNECTOR.matcher(s.text).region(q.end(), s.range.end());
        if (!c.lookingAt()) {
            return null;
        }
        String conn = c.group("conn").toLowerCase(Locale.ROOT);
        boolean bareOf = conn.equals("of");
        if (bareOf && c.group("dir") == null && q.cited().hedge() != Hedge.WITHIN) {
            return null; // "5,000 km of border": a length, not a distance from a place
        }
        if (!q.hasUnit() && !(conn.endsWith("from") || c.group("dir") != null)) {
            return null;
        }
        Endpoint to = s.placeAt(c.end());
        return to == null ? null : new Target(Shape.TO, to, null, to.end());
    }

    /** "… from Hama to Tartus", "… (drive) between Hama and Homs". */
    private Target fromTo(int pos) {
        Matcher lead = LEAD_WORDS.matcher(s.text).region(pos, s.range.end());
        if (!lead.lookingAt()) {
            return null;
        }
        for (String w : lead.group().trim().split("\\s+")) {
            if (!w.isEmpty() && !JOURNEYS.contains(w)) {
                return null;
            }
        }
        int p = lead.end();
        boolean between = s.text.startsWith("between", p);
        p = s.skipSpaces(p + (between ? "between".length() : "from".length()));
        Endpoint a = s.placeAt(p);
        if (a == null) {
            return null;
        }
        String joiner = between ? "and" : "to";
        int j = s.skipSpaces(a.end());
        if (!s.text.regionMatches(true, j, joiner, 0, joiner.length())
                || j + joiner.length() >= s.range.end() || !Character.isWhitespace(s.text.charAt(j + joiner.length()))) {
            return null;
        }
        Endpoint b = s.placeAt(s.skipSpaces(j + joiner.length()));
        return b == null ? null : new Target(Shape.FROM_TO, a, b, b.end());
    }
}
