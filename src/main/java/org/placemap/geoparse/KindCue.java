package org.placemap.geoparse;

import java.util.List;
import java.util.Locale;
import org.placemap.gazetteer.PlaceKind;

/**
 * What the words around a name say about the kind of place ("Khmeimim air base", "Daraa province",
 * "the city of Hama"). The resolver prefers candidates of that kind.
 */
enum KindCue {
    NONE,
    AIR_BASE,
    NAVAL_BASE,
    /**
     * "Daraa province", "the Darling Downs regions": an administrative division, or a named region (Natural Earth's
     * geographic regions: "Darling Downs", "Donbas"), never the town of that name.
     */
    ADMIN,
    CITY,
    /** A river or stream ("the Dnipro river"): the gazetteer has none, so no candidate is of this kind. */
    WATERCOURSE;

    /** Whether a candidate of {@code kind} is what this cue asks for. */
    boolean wants(PlaceKind kind) {
        return switch (this) {
            case NONE -> false;
            case AIR_BASE -> kind == PlaceKind.AIR_BASE || kind == PlaceKind.AIRPORT;
            case NAVAL_BASE -> kind == PlaceKind.NAVAL_BASE;
            case ADMIN -> kind == PlaceKind.ADMIN_REGION || kind == PlaceKind.REGION;
            case CITY -> kind == PlaceKind.POPULATED_PLACE || kind == PlaceKind.CAPITAL;
            case WATERCOURSE -> false;
        };
    }

    /** A facility named after a town: the bare name later in the text means the facility too. */
    boolean isFacility() {
        return this == AIR_BASE || this == NAVAL_BASE;
    }

    /** A cue found in the text, and how many tokens it spans. */
    record Match(KindCue cue, int tokens, boolean plural, String phrase) {
        static final Match NONE = new Match(KindCue.NONE, 0, false, "");

        /**
         * The phrase as it follows one name in the gazetteer: singular ("Barber, Barton and Pratt counties" looks up
         * "Barber county", which folds like "Barber County").
         */
        String lookupPhrase() {
            return plural ? singular(phrase) : phrase;
        }
    }

    /** Singular admin nouns that follow a division's name ("Daraa province") or introduce it ("the province of Daraa"). */
    private static final java.util.Set<String> SINGULAR_ADMIN = java.util.Set.of("province", "governorate", "region",
            "oblast", "district", "county", "prefecture", "municipality", "state", "krai", "voivodeship", "canton");
    /**
     * Singular admin nouns that only introduce a name ("the department of Punilla", "the parish of St. Bernard"): after
     * a name they are more often an institution's ("the United States Department of Health") or part of a name the
     * gazetteer knows whole ("St. Bernard Parish"). Capitalised after a name and before no "of", "for" or "on" they
     * are the division's name ("in Nariño Department").
     */
    private static final java.util.Set<String> SINGULAR_ADMIN_BEFORE_ONLY = java.util.Set.of("department", "parish");

    /** Words after a capitalised "Department" that make it an institution's: "of Health", "for Transport", "on Aging". */
    private static final java.util.Set<String> INSTITUTION_JOINERS = java.util.Set.of("of", "for", "on", "and", "&");

    /** Plural admin nouns, which cover every name coordinated with the one next to them. */
    private static final java.util.Set<String> PLURAL_ADMIN = java.util.Set.of("provinces", "governorates", "regions",
            "oblasts", "districts", "counties", "prefectures", "states", "departments", "municipalities", "parishes");

    /** "counties" → "county", "parishes" → "parish", "air bases" → "air base". */
    static String singular(String plural) {
        if (plural.endsWith("ies")) {
            return plural.substring(0, plural.length() - 3) + "y";
        }
        if (plural.endsWith("shes")) {
            return plural.substring(0, plural.length() - 2);
        }
        return plural.endsWith("s") ? plural.substring(0, plural.length() - 1) : plural;
    }

