package org.placemap.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.placemap.corpus.TextRange;
import org.placemap.gazetteer.LineKind;
import org.placemap.gazetteer.Place;
import org.placemap.gazetteer.PlaceKind;
import org.placemap.geoparse.Mention;

/**
 * One sentence of an article with the place names in it: the small vocabulary the claim patterns are
 * written in (the name ending here, the phrase starting there, the word before).
 *
 * <p>Only names count as endpoints: a demonym ("the Syrian coast") names no point to measure from.
 * A capitalised word the geoparser did not recognise still becomes an endpoint where the pattern makes it a
 * place (after "from", after "the village of"); {@link PlaceNames} may resolve it later, else the claim is
 * listed as unverifiable, not lost. Such a name is one to four capitalised words, with "al-" prefixes and
 * lower-case joiners between them ("Nhica do Rovuma", "Mocimboa da Praia").
 *
 * <h2>Reading the phrase after "from" or "north of" ({@link #phraseAt})</h2>
 * The words before the name say what sort of place it is and whose: they are stepped over, in any order
 * and at most {@value #MAX_DESCRIPTORS} of them: articles, lower-case words ("coastal", "port city"),
 * demonyms ("the Syrian town of"), possessives ("Yemen's port city of", "the country's"), hyphenated
 * epithets ("Houthi-held", "modern-day"), a capitalised kind word before a name ("the Capital Beirut"), a
 * capitalised word the geoparser does not know before a place noun ("the Tigrayan capital of Mekelle"),
 * "of", "in" and "at"; a comma or dash after a kind word ("the Lebanese capital, Beirut"). Then, in order:
 * <ol>
 *   <li>a line word among them or right after the name ("border", "coast", "shoreline", "frontier",
 *       "mainland" …), or a river's name ("the Niger River", not the country Niger), makes the phrase a
 *       <b>line</b>: the Lebanese border, Syria's coast, the Chinese mainland. A line has no single point and
 *       is measured in a later pass;</li>
 *   <li>a country followed by a place of it names that place, not the country: "Russia's second city, St
 *       Petersburg", "the capital of Russia - Moscow";</li>
 *   <li>no name but "capital" and a country ("the Russian capital", "Syria's capital") names the country's
 *       capital;</li>
 *   <li>otherwise the name, if any.</li>
 * </ol>
 */
final class SentenceScope {

    static final int MAX_DESCRIPTORS = 8;
    /** Prepositions after "the Afghan capital" that start a phrase of their own, not the capital's name. */
    private static final Set<String> PLACING_AFTER_CAPITAL = Set.of("in", "near", "at", "on", "inside", "outside");

