package org.placemap.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what follows a cited distance: the place it is measured from ("… from Tartus", "… north of
 * Homs", "within … of Homs", "… NW from the island of Taiwan"), both places ("… from Hama to Tartus", "…
 * drive between Hama and Homs"), "apart", which takes both places from the subject, or a line ("… from the
 * Lebanese border"), which names no point.
 *
 * <h2>Algorithm</h2>
 * Tried in order, the first that matches wins:
 * <ol>
 *   <li><b>From … to / between … and</b> after at most three journey words ("drive", "by road"), or after a
 *       verb of separating ("the 60 kilometers that separate Goma from Rubaya").</li>
 *   <li><b>Apart</b>.</li>
 *   <li><b>Connector</b>: fillers ("away", "inland", "along the coast", "as the crow flies", "almost directly",
 *       "distant", citation marks "[2]", a travel time in brackets "(2 hours drive)"), an optional direction (north-east, south-westerly, N, NW, S-W) and a conversion in brackets
 *       after it ("six miles southwest (16 kilometers) from"), then "from", "of", "off",
 *       "outside", "beyond", "short of", "to the north of", "in the northeast of" or "from south of", or "to" before a
 *       name in an aside ("Sabratha, over 75 km to Tripoli"); a bare "of" needs a direction
 *       or "within" ("5,000 km of border" is a length). A direction may also stand right before a
 *       capitalised name ("116 km northeast Tikrit"). A direction that ends the phrase ("Lusaka, 180 miles to the
 *       south, is larger") leaves the place it is measured from to the caller: an earlier name in the sentence. The phrase after it is read by {@link
 *       SentenceScope#phraseAt}: a place, or a line.</li>
 *   <li><b>More targets for the same distance</b>: "west of Ras Lanuf and the nearby terminal of Es Sider"
 *       gives two, when the name after "and" is not the subject of a clause of its own ("… and Aleppo
 *       is …", "… and Aleppo 120 km …").</li>
 * </ol>
 */
final class TargetFinder {

    enum Shape {
        /** One place (or several, for one distance) after the distance; the other end is the subject. */
        TO,
        /** Both places after the distance. */
        FROM_TO,
        /** "apart": both places are in the subject. */
        APART,
        /** A border or coast ({@link Target#line}): measured to its nearest point from the subject. */
        LINE,
        /**
         * A direction and nothing after it ("only the capital Lusaka, 180 miles to the south, is larger"): the
         * distance is measured from a place named earlier in the sentence, which the caller finds.
         */
        IMPLIED
    }

    /**
     * @param places      the places named after the distance: one or more for {@link Shape#TO}, two for
     *                    {@link Shape#FROM_TO}, none for APART and LINE
     * @param line        the border or coast for {@link Shape#LINE}, else null
     * @param end         offset after the last word read
     * @param directional whether a direction was given ("north of", "NW from")
     */
    record Target(Shape shape, List<Endpoint> places, LineRef line, int end, boolean directional) {

        Target(Shape shape, List<Endpoint> places, int end, boolean directional) {
            this(shape, places, null, end, directional);
        }

        Endpoint first() {
            return places.getFirst();
        }

        Endpoint second() {
            return places.get(1);
        }
    }

    /** A compass direction, of up to three points ("north-northeast", "west-southwest"), with "-ward" or "-erly". */
    private static final String DIR = "(?:(?:(?:north|south)-(?=(?:north|south)(?:east|west)))?(?:north|south)(?:[- ]?(?:east|west))?"
            + "|(?:(?:east|west)-(?=(?:north|south)(?:east|west)))?(?:north|south)(?:east|west)|east|west)(?:ward|wards|erly)?";
    /** Compass abbreviations, capitals only: "NW from", "S-W of". */
    private static final String COMPASS = "(?-i:[NS]-?[EW]|NNE|ENE|ESE|SSE|SSW|WSW|WNW|NNW|[NSEW])";
    /** Journeys, whose length is a distance between their ends; a convoy's or a border's length is not. */
    private static final Set<String> JOURNEYS = Set.of("drive", "journey", "trip", "ride", "flight", "route", "road",
            "highway", "motorway", "trek", "walk", "march", "commute", "hop", "distance", "voyage", "crossing", "sail",
            "stretch", "by", "air", "sea", "as", "the", "crow", "flies", "away", "long", "overland");
    private static final Pattern LEAD_WORDS = Pattern.compile("\\G(?:\\s+(?:[\\p{Ll}]+)){0,3}?\\s+(?=from\\b|between\\b)",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final String JOURNEY_NOUNS = "drive|journey|trip|ride|flight|route|trek|walk|march|commute|hop|voyage"
            + "|crossing|sail";
    // "some 10 miles up from downtown Port-au-Prince", "20 km out from", "a mile down from"
    private static final String FILLERS = "away|inland|offshore|upriver|downriver|upstream|downstream|further|farther"
            + "|up(?=\\s+from)|down(?=\\s+from)|out(?=\\s+from)|back(?=\\s+from)|out\\s+(?:to|at)\\s+sea"
            // "50 kilometres (30 miles) down the highway from Pyin Oo Lwin", "20 miles up the road from"
            + "|(?:up|down|along)\\s+the\\s+(?:road|highway|motorway|freeway|coast|valley|river|line)(?=\\s+from)"
            // "867 kilometres almost directly south of", "292 km distant from"
            + "|(?:almost|nearly|roughly)(?=\\s+(?:due|directly|straight)\\b)|distant(?=\\s+from\\b)"
            + "|due|directly|straight|just|along\\s+the\\s+coast|as\\s+the\\s+crow\\s+flies|by\\s+road|by\\s+air|by\\s+sea"
            + "|(?:over|by)\\s+land(?=\\s+from)|overland(?=\\s+from)" // "18 kilometres (11 mi) over land from Bogotá"
            + "|across\\s+the\\s+(?:water|bay|strait|river|border)|" + JOURNEY_NOUNS;
    /** "(2 hours drive)", "(one-and-a-half hours by car)", "(a 40-minute flight)": a travel time in brackets. */
    private static final String TRAVEL_TIME = "\\s*\\((?=[^()]{0,60}?\\b(?:hours?|hrs?|minutes?|mins?|days?)\\b)[^()]{1,60}\\)";
    private static final Pattern CONNECTOR = Pattern.compile("\\G(?:\\s*,?\\s*(?:" + FILLERS + ")|\\s*\\[[^\\]\\s]{1,6}\\]|" + TRAVEL_TIME + ")*"
            // "six miles southwest (16 kilometers) from": a conversion in brackets after the direction
            + "(?:\\s+(?<dir>" + DIR + "|" + COMPASS + ")(?:\\s*\\[[^\\]\\s]{1,6}\\]|\\s*\\((?:about\\s+|some\\s+|around\\s+)?\\d[\\d.,]*\\s*\\p{L}{1,15}\\.?\\))?)?"
            + "(?:\\s+(?<conn>(?:away\\s+)?from(?:\\s+(?:the\\s+)?" + DIR + "\\s+of)?|of|outside(?:\\s+of)?|off|short\\s+of"
            + "|beyond|past|(?:to|in)\\s+the\\s+" + DIR + "\\s+(?:of|from)|to(?=\\s+(?:the\\s+)?(?-i:\\p{Lu}))))?\\s+",  // "14 kilometers in the northeast of"
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    /**
     * Whether a locative participle or a relative copula stands right before the distance ("located just 4 km to …",
     * "Kambari village which is less than five kilometres to Maiduguri"): its hedge ("about", "less than") is part of
     * the quantity already, and "just", "only" or "barely" may come between.
     */
    private boolean afterLocatedParticiple(Quantity q) {
        int p = q.start();
        String w = s.wordBefore(p);
        while (FILLERS_BEFORE.contains(w)) {
            p = s.wordStart(s.backSpaces(p));
            w = s.wordBefore(p);
        }
        if (w.equals("located") || w.equals("situated")) {
            return true;
        }
        String before = s.wordBefore(s.wordStart(s.backSpaces(p)));
        return (w.equals("is") || w.equals("lies") || w.equals("sits")) && (before.equals("which") || before.equals("that"));
    }

    /** Words that may stand between a participle or relative verb and its distance and are no hedge ({@link HedgeWords}). */
    private static final Set<String> FILLERS_BEFORE = Set.of("just", "only", "barely");

    /** A connector that says up or down a river, which makes a bare "of" a distance: "10 miles upstream of Corbridge". */
    private static final Pattern RIVERWISE = Pattern.compile("\\b(?:up|down)(?:stream|river)\\s+of\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern APART = Pattern.compile("\\G\\s+apart\\b", Pattern.CASE_INSENSITIVE);
    /**
     * A direction that ends the phrase: "180 miles to the south, is larger", "about 40 kilometres northwest, the
     * agency said", "which is 75km to the south." ("away" alone is {@link #IMPLIED_AWAY}).
     */
    private static final Pattern IMPLIED_DIRECTION = Pattern.compile("\\G\\s*,?\\s+(?:away\\s+)?(?:to\\s+the\\s+)?"
            + DIR + "(?=\\s*(?:[,.;:)\\u2013\\u2014]|$))", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    /**
     * "away" and nothing after it that names a place: "Tawila, roughly 40 kilometers away", "towards Rafah, less than 10
     * kilometres (six miles) away on the territory's closed border". The caller measures it from a place named earlier
     * in the sentence, when there is one ("the nearest camp in Tawila, 65 kilometres away": none, so no claim).
     */
    private static final Pattern IMPLIED_AWAY = Pattern.compile("\\G\\s+away(?=\\s*(?:[,.;:)\\u2013\\u2014\\[]|$)"
            + "|\\s+(?:on|in|at|along|across|near|inside|over)\\s)", Pattern.CASE_INSENSITIVE);
    private static final Pattern AND = Pattern.compile("\\G\\s*,?\\s+and\\s+(?:also\\s+)?", Pattern.CASE_INSENSITIVE);
    /**
     * Lower-case words that may open a further target after "and" ("and the nearby terminal of Es Sider", "and
     * northern Tartus"); any other lower-case word there starts something else (a verb: "and includes …").
     */
    private static final Set<String> TARGET_OPENERS = Set.of("the", "a", "an", "its", "their", "nearby", "neighbouring",
            "neighboring", "northern", "southern", "eastern", "western", "central", "north", "south", "east", "west",
            "north-eastern", "north-western", "south-eastern", "south-western", "northeastern", "northwestern",
            "southeastern", "southwestern", "downtown", "coastal", "mainland");
    /** After a second target, words that show it begins a clause of its own. */
    private static final Set<String> CLAUSE_WORDS = Set.of("is", "are", "was", "were", "lies", "lie", "lay", "sits",
            "stands", "has", "had", "remains");

    /**
     * A relative clause with a number after a further target ("and Korla City, which is more than 300 kilometers
     * away"): the name has a distance of its own. One without ("and the nearby terminal of Es Sider, which is also
     * closed") leaves it a target.
     */
    private static final Pattern OWN_RELATIVE_CLAUSE = Pattern.compile("\\G(?:\\s+\\p{L}+)?\\s*,\\s*(?:(?:which|who|where)\\b[^,;.]{0,40}?\\d"
            // "110 km east of Kharkiv, and Chuhuiv, 40 km to the southeast": an aside with a distance of its own
            + "|(?:(?:about|some|around|roughly|nearly|almost|approximately|just|only|over|under|more\\s+than|less\\s+than)\\s+)*\\d)",
            Pattern.CASE_INSENSITIVE);

    private final SentenceScope s;

    TargetFinder(SentenceScope scope) {
        this.s = scope;
    }

    /** What follows the quantity, or null when it names no place or line to measure from. */
    Target find(Quantity q) {
        Target both = fromTo(q.end());
        if (both == null) {
            both = separating(q.end());
        }
        if (both != null) {
            return both;
        }
        Matcher apart = APART.matcher(s.text).region(q.end(), s.range.end());
        if (apart.lookingAt()) {
            return new Target(Shape.APART, List.of(), apart.end(), false);
        }
        Matcher implied = IMPLIED_DIRECTION.matcher(s.text).region(q.end(), s.range.end());
        if (implied.lookingAt() && q.hasUnit()) {
            return new Target(Shape.IMPLIED, List.of(), implied.end(), true);
        }
        Matcher c = CONNECTOR.matcher(s.text).region(q.end(), s.range.end());
        if (!c.lookingAt()) {
            return awayAlone(q);
        }
        String dir = c.group("dir");
        String conn = c.group("conn") == null ? null : c.group("conn").toLowerCase(Locale.ROOT);
        if (conn == null) {
            // "5 km away across the river from Kherson" has its connector; "Tawila, roughly 40 kilometers away" none
            return dir == null ? awayAlone(q) : bareDirection(q, c.end());
        }
        if (conn.equals("to") && (dir != null || !inAppositive(q) && !afterLocatedParticiple(q))) {
            // "drove 75 km to Tripoli" is a journey; an aside says "Sabratha, over 75 km to Tripoli", and so does a
            // participle: "Ukohol village located about four kilometres to Yelwata"
            return null;
        }
        boolean bareOf = conn.equals("of");
        if (bareOf && dir == null && q.cited().hedge() != Hedge.WITHIN && !RIVERWISE.matcher(c.group()).find()) {
            return null; // "5,000 km of border": a length, not a distance from a place; "10 miles upstream of" is one
        }
        if (!q.hasUnit() && !(conn.endsWith("from") || dir != null)) {
            return null;
        }
        boolean directional = dir != null || conn.contains("of") && !bareOf;
        SentenceScope.Named to = s.phraseAt(c.end());
        if (to == null) {
            return null;
        }
        if (to.line()) {
            return new Target(Shape.LINE, List.of(), to.lineRef(), to.end(), directional);
        }
        List<Endpoint> places = new ArrayList<>();
        places.add(to.place());
        int end = more(places, to.end());
        return new Target(Shape.TO, List.copyOf(places), end, directional);
    }

    /** {@link #IMPLIED_AWAY}: "away" and no place after it, or null. */
    private Target awayAlone(Quantity q) {
        Matcher away = IMPLIED_AWAY.matcher(s.text).region(q.end(), s.range.end());
        return away.lookingAt() && q.hasUnit() ? new Target(Shape.IMPLIED, List.of(), away.end(), false) : null;
    }

    /** Whether the distance opens an aside: a comma right before it ("Sabratha, over 75 km to Tripoli"). */
    private boolean inAppositive(Quantity q) {
        int before = s.backSpaces(q.start());
        if (before > s.range.start() && s.text.charAt(before - 1) == ',') {
            return true;
        }
        // "Kayamula, a village some 15km to the Giwa Barracks": a description with a place noun opens the aside
        Matcher described = DESCRIBED_ASIDE.matcher(s.text).region(Math.max(s.range.start(), before - 60), before);
        return described.find();
    }

    /**
     * ", a village", ", a small town just": an aside's article and place noun ending the text before a quantity, whose
     * hedge ("some", "about") the quantity holds already.
     */
    private static final Pattern DESCRIBED_ASIDE = Pattern.compile(",\\s+(?:a|an)\\s+(?:[\\p{L}-]+\\s+)?(?:"
            + String.join("|", SentenceScope.PLACE_NOUNS) + ")(?:\\s+(?:just|only))?\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

    /** "116 km northeast Tikrit": a direction with the "of" left out, before a capitalised name. */
    private Target bareDirection(Quantity q, int pos) {
        if (!q.hasUnit() || pos >= s.range.end() || !Character.isUpperCase(s.text.charAt(pos))) {
            return null;
        }
        Endpoint to = s.nameAt(pos);
        return to == null ? null : new Target(Shape.TO, List.of(to), to.end(), true);
    }

    /** Further places joined by "and" to the same distance; the offset after the last one read. */
    private int more(List<Endpoint> places, int end) {
        int p = end;
        while (places.size() < 4) {
            Matcher and = AND.matcher(s.text).region(p, s.range.end());
            if (!and.lookingAt()) {
                return p;
            }
            int first = s.skipSpaces(and.end());
            String firstWord = s.wordAt(first);
            boolean placeNounOf = SentenceScope.PLACE_NOUNS.contains(firstWord)
                    && s.wordAt(s.afterWord(first)).equals("of"); // "from the Gaza Strip and town of Beit Hanoun"
            if (first < s.range.end() && Character.isLowerCase(s.text.charAt(first)) && !TARGET_OPENERS.contains(firstWord)
                    && !placeNounOf) {
                return p; // "103 miles south of Hanoi and includes the city of Vinh": a verb, the subject's next predicate
            }
            SentenceScope.Named next = s.phraseAt(and.end());
            if (next == null || next.line()) {
                return p;
            }
            if (LOCATING_INSIDE.matcher(s.text.substring(and.end(), next.place().start())).find()) {
                // "75 kilometers northwest of Damascus, and the largest remaining rebel-held town in the Qalamoun
                // mountain range": a description of the subject, whose area the name after "in" only locates
                return p;
            }
            String after = s.wordAt(next.end());
            boolean clause = CLAUSE_WORDS.contains(after) || (!after.isEmpty() && Character.isDigit(after.charAt(0)))
                    || NumberWords.parse(after) >= 0
                    // "180 kilometers away from Shawan, and Korla City, which is more than 300 kilometers away": Korla
                    // has a distance of its own; it is another subject, not a second target
                    || OWN_RELATIVE_CLAUSE.matcher(s.text).region(next.end(), s.range.end()).lookingAt();
            if (clause) {
                return p;
            }
            places.add(next.place());
            p = next.end();
        }
        return p;
    }

    /** A locating preposition among the words before a name: the name locates something else the words describe. */
    private static final Pattern LOCATING_INSIDE = Pattern.compile("\\b(?:in|on|near|at|inside|within)\\s");

    /** "the 60 kilometers that separate Goma from Rubaya", "the 8 km separating Hama and Homs". */
    private static final Pattern SEPARATE = Pattern.compile("\\G\\s+(?:that\\s+|which\\s+)?(?:separates?|separated|separating)\\s+",
            Pattern.CASE_INSENSITIVE);

    /** "… that separate Goma from Rubaya": both places after a verb of separating, joined by "from" or "and". */
    private Target separating(int pos) {
        Matcher m = SEPARATE.matcher(s.text).region(pos, s.range.end());
        if (!m.lookingAt()) {
            return null;
        }
        SentenceScope.Named a = s.phraseAt(m.end());
        if (a == null || a.line()) {
            return null;
        }
        int j = s.skipSpaces(a.end());
        String joiner = s.wordAt(j);
        if (!joiner.equals("from") && !joiner.equals("and")) {
            return null;
        }
        SentenceScope.Named b = s.phraseAt(s.afterWord(j));
        return b == null || b.line() ? null : new Target(Shape.FROM_TO, List.of(a.place(), b.place()), b.end(), false);
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
        if (between && lead.group().contains("away")) {
            return null; // "located 35 km away between the Bystroe and Skhidnyi channels": where, not between what
        }
        p = s.skipSpaces(p + (between ? "between".length() : "from".length()));
        SentenceScope.Named a = s.phraseAt(p);
        if (a == null || a.line()) {
            return null;
        }
        String joiner = between ? "and" : "to";
        int j = s.skipSpaces(a.end());
        if (!s.text.regionMatches(true, j, joiner, 0, joiner.length())
                || j + joiner.length() >= s.range.end() || !Character.isWhitespace(s.text.charAt(j + joiner.length()))) {
            return null;
        }
        SentenceScope.Named b = s.phraseAt(s.skipSpaces(j + joiner.length()));
        return b == null || b.line() ? null : new Target(Shape.FROM_TO, List.of(a.place(), b.place()), b.end(), false);
    }
}