    /** The cue starting at {@code tokens[from]} right after a name ("air base", "provinces"), or NONE. */
    static Match after(List<Token> tokens, int from) {
        String w1 = word(tokens, from);
        String w2 = tokens.size() > from + 1 && tokens.get(from + 1).spaceBefore() ? word(tokens, from + 1) : "";
        if (w1.isEmpty() || !tokens.get(from).spaceBefore()) {
            return Match.NONE;
        }
        if ((w1.equals("air") || w1.equals("naval") || w1.equals("military")) && !w2.isEmpty()) {
            String two = w1 + " " + w2;
            return switch (two) {
                case "air base", "air field", "air station", "military airport", "military airfield" ->
                        new Match(AIR_BASE, 2, false, two);
                case "air bases", "air fields" -> new Match(AIR_BASE, 2, true, two);
                case "naval base", "naval facility", "naval port" -> new Match(NAVAL_BASE, 2, false, two);
                case "naval bases" -> new Match(NAVAL_BASE, 2, true, two);
                default -> Match.NONE;
            };
        }
        if (SINGULAR_ADMIN_BEFORE_ONLY.contains(w1) && tokens.get(from).capitalised() && !INSTITUTION_JOINERS.contains(w2)) {
            // "in Nariño Department.", but not "the Texas Department of Health", "the UK Department for International
            // Development"
            return new Match(ADMIN, 1, false, w1);
        }
        return switch (w1) {
            case "airbase", "airfield", "airport" -> new Match(AIR_BASE, 1, false, w1);
            case "airbases", "airfields", "airports" -> new Match(AIR_BASE, 1, true, w1);
            // Nigeria's local government areas, named after their seats: "in Obi LGA of Nasarawa State"
            case "lga" -> tokens.get(from).allCaps() ? new Match(ADMIN, 1, false, w1) : Match.NONE;
            case "lgas" -> tokens.get(from).text().equals("LGAs") ? new Match(ADMIN, 1, true, w1) : Match.NONE;
            // "the Texas town of Paris": the noun and its "of" introduce the name after them, not this one
            case "city", "town", "village" -> w2.equals("of") ? Match.NONE : new Match(CITY, 1, false, w1);
            default -> SINGULAR_ADMIN.contains(w1) ? new Match(ADMIN, 1, false, w1)
                    : PLURAL_ADMIN.contains(w1) ? new Match(ADMIN, 1, true, w1) : Match.NONE;
        };
    }

    /**
     * The kind of place whose office is named right after a name ("Isabela Governor Rodolfo Albano", "the Ohio
     * governor"): a governor heads a state or province. NONE for any other word. The name stays the place; the cue
     * only ranks its candidates (the province of Isabela before the city). Not "Mayor": towns win a bare name anyway,
     * and the cue would resolve "Avondale Mayor …" apart from the article's other "Avondale" mentions (one sense per
     * name and cue), away from the town the rest of the article settles (LGL lost it).
     */
    static KindCue ofOfficeAfter(List<Token> tokens, int next) {
        if (next >= tokens.size() || !tokens.get(next).spaceBefore()) {
            return NONE;
        }
        return switch (tokens.get(next).text().toLowerCase(Locale.ROOT).replace(".", "")) {
            case "governor", "gov", "governorship" -> ADMIN;
            default -> NONE;
        };
    }

    /**
     * The admin noun and its "of" right before {@code tokens[first]} ("the province of", "the departments of"), as a
     * match whose phrase is the noun, or NONE. The name after it is looked up with the noun too ("the department of
     * Punilla" finds the division GeoNames files as "Departamento de Punilla").
     */
    static Match adminBefore(List<Token> tokens, int first) {
        String w1 = word(tokens, first - 1);
        String w2 = word(tokens, first - 2);
        if (!w1.equals("of")) {
            return Match.NONE;
        }
        if (SINGULAR_ADMIN.contains(w2) || SINGULAR_ADMIN_BEFORE_ONLY.contains(w2)) {
            return new Match(ADMIN, 2, false, w2);
        }
        return PLURAL_ADMIN.contains(w2) ? new Match(ADMIN, 2, true, w2) : Match.NONE;
    }