    /** Lower-case words between an owning area and the place it owns: "Borno state capital Maiduguri". */
    private static final int MAX_OWNER_NOUNS = 3;
    /** Lines: a distance "from the border of Turkey" is not a distance between two places. */
    static final Set<String> LINEAR = Set.of("border", "borders", "borderline", "frontier", "frontiers", "boundary", "front",
            "frontline", "front-line", "line", "lines", "road", "highway", "river", "riverbank", "pipeline", "coast",
            "coastline", "coasts", "shore", "shores", "shoreline", "seashore", "mainland", "edge", "length", "fence",
            "perimeter");
    /** Line words for a border the geodata holds (Natural Earth land boundaries). */
    static final Set<String> BORDER_WORDS = Set.of("border", "borders", "borderline", "frontier", "frontiers",
            "boundary");
    /** Line words for a coast the geodata holds (Natural Earth coastline); "the Chinese mainland" is its coast. */
    static final Set<String> COAST_WORDS = Set.of("coast", "coastline", "coasts", "shore", "shores", "shoreline",
            "seashore", "mainland");
    private static final Pattern NOUN_AFTER = Pattern.compile("\\G(?:['’]s)?\\s+(\\p{Ll}+)", Pattern.UNICODE_CHARACTER_CLASS);
    /** Lower-case words inside a place name: "Nhica do Rovuma", "Mocimboa da Praia", "Puerto de la Cruz". */
    static final Set<String> NAME_JOINERS = Set.of("da", "do", "dos", "das", "de", "del", "della", "di", "du",
            "des", "la", "le", "los", "las", "van", "von", "der", "den", "bin", "ibn");
    private static final Pattern CAPITALISED = Pattern.compile("\\G\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:(?:"
            + String.join("|", NAME_JOINERS) + ")\\s+(?:la\\s+)?)?"
            // "of Guwahati Thursday midnight": a day or month after the name is the event's time
            + "(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July"
            + "|August|September|October|November|December)\\b)"
            + "(?:al-|el-|ash-|as-|ad-)?\\p{Lu}[\\p{L}'’-]*){0,3}",
            Pattern.UNICODE_CHARACTER_CLASS);
    /** A noun with a possessive after a name that only qualifies it: "the Pacific nation's", "the Gulf state's". */
    private static final Pattern OWNER_NOUN_POSSESSIVE = Pattern.compile(
            "\\G\\s+(?:island\\s+)?(?:nation|country|state|kingdom|republic|island|archipelago|region|province)['’]s\\b",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern CITATION = Pattern.compile("\\G\\s*\\[[^\\]\\s]{1,6}\\]");
    /** Capitalised words that are never an unrecognised place. */
    static final Set<String> NOT_NAMES = Set.of("the", "it", "this", "that", "these", "those", "they", "he",
            "she", "we", "you", "i", "which", "there", "here", "its", "his", "her", "their", "our", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may",
            "june", "july", "august", "september", "october", "november", "december", "president", "mr", "mrs", "ms",
            "n", "s", "e", "w", "ne", "nw", "se", "sw", "nne", "ene", "ese", "sse", "ssw", "wsw", "wnw", "nnw",
            // sentence-opening prepositions and hedges ("Around Djoran itself, 15 km from …"); not "In" ("In Amenas")
            "around", "near", "about", "outside", "inside", "beyond", "across", "along", "located", "situated", "some",
            "just", "only", "nearly", "almost", "roughly", "approximately",
            // quantifiers before a plural kind word: "Both islands are over a hundred miles from Taiwan"
            "both", "all", "many", "several", "most", "other", "two", "three", "four",
            // a line of latitude, not a place ("300 miles north of the Equator")
            "equator");
    /**
     * Time zones, no names right after a clock time ("at 17:57 GMT, approximately 125 nautical miles east of …"); elsewhere
     * some are places ("Est", a region of Burkina Faso).
     */
    private static final Set<String> TIME_ZONES = Set.of("gmt", "utc", "bst", "cet", "cest", "eet", "eest", "msk", "ast",
            "adt", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "akst", "hst", "ist", "pkt", "ict", "wib", "jst",
            "kst", "aest", "aedt", "awst", "nzst");
    private static final Pattern CLOCK_TIME_BEFORE = Pattern.compile("\\d{1,2}[:.]?\\d{2}\\s*(?:[ap]\\.?m\\.?\\s*)?$",
            Pattern.CASE_INSENSITIVE);
    /** Words naming what sort of place precedes them: "Khmeimim air base lies …", "Hama city is …". */
    private static final Set<String> FEATURE_WORDS = Set.of("air", "base", "airbase", "airport", "airfield", "port", "city",
            // "the Rooppur plant", "the Baiji refinery", "the Kibali mine"
            "plant", "refinery", "mine", "project", "property",
            "town", "village", "itself", "naval", "harbour", "harbor", "centre", "center", "area", "camp", "dam",
            "crossing", "district", "governorate", "province", "island", "terminal", "regency", "subdistrict",
            "sub-district", "territory", "county", "prefecture", "municipality", "oblast", "raion", "state", "region",
            "department", "canton", "emirate", "subdivision", "township", "beach", "community", "locality", "site",
            "station", "volcano", "archipelago", "chain", "atoll", "neighborhood", "neighbourhood", "quarter", "suburb",
            // qualifiers before a kind word: "the Bandhi railway station", "the Zamzam displacement camp"
            "railway", "railroad", "train", "bus", "police", "refugee", "displacement", "displaced",
            "idp", "military", "army", "transit", "field", "oilfield", "gasfield", "oil", "gas", "volcanic", "barracks",
            "garrison", "cantonment",
            // "the contested Ta Moan Thom temple, approximately 360 kilometers from Bangkok"
            "temple", "monastery", "shrine", "pagoda", "mosque",
            // "The Tawai ruins is located about 12 kilometres east of Ta Muen Thom"
            "ruin", "ruins",
            // "the Jiuzhaigou national park, about 101 kilometers … southwest of Longnan", "the Okapi wildlife reserve"
            "national", "park", "wildlife", "reserve", "sanctuary",
            // what a mine or project yields, before its kind word: "its Perrinvale gold project about 80km west of …"
            "gold", "copper", "lithium", "nickel", "uranium", "iron", "coal", "diamond", "zinc", "silver");
    /** Kind words after a name that make it an area whoever knows it: "Wayanad district headquarters Kalpetta". */
    private static final Set<String> AREA_KINDS = Set.of("district", "state", "province", "county", "region",
            "governorate", "prefecture", "oblast", "township");
    /** Nouns after an area that name the town governing it: "the district headquarters Kalpetta", "the county seat". */
    private static final Set<String> SEAT_NOUNS = Set.of("headquarters", "seat");
    /** Adjectives of an area's seat between the area and its noun: "the Nagorno-Karabakh regional capital, Stepanakert". */
    private static final Set<String> SEAT_ADJECTIVES = Set.of("regional", "provincial", "administrative", "federal",
            "former", "de-facto", "economic", "commercial");
    /** Nouns naming a kind of place: "the town of Ansar", "the capital Tripoli", "the Lebanese capital, Beirut". */
    static final Set<String> PLACE_NOUNS = Set.of("city", "town", "village", "port", "base", "province", "capital",
            "settlement", "hamlet", "district", "suburb", "airport", "airbase", "municipality", "governorate", "region",
            "area", "camp", "island", "islands", "metropolis", "neighbourhood", "neighborhood", "oasis", "county",
            "terminal", "outskirts", "crossing", "township", "locality", "enclave", "regency", "subdistrict",
            "prefecture", "oblast", "raion", "territory", "community", "site", "centre", "center", "stronghold",
            "islet", "reef", "atoll", "archipelago", "hub", "kibbutz", "moshav", "project", "property", "mine");

    /** Whether {@code lowerWord} says what sort of place a name is ({@link #FEATURE_WORDS}), singular or plural. */
    static boolean isFeatureWord(String lowerWord) {
        return FEATURE_WORDS.contains(lowerWord) || FEATURE_WORDS.contains(singular(lowerWord));
    }

    /** Whether {@code lowerWord} names a kind of place ({@link #PLACE_NOUNS}), singular or plural ("villages", "cities"). */
    static boolean isPlaceNoun(String lowerWord) {
        return PLACE_NOUNS.contains(lowerWord) || PLACE_NOUNS.contains(singular(lowerWord));
    }

    /** "cities" → "city", "villages" → "village"; other words unchanged (a plain "s" is dropped once). */
    private static String singular(String w) {
        if (w.endsWith("ies") && w.length() > 3) {
            return w.substring(0, w.length() - 3) + "y";
        }
        return w.endsWith("s") && w.length() > 1 ? w.substring(0, w.length() - 1) : w;
    }
    /** Words that end a descriptor run: the phrase goes on with something else. */
    /** Possessive pronouns that may open a target's phrase as "the" does ("south of its main Goliath gold project"). */
    private static final Set<String> OWNER_PRONOUNS = Set.of("its", "their");
    private static final Set<String> STOPS = Set.of("and", "or", "but", "which", "that", "who", "where", "when",
            "while", "to", "from", "by", "with", "for", "on", "as", "than", "into", "over", "under", "near", "across",
            "after", "before", "during", "is", "are", "was", "were", "has", "have", "had", "be", "been", "said",
            "says", "lies", "lie", "its", "their", "his", "her",
            // "beyond the demilitarised zone separating the … Golan Heights from Syria": what the zone separates is
            // not where the distance ends
            "separating", "separates", "dividing", "divides", "linking", "links", "connecting", "connects");
    private static final Set<String> EPITHET_ENDINGS = Set.of("held", "controlled", "run", "occupied", "based",
            "backed", "led", "allied", "style", "day", "era", "majority", "dominated", "populated", "speaking",
            "inhabited", "owned");
    private static final Set<PlaceKind> AREAS = Set.of(PlaceKind.COUNTRY, PlaceKind.ADMIN_REGION, PlaceKind.REGION,
            PlaceKind.DISPUTED_AREA, PlaceKind.SEA, PlaceKind.STRAIT);

    /** What a phrase names: a place, or a line ({@code place} null, {@code lineRef} set), ending at {@code end}. */
    record Named(Endpoint place, LineRef lineRef, int end) {

        Named(Endpoint place, int end) {
            this(place, null, end);
        }

        boolean line() {
            return lineRef != null;
        }
    }

    final String text;
    final TextRange range;
    final PlaceNames knowledge;
    private final List<Mention> names;
    private final List<Mention> demonyms;

    SentenceScope(String text, TextRange range, List<Mention> mentions) {
        this(text, range, mentions, PlaceNames.NONE);
    }

    SentenceScope(String text, TextRange range, List<Mention> mentions, PlaceNames knowledge) {
        this.text = text;
        this.range = range;
        this.knowledge = knowledge;
        this.names = mentions.stream()
                .filter(m -> m.form().byName() && m.start() >= range.start() && m.end() <= range.end())
                .filter(m -> m.place() != null || !isEpithetWord(m.text())) // "The Shia-majority village": no name
                .toList();
        this.demonyms = mentions.stream()
                .filter(m -> m.form() == Mention.Form.DEMONYM && m.start() >= range.start() && m.end() <= range.end())
                .toList();
    }

    /** The place or line named by the phrase starting at {@code pos} (rules in the class comment), or null. */
    Named phraseAt(int pos) {
        int p = skipSpaces(pos);
        final int phraseStart = p;
        boolean line = false;
        LineKind lineKind = null;
        String lineJoin = "";
        int lineWordEnd = -1;
        List<Place> lineCountries = new ArrayList<>();
        boolean capital = false;
        boolean kindWordLast = false;
        Place country = null;
        Endpoint possessor = null;
        for (int words = 0; words < MAX_DESCRIPTORS; words++) {
            p = skipCitations(p);
            Mention demonym = demonymStartingAt(p);
            if (demonym != null) {
                country = demonym.place();
                addCountry(lineCountries, demonym.place());
                Mention second = demonym.end() < range.end() && joinsTwoSides(text.charAt(demonym.end()))
                        ? demonymStartingAt(demonym.end() + 1) : null;
                if (second != null) {
                    addCountry(lineCountries, second.place()); // "the Lebanese-Israeli border", "Syrian–Jordanian"
                }
                p = tokenEnd(second != null ? second.end() : demonym.end()); // "Lebanese-Israeli"
                kindWordLast = false;
                continue;
            }
            Mention name = mentionAt(p);
            Matcher owner = name == null ? null : OWNER_NOUN_POSSESSIVE.matcher(text).region(name.end(), range.end());
            if (owner != null && owner.lookingAt()) {
                // "the Pacific nation's capital Honiara": the name only qualifies the owner noun after it
                if (name.place() != null && name.place().kind() == PlaceKind.COUNTRY) {
                    country = name.place();
                }
                p = owner.end();
                kindWordLast = false;
                continue;
            }
            if (name != null && possessiveAt(name.end())) {
                country = name.place();
                addCountry(lineCountries, name.place());
                possessor = endpoint(name);
                p = possessiveEnd(name.end());
                kindWordLast = false;
                continue;
            }
            int end = tokenEnd(p);
            if (end == p && !line && words > 0 && p < range.end() && text.charAt(p) == ',' && lineWordAhead(p + 1)) {
                p = skipSpaces(p + 1); // "the undisputed, internationally-recognised border with Pakistan": adjectives
                continue;
            }
            if (end == p) {
                break;
            }
            String word = text.substring(p, end);
            String lower = word.toLowerCase(Locale.ROOT);
            boolean capitalised = Character.isUpperCase(word.charAt(0));
            if (isEpithet(lower)) { // "Moscow-held", "Houthi-held", "modern-day"
                p = end;
                kindWordLast = false;
                continue;
            }
            if (name != null && !(name.end() == end && LINEAR.contains(lower))) {
                break; // a name, unless it is a line word the gazetteer also has ("Mainland", an Orkney island)
            }
            if ((LINEAR.contains(lower) || LINEAR.contains(stripPossessive(lower))) && PLACE_NOUNS.contains(wordAt(end))) {
                // "China's border city Khorgos", "the coastal town of …": the line word describes the place
            } else if (LINEAR.contains(lower) || LINEAR.contains(stripPossessive(lower))) {
                line = true;
                LineKind kindOfWord = lineKindOf(stripPossessive(lower));
                if (kindOfWord == null && (lower.equals("line") || lower.equals("lines"))
                        && (BORDER_LINE_QUALIFIERS.contains(wordBefore(p)) || text.startsWith(" of Control", end)
                            || text.startsWith(" of control", end))) {
                    kindOfWord = LineKind.BORDER; // "the ceasefire line", "the Line of Control": a de facto border
                    if (text.startsWith(" of ", end)) {
                        end = tokenEnd(skipSpaces(end + 4));
                    }
                }
                lineKind = lineKind != null ? lineKind : kindOfWord;
                lineWordEnd = end;
                if (lower.equals("mainland")) {
                    lineJoin = "of"; // "mainland China": the country follows
                }
            } else if (line && (lower.equals("of") || lower.equals("between"))) {
                lineJoin = lower; // "the border between Iraq and Syria", "the coast of mainland China"
            } else if (capitalised && !isEpithet(lower) && !(PLACE_NOUNS.contains(lower) && nextIsCapitalised(end))
                    && !lower.equals("the") && !adjectiveBeforePlaceNoun(end)) {
                break; // a name, or a word that ends the phrase
            } else if (!capitalised && (STOPS.contains(lower) && !(words == 0 && OWNER_PRONOUNS.contains(lower))
                    || Character.isDigit(word.charAt(0)))) {
                break; // but "40 km south of its main Goliath gold project": the pronoun opens the phrase as "the" does
            } else if (capital && country != null && PLACING_AFTER_CAPITAL.contains(lower)) {
                break; // "40 kilometers from the Afghan capital in neighboring Wardak province": the area is the subject's
            }
            capital |= lower.equals("capital");
            kindWordLast = PLACE_NOUNS.contains(lower);
            p = end;
            if (kindWordLast && afterSeparatorIsName(p)) {
                p = separatorEnd(p); // "the Lebanese capital, Beirut"
            }
        }
        if (line) {
            // "within 20 km of its borders": the subject's own line, never a target; a pronoun opens only a name's phrase
            return OWNER_PRONOUNS.contains(wordAt(phraseStart)) ? null
                    : lineAfter(phraseStart, p, lineWordEnd, lineKind, lineCountries, null, lineJoin);
        }
        Endpoint found = nameAt(p);
        if (found == null) {
            if (capital) {
                return capitalOf(country, pos, p);
            }
            return possessor == null ? null : new Named(possessor, backSpaces(p)); // "Kyiv's city center"
        }
        Named named = namedLine(phraseStart, found, lineCountries);
        if (named != null) {
            return named;
        }
        Named inner = placeOfCountry(found);
        if (inner == null) {
            inner = placeOfOwnerArea(found);
        }
        if (inner == null && capital && isCountry(found)) {
            inner = capitalOf(found.place(), pos, found.end()); // "the capital of Russia"
        }
        return inner != null ? inner : new Named(found, found.end());
    }

    /**
     * Whether a line word ("border", "coast") follows {@code pos} within two lower-case words joined by spaces only: the
     * comma before them separates coordinate adjectives of that line ("the undisputed, internationally-recognised
     * border"), not the phrase from the rest of the sentence.
     */
    private boolean lineWordAhead(int pos) {
        int p = skipSpaces(pos);
        for (int words = 0; words < 3 && p < range.end(); words++) {
            int end = tokenEnd(p);
            if (end == p || !Character.isLowerCase(text.charAt(p))) {
                return false;
            }
            if (LINEAR.contains(text.substring(p, end))) {
                return words > 0;
            }
            if (end >= range.end() || text.charAt(end) != ' ') {
                return false;
            }
            p = skipSpaces(end);
        }
        return false;
    }

    /** "the Russian capital": the capital of {@code country}, named by the text from {@code from} to {@code to}. */
    private Named capitalOf(Place country, int from, int to) {
        Place c = knowledge.capitalOf(country);
        if (c == null) {
            return null;
        }
        int start = skipSpaces(from);
        int end = backSpaces(to);
        return end <= start ? null : new Named(new Endpoint(text.substring(start, end), start, end, c), end);
    }

    /** Whether {@code e} is resolved to a country. */
    static boolean isCountry(Endpoint e) {
        return e.place() != null && e.place().kind() == PlaceKind.COUNTRY;
    }

    /**
     * "Russia's second city, St Petersburg", "the capital of Russia - Moscow": the place, not the country; a place the
     * gazetteer puts in another country is not named by the phrase.
     */
    private Named placeOfCountry(Endpoint country) {
        if (!isCountry(country)) {
            return null;
        }
        int p = country.end();
        if (possessiveAt(p)) {
            Named inner = phraseAt(possessiveEnd(p));
            return inner != null && inner.place() != null ? inner : null;
        }
        if (afterSeparatorIsName(p)) {
            Endpoint named = nameAt(separatorEnd(p));
            // "ten kilometers from Laos, Khe Sanh was …": a place of another country after the comma opens the next clause
            boolean elsewhere = named != null && named.place() != null
                    && !named.place().countryCode().equals(country.place().countryCode());
            if (named != null && !isArea(named) && !elsewhere) {
                return new Named(named, named.end());
            }
        }
        return null;
    }

    /**
     * "Borno state capital Maiduguri", "the Tajikistan capital Dushanbe", "the Idlib province town of Saraqeb", "the
     * Tigray capital, Mekelle" (a known place after the comma): an area named as the owner of a place noun that a name
     * follows; the phrase names that place, not the area. With
     * no name after "capital", the area's capital ("from the Borno state capital": Maiduguri).
     * At most {@value #MAX_OWNER_NOUNS} lower-case words, the last of them a place noun, and "of" may stand
     * between them and the name. Null when that is not the shape or the name after them is an area itself.
     */
    private Named placeOfOwnerArea(Endpoint area) {
        // an owner nobody knows is an area when an area's kind word follows it: "Wayanad district headquarters Kalpetta"
        if (!isArea(area) && !(area.place() == null && AREA_KINDS.contains(wordAt(area.end())))) {
            return null;
        }
        int p = area.end();
        boolean noun = false;
        String lastNoun = "";
        for (int words = 0; words < MAX_OWNER_NOUNS; words++) {
            int start = skipSpaces(p);
            int end = tokenEnd(start);
            if (end == start || start >= range.end() || !Character.isLowerCase(text.charAt(start))) {
                break;
            }
            String word = text.substring(start, end);
            if (word.equals("of")) {
                break;
            }
            if (SEAT_ADJECTIVES.contains(word)) {
                p = end; // "the Nagorno-Karabakh regional capital, Stepanakert", "the Punjab provincial capital Lahore"
                continue;
            }
            if (!PLACE_NOUNS.contains(word) && !SEAT_NOUNS.contains(word) && !isFeatureWord(word)) {
                return null; // "Syria war monitor", "Iraq border crossing": not a place noun run
            }
            noun = PLACE_NOUNS.contains(word) || SEAT_NOUNS.contains(word);
            lastNoun = word;
            p = end;
        }
        if (!noun) {
            return null;
        }
        int next = skipSpaces(p);
        boolean comma = false;
        if (text.startsWith("of ", next)) {
            next = skipSpaces(next + 3);
        } else if (lastNoun.equals("capital") && text.startsWith(",", next)) {
            next = skipSpaces(next + 1); // "north-east of the Tigray capital, Mekelle": the capital's name after a comma
            comma = true;
        }
        Endpoint named = next < range.end() && Character.isUpperCase(text.charAt(next)) ? nameAt(next) : null;
        if (comma && named != null && named.place() == null) {
            named = null; // "the state capital, Smith said": only a known place names the capital after the comma
        }
        if (named == null && lastNoun.equals("capital") && area.place() != null) { // "from the Borno state capital, on Saturday"
            Place seat = area.place().kind() == PlaceKind.COUNTRY ? knowledge.capitalOf(area.place())
                    : knowledge.regionalCapitalOf(area.place());
            return seat == null ? null : new Named(new Endpoint(text.substring(area.start(), p), area.start(), p, seat), p);
        }
        return named != null && !isArea(named) ? new Named(named, named.end()) : null;
    }

    /**
     * "the Tigrayan capital of Mekelle": whether the capitalised word ending at {@code end} is an adjective (a
     * demonym the geoparser does not know) because a lower-case place noun follows it and then "of", a comma
     * or a name.
     */
    private boolean adjectiveBeforePlaceNoun(int end) {
        int p = skipSpaces(end);
        int nounEnd = tokenEnd(p);
        if (nounEnd == p || !Character.isLowerCase(text.charAt(p))
                || !PLACE_NOUNS.contains(text.substring(p, nounEnd))) {
            return false;
        }
        int next = skipSpaces(nounEnd);
        return next < range.end() && (text.charAt(next) == ',' || text.startsWith("of ", next)
                || Character.isUpperCase(text.charAt(next)));
    }

    /**
     * The rest of a line phrase whose line word ends at {@code lineWordEnd} and whose descriptors end at {@code
     * p}: the countries or sea named after it ("the border of Turkey", "the border between Iraq and Syria", "the coast of mainland China", "the
     * border with Jordan"). {@code countries} holds those named before it (demonyms, possessives).
     */
    private Named lineAfter(int start, int p, int lineWordEnd, LineKind kind, List<Place> countries, Place namedSea,
            String join) {
        int end = lineWordEnd > 0 ? lineWordEnd : backSpaces(p); // "the Turkish border in north central Syria"
        Place sea = namedSea;
        String before = join;
        int q = p;
        if (wordAt(p).equals("with")) {
            q = skipArticle(afterWord(p));
            before = "with";
        }
        if (before.equals("of") || before.equals("with") || before.equals("between")) {
            Endpoint first = asCountry(nameAt(q));
            if (kind == LineKind.BORDER) {
                first = townAsArea(first); // "south of the border with Gaza": the Gaza Strip
            }
            if (first != null && lineOwner(first)) {
                sea = addOwner(countries, first, sea);
                end = first.end();
                int and = skipSpaces(first.end());
                if (before.equals("between") && wordAt(and).equals("and")) {
                    Endpoint second = asCountry(nameAt(skipArticle(afterWord(and))));
                    if (second != null && lineOwner(second)) {
                        sea = addOwner(countries, second, sea);
                        end = second.end();
                    }
                }
            }
        }
        return new Named(null, new LineRef(kind, countries, sea, start, end), end);
    }

    /**
     * "about 1 km from the Gaza border": a town right before "border" (not "border fence", "wall" or "crossing") that
     * shares its name with a region of its country stands for that region ({@link PlaceNames#areaNamedLike}: the Gaza
     * Strip), whose border the phrase names; {@code found} otherwise.
     */
    private Endpoint areaBeforeBorder(Endpoint found) {
        Matcher m = NOUN_AFTER.matcher(text).region(found.end(), range.end());
        if (!m.lookingAt() || !m.group(1).equalsIgnoreCase("border")
                || BORDER_FEATURES.contains(wordAt(skipSpaces(m.end())).toLowerCase(Locale.ROOT))) {
            return found;
        }
        return townAsArea(found);
    }

    /** A town named where a border's owner is ("the border with Gaza") as the region of its name, if any; else {@code e}. */
    private Endpoint townAsArea(Endpoint e) {
        if (e == null || e.place() == null || lineOwner(e) || !(e.place().kind() == PlaceKind.POPULATED_PLACE
                || e.place().kind() == PlaceKind.CAPITAL)) {
            return e;
        }
        Place area = knowledge.areaNamedLike(e.place());
        return area == null ? e : new Endpoint(e.name(), e.start(), e.end(), area);
    }

    /** Things built on a border, which no border line measures: "the Gaza border fence". */
    private static final Set<String> BORDER_FEATURES = Set.of("fence", "fences", "wall", "barrier", "crossing",
            "crossings", "post", "checkpoint", "town", "towns", "city", "village", "area", "region", "communities");

    /** {@code e}, or, when the geoparser left it unresolved, the country of that exact name ({@link PlaceNames}). */
    private Endpoint asCountry(Endpoint e) {
        if (e == null || e.place() != null) {
            return e;
        }
        Place country = knowledge.countryNamed(e.name());
        return country == null ? e : new Endpoint(e.name(), e.start(), e.end(), country);
    }

    /**
     * A name that opens a line phrase or is one: "the Black Sea coast", "the Syria-Turkey border", "the Niger
     * River", "5 km from the Atlantic Ocean" (a sea or ocean as a target is its coast); null when {@code found}
     * names a place, not a line.
     */
    private Named namedLine(int start, Endpoint found, List<Place> countries) {
        if (isRiver(found) || BANK_OF.matcher(text.substring(Math.max(range.start(), found.start() - 30), found.start())).find()) {
            // "about seven kilometres from the east bank of the Euphrates": a river by its bank, whatever its name
            return new Named(null, new LineRef(null, List.of(), null, start, found.end()), found.end());
        }
        int end = found.end();
        found = areaBeforeBorder(found);
        List<Place> owners = new ArrayList<>(countries);
        Place sea = lineOwner(found) ? addOwner(owners, found, null) : null;
        if (lineOwner(found) && end + 1 < range.end() && joinsTwoSides(text.charAt(end))) {
            Endpoint other = nameAt(end + 1); // "the Syria-Turkey border"
            if (other != null && lineOwner(other) && beforeLinearFeature(other.end())) {
                sea = addOwner(owners, other, sea);
                end = other.end();
            }
        }
        Matcher m = NOUN_AFTER.matcher(text).region(end, range.end());
        if (m.lookingAt() && LINEAR.contains(m.group(1).toLowerCase(Locale.ROOT))) {
            if (PLACE_NOUNS.contains(wordAt(skipSpaces(m.end())))) {
                // "the US border town of Eagle Pass", "Syria's coastal city of Latakia": the line word describes
                // the place named after the noun, which is the target
                Named inner = phraseAt(m.end());
                if (inner != null && inner.place() != null && inner.place().place() != null) {
                    return inner;
                }
                if (found.place() != null && !lineOwner(found) && inner == null) {
                    // "3km from the Rafah border crossing": a crossing named after the town, at the town
                    return new Named(found, afterWord(skipSpaces(m.end())));
                }
            }
            if (!lineOwner(found)) {
                return new Named(null, new LineRef(null, List.of(), null, start, m.end()), m.end()); // "the Gaza border fence"
            }
            int after = skipSpaces(m.end());
            String join = wordAt(after).equals("between") || wordAt(after).equals("of") ? wordAt(after) : "";
            return lineAfter(start, join.isEmpty() ? after : skipArticle(afterWord(after)), m.end(),
                    lineKindOf(m.group(1).toLowerCase(Locale.ROOT)), owners, sea, join);
        }
        if (found.place() != null && found.place().kind() == PlaceKind.SEA && found.place().name().matches(SEA_NAMES)) {
            return new Named(null, new LineRef(LineKind.COAST, countries, found.place(), start, end), end);
        }
        return null;
    }

    /** Seas, oceans, gulfs and bays, whose coast a distance from them means; not lakes or straits. */
    private static final String SEA_NAMES = "(?i).*\\b(?:sea|ocean|mediterranean|atlantic|pacific|gulf|bay)\\b.*";

    /** Whether {@code e} can own a line: a country (a border's side, a coast's country) or a sea (a coast's water). */
    private static boolean lineOwner(Endpoint e) {
        if (e.place() == null) {
            return false;
        }
        PlaceKind k = e.place().kind();
        return k == PlaceKind.SEA || OWNER_KINDS.contains(k) && !e.place().countryCode().isEmpty();
    }

    /** Adds a line owner: a country to {@code countries}; returns the sea (the new one, or {@code sea}). */
    private static Place addOwner(List<Place> countries, Endpoint e, Place sea) {
        if (e.place().kind() == PlaceKind.SEA) {
            return sea == null ? e.place() : sea;
        }
        addCountry(countries, e.place());
        return sea;
    }

    /** Areas whose country owns a line: "the Lebanese border", "Fujian's coast" (China's), "the Gaza border". */
    private static final Set<PlaceKind> OWNER_KINDS = Set.of(PlaceKind.COUNTRY, PlaceKind.DISPUTED_AREA,
            PlaceKind.ADMIN_REGION);

    private static void addCountry(List<Place> countries, Place p) {
        if (p != null && OWNER_KINDS.contains(p.kind())
                && !p.countryCode().isEmpty() && countries.stream().noneMatch(c -> c.countryCode().equals(p.countryCode()))) {
            countries.add(p);
        }
    }

    /** Words before "line" that make it a de facto border: "the ceasefire line", "the demarcation line". */
    static final Set<String> BORDER_LINE_QUALIFIERS = Set.of("ceasefire", "cease-fire", "demarcation", "armistice",
            "control");

    /** Border, coast, or null for a line word the geodata has no lines for ("front", "road", "river"). */
    static LineKind lineKindOf(String lowerWord) {
        if (BORDER_WORDS.contains(lowerWord)) {
            return LineKind.BORDER;
        }
        return COAST_WORDS.contains(lowerWord) ? LineKind.COAST : null;
    }

    /** Offset after "the " at {@code pos}, or {@code pos} (spaces skipped). */
    private int skipArticle(int pos) {
        int p = skipSpaces(pos);
        return wordAt(p).equals("the") ? skipSpaces(afterWord(p)) : p;
    }

    /** Before a name: "the east bank of the", "the banks of": the name is a river's. */
    private static final Pattern BANK_OF = Pattern.compile("\\bbanks?\\s+of\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);

    /** "the Niger River", "River Euphrates": a river is a line, whatever else carries its name (a country). */
    private static boolean isRiver(Endpoint e) {
        String n = e.name().toLowerCase(Locale.ROOT);
        return n.endsWith(" river") || n.startsWith("river ");
    }

    /** "the Lebanese border", "Syria's coast": the name qualifies a line, which has no single point. */
    private boolean beforeLinearFeature(int end) {
        Matcher m = NOUN_AFTER.matcher(text).region(end, range.end());
        return m.lookingAt() && LINEAR.contains(m.group(1).toLowerCase(Locale.ROOT));
    }

    /** The name starting exactly at {@code pos}: a mention, or an unrecognised capitalised name. */
    /**
     * The whole capitalised name starting at {@code pos} when a mention covers only its first words ("Windsor
     * Castle", where the geoparser found Windsor), unresolved; null otherwise.
     */
    Endpoint longerNameAt(int pos) {
        Mention m = mentionAt(pos);
        Matcher c = CAPITALISED.matcher(text).region(pos, range.end());
        if (m == null || !c.lookingAt() || c.end() <= m.end()) {
            return null;
        }
        String name = c.group();
        String rest = text.substring(m.end(), c.end()).trim().toLowerCase(Locale.ROOT);
        return isFeatureWord(rest) || PLACE_NOUNS.contains(rest) ? null
                : new Endpoint(name, pos, pos + name.length(), null);
    }

    Endpoint nameAt(int pos) {
        Mention m = mentionAt(pos);
        if (m != null) {
            return endpoint(m);
        }
        if (demonymAt(pos)) {
            return null;
        }
        Matcher c = CAPITALISED.matcher(text).region(pos, range.end());
        if (!c.lookingAt() || notAName(firstWord(c.group()), pos)) {
            return null;
        }
        String name = c.group();
        if (name.endsWith("'s") || name.endsWith("’s")) {
            name = name.substring(0, name.length() - 2);
        }
        return new Endpoint(name, pos, pos + name.length(), null);
    }

    /** The sentence's place mentions by name (no demonyms), in text order. */
    List<Mention> mentions() {
        return java.util.Collections.unmodifiableList(names);
    }

    /** The mention starting exactly at {@code pos}, or null. */
    Mention mentionAt(int pos) {
        for (Mention m : names) {
            if (m.start() == pos) {
                return m;
            }
        }
        return null;
    }

    /** The mention ending exactly at {@code pos}, or null. */
    Mention mentionEndingAt(int pos) {
        for (Mention m : names) {
            if (m.end() == pos) {
                return m;
            }
        }
        return null;
    }

    /** An unrecognised capitalised name (one to four words) ending at {@code pos}, or null. */
    Endpoint capitalisedEndingAt(int pos) {
        int start = capitalisedRunStart(pos);
        if (start < 0 || demonymAt(start) || overlapsMention(start, pos)) {
            return null;
        }
        String name = text.substring(start, pos);
        if (name.endsWith("'s") || name.endsWith("’s")) {
            return null; // "Russia's naval base": a possessive qualifies the noun after it
        }
        return new Endpoint(name, start, pos, null);
    }

    /**
     * "the town of Bourem Sidi-Amar", "in Torremocha del Jarama": the whole capitalised name a place noun
     * introduces ("of", "called", "named"), or whose first words a name joiner continues ("del", "da"), ending at
     * {@code pos}, when the geoparser recognised only its first words ("Bourem", another town). The longer name is
     * the one the text gives, so it is returned unresolved; null when there is no such name or a mention covers it
     * all.
     */
    Endpoint introducedNameEndingAt(int pos) {
        Endpoint longer = longerNameEndingAt(pos);
        if (longer == null) {
            return null;
        }
        String intro = wordBefore(longer.start());
        boolean introduced = (intro.equals("of") || intro.equals("called") || intro.equals("named"))
                && PLACE_NOUNS.contains(wordBefore(backSpaces(wordStart(backSpaces(longer.start())))));
        // "in Torremocha del Jarama, around 50 kilometers north of Madrid": a joiner after the mention shows that the
        // mention is only the first word of the name the text gives
        Mention inside = mentionAt(longer.start());
        boolean joined = NAME_JOINERS.contains(wordAt(inside.end()));
        return introduced || joined ? longer : null;
    }

    /**
     * "Summerland Key", "Bourem Sidi-Amar": the capitalised name ending at {@code pos} whose first words alone the
     * geoparser recognised (as Summerland, as Bourem), unresolved; null when there is no such name, a mention covers
     * it all, or the words after the mention only say what sort of place it is ("Hama City"). Whether the longer
     * name is the place the text means is for the caller to decide.
     */
    Endpoint longerNameEndingAt(int pos) {
        int start = capitalisedRunStart(pos);
        if (start < 0 || !overlapsMention(start, pos) || mentionEndingAt(pos) != null || demonymAt(start)) {
            return null;
        }
        Mention inside = mentionAt(start);
        if (inside == null || inside.end() >= pos) {
            return null;
        }
        String rest = text.substring(inside.end(), pos).trim().toLowerCase(Locale.ROOT);
        if (rest.isEmpty() || isFeatureWord(rest) || PLACE_NOUNS.contains(rest)) {
            return null; // "the town of Hama City": the mention is the name
        }
        return new Endpoint(text.substring(start, pos), start, pos, null);
    }

    /** Whether the word at {@code at}, lower-cased {@code word}, is never an unrecognised place there. */
    private boolean notAName(String word, int at) {
        return NOT_NAMES.contains(word) || TIME_ZONES.contains(word)
                && CLOCK_TIME_BEFORE.matcher(text.substring(Math.max(range.start(), at - 14), at)).find();
    }

    /** Where the run of one to four capitalised words ending at {@code pos} starts, or -1. */
    private int capitalisedRunStart(int pos) {
        int wordStart = pos;
        int start = -1;
        for (int words = 0; words < 4; words++) {
            int ws = wordStart;
            while (ws > range.start() && isNameChar(text.charAt(ws - 1))) {
                ws--;
            }
            if (ws == wordStart || notAName(firstWord(text.substring(ws, wordStart)), ws)) {
                break;
            }
            String word = text.substring(ws, wordStart);
            if (start >= 0 && (word.endsWith("'s") || word.endsWith("’s"))) {
                break; // "Kirkland Lake’s Cosmo Gold mine": a possessive owner ends before the name it qualifies
            }
            boolean joiner = word.matches("(?:al|el|ash|as|ad)-\\p{Lu}.*");
            if (!Character.isUpperCase(text.charAt(ws)) && !joiner) {
                int previous = ws - 1 > range.start() && text.charAt(ws - 1) == ' ' ? wordStart(ws - 1) : ws - 1;
                if (start >= 0 && NAME_JOINERS.contains(text.substring(ws, wordStart)) && previous < ws - 1
                        && (Character.isUpperCase(text.charAt(previous))
                            || NAME_JOINERS.contains(text.substring(previous, ws - 1)))) {
                    wordStart = ws - 1; // "Nhica do Rovuma": step over "do" to the capitalised word before it
                    continue;
                }
                break;
            }
            start = ws;
            wordStart = ws;
            if (wordStart - 1 <= range.start() || text.charAt(wordStart - 1) != ' ') {
                break;
            }
            wordStart--;
        }
        return start;
    }

    /**
     * The place a distance with a direction and no "of" is measured from ("Kitwe is now the second largest city in
     * Zambia; only the capital Lusaka, 180 miles to the south, is larger": Kitwe): the last resolved name before
     * {@code pos} in the sentence that is a point, not an area (Zambia only locates), and not a locator of the name
     * before it ("Qasr-e Shirin in Kermanshah and Azgaleh, about 40 kilometres northwest": not Kermanshah). Null
     * when there is none: then the sentence does not say from where.
     */
    Endpoint impliedReferenceBefore(int pos) {
        for (int i = names.size() - 1; i >= 0; i--) {
            Mention m = names.get(i);
            if (m.end() > pos || m.place() == null) {
                continue;
            }
            Endpoint e = endpoint(m);
            if (isArea(e) || possessiveAt(m.end())) {
                continue; // "Khan Yunis -- Gaza's main southern city": a possessive name locates another
            }
            int inWord = wordStart(backSpaces(m.start()));
            if (wordBefore(m.start()).equals("in") && mentionEndingAt(backSpaces(inWord)) != null) {
                continue;
            }
            return e;
        }
        return null;
    }

    /**
     * {@code text.lastIndexOf(c, from)} looked for in this sentence only, at {@code from - maxBack} or after: -1 when
     * it is not there. The text is the whole article (up to megabytes), so an unbounded search
     * per distance made claim extraction quadratic in the article's length.
     */
    int lastIndexIn(char c, int from, int maxBack) {
        int stop = Math.max(range.start(), from - maxBack);
        for (int i = Math.min(from, range.end() - 1); i >= stop; i--) {
            if (text.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    /** {@link #lastIndexIn(char, int, int)} for a string: the last start at or before {@code from}. */
    int lastIndexIn(String str, int from, int maxBack) {
        int stop = Math.max(range.start(), from - maxBack);
        for (int i = Math.min(from, range.end() - str.length()); i >= stop; i--) {
            if (text.startsWith(str, i)) {
                return i;
            }
        }
        return -1;
    }

    /** {@code text.indexOf(c, from)} looked for in this sentence only: -1 when it is not there. */
    int indexIn(char c, int from) {
        for (int i = Math.max(from, range.start()); i < range.end(); i++) {
            if (text.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    /** Whether {@code e} is a country, region, sea or strait: a locator, not a point. */
    static boolean isArea(Endpoint e) {
        return e.place() != null && AREAS.contains(e.place().kind());
    }

    /** Offset of the first non-space character at or after {@code pos}. */
    int skipSpaces(int pos) {
        int p = pos;
        while (p < range.end() && Character.isWhitespace(text.charAt(p))) {
            p++;
        }
        return p;
    }

    /** Offset after citation marks ("[2]", "[a]") at {@code pos}, spaces before them included. */
    int skipCitations(int pos) {
        int p = skipSpaces(pos);
        Matcher m = CITATION.matcher(text).region(p, range.end());
        while (m.lookingAt()) {
            p = skipSpaces(m.end());
            m.region(p, range.end());
        }
        return p;
    }

    /** Offset after the last non-space character before {@code pos}, citation marks before it skipped. */
    int backSpaces(int pos) {
        int p = pos;
        while (true) {
            while (p > range.start() && Character.isWhitespace(text.charAt(p - 1))) {
                p--;
            }
            if (p > range.start() && text.charAt(p - 1) == ']') {
                int open = lastIndexIn('[', p - 1, 8);
                if (open >= range.start() && p - open <= 8 && text.substring(open + 1, p - 1).matches("[^\\]\\s]{1,6}")) {
                    p = open;
                    continue;
                }
            }
            return p;
        }
    }

    /** Start of the word ending at {@code pos} (letters, digits, apostrophes, hyphens), or {@code pos}. */
    int wordStart(int pos) {
        int p = pos;
        while (p > range.start() && isNameChar(text.charAt(p - 1))) {
            p--;
        }
        return p;
    }

    /** End of the word starting at {@code pos}, or {@code pos}. */
    int tokenEnd(int pos) {
        int p = pos;
        while (p < range.end() && isNameChar(text.charAt(p))) {
            p++;
        }
        while (p > pos && (text.charAt(p - 1) == '\'' || text.charAt(p - 1) == '’' || text.charAt(p - 1) == '-')) {
            p--;
        }
        return p;
    }

    /** The lower-cased word ending at {@code pos} (spaces before {@code pos} skipped), or "". */
    String wordBefore(int pos) {
        int end = backSpaces(pos);
        return text.substring(wordStart(end), end).toLowerCase(Locale.ROOT);
    }

    /** The lower-cased word starting at {@code pos} (spaces skipped), or "". */
    String wordAt(int pos) {
        int p = skipSpaces(pos);
        return text.substring(p, tokenEnd(p)).toLowerCase(Locale.ROOT);
    }

    /** Offset after the word starting at {@code pos} (spaces before it skipped). */
    int afterWord(int pos) {
        return tokenEnd(skipSpaces(pos));
    }

    boolean isSentenceStart(int pos) {
        int p = backSpaces(pos);
        if (p == range.start()) {
            return true;
        }
        // an opening quote or bracket before the first word
        if ("\"“'‘(".indexOf(text.charAt(p - 1)) >= 0 && backSpaces(p - 1) == range.start()) {
            return true;
        }
        // a caption's label in capitals: "STORY: Pisochyn is 12 km west of Kharkiv", "WHEN CARS FLY: …"
        return text.charAt(p - 1) == ':' && CAPTION_LABEL.matcher(text).region(range.start(), p).matches();
    }

    /**
     * A relative clause after a comma, with no digit and no further comma: ", which is home to towering Roman ruins",
     * ", which fell to the rebels on Thursday". Callers say what must follow it.
     */
    static final String RELATIVE_ASIDE = ",\\s*(?:which|where|whose)\\b[^,;:\\d]{1,80}";

    /** A label in capitals ending in a colon, opening a sentence: "STORY:", "UPDATE:", "WHEN CARS FLY:". */
    private static final Pattern CAPTION_LABEL = Pattern.compile("\\s*[A-Z][A-Z'’ -]{2,40}:");

    boolean demonymAt(int pos) {
        return demonyms.stream().anyMatch(m -> m.start() <= pos && pos < m.end());
    }

    Mention demonymStartingAt(int pos) {
        for (Mention m : demonyms) {
            if (m.start() == pos) {
                return m;
            }
        }
        return null;
    }

    static Endpoint endpoint(Mention m) {
        return new Endpoint(m.text(), m.start(), m.end(), m.place());
    }

    /** "Russia's", or a plural's bare apostrophe: "the Philippines’ most populous island". */
    private boolean possessiveAt(int pos) {
        return possessiveEnd(pos) > pos;
    }

    /** Offset after the possessive ending at {@code pos} ("'s", or "'" after an s), or {@code pos} when none. */
    private int possessiveEnd(int pos) {
        if (pos + 2 <= range.end() && (text.startsWith("'s", pos) || text.startsWith("’s", pos))
                && (pos + 2 == range.end() || !Character.isLetter(text.charAt(pos + 2)))) {
            return pos + 2;
        }
        if (pos > range.start() && pos + 1 < range.end() && (text.charAt(pos) == '\'' || text.charAt(pos) == '’')
                && text.charAt(pos - 1) == 's' && text.charAt(pos + 1) == ' ') {
            return pos + 1;
        }
        return pos;
    }

    private boolean nextIsCapitalised(int pos) {
        int p = skipSpaces(pos);
        return p > pos && p < range.end() && Character.isUpperCase(text.charAt(p));
    }

    /** Whether a comma or a dash follows {@code pos} and a name follows it: ", Beirut", " - Moscow". */
    private boolean afterSeparatorIsName(int pos) {
        int p = separatorEnd(pos);
        if (p <= pos) {
            return false;
        }
        Endpoint name = nameAt(p);
        return name != null && !speaks(name);
    }

    /** A source's words after a name: "AFP correspondents said", "Reuters reported", "a witness told". */
    private static final Pattern SPEAKING = Pattern.compile("\\G(?:\\s+\\p{Ll}+){0,2}?\\s+(?:said|says|say|reported|reports"
            + "|told|added|confirmed|announced|quoted|cited)\\b", Pattern.UNICODE_CHARACTER_CLASS);

    /**
     * Whether a name nobody resolved is a speaker or source, not a place: "west of the capital, AFP correspondents
     * said" (the capital stays unnamed). Applies only to names without a place.
     */
    private boolean speaks(Endpoint name) {
        return name.place() == null && SPEAKING.matcher(text).region(name.end(), range.end()).lookingAt();
    }

    private int separatorEnd(int pos) {
        int p = skipSpaces(pos);
        if (p < range.end() && ",-–—".indexOf(text.charAt(p)) >= 0) {
            return skipSpaces(p + 1);
        }
        return pos;
    }

    /** "Shia-majority", "Houthi-held": a hyphenated epithet, which an unresolved mention may wrongly be. */
    static boolean isEpithetWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        int dash = lower.lastIndexOf('-');
        return dash > 0 && !lower.contains(" ") && EPITHET_ENDINGS.contains(lower.substring(dash + 1));
    }

    private boolean isEpithet(String lower) {
        int dash = lower.lastIndexOf('-');
        return dash > 0 && EPITHET_ENDINGS.contains(lower.substring(dash + 1));
    }

    private static String stripPossessive(String lower) {
        return lower.endsWith("'s") || lower.endsWith("’s") ? lower.substring(0, lower.length() - 2) : lower;
    }

    private boolean overlapsMention(int start, int end) {
        return names.stream().anyMatch(m -> m.start() < end && start < m.end());
    }

    /**
     * The mark between the two sides of a border: a hyphen, as most copy has it ("Syria-Turkey"), or the
     * en dash typographers use ("Syrian–Jordanian"), a non-breaking or Unicode hyphen, or a slash.
     */
    static boolean joinsTwoSides(char c) {
        return c == '-' || c == '–' || c == '‐' || c == '‑' || c == '/';
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '\'' || c == '’' || c == '-';
    }

    static String firstWord(String s) {
        int i = 0;
        while (i < s.length() && Character.isLetter(s.charAt(i))) {
            i++;
        }
        return s.substring(0, i).toLowerCase(Locale.ROOT);
    }
}