    /** The cue ending right before {@code tokens[first]} ("the city of", "the naval base in"), or NONE. */
    static KindCue before(String text, List<Token> tokens, int first) {
        String w1 = word(tokens, first - 1);
        String w2 = word(tokens, first - 2);
        String w3 = word(tokens, first - 3);
        if (adminBefore(tokens, first).cue() != NONE) {
            return ADMIN;
        }
        if (w1.equals("of")) {
            KindCue cue = switch (w2) {
                case "city", "town", "village", "port", "suburb" -> CITY;
                default -> NONE;
            };
            if (cue != NONE) {
                return cue;
            }
        }
        if ((w1.equals("city") || w1.equals("town") || w1.equals("village")) && !tokens.get(first - 1).capitalised()) {
            return CITY; // "the Russian city Voronezh"; not the end of another name: "Cedar City, Utah"
        }
        if (w1.equals("capital") && !tokens.get(first - 1).capitalised() && onlySpaceOrComma(text, tokens, first)) {
            return CITY; // "the regional capital, Stepanakert", "the Syrian capital Damascus"; not "the capital of Syria"
        }
        if ((w1.equals("co") || w1.equals("co.")) && first >= 1 && tokens.get(first - 1).capitalised()) {
            return ADMIN; // "Co Mayo", "north Co Dublin": the county, not the town
        }
        if (w1.equals("in") || w1.equals("at") || w1.equals("of")) {
            if (w2.equals("base") && w3.equals("air") || w2.equals("airbase") || w2.equals("airfield")) {
                return AIR_BASE;
            }
            if (w2.equals("base") && w3.equals("naval")) {
                return NAVAL_BASE;
            }
        }
        return NONE;
    }

    /**
     * A plural cue covers every name coordinated with the one next to it, in either direction:
     * <ul>
     *   <li>after the last name ("Quneitra and Daraa provinces", "Barber, Barton and Pratt counties"): copied to the
     *       names joined to it by "and", "or" or commas before it;</li>
     *   <li>before the first name ("the departments of Santa María, Punilla and Minas"): copied to the names joined
     *       to it after it.</li>
     * </ul>
     * Each name that takes the cue is looked up with the noun as well (singular: "Barber county"), so a division the
     * gazetteer knows only by its full name ("Barber County", "Departamento de Punilla") becomes a candidate.
     */
    static void propagatePlural(String text, List<Span> spans, Lookup lookup) {
        for (int k = spans.size() - 1; k > 0; k--) {
            Span last = spans.get(k);
            String noun = last.cue() == NONE || !last.suffixCue() ? null : pluralAfter(text, last.end());
            if (noun == null) {
                continue;
            }
            Match match = new Match(last.cue(), 1, true, noun);
            for (int p = k - 1; p >= 0 && coordinated(text, spans.get(p), spans.get(p + 1)); p--) {
                Span prev = spans.get(p);
                if (prev.cue() == NONE) {
                    spans.set(p, prev.withCue(last.cue(), true, Lookup.merge(lookup.withCue(prev.text(), match), prev.candidates())));
                }
            }
        }
        for (int k = 0; k + 1 < spans.size(); k++) {
            Span first = spans.get(k);
            java.util.regex.Matcher m = PLURAL_OF.matcher(text.substring(Math.max(0, first.start() - 40), first.start()));
            if (first.cue() != ADMIN || first.suffixCue() || !m.find()) {
                continue;
            }
            Match match = new Match(ADMIN, 2, true, m.group(1).toLowerCase(Locale.ROOT));
            for (int n = k + 1; n < spans.size() && coordinated(text, spans.get(n - 1), spans.get(n)); n++) {
                Span next = spans.get(n);
                if (next.cue() == NONE) {
                    spans.set(n, next.withCue(ADMIN, false, Lookup.merge(lookup.withCue(next.text(), match), next.candidates())));
                }
            }
        }
    }

    /** A name in a list: capitalised words, then a comma, "and", "or" or ", and". */
    private static final String LISTED = "\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*)*(?:\\s*,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or)\\s+)";
    private static final String PLURALS = String.join("|", new java.util.TreeSet<>(PLURAL_ADMIN));
    /** "the departments of Santa María, " before a name: the list the plural noun governs, up to this name. */
    private static final java.util.regex.Pattern GOVERNED_FROM_BEFORE = java.util.regex.Pattern.compile(
            "(?i:\\b(" + PLURALS + ")\\s+of\\s+(?:the\\s+)?)(?:" + LISTED + ")*$");
    /** ", Barton and Pratt counties" after a name: the rest of the list and the plural noun that governs it. */
    private static final java.util.regex.Pattern GOVERNED_FROM_AFTER = java.util.regex.Pattern.compile(
            "^(?:\\s*,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or)\\s+)(?:" + LISTED + ")*"
                    + "\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*)*\\s+(?i:(" + PLURALS + "))\\b");

    /**
     * The plural admin noun that governs a list containing the name at {@code [start, end)}: "the departments of
     * Calamuchita, Punilla and Minas" or "Barber, Barton and Pratt counties", as a match whose phrase is the noun;
     * NONE when the name is in no such list. Lets a name the gazetteer knows only with its noun ("Punilla
     * Department", "Barton County") be found at all.
     */
    static Match governingPlural(String text, int start, int end) {
        // cheap tests first: almost no name is in such a list, and this runs for every window the scanner looks up
        if (pluralOfBefore(text, start)) {
            java.util.regex.Matcher before = GOVERNED_FROM_BEFORE.matcher(text).region(Math.max(0, start - LIST_REACH), start);
            if (before.find()) {
                return new Match(ADMIN, 2, true, before.group(1).toLowerCase(Locale.ROOT));
            }
        }
        if (listGoesOn(text, end)) {
            java.util.regex.Matcher after = GOVERNED_FROM_AFTER.matcher(text).region(end, Math.min(text.length(), end + LIST_REACH));
            if (after.lookingAt()) {
                return new Match(ADMIN, 1, true, after.group(1).toLowerCase(Locale.ROOT));
            }
        }
        return Match.NONE;
    }

    /** Lower-case nouns of rivers and streams, which the gazetteer has none of. */
    private static final java.util.Set<String> WATERCOURSES = java.util.Set.of("river", "rivers", "creek", "creeks",
            "stream", "streams", "tributary", "tributaries");

    /**
     * Whether the name at {@code [start, end)} is a river's: a lower-case watercourse noun right after it ("the Dnipro
     * river"), or after the list it ends or belongs to ("the Solimões, Madeira, Juruá, and Purus rivers"). The
     * gazetteer has no rivers, so such a name is kept unresolved rather than read as the town that shares it.
     */
    static boolean namesWatercourse(String text, int start, int end) {
        String noun = letters(text, spacesAfter(text, end));
        if (WATERCOURSES.contains(noun)) {
            // lower case only: "Madeira River Road" is no watercourse noun after "Madeira". A plural noun names
            // rivers only after a list ("the Tigris and Euphrates rivers"); after one name it is the rivers of
            // that place ("flee US rivers", "Kenyan rivers", "Midwest streams")
            return !PLURAL_WATERCOURSES.contains(noun) || endsList(text, start);
        }
        if (!listGoesOn(text, end)) {
            return false;
        }
        java.util.regex.Matcher after = WATERCOURSE_LIST.matcher(text).region(end, Math.min(text.length(), end + LIST_REACH));
        return after.lookingAt();
    }

    private static final java.util.Set<String> PLURAL_WATERCOURSES = java.util.Set.of("rivers", "creeks", "streams",
            "tributaries");

    /** A capitalised word and a list joiner (", ", " and ", " or ", " & ") right before {@code start}. */
    private static final java.util.regex.Pattern LIST_BEFORE = java.util.regex.Pattern.compile(
            "\\p{Lu}[\\p{L}'’.-]*(?:\\s*,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or|&)\\s+)$");

    /** Whether the name at {@code start} is the last of a list of names: "the Tigris and Euphrates". */
    private static boolean endsList(String text, int start) {
        return LIST_BEFORE.matcher(text).region(Math.max(0, start - LIST_REACH), start).find();
    }

    /** ", Juruá, and Purus rivers": the rest of a list of names and the plural watercourse noun after it. */
    private static final java.util.regex.Pattern WATERCOURSE_LIST = java.util.regex.Pattern.compile(
            "(?:\\s*,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or)\\s+)(?:" + LISTED + ")*"
                    + "\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*)*\\s+(?:rivers|creeks|streams)\\b");

    /** How far before or after a name its list is looked for, in characters. */
    private static final int LIST_REACH = 200;

    /** Whether a plural admin noun and "of" stand somewhere in the {@link #LIST_REACH} characters before {@code start}. */
    private static boolean pluralOfBefore(String text, int start) {
        int from = Math.max(0, start - LIST_REACH);
        for (int of = start - 4; of >= from; of--) {
            if (!text.startsWith(" of ", of)) {
                continue; // scanned within reach only: String.lastIndexOf would run on to the text's start
            }
            int w = of;
            while (w > from && Character.isLetter(text.charAt(w - 1))) {
                w--;
            }
            if (PLURAL_ADMIN.contains(text.substring(w, of).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a comma, "and" or "or" follows {@code end}, or a plural admin noun: the name may be in a list. */
    private static boolean listGoesOn(String text, int end) {
        int i = spacesAfter(text, end);
        if (i < text.length() && text.charAt(i) == ',') {
            return true;
        }
        String word = letters(text, i).toLowerCase(Locale.ROOT);
        return word.equals("and") || word.equals("or") || PLURAL_ADMIN.contains(word);
    }

    /** "the departments of ", "the provinces of the " right before a name. */
    private static final java.util.regex.Pattern PLURAL_OF = java.util.regex.Pattern.compile(
            "(?i)\\b(" + PLURALS + ")\\s+of\\s+(?:the\\s+)?$");

    /** Where the first character after the spaces at {@code from} stands. */
    private static int spacesAfter(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** The run of letters starting at {@code from}, as written (empty when none). */
    private static String letters(String text, int from) {
        int j = from;
        while (j < text.length() && Character.isLetter(text.charAt(j))) {
            j++;
        }
        return text.substring(from, j);
    }

    private static boolean coordinated(String text, Span a, Span b) {
        String between = text.substring(a.end(), b.start()).strip();
        return between.equals(",") || between.equals("and") || between.equals(", and") || between.equals("or");
    }

    /** The plural kind noun right after {@code end} ("provinces", "air bases"), or null. */
    private static String pluralAfter(String text, int end) {
        int i = spacesAfter(text, end);
        String raw = letters(text, i);
        int j = i + raw.length();
        String word = raw.toLowerCase(Locale.ROOT);
        if (word.equals("air") || word.equals("naval")) {
            String rest = pluralAfter(text, j);
            return rest == null ? null : word + " " + rest;
        }
        return word.length() > 3 && word.endsWith("s") && !word.equals("base") ? word : null;
    }

    /** Whether only spaces, or one comma and spaces, stand between {@code tokens[first - 1]} and {@code tokens[first]}. */
    private static boolean onlySpaceOrComma(String text, List<Token> tokens, int first) {
        Token name = tokens.get(first);
        return name.spaceBefore() || text.substring(tokens.get(first - 1).end(), name.start()).strip().equals(",");
    }

    private static String word(List<Token> tokens, int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).text().toLowerCase(Locale.ROOT) : "";
    }
}
