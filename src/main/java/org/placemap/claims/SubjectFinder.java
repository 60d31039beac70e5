package org.placemap.claims;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.placemap.gazetteer.Place;
import org.placemap.gazetteer.PlaceKind;
import org.placemap.geoparse.Mention;

/**
 * Finds the place a distance is predicated of.
 *
 * <h2>Algorithm</h2>
 * Seven rules, tried in this order; the first that names a place wins:
 * <ol>
 *   <li><b>Participle opening</b>: a sentence that opens with a locative participle says of the name opening its
 *       main clause that it lies at every distance in the opening phrase, asides included ("Located in central
 *       Ibaraki Prefecture, approximately 120 kilometres (75 mi) north of Tokyo, Tōkai is …"). First, because the
 *       area in such an aside would otherwise be taken for the subject of the distance after it.</li>
 *   <li><b>Predicate</b>: a locative or copular verb ("lies", "is", "sits", "is located", "which lies")
 *       directly before the distance; the subject is the name that ends the noun phrase before the verb,
 *       after words that only say what sort of place it is ("Khmeimim air base", "Hama city"). An
 *       appositive between subject and verb is stepped over ("Hama, Syria's fourth city, lies …"). A name
 *       governed by a preposition ("forces in Hama are 20 km from …") is an adjunct, not the subject, unless a
 *       place heads the phrase it belongs to ("Nova Kakhovka dam on the Dnieper River lies …": Nova Kakhovka), or a
 *       subject with no name opening the sentence is placed there by an aside between commas ("The school, in
 *       Mpondwe, is about two kilometres from …": Mpondwe), or a
 *       participle with no copula follows the name directly ("the recording station at Shanalumono located
 *       approximately 10km southwest of …"), or a relative pronoun refers back to it ("… in Hostomel, which is located …", also across a time
 *       adverbial: "shelling Chasiv Yar every day, which is located …"). An aside that gives another name
 *       ("Scarborough Shoal, locally known as … Bajo de Masinloc, is located …") leaves the verb to the name before
 *       it; a description with a place noun and a relative clause is said of the name before its comma ("in
 *       Nassoungou, a town near the Malian border that is about 260 kilometers from …"); an unknown name before
 *       ", which is" and a distance from a place is a place ("had reached Kibati, which
 *       is five kilometres (three miles) from Goma"); and a name alone between commas after an opening place-noun
 *       phrase is the subject ("The key town that
 *       was seized Monday, Bunagana, is …"). "It" before the verb
 *       stands for the main clause's place ("Baalbek stands …, and it lies about 83 km from …"). A locator
 *       before the comma of a participle ("a city in the Iraqi province of Al Anbar, located …") is left to
 *       rule 2.</li>
 *   <li><b>Described subject</b>: the sentence's main clause has a place for subject and the distance lies in
 *       its predicate with no other clause in between: "X is a town in Iraq, lying on the river about N km
 *       north of Y", "Tyre juts out into the sea and is located about 80 km south of Beirut", "Baalbek is a
 *       city located east of the Litani River in Lebanon's Beqaa Valley, about 67 km …", "Nyala, …, was
 *       founded in the 19th century, and is about a thousand kilometers away from …" (", and is" goes on with
 *       the same subject; ", and" before anything else starts a new clause). An aside between subject and
 *       verb may hold commas inside brackets ("Bagram Airfield, also known as …, (IATA: OAI, ICAO: OAIX), is
 *       located …"). The name before a
 *       comma there is a locator (a country or region, or a name after "in", "on", "within", "of"), not an
 *       appositive's head; a town before the comma that is not a locator leaves the distance to rule 3.</li>
 *   <li><b>Appositive</b>: the distance follows a comma, bracket or dash right after a name ("the city of
 *       Homs, roughly 75 miles from Latakia"), possibly after an indefinite description opening the aside
 *       ("Sidon, a port some 40 km south of Beirut", "Adigrat town, a distance of 120 km from …") or a line it lies
 *       on ("the town of Zuwara, on the Mediterranean coast about 120 km … west of the capital"), or after a
 *       name and an aside of its own ("Sumy, Ukraine's regional capital, just 50 km from …", also after a spaced
 *       dash: "Vasilevka - another Moldovan village, 20 kilometers from …", or between spaced dashes: "the Solomons –
 *       a former British colony – 1,400 miles northeast of Sydney"). A time of the event between the name and the
 *       aside is stepped over ("struck Gil Island shortly after midnight local time, about 75 miles …"). "The
 *       latter" or "the former" after the comma that ends a pair picks one of the two ("Hama and Homs, the latter 40 km
 *       from …": Homs). An area
 *       that only locates the place before it, by a preposition, a comma or a description, leaves the distance to
 *       that place ("in Taytay, Rizal, 20 kilometers from …", "Ras al-Ain, an Arab and Kurd town in the …
 *       province of Hasaka, 600 km from …"), and so does a place a relative clause puts it in ("Mount Kelud, which
 *       sits on the densely populated island of Java, about 385 miles east of …"). A description with a place
 *       noun ("a town"), also in a relative clause after the comma ("the town of Damara, which is Touadera's
 *       stronghold around 70 kilometres … north of Bangui"), makes any name before it a place ("in Mainok, a town 60 kilometres
 *       from …"), or a bare place noun before a participle ("near Kangwayi-Palmba, village located 25 km from
 *       …"); a description may also open with a possessive ("in Herat, Afghanistan's third-largest city some 850
 *       kilometers west of Kabul") and name a natural feature the place lies on ("Methven, a township on the
 *       Canterbury plains 90 km west of Christchurch"). A name that is itself where a distance is measured from
 *       ("north of 'Ajloun (88 km from Amman)") is not the head, unless an aside describes it with a place noun
 *       (Methven, after "15 km east of"; "west of Mosul, Nineveh's provincial capital, some 400 kilometers …").
 *       A border phrase after the place only locates it ("the Niagha district along Senegal's border with Guinea
 *       Bissau, about 120 km east of …"). A description opening the sentence with the distance in an aside after it
 *       is said of the place after the aside, when a verb follows that place ("The capital of Jubaland, located 500
 *       kilometers south of Mogadishu, Kismayo was …"); this is tried before every other rule, since the
 *       participle and the name before its comma would otherwise make the described area the subject.</li>
 *   <li><b>Fronted</b>: the distance comes before the main clause and its place subject ("Just six kilometres
 *       from Syria, the usually sleepy Suruc has …", "Some 30 km off Y,
 *       on Kotlin island, there lies Kronstadt", "N miles from Y lies X"), also said as "you will find" ("About 90
 *       kilometres north east from Sarajevo, you will find a place called Srebrenica", "… you will find the border
 *       crossing «Larsi»") or of a feature's name ("… lie the infamous Killing Fields of Choeung Ek"). A storm's
 *       position is no place's: after a storm word, "over X, positioned N km …" gives no subject.</li>
 *   <li><b>Adjacent</b>: a name directly before a distance with a direction ("the Kuweires air base 30 km
 *       east of Aleppo"), or said to be "away" ("the town of Vovchansk about 70 kilometers away from …"), or
 *       that a place noun introduces ("the town of Adigrat 116 kilometres from …") or follows ("the army's
 *       Nassoumbou base some 30 kilometres … from …").</li>
 *   <li><b>After the target</b>: with no subject before the distance, a name and a kind word after "in" or "at"
 *       right after a directional target ("The disaster struck about 50km … north of Kuala Lumpur in Batang Kali
 *       town").</li>
 * </ol>
 * A place and a line joined by "from … to" before the verb ("the distance from Nerkin Hand to the
 * Armenian-Azerbaijani border was …") give the place as subject and the line as the other end; a dash or colon
 * may stand for the verb after a pair ("Distance from Novorossiisk to Krasnodar - 136 km").
 * Two names joined by "and" ("Hama and Homs lie …", "the Syrian town of X and the Turkish town of Y are …")
 * or by "from … to" / "between … and" ("the drive from Hama to Tartus is …", "the distance from Camp
 * Shorabak to Kandahar …", the first name unrecognised; "the towns of Mamundioma and Totolito which are located
 * …", both unrecognised) come back as a pair; the caller decides whether that
 * is two subjects or two ends. A name after a preposition ("in", "with" …) is not a clause's subject, and a
 * name after "of" is a locator only when the "of" belongs to a place ("the province of Al Anbar"), not to a
 * person ("the mayor of the town of X, located …": X).
 *
 * <h2>Names nobody recognised</h2>
 * A capitalised name the geoparser did not recognise is taken as a subject only where something says it
 * is a place, in this order: it is not a common sentence-opening noun ("Rebels", "Police", "Officials") and
 * no person word precedes it ("said", "Mr"); then it follows "the village of" or "a town called" (or another
 * place noun: the whole name it introduces, "the town of Bourem Sidi-Amar", even where the geoparser knew
 * only "Bourem"); or "the" and it are followed by a place noun ("the Liptsi district"; not "an ancient
 * Phoenician city"); or the gazetteer knows it ({@link PlaceNames}); or it has two or more words and its first
 * or last says what sort of place it is ("Camp Shorabak", "Beit Hanoun", "Bagram Airfield", "Grindall Island",
 * "Scarborough Shoal"); or it has two or
 * more capitalised words ("Khan Touman", "Ruska Lozova") and opens the sentence or an appositive; or it comes
 * before a locative verb away from the sentence start, where any word is capitalised. In an appositive whose
 * distance has a direction ("taken to Dhalea, 60 miles north of Aden") any such name away from the sentence
 * start is a place, and so is one opening the sentence when that aside, measured from a place the gazetteer knows,
 * stands between it and its verb ("Baisaran, about six kilometres from the resort town of Pahalgam, is an expansive
 * meadow"). An unknown name opening the sentence is a place when the verb right after it places it at
 * the distance ("Dunayka is about six kilometers from the Ukrainian border") or its copula describes it with a
 * place noun ("Makalondi is the last major town in Niger, …"), or an aside after its comma places it before the
 * verb ("Bariire, in Lower Shabelle, is about 50 km … from Mogadishu") or describes it with a place noun ("Ighil, a
 * mountainous area with small farming villages, is about 70km …"); one after a placing preposition before an
 * appositive distance is a place ("Around Djoran itself, 15 km from …"). Never a place: a group of people
 * ("the Ukrainian Armed Forces"), a ship ("MV Thor Nexus"), a natural feature as the head of an aside ("the
 * Lebanon Mountains": a locator), and a country right before a distance ("a trawler registered to Belize about
 * 1,500 miles south of San Diego": the thing in it).
 */
final class SubjectFinder {

    /**
     * What was found: one or two names, and how they were joined; {@code line} is the border or coast the
     * subject phrase itself names as the other end ("the distance from X to the Armenian-Azerbaijani border
     * was …"), else null.
     */
    record Subject(List<Endpoint> names, boolean bothEnds, boolean locativeVerb, LineRef line) {

        Subject(List<Endpoint> names, boolean bothEnds, boolean locativeVerb) {
            this(names, bothEnds, locativeVerb, null);
        }
    }

    /** The place opening the main clause, and where its verb is; {@code inverted} for "there lies X". */
    private record MainSubject(Endpoint name, int verbStart, int verbEnd, boolean inverted) {}

    /** One way of finding the subject of a distance; null when it does not apply. */
    private interface Rule {
        Subject find(Quantity q, TargetFinder.Target t);
    }

    static final Set<String> COPULAS = Set.of("is", "are", "was", "were", "be", "been", "being", "remains",
            "remain", "lies", "lie");
    static final Set<String> LOCATIVE = Set.of("lies", "lie", "lay", "lying", "sits", "sit", "sat", "sitting",
            "stands", "stand", "standing", "located", "situated", "positioned", "based", "found", "placed", "set",
            "nestled", "perched", "flows", "flow", "flowing", "runs", "run", "running");
    /** Verbs that can follow the subject of a sentence describing a place. */
    private static final Set<String> CLAUSE_VERBS = Set.of("is", "are", "was", "were", "lies", "lie", "lay", "sits",
            "sit", "stands", "stand", "remains", "juts", "has", "had", "serves", "borders", "hosts", "became", "becomes",
            "located", "situated", "consist", "consists", "comprise", "comprises");
    private static final Set<String> FILLERS = Set.of("only", "just", "also", "still", "now", "currently", "a", "an",
            "the", "barely", "merely", "mere", "all", "both", "each");
    /** Names in a list that one distance may be said of: "X, Y and Z — all approximately 50 kilometres south of …". */
    private static final int MAX_LISTED = 4;
    private static final Set<String> ADJUNCT_PREPOSITIONS = Set.of("in", "at", "near", "around", "outside", "into",
            "from", "to", "toward", "towards", "inside", "across", "by", "on", "within", "along", "with");
    /** Prepositions that say the name after them is where something is: "in", "around", "near". */
    private static final Set<String> PLACING_PREPOSITIONS = Set.of("in", "around", "near", "outside", "inside", "at");
    /** A hyphenated epithet, never a name: "Shia-majority", "Houthi-held", "Russian-speaking", a ship's "Marshall Islands-flagged". */
    private static final Pattern EPITHET = Pattern.compile(".*-(?:majority|dominated|populated|speaking|inhabited"
            + "|owned|held|controlled|run|occupied|based|backed|led|allied|style|flagged|registered)");
    /** First words of ships' names ("MV Thor Nexus", "HMS Diamond"): a ship is never a place subject. */
    private static final Set<String> SHIP_PREFIXES = Set.of("mv", "ms", "mt", "hms", "uss", "ss", "rv", "ins", "hmas",
            "hmcs", "fs", "its", "tcg", "rfs");
    /** Last words of natural features' names ("Lebanon Mountains", "Beqaa Valley"): locators, not subjects. */
    private static final Set<String> NATURAL_FEATURES = Set.of("mountains", "mountain", "hills", "range", "valley",
            "plain", "plains", "desert", "river", "plateau", "highlands", "lowlands", "delta", "basin", "gorge");
    /** Participles that open an aside placing the name before it: "X, located on the outskirts of Y, …". */
    private static final Set<String> PARTICIPLES = Set.of("located", "situated", "lying", "sitting", "nestled",
            "perched", "based");
    /** Prepositions that make a name a locator of what precedes it ("a city in northern Jordan,"). */
    private static final Set<String> LOCATOR_PREPOSITIONS = Set.of("in", "on", "within", "inside", "of", "at");
    /** Nouns naming part of a place: "the outskirts of X", "the heart of X". */
    private static final Set<String> PART_NOUNS = Set.of("part", "parts", "edge", "heart", "suburbs", "outskirts",
            "north", "south", "east", "west", "districts", "areas", "environs", "vicinity");
    /** Words that precede a person's name, never a place's. */
    private static final Set<String> PERSON_WORDS = Set.of("said", "says", "told", "mr", "mrs", "ms", "dr",
            "president", "minister", "general", "gen", "spokesman", "spokeswoman", "commander", "mayor", "governor",
            "leader", "chief", "officer", "colonel", "captain");
    /** Capitalised nouns that open news sentences and are never places there. */
    private static final Set<String> NOT_SUBJECTS = Set.of("rebels", "police", "officials", "troops", "residents",
            "forces", "soldiers", "militants", "fighters", "witnesses", "authorities", "locals", "villagers",
            "civilians", "refugees", "protesters", "clashes", "fighting", "reports", "sources", "brigades", "units",
            "teams", "officers", "insurgents", "jihadists", "gunmen", "attackers", "demonstrators", "migrants",
            "firefighters", "rescuers", "crews", "investigators");
    /** Lower-case words that end the descriptors before a name rather than belong to them. */
    private static final Set<String> NOT_DESCRIPTORS = Set.of("in", "at", "near", "around", "outside", "into", "from",
            "to", "toward", "towards", "inside", "across", "by", "on", "within", "along", "of", "and", "or", "between",
            "is", "are", "was", "were", "be", "been", "lies", "lie", "lay", "located", "situated", "which", "that",
            "with", "for", "as", "than");
    private static final int MAX_APPOSITIVE_CHARS = 100;
    /** "eastern", "north-western", "central": a word that places within an area. */
    private static final String COMPASS_ADJECTIVE = "(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?|central|upper|lower"
            + "|northern|southern|eastern|western";
    private static final int MAX_ASIDE_CHARS = 170;
    /** A new clause between a subject's verb and a distance: the distance is not said of that subject. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[;:?!]|,\\s*(?:and|but|or|yet|so)\\b"
            // ", and is …", ", and some 85 km …" (the distance right after "and"): the same subject's predicate
            + "(?!\\s+(?:is|are|was|were|lies|lie|sits|stands|remains)\\b|\\s*(?:(?:some|about|around|roughly|nearly|approximately|just|only)\\s*)?$)"
            + "|,\\s*(?:while|whereas|although|though|as|when|where|after|before|because|since|until|unless|if)\\b"
            + "|\\b(?:while|whereas|although|though|where|when|because|unless|until|who|which|that)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A time adverbial between a name and the relative clause describing it ("X every day, which …"). */
    private static final Pattern TIME_ADVERBIAL = Pattern.compile("\\s(?:every\\s+(?:day|night|week)|daily|nightly"
            + "|yesterday|today|tonight|overnight|recently|again|(?:last|this)\\s+(?:week|month|year|night|morning)"
            + "|on\\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))$");
    /** Last words of news media's names: a name ending so is an outlet, never a place subject. */
    private static final Set<String> MEDIA_LAST = Set.of("online", "news", "times", "post", "agency", "radio", "tv",
            "television", "press", "daily", "herald", "tribune", "journal", "gazette");
    /**
     * A relative clause placing the name before it ("which sits on", "that is located in", "which lies near"), or a bare
     * participle doing so (", located in Chile,").
     */
    private static final Pattern RELATIVE_LOCATOR = Pattern.compile("^\\s*(?:(?:which|that)\\s+(?:is\\s+|are\\s+|was\\s+)?"
            + "(?:lies|lie|sits|sit|stands|located|situated|perched|nestled)"
            // or the participle alone: "the Puyehue Volcano, located in Chile, just 100 Km away from Bariloche"
            + "|(?:located|situated|perched|nestled))\\s+(?:in|on|at|near|off|inside|along)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Possessive determiners before a name and its kind word: "its Perrinvale gold project", "their Kibali mine". */
    private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("its", "their", "our", "his", "her");
    /** Prepositions after which a capitalised word and a kind word name a place: "above Tuogi village". */
    private static final Set<String> KIND_AFTER_PREPOSITIONS = Set.of("in", "at", "near", "above", "over", "below",
            "outside", "inside", "of", "from", "to", "into", "toward", "towards", "around");
    /** A phrase locating an inverted sentence's target before its verb: "on the Essequibo Coast", "in Kenya". */
    private static final Pattern TARGET_LOCATOR = Pattern.compile("(?:on|in|near)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’-]*"
            + "(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,3}(?=\\s+(?:is|are|lies|lie|stands|sits)\\b)", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    /** Prepositions that open a border phrase locating a place: "along Senegal's border with Guinea Bissau". */
    private static final Set<String> BORDER_PHRASE_PREPOSITIONS = Set.of("along", "on", "near", "by");
    /** Words that open a description of two or more places: "Najjariyeh and Addousiyeh, two adjacent villages". */
    private static final Set<String> PLURAL_DETERMINERS = Set.of("two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "both", "several");
    /** An aside giving another name for the name before it: "locally known as", "also called", "formerly". */
    private static final Pattern ALIAS_ASIDE = Pattern.compile("^\\s*(?:(?:\\w+ly|also)\\s+)?(?:(?:known|called|named|nicknamed|dubbed)\\b"
            + "|formerly\\b|or\\b)", Pattern.CASE_INSENSITIVE);
    /** Kind words after a name that make it an area, whatever the gazetteer's reading: "Pulwama district". */
    private static final Set<String> AREA_KIND_WORDS = Set.of("district", "province", "state", "region", "county",
            "department", "governorate", "oblast", "prefecture", "regency", "emirate", "canton", "municipality",
            "subdistrict", "raion", "township", "tehsil", "taluk", "taluka", "commune", "parish", "woreda", "territory");
    /** Last words of the names of groups of islands, which locate an island named before them. */
    private static final Set<String> GROUP_WORDS = Set.of("islands", "isles", "archipelago", "atoll", "keys");
    /** Nouns that introduce a settlement, which an area after "in" only locates ("the village of X in Y"). */
    private static final Set<String> SETTLEMENT_NOUNS = Set.of("village", "hamlet", "settlement", "town", "city");
    /** Prepositions that may stand inside a description after its place noun: "a remote town in Australia's outback". */
    private static final Set<String> DESCRIPTION_PREPOSITIONS = Set.of("in", "on", "of", "near");
    /** A time of the event that news puts right after its place, before an aside about that place. */
    private static final Pattern EVENT_TIME = Pattern.compile("\\s(?:(?:(?:shortly|just|soon|well)\\s+)?(?:after|before)"
            + "\\s+(?:midnight|noon|midday|dawn|dusk|sunrise|sunset)(?:\\s+local\\s+time)?"
            + "|(?:early|late)\\s+(?:on\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)"
            + "(?:\\s+(?:morning|afternoon|evening|night))?"
            + "|(?:on\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\\s+(?:morning|afternoon|evening|night))?"
            + "|today|yesterday|overnight"
            + "|(?:last|this)\\s+(?:week|month|year|night|morning|weekend))$");
    /** First words that make an unknown name a place: "Camp Shorabak", "Port Sudan", "Beit Hanoun", "Ras Lanuf". */
    private static final Set<String> NAME_KIND_FIRST = Set.of("camp", "port", "fort", "mount", "lake", "cape", "wadi",
            "jebel", "jabal", "tel", "tell", "tal", "ras", "khan", "deir", "kafr", "kfar", "beit", "bir", "ain", "ayn",
            "qasr", "marsa", "mina", "nahr", "sidi");
    /** Last words that make an unknown name a place: "Bagram Airfield", "Nahr al-Bared Camp". */
    private static final Set<String> NAME_KIND_LAST = Set.of("camp", "airfield", "airport", "airbase", "base", "city",
            "town", "village", "district", "province", "governorate", "oasis", "harbour", "harbor", "port", "island",
            "isle", "islands", "atoll", "shoal", "reef", "peninsula", "volcano", "park");
    /** Before a name: it is where a distance is measured from ("north of 'Ajloun", "km from Amman"). */
    private static final Pattern MEASURED_FROM = Pattern.compile("(?:(?:north|south|east|west)\\w*|km|kms|miles?"
            + "|kilomet\\w+|away|metres|meters)\\s+(?:of|from)\\s+(?:the\\s+)?['‘’\"“]?$", Pattern.CASE_INSENSITIVE);

    private final SentenceScope s;
    private final List<Rule> rules = List.of(this::openingDescription, this::participleOpening, this::predicate,
            this::described, this::invertedAfterTarget, this::appositive, this::fronted, this::adjacent, this::afterTarget, this::backReference);
    private MainSubject main;
    private boolean mainFound;

    SubjectFinder(SentenceScope scope) {
        this.s = scope;
    }

    /** The subject of the distance {@code q} whose target is {@code t}, or null when the sentence names none. */
    Subject find(Quantity q, TargetFinder.Target t) {
        if (withinOfUnnamedPlural(q)) {
            return null;
        }
        for (Rule rule : rules) {
            Subject found = rule.find(q, t);
            if (found != null) {
                if (found.names().size() == 1 && stormPositionedOver(found.names().getFirst())) {
                    return null; // the storm's position, not the place's
                }
                return locatesUnnamedPlace(found) ? null : subAreaBeforeItsArea(cityBeforeItsArea(facilityBeforeItsCity(found)));
            }
        }
        return null;
    }

    /**
     * "evacuate residents of 28 villages within 2 km (1 mile) of the Lebanese border": "within" right after a plural
     * common noun says the distance bounds the things that noun counts, which no name gives; the sentence's subject
     * ("Israel has activated a plan …") is not what lies within it. A verb before "within" ("lies within", "are
     * within") leaves the distance to the rules.
     */
    private boolean withinOfUnnamedPlural(Quantity q) {
        int w; // where "within" starts: inside the quantity, as its hedge ("within 2 km"), or right before it
        if (s.text.regionMatches(true, q.start(), "within ", 0, 7)) {
            w = q.start();
        } else if (s.wordBefore(beforeFillers(q)).equals("within")) {
            w = s.wordStart(s.backSpaces(beforeFillers(q)));
        } else {
            return false;
        }
        String noun = s.wordBefore(w);
        int nounStart = s.wordStart(s.backSpaces(w));
        if (nounStart < s.range.start() || nounStart >= w) {
            return false;
        }
        return noun.length() > 3 && noun.endsWith("s") && !noun.endsWith("ss") && Character.isLowerCase(s.text.charAt(nounStart))
                && !COPULAS.contains(noun) && !LOCATIVE.contains(noun) && !CLAUSE_VERBS.contains(noun);
    }

    /**
     * "It is a city in the Darfur region of southwestern Sudan, 195 kilometres … northeast of Nyala": the one area
     * found only locates a place that a pronoun and an indefinite place noun stand for and no name gives ("It is a
     * city in", "this was a small town in"), possibly through a named part of it ("the Darfur region of"); the
     * distance is said of that place, named in another sentence, so this one has no subject for it.
     */
    private boolean locatesUnnamedPlace(Subject found) {
        if (found.names().size() != 1 || found.bothEnds() || !SentenceScope.isArea(found.names().getFirst())) {
            return false;
        }
        int p = found.names().getFirst().start();
        for (int words = 0; words < 3; words++) { // "in southwestern Sudan", "in the north", "in Peru's central"
            String w = s.wordBefore(p);
            if (!w.equals("the") && !w.matches(COMPASS_ADJECTIVE)) {
                break;
            }
            p = s.wordStart(s.backSpaces(p));
        }
        if (s.wordBefore(p).equals("of") && AREA_KIND_WORDS.contains(s.wordBefore(s.wordStart(s.backSpaces(p))))) {
            int q = s.wordStart(s.backSpaces(s.wordStart(s.backSpaces(p)))); // "the Darfur region of": the kind word
            for (int words = 0; words < 3 && q > s.range.start(); words++) { // its name, then "the"
                int before = s.wordStart(s.backSpaces(q));
                if (before >= q || !Character.isUpperCase(s.text.charAt(before))) {
                    break;
                }
                q = before;
            }
            p = s.wordBefore(q).equals("the") ? s.wordStart(s.backSpaces(q)) : q;
        }
        if (!s.wordBefore(p).equals("in")) {
            return false;
        }
        int noun = s.wordStart(s.backSpaces(s.wordStart(s.backSpaces(p))));
        if (!SETTLEMENT_NOUNS.contains(s.wordBefore(s.wordStart(s.backSpaces(p))))) {
            return false;
        }
        for (int words = 0; words < 3; words++) { // "a city", "a small town", "an ancient walled city"
            String w = s.wordBefore(noun);
            if (w.equals("a") || w.equals("an")) {
                // said of a pronoun ("It is a city in …"): a place named in another sentence; "a village in Enga
                // Province, about 600 kilometres …" alone is said of the province
                int article = s.wordStart(s.backSpaces(noun));
                int copula = s.wordStart(s.backSpaces(article));
                return (s.wordBefore(article).equals("is") || s.wordBefore(article).equals("was"))
                        && (s.wordBefore(copula).equals("it") || s.wordBefore(copula).equals("this"));
            }
            int start = s.wordStart(s.backSpaces(noun));
            if (start >= noun || !Character.isLowerCase(s.text.charAt(start))) {
                return false;
            }
            noun = start;
        }
        return false;
    }

    /**
     * Kinds of natural feature written in lower case after a name before its verb: "Afungi peninsula is only 10
     * kilometres from …". Not feature words in general: capitalised, they are part of a name ("Big Island Lake").
     */
    private static final Set<String> NATURAL_KINDS = Set.of("peninsula", "oasis", "valley", "lake", "plateau", "islands");

    /** Kind words of a part of an area: "the Kamdesh district of Nuristan province". */
    private static final Set<String> SUB_AREA_WORDS = Set.of("district", "subdistrict", "sub-district", "county",
            "municipality", "commune", "township", "region", "area");

    /**
     * "the Kamdesh district of Nuristan province, about 200 kilometers northeast of Kabul": a subject after "of" that
     * only locates a named part of itself ("the A district of B") leaves the distance to that part, A, whether or
     * not the geoparser resolved it. Applies to a subject of one name.
     */
    private Subject subAreaBeforeItsArea(Subject found) {
        if (found.names().size() != 1 || found.bothEnds()) {
            return found;
        }
        Endpoint area = found.names().getFirst();
        if (!s.wordBefore(area.start()).equals("of")) {
            return found;
        }
        int kindEnd = s.backSpaces(s.wordStart(s.backSpaces(area.start())));
        String kind = s.wordBefore(kindEnd);
        int kindStart = s.wordStart(kindEnd);
        boolean ofDivision = area.place() != null && area.place().kind() == PlaceKind.ADMIN_REGION;
        if (kind.equals("area") && !ofDivision) {
            return found; // "the Sari Norang area of Lakki Marwat district", but "the Chalmir area of Sinjar Mountain"
        }
        if (!SUB_AREA_WORDS.contains(kind) || kindStart >= kindEnd || !Character.isLowerCase(s.text.charAt(kindStart))) {
            // "the Central Business District of Nairobi": a capitalised kind word is part of one name
            return found;
        }
        int nameEnd = s.backSpaces(s.wordStart(kindEnd));
        Mention m = s.mentionEndingAt(nameEnd);
        if (m != null && m.form() != Mention.Form.NAME) {
            return found; // "the Ukrainian district of …": an adjective, not a name
        }
        Endpoint part = m != null ? SentenceScope.endpoint(m) : s.capitalisedEndingAt(nameEnd);
        if (part == null || !acceptable(part) || !s.wordBefore(part.start()).equals("the")
                || SentenceScope.isArea(part) && part.place().kind() != PlaceKind.ADMIN_REGION) {
            return found;
        }
        return new Subject(List.of(part), false, found.locativeVerb(), found.line());
    }

    /** Kinds of facility a town after them, between commas, only locates. */
    private static final Set<PlaceKind> FACILITIES = java.util.EnumSet.of(PlaceKind.AIRPORT, PlaceKind.AIR_BASE,
            PlaceKind.NAVAL_BASE);

    /**
     * "The new Daxing International Airport, Beijing, located around 46km … south of Tiananmen Square": a town right
     * after an airport or base of its country, with only a comma between, locates that facility; the facility is the
     * subject. Applies to a subject of one name.
     */
    private Subject facilityBeforeItsCity(Subject found) {
        if (found.names().size() != 1 || found.bothEnds()) {
            return found;
        }
        Endpoint town = found.names().getFirst();
        int comma = s.backSpaces(town.start());
        if (town.place() == null || comma <= s.range.start() || s.text.charAt(comma - 1) != ',') {
            return found;
        }
        Mention before = s.mentionEndingAt(s.backSpaces(comma - 1));
        Place facility = before == null ? null : before.place();
        if (facility == null || !FACILITIES.contains(facility.kind()) || !facility.countryCode().equals(town.place().countryCode())) {
            return found;
        }
        return new Subject(List.of(SentenceScope.endpoint(before)), false, found.locativeVerb(), found.line());
    }

    /**
     * "Denver, Colorado is located … about 336 miles … north of Albuquerque": a state or country right after a town
     * it holds, with only a comma between, locates that town; the town is the subject. Applies to a subject of one
     * name; the area must be the town's country or its first-level division.
     */
    private Subject cityBeforeItsArea(Subject found) {
        if (found.names().size() != 1 || found.bothEnds()) {
            return found;
        }
        Endpoint area = found.names().getFirst();
        Place region = area.place();
        if (region == null || region.kind() != PlaceKind.COUNTRY && region.kind() != PlaceKind.ADMIN_REGION) {
            return found;
        }
        int comma = s.backSpaces(area.start());
        if (comma <= s.range.start() || s.text.charAt(comma - 1) != ',') {
            return found;
        }
        Mention before = s.mentionEndingAt(s.backSpaces(comma - 1));
        Place town = before == null ? null : before.place();
        if (town == null || SentenceScope.isArea(SentenceScope.endpoint(before))
                || !town.countryCode().equals(region.countryCode())
                || region.kind() == PlaceKind.ADMIN_REGION && !town.admin1Code().equals(region.admin1Code())) {
            return found;
        }
        return new Subject(List.of(SentenceScope.endpoint(before)), false, found.locativeVerb(), found.line());
    }

    /** A subject that takes up a pair named before its comma: "they", "both", "the cities", "the two towns". */
    private static final Pattern RESUMING_NOUN = Pattern.compile("^\\s*(?:they|both|the\\s+(?:two\\s+)?(?:cities|towns"
            + "|villages|capitals|places|islands|ports|settlements|communities))\\s*$", Pattern.CASE_INSENSITIVE);

    /**
     * "if we take London and Paris, the cities are 215 miles apart": the subject before the verb ending at {@code
     * end} only takes up the pair named before its comma; the pair are the two ends. Null when that is not the shape.
     */
    private Subject pairBeforeResumingNoun(int end) {
        int open = previousComma(end);
        if (open < Math.max(s.range.start(), end - 30) || !RESUMING_NOUN.matcher(s.text.substring(open + 1, end)).matches()) {
            return null;
        }
        Subject pair = endingAt(s.backSpaces(open), false, false, Position.PREDICATE);
        return pair != null && pair.names().size() == 2 ? pair : null;
    }

    /**
     * Where "lies", "sits" or "stands" starts when a relative pronoun opens it and at most six lower-case words stand
     * between it and {@code pos}, with no punctuation ("which lies half-ruined among olive groves 20 miles …", "which
     * lies on the shores of the Dnipro around 25 kilometers …": a name after "the" is a feature it lies by): the words
     * between only say how it lies. -1 otherwise.
     */
    private int relativeLocativeVerbBefore(int pos) {
        int p = pos;
        for (int words = 0; words < 7; words++) {
            int end = s.backSpaces(p);
            int start = s.wordStart(end);
            if (start >= end || end < p && s.text.substring(end, p).strip().length() > 0) {
                return -1;
            }
            // "which lies on the shores of the Dnipro around 25 kilometers …": a name after "the" is a feature
            boolean featureName = Character.isUpperCase(s.text.charAt(start)) && s.wordBefore(start).equals("the");
            if (!Character.isLowerCase(s.text.charAt(start)) && !featureName) {
                return -1;
            }
            String w = s.text.substring(start, end);
            if ((w.equals("lies") || w.equals("sits") || w.equals("stands")) && words > 0) {
                String before = s.wordBefore(start);
                return before.equals("which") || before.equals("that") ? start : -1;
            }
            p = start;
        }
        return -1;
    }

    /** "Distance from Novorossiisk to Krasnodar - 136 km": a dash or colon for the verb after a pair of ends. */
    private Subject pairBeforeDash(int p) {
        int q0 = s.backSpaces(p);
        if (q0 <= s.range.start() || "-–—:".indexOf(s.text.charAt(q0 - 1)) < 0) {
            return null;
        }
        Subject found = endingAt(s.backSpaces(q0 - 1), false, false, Position.PREDICATE);
        return found != null && found.bothEnds() ? found : null;
    }

    /**
     * "the distance from Nerkin Hand to the Armenian-Azerbaijani border was …", "the road from Kut village to the
     * borderline is …": a place and a line joined by "from … to" before the verb ending at {@code end}.
     */
    private Subject fromPlaceToLine(int end, boolean locative) {
        int to = s.lastIndexIn(" to ", end, 80);
        if (to < s.range.start() || end - to > 80) {
            return null;
        }
        SentenceScope.Named line = s.phraseAt(to + 4);
        if (line == null || !line.line() || s.backSpaces(line.end()) != end && line.end() != end) {
            return null;
        }
        int beforeTo = s.backSpaces(to);
        for (int skipped = 0; skipped < 2; skipped++) { // "from Kut village to"
            Mention m = s.mentionEndingAt(beforeTo);
            Endpoint a = m != null ? SentenceScope.endpoint(m) : s.capitalisedEndingAt(beforeTo);
            if (a != null && m == null && !acceptable(a)) {
                a = null;
            }
            if (a != null) {
                return s.wordBefore(descriptorStart(a.start())).equals("from")
                        ? new Subject(List.of(a), false, locative, line.lineRef()) : null;
            }
            if (!SentenceScope.isFeatureWord(s.wordBefore(beforeTo))) {
                return null;
            }
            beforeTo = s.backSpaces(s.wordStart(beforeTo));
        }
        return null;
    }

    /** Rule 1. */
    private Subject predicate(Quantity q, TargetFinder.Target t) {
        int p = q.start();
        boolean verb = false;
        boolean locative = false;
        while (true) {
            String w = s.wordBefore(p);
            if (w.isEmpty()) {
                break;
            }
            if (COPULAS.contains(w) || LOCATIVE.contains(w)) {
                verb = true;
                locative |= LOCATIVE.contains(w);
            } else if (!FILLERS.contains(w)) {
                break;
            }
            p = s.wordStart(s.backSpaces(p));
        }
        if (!verb) {
            int v = relativeLocativeVerbBefore(p);
            if (v < 0) {
                return pairBeforeDash(p);
            }
            p = v; // "Manbij, which lies half-ruined among olive groves 20 miles south of the Turkish border"
            verb = true;
            locative = true;
        }
        int q0 = s.backSpaces(p);
        q0 = skipBracketBack(q0); // "Wat Phra That Doi Din Kiu (Ji) is 11 kilometres northwest of Mae Sot"
        if (q0 > s.range.start() && Character.isLowerCase(s.text.charAt(s.wordStart(q0)))
                && (SentenceScope.isFeatureWord(s.wordBefore(q0)) || NATURAL_KINDS.contains(s.wordBefore(q0)))
                && !s.wordBefore(s.wordStart(q0)).isEmpty()
                && Character.isUpperCase(s.text.charAt(s.wordStart(s.backSpaces(s.wordStart(q0)))))) {
            q0 = s.backSpaces(s.wordStart(q0)); // "Bawean island is 350km north-east of …": the kind word after the name
        }
        q0 = beforeUnclosedAside(q0); // "Kreminna, with a pre-war population of nearly 20,000 people is around 50 km …"
        Subject toLine = fromPlaceToLine(q0, locative);
        if (toLine != null) {
            return toLine;
        }
        String w = s.wordBefore(q0);
        if (w.equals("it")) { // "Baalbek stands …, and it lies about 83 km from …"
            MainSubject m = mainSubject();
            return m != null && m.name().end() < q0 ? new Subject(List.of(m.name()), false, locative) : null;
        }
        if ((w.equals("but") || w.equals("and")) && locative) {
            Subject coordinated = coordinatedParticiple(s.backSpaces(s.wordStart(q0)));
            if (coordinated != null) {
                return coordinated;
            }
        }
        if (w.equals("and")) {
            Subject coordinated = coordinatedRelative(s.backSpaces(s.wordStart(q0)), locative);
            if (coordinated != null) {
                return coordinated;
            }
        }
        boolean relative = w.equals("which") || w.equals("that");
        if (relative) {
            q0 = s.backSpaces(s.wordStart(q0));
        }
        boolean afterComma = q0 > s.range.start() && s.text.charAt(q0 - 1) == ',';
        boolean afterDash = !relative && q0 > s.range.start() + 1 && "–—".indexOf(s.text.charAt(q0 - 1)) >= 0;
        if (afterDash) {
            // "The town – Adra al-Omalia – is about 30 km (19 miles) from central Damascus"
            Subject dashed = namedAfterPlaceNoun(s.backSpaces(q0 - 1), locative);
            if (dashed != null) {
                return dashed;
            }
        }
        if (afterComma) {
            q0 = s.backSpaces(q0 - 1);
            if (relative && q0 > s.range.start() && "\"”".indexOf(s.text.charAt(q0 - 1)) >= 0) {
                q0 = s.backSpaces(q0 - 1); // "liberated the settlement of Krutiy Yar\", which lies …": a quotation ends there
            }
            if (!relative) {
                Subject beforeClause = beforeRelativeClause(q0, locative);
                if (beforeClause != null) {
                    return beforeClause;
                }
            }
        } else if (relative && q0 > s.range.start() && "—–".indexOf(s.text.charAt(q0 - 1)) >= 0) {
            q0 = s.backSpaces(q0 - 1); // "the city of Sumy—which sits about 45 kilometers away from Bilopillya—"
        }
        // "the recording station at Shanalumono located approximately 10km southwest of …": a participle with no
        // copula modifies the name right before it, whatever preposition governs that name
        // (the name itself, not a kind word, stands right before the participle: "two other Syunik villages located …"
        // speaks of the villages)
        boolean bareParticiple = locative && PARTICIPLES.contains(s.wordAt(p)) && !COPULAS.contains(s.wordBefore(p))
                && !relative && !afterComma && s.backSpaces(p) > s.range.start()
                && Character.isUpperCase(s.text.charAt(s.wordStart(s.backSpaces(p))));
        Subject found = endingAt(q0, !relative && !bareParticiple, locative, Position.PREDICATE);
        if (found != null && bareParticiple && found.names().size() == 1) {
            // "at Tchoukou Telia, an island on Lake Chad located some 190 kilometers …": the participle follows the
            // place noun's locator; it speaks of the island, whose name stands before the description
            Endpoint owner = ownerOfDescription(found.names().getFirst());
            if (owner == null) {
                owner = subjectOfCopularDescription(found.names().getFirst());
            }
            if (owner != null) {
                return new Subject(List.of(owner), false, locative);
            }
        }
        if (found == null && relative && !afterComma && t != null && t.shape() != TargetFinder.Shape.APART) {
            found = ownerOfRelativeDescription(s.wordStart(s.backSpaces(p)), locative); // "Nassoungou, a town near … that is"
        }
        if (found == null && relative && afterComma && w.equals("which") && t != null && t.shape() != TargetFinder.Shape.APART) {
            // "the M23 rebel movement had reached Kibati, which is five kilometres (three miles) from Goma": "which"
            // speaks of a thing, and a thing a distance from a place is a place
            Endpoint name = s.capitalisedEndingAt(q0);
            if (name == null) {
                name = s.longerNameEndingAt(q0); // "a lockdown on Big Island Lake, which is around 325 kilometres …"
            }
            if (name != null && acceptable(name) && !s.isSentenceStart(name.start())) {
                found = new Subject(List.of(name), false, locative);
            }
        }
        if (found == null && !relative && !afterComma && t != null && t.shape() != TargetFinder.Shape.APART) {
            // "Dunayka is about six kilometers from the Ukrainian border": the whole clause before the verb is one
            // unknown capitalised name opening the sentence, and the verb places it at a distance from a place
            Endpoint name = s.capitalisedEndingAt(q0);
            if (name != null && s.isSentenceStart(name.start()) && acceptable(name)) {
                found = new Subject(List.of(name), false, locative);
            }
        }
        if (found != null && (!relative || afterComma) && found.names().size() == 1 && SentenceScope.isArea(found.names().getFirst())) {
            // "Gizo, in the west of the Solomon Islands is …"; "the village of Kalynove in the Donetsk region, which lies
            // around 25 kilometres southeast of …": a relative clause after the area that only locates a place is said
            // of that place (an area's point says nothing of a distance)
            Endpoint inner = placeInsideLocator(found.names().getFirst());
            if (inner != null) {
                return new Subject(List.of(inner), false, locative);
            }
        }
        if (found != null && afterComma && !relative && found.names().size() == 1) {
            Subject named = beforeAliasAside(found.names().getFirst(), locative);
            if (named != null) {
                return named;
            }
        }
        if (found != null && afterComma && !relative && found.names().size() == 1
                && isLocator(found.names().getFirst()) && !placesUnnamedOpening(found.names().getFirst())) {
            return null; // "a city in the Iraqi province of Al Anbar, located …": the head is further left (rule 2)
        }
        if (found == null && afterComma && relative) { // "shelling the city of Chasiv Yar every day, which lies …"
            Matcher time = TIME_ADVERBIAL.matcher(s.text.substring(Math.max(s.range.start(), q0 - 40), q0));
            if (time.find()) {
                found = endingAt(s.backSpaces(q0 - time.group().length()), false, locative, Position.PREDICATE);
            }
        }
        if (found == null && afterComma && !relative) {
            found = namedAfterPlaceNoun(q0, locative);
        }
        if (found == null && !afterComma && !relative && t != null && t.shape() == TargetFinder.Shape.APART) {
            found = pairBeforeResumingNoun(q0);
        }
        if (found == null && afterComma) {
            int open = asideOpening(q0);
            String asideFirst = open < 0 ? "" : s.wordAt(s.skipSpaces(open + 1));
            // ", and Afrin," after "Azaz, Marea" ends a list, which is no aside of Marea's
            if (open >= 0 && !asideFirst.equals("and") && !asideFirst.equals("or")) {
                found = endingAt(s.backSpaces(open), !relative, locative, Position.PREDICATE);
                int asideStart = s.skipSpaces(open + 1);
                if (found == null && !relative && t != null && t.shape() != TargetFinder.Shape.APART
                        && (PLACING_PREPOSITIONS.contains(s.wordAt(asideStart)) || placingAside(asideStart)
                            || asideStart < q0 && opensPlaceDescription(s.text.substring(asideStart, q0)))) {
                    // "Bariire, in Lower Shabelle, is about 50 km (30 miles) from Mogadishu": an aside that places the
                    // unknown name before it makes it a place; so does one that calls it a place ("Ighil, a mountainous
                    // area with small farming villages, is about 70km southwest of Marrakech")
                    Endpoint name = s.capitalisedEndingAt(s.backSpaces(open));
                    found = name != null && acceptable(name) ? new Subject(List.of(name), false, locative) : null;
                }
            }
        }
        return found;
    }

    /**
     * "The key town that was seized Monday, Bunagana, is only 60 kilometers … northeast of Goma", "The town – Adra
     * al-Omalia – is about 30 km …": a name alone between two commas or dashes before the verb, after the sentence's opening noun phrase whose head is a place noun ("The
     * key town"); that phrase names no place, the name does. Null when that is not the shape.
     */
    private Subject namedAfterPlaceNoun(int nameEnd, boolean locative) {
        Mention named = s.mentionEndingAt(nameEnd); // also one the geoparser could not resolve ("Adra al-Omalia")
        Endpoint name = named != null && named.form() == Mention.Form.NAME ? SentenceScope.endpoint(named)
                : s.capitalisedEndingAt(nameEnd);
        if (name == null || !acceptable(name)) {
            return null;
        }
        int comma = s.backSpaces(name.start());
        if (comma <= s.range.start() || ",–—".indexOf(s.text.charAt(comma - 1)) < 0
                || previousComma(comma - 1, Integer.MAX_VALUE) >= s.range.start()) { // any comma before it in the sentence
            return null;
        }
        return opensPlaceDescription(s.text.substring(s.range.start(), comma - 1))
                ? new Subject(List.of(name), false, locative) : null;
    }

    /**
     * "Scarborough Shoal, locally known as Panatag Shoal or Bajo de Masinloc, is located around 120 nautical miles
     * …": {@code alias} stands in an aside that gives another name ("known as", "called", "formerly"); the verb's
     * subject is the name before the aside's comma. Null when that is not the shape.
     */
    private Subject beforeAliasAside(Endpoint alias, boolean locative) {
        int open = asideOpening(alias.start());
        if (open < 0 || !ALIAS_ASIDE.matcher(s.text.substring(open + 1, alias.start())).find()) {
            return null;
        }
        return endingAt(skipBracketBack(s.backSpaces(open)), true, locative, Position.PREDICATE);
    }

    /**
     * "Kinmen, administered by Taipei but located five kilometers from Xiamen", "Zintan, built on a hill and
     * situated 130 km from Tripoli": a locative participle joined by "but" or "and" (ending at {@code conj})
     * to another participle that opens an aside after a comma; the distance is said of the name before that
     * comma, not of the name inside the first participle's phrase (Taipei). Null when that is not the shape.
     */
    private Subject coordinatedParticiple(int conj) {
        int open = asideOpening(conj);
        if (open < 0) {
            return null;
        }
        String first = s.wordAt(s.skipSpaces(open + 1));
        if (!first.endsWith("ed") && !PARTICIPLES.contains(first) && !LOCATIVE.contains(first)) {
            return null; // "Hama, Homs and located …" is not this shape; a participle opens the aside
        }
        return endingAt(skipBracketBack(s.backSpaces(open)), true, true, Position.PREDICATE);
    }

    /**
     * "Kherson, which lies on the west bank of the Dnipro, is about 70 km from Mykolaiv": a relative clause between
     * commas ending at {@code end}, right before the verb, describes the name before it; that name is the subject, not
     * the last name inside the clause (the Dnipro). Null when that is not the shape.
     */
    private Subject beforeRelativeClause(int end, boolean locative) {
        int open = asideOpening(end);
        if (open < 0) {
            return null;
        }
        String first = s.wordAt(s.skipSpaces(open + 1));
        if (!first.equals("which") && !first.equals("who")) {
            return null;
        }
        Subject found = endingAt(skipBracketBack(s.backSpaces(open)), true, locative, Position.PREDICATE);
        return found != null && found.names().size() == 1 ? found : null;
    }

    /**
     * "Tel Tamr, which has a population of about 25.000 and is 30km away from the Syrian-Turkish border": a verb
     * joined by "and" (ending at {@code conj}) to a relative clause that opens after a comma ("which" or "that"); the
     * distance is said of the name before that comma, as "which is …" alone would be. Null when that is not the shape.
     */
    private Subject coordinatedRelative(int conj, boolean locative) {
        int open = asideOpening(conj);
        if (open < 0) {
            return null;
        }
        String first = s.wordAt(s.skipSpaces(open + 1));
        if (!first.equals("which") && !first.equals("that")) {
            return null;
        }
        Subject found = endingAt(skipBracketBack(s.backSpaces(open)), false, locative, Position.PREDICATE);
        if (found == null) {
            Endpoint name = s.capitalisedEndingAt(s.backSpaces(open));
            if (name != null && acceptable(name)) {
                found = new Subject(List.of(name), false, locative);
            }
        }
        return found != null && found.names().size() == 1 ? found : null;
    }

    /**
     * "a test range in Balasore in eastern Orissa state, nearly 800 miles … southeast of New Delhi", "landfall
     * over Calicoan Island off Eastern Samar province, 659 kilometres south of …", "in Contamines-Montjoie, in the
     * Haute-Savoie region, some 30 kilometres …" (a comma before "in" too), "in Taytay, Rizal, 20 kilometers from
     * Manila", "in Antigua Guatemala, Sacatepequez department, 45 km southwest of …" (a comma alone): the name
     * before the aside's comma is an area that a locating preposition ("in", "off", "near") or a comma ties to a
     * place named right before it; the distance is said of that place, which the area only locates. A kind word
     * makes a name an area whatever the gazetteer has ("in Pulwama district"), and a place that "near" or
     * "outside" ties to one named before it only locates that one ("at village Wandakhpora near Awantipora in
     * Pulwama district, about 29 kilometers south of Srinagar": Wandakhpora). Null when {@code area} is not such
     * a locator or no acceptable place ends before it.
     */
    private Endpoint placeInsideLocator(Endpoint area) {
        // "in Pulwama district": the kind word makes it the district, whatever the gazetteer has
        // and a group of islands holds the island named before it: "Île Boddam in the Salomon Islands, 22 miles …"
        // "Khan Younis, in southern Gaza, about 10 km …": a compass adjective between "in" and a name makes the name an
        // area here, whatever the gazetteer resolved it to (Gaza, the city)
        boolean compassIn = s.wordBefore(area.start()).matches(COMPASS_ADJECTIVE)
                && s.wordBefore(s.wordStart(s.backSpaces(area.start()))).equals("in");
        boolean known = SentenceScope.isArea(area) || compassIn || AREA_KIND_WORDS.contains(s.wordAt(area.end()))
                || GROUP_WORDS.contains(s.wordBefore(area.end()))
                || s.wordBefore(area.start()).equals("of") // "the province of Benslimane"
                && AREA_KIND_WORDS.contains(s.wordBefore(s.wordStart(s.backSpaces(area.start()))));
        if (!known && !s.wordBefore(area.start()).equals("in")) {
            return null;
        }
        Endpoint owner = known ? ownerOfDescription(area) : null;
        if (owner != null) {
            return owner;
        }
        int p = area.start();
        String prep = s.wordBefore(p);
        for (int words = 0; words < 3 && (prep.equals("the") || prep.matches(COMPASS_ADJECTIVE)
                || prep.endsWith("'s") || prep.endsWith("’s") || s.demonymAt(s.wordStart(s.backSpaces(p)))); words++) {
            // "in eastern Orissa state", "off the Ionian coast", "in Peru's central Andes", "in Indian Kashmir"
            p = s.wordStart(s.backSpaces(p));
            prep = s.wordBefore(p);
        }
        if (prep.equals("with") && SentenceScope.BORDER_WORDS.contains(s.wordBefore(s.wordStart(s.backSpaces(p))))) {
            // "in the Niagha district along Senegal's border with Guinea Bissau, about 120 km east of …"
            int q = s.wordStart(s.backSpaces(s.wordStart(s.backSpaces(p)))); // the border word
            for (int words = 0; words < 3 && !BORDER_PHRASE_PREPOSITIONS.contains(s.wordBefore(q)); words++) {
                q = s.wordStart(s.backSpaces(q)); // "Senegal's", "the", "northern"
            }
            if (BORDER_PHRASE_PREPOSITIONS.contains(s.wordBefore(q))) {
                p = q;
                prep = "near";
            }
        }
        if (prep.equals("of") && PART_NOUNS.contains(s.wordBefore(s.wordStart(s.backSpaces(p))))) {
            p = s.wordStart(s.backSpaces(s.wordStart(s.backSpaces(p)))); // "in the west of the Solomon Islands"
            prep = s.wordBefore(p);
            if (prep.matches(COMPASS_ADJECTIVE)) {
                p = s.wordStart(s.backSpaces(p)); // "in the northern part of Sichuan province"
                prep = s.wordBefore(p);
            }
            if (prep.equals("the")) {
                p = s.wordStart(s.backSpaces(p));
                prep = s.wordBefore(p);
            }
        }
        Endpoint settled = settlementOfArea(p, prep);
        if (settled != null) {
            return settled;
        }
        if (prep.equals("of") && AREA_KIND_WORDS.contains(s.wordBefore(s.wordStart(s.backSpaces(p))))) {
            // "in the coastal town of Mansouria, in the province of Benslimane, about 40 km north of Casablanca": an
            // area named after its kind word and "of" locates the place before it, like "in the Haute-Savoie region"
            p = s.wordStart(s.backSpaces(s.wordStart(s.backSpaces(p)))); // the kind word
            prep = s.wordBefore(p);
            if (prep.equals("the")) {
                p = s.wordStart(s.backSpaces(p));
                prep = s.wordBefore(p);
            }
        }
        int beforeArea = s.backSpaces(p);
        boolean commaOnly = beforeArea > s.range.start() && s.text.charAt(beforeArea - 1) == ',';
        int end;
        if (commaOnly) {
            end = s.backSpaces(beforeArea - 1); // "in Taytay, Rizal, 20 kilometers from Manila": the comma locates
        } else if (prep.equals("in") || prep.equals("off") || prep.equals("near") || prep.equals("within")
                || prep.equals("inside") && SentenceScope.isCountry(area) || prep.equals("bordering")) {
            // "inside DRC": a country after "inside" locates what is named before it; a district after it is left alone
            end = s.backSpaces(s.wordStart(s.backSpaces(p)));
        } else {
            return null;
        }
        if (prep.equals("bordering")) {
            // "Theldhala village in Dhubri district bordering Bangladesh, about 320 kilometers west of …": the
            // bordering area locates the one before it, which may itself be located by a place before it
            Endpoint bordered = nameEndingAt(end);
            if (bordered == null) {
                return null;
            }
            if (!SentenceScope.isArea(bordered) && !AREA_KIND_WORDS.contains(s.wordAt(bordered.end()))) {
                return bordered;
            }
            return placeInsideLocator(bordered);
        }
        if (prep.equals("in") && end > s.range.start() && "\"”’'".indexOf(s.text.charAt(end - 1)) >= 0) {
            end = s.backSpaces(end - 1); // "\"have liberated the village of Kalynove\" in the Donetsk region": a quotation ends
        }
        if (prep.equals("in") && end > s.range.start() && s.text.charAt(end - 1) == ',') {
            end = s.backSpaces(end - 1); // "in Contamines-Montjoie, in the Haute-Savoie region, some 30 kilometres …"
        }
        Endpoint name = nameEndingAt(end);
        if (prep.equals("in") && SentenceScope.isCountry(area) && name != null && SentenceScope.isArea(name)
                && !SentenceScope.isCountry(name) && AREA_KIND_WORDS.contains(s.wordAt(name.end()))) {
            // "around the Tavush province in northeast Armenia, some 300km … from …": a division of the country named
            // with its kind word is what the distance is said of, not the country (issue 10)
            return name;
        }
        for (int areas = 0; areas < 2 && name != null && (SentenceScope.isArea(name) || namedAsArea(name)); areas++) {
            // "in Kichanga, Watalinga County inside DRC, approximately 20 kilometres from …": a county the gazetteer
            // does not know, named as one, locates the place before its comma like a known one
            // "on uninhabited North Coronado Island, Baja California, Mexico, about 15 miles south of San Diego"
            int before = s.backSpaces(name.start());
            name = before > s.range.start() && s.text.charAt(before - 1) == ',' ? nameEndingAt(s.backSpaces(before - 1)) : null;
        }
        if (name == null || SentenceScope.isArea(name)) {
            return null;
        }
        if (compassIn && !SentenceScope.isArea(area) && AREA_KIND_WORDS.contains(s.wordAt(name.end()))) {
            return null; // "in Wadi district in southeastern Marib, about 170 km …": the district does not make Marib an area
        }
        if (!known && !SETTLEMENT_NOUNS.contains(wordBeforeOf(name.start())) && !SETTLEMENT_NOUNS.contains(s.wordAt(name.end()))) {
            // an area nobody knows locates only a place a settlement noun introduces: "the village of Kotcherwal
            // in Rajouri, 175 km … north of Jammu" (Kotcherwal), but "a hospital in Khan Younis, 10 km from …"
            return null;
        }
        for (int links = 0; links < 2; links++) { // "at village Wandakhpora near Awantipora in Pulwama district, …"
            String link = s.wordBefore(name.start());
            if (!link.equals("near") && !link.equals("outside")) {
                break;
            }
            Endpoint first = nameEndingAt(s.backSpaces(s.wordStart(s.backSpaces(name.start()))));
            if (first == null || SentenceScope.isArea(first)) {
                break;
            }
            name = first;
        }
        return name;
    }

    /**
     * "in Sake town of Masisi territory, located 27km west of Goma", "in Hpakant township of restive Kachin state, 950
     * kilometers … of Yangon": an area after "of" (one adjective may stand before it) that follows a settlement noun
     * locates the place named right before that noun; the distance is said of that place. {@code p} is where the
     * area's phrase starts and {@code prep} the word before it. Null when that is not the shape or no place other
     * than an area ends before the noun.
     */
    private Endpoint settlementOfArea(int p, String prep) {
        int of = s.wordStart(s.backSpaces(p)); // where the word before the area starts
        if (!prep.equals("of")) {
            if (!prep.matches("\\p{Ll}+") || !s.wordBefore(of).equals("of")) {
                return null;
            }
            of = s.wordStart(s.backSpaces(of)); // "of restive Kachin state"
        }
        String noun = s.wordBefore(of);
        if (!SETTLEMENT_NOUNS.contains(noun) && !noun.equals("township")) {
            return null;
        }
        Endpoint name = nameEndingAt(s.backSpaces(s.wordStart(s.backSpaces(of))));
        return name == null || SentenceScope.isArea(name) ? null : name;
    }

    /** An unresolved name whose last word says it is an area: "Watalinga County", "Dhubri District". */
    private static boolean namedAsArea(Endpoint name) {
        String last = name.name().substring(name.name().lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
        return name.place() == null && name.name().indexOf(' ') > 0 && AREA_KIND_WORDS.contains(last);
    }

    /**
     * "Mount Kelud, which sits on the densely populated island of Java, about 385 miles east of the capital": {@code
     * located} stands in a relative clause that places the name before its comma ("which sits on", "that is located
     * in"); the distance after the clause is said of that name. Null when that is not the shape.
     */
    private Endpoint beforeRelativeLocator(Endpoint located) {
        int open = asideOpening(located.start());
        if (open < 0 || !RELATIVE_LOCATOR.matcher(s.text.substring(open + 1, located.start())).find()) {
            return null;
        }
        Endpoint name = nameEndingAt(s.backSpaces(open));
        return name != null && !SentenceScope.isArea(name) ? name : null;
    }

    /**
     * "in Nassoungou, a town near the Malian border that is about 260 kilometers from …": the name before the comma
     * of a description with a place noun (opening with "a", "an" or "the", the noun among its first four words) whose
     * relative clause ends at {@code relativeEnd}; null when that is not the shape.
     */
    private Subject ownerOfRelativeDescription(int relativeEnd, boolean locative) {
        int open = asideOpening(relativeEnd);
        if (open < 0) {
            return null;
        }
        if (!opensPlaceDescription(s.text.substring(open + 1, relativeEnd))) {
            return null;
        }
        Endpoint name = nameEndingAt(s.backSpaces(open));
        return name == null || SentenceScope.isArea(name) ? null : new Subject(List.of(name), false, locative);
    }

    /** An acceptable capitalised name ending at {@code end} away from the sentence start, known or not; or null. */
    private Endpoint unknownPlaceEndingAt(int end) {
        Endpoint name = s.capitalisedEndingAt(end);
        return name != null && acceptable(name) && !s.isSentenceStart(name.start()) ? name : null;
    }

    /**
     * Whether {@code phrase} opens with an article and has a place noun among its next three words: "The key town
     * that was seized Monday", "a town near the Malian border".
     */
    private static boolean opensPlaceDescription(String phrase) {
        String[] words = phrase.trim().toLowerCase(java.util.Locale.ROOT).split("\\s+");
        if (words.length >= 4 && words[0].equals("one") && words[1].equals("of") && words[2].equals("the")) {
            // "Al-Imraini, one of the recaptured villages, is 45 kilometres …": one of several places
            return Arrays.stream(words).skip(3).limit(3).map(w -> w.endsWith("s") ? w.substring(0, w.length() - 1) : w)
                    .anyMatch(SentenceScope.PLACE_NOUNS::contains);
        }
        return words.length >= 2 && ARTICLES.contains(words[0])
                && Arrays.stream(words).skip(1).limit(3).anyMatch(SentenceScope.PLACE_NOUNS::contains);
    }

    /**
     * The one name ending at {@code end} that an appositive could be said of: a mention or a name the rules accept,
     * or any acceptable capitalised name away from the sentence start; null when there is none.
     */
    private Endpoint nameEndingAt(int end) {
        Subject before = endingAt(end, false, false, Position.APPOSITIVE);
        Endpoint name = before != null && before.names().size() == 1 ? before.names().getFirst() : null;
        if (name == null) {
            int nameEnd = end;
            if (SentenceScope.isFeatureWord(s.wordBefore(end)) && Character.isLowerCase(s.text.charAt(s.wordStart(end)))) {
                nameEnd = s.backSpaces(s.wordStart(end)); // "the attack on Baeti village in North Kivu province, …"
                int qualifier = s.wordStart(nameEnd);
                if (qualifier < nameEnd && Character.isLowerCase(s.text.charAt(qualifier)) && qualifier > s.range.start()
                        && Character.isUpperCase(s.text.charAt(s.wordStart(s.backSpaces(qualifier))))) {
                    // "the Falls of Cruachan power station in Argyll and Bute, …", "The Natanz nuclear site, …": one
                    // lower-case qualifier between the name and its kind word
                    nameEnd = s.backSpaces(qualifier);
                }
            }
            name = unknownPlaceEndingAt(nameEnd);
        }
        return name;
    }

    /**
     * "Ras al-Ain, an Arab and Kurd town in the northeastern oil-producing province of Hasaka, 600 km …": the name
     * before a comma whose aside describes it with a place noun and then locates it in {@code area}; the distance
     * after the area is said of that name. The aside opens with "a", "an" or "the", holds a place noun and then
     * "in", "on", "near" or "of", no verb and no other comma, and is at most {@value #MAX_ASIDE_CHARS} characters.
     * Null when that is not the shape.
     */
    private Endpoint ownerOfDescription(Endpoint area) {
        int open = previousComma(area.start());
        if (open < s.range.start() || area.start() - open > MAX_ASIDE_CHARS || bracketBetween(open, area.start())) {
            return null;
        }
        String[] words = s.text.substring(open + 1, area.start()).trim().split("\\s+");
        if (words.length < 3 || !ARTICLES.contains(words[0])) {
            return null;
        }
        boolean noun = false;
        boolean locator = false;
        for (String w : words) {
            String lower = w.toLowerCase(java.util.Locale.ROOT);
            if (COPULAS.contains(lower) || CLAUSE_VERBS.contains(lower) || LOCATIVE.contains(lower) || w.endsWith(",")) {
                return null;
            }
            locator |= noun && DESCRIPTION_PREPOSITIONS.contains(lower);
            noun |= SentenceScope.PLACE_NOUNS.contains(lower);
        }
        if (!locator) {
            return null;
        }
        int headEnd = s.backSpaces(open);
        Subject before = endingAt(headEnd, false, false, Position.APPOSITIVE);
        Endpoint name = before != null && before.names().size() == 1 ? before.names().getFirst() : null;
        if (before == null) {
            // "at Tchoukou Telia, an island on Lake Chad located …": the description says the unknown name is a place
            name = s.capitalisedEndingAt(headEnd);
            name = name != null && acceptable(name) && !s.isSentenceStart(name.start()) ? name : null;
        }
        return name != null && !SentenceScope.isArea(name) ? name : null;
    }

    /** "… is an island of the", "… was a small town in": a copula, an indefinite place noun and a locating preposition. */
    private static final Pattern COPULAR_DESCRIPTION = Pattern.compile("\\s(?:is|was)\\s+(?:a|an)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:"
            + String.join("|", SentenceScope.PLACE_NOUNS) + ")\\s+(?:of|in|on|off)\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}-]*\\s+)?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

    /**
     * "Boracay is an island of the Philippines located approximately 315 km … south of Manila": the area before a bare
     * participle only locates the place a copular description is about; that place is the name opening the sentence,
     * known or not. Null when that is not the shape.
     */
    private Endpoint subjectOfCopularDescription(Endpoint area) {
        int from = s.range.start();
        Matcher m = COPULAR_DESCRIPTION.matcher(s.text).region(from, area.start());
        if (!m.find()) {
            return null;
        }
        int nameEnd = s.backSpaces(m.start() + 1);
        Endpoint name = endingAt(nameEnd, true, true, Position.PREDICATE) instanceof Subject found && found.names().size() == 1
                ? found.names().getFirst() : s.capitalisedEndingAt(nameEnd);
        return name != null && s.isSentenceStart(name.start()) && !SentenceScope.isArea(name) && acceptable(name) ? name : null;
    }

    /**
     * Whether the aside starting at {@code pos} says where the name before it is: a locative participle
     * ("located on the Black Sea coast"), a placing preposition ("near the Cameroon border", "close to"), or
     * a direction of a place ("west of Mongton").
     */
    private boolean placingAside(int pos) {
        String w = s.wordAt(pos);
        if (PARTICIPLES.contains(w) || w.equals("near") || w.equals("outside") || w.equals("close")) {
            return true;
        }
        String after = s.wordAt(s.skipSpaces(s.afterWord(pos)));
        return w.matches("(?:north|south|east|west)(?:-?(?:north|south|east|west))?(?:ern|ward)?") && after.equals("of");
    }

    /**
     * Before a bracketed aside ending at {@code pos} ("Chernomorsk (until 2016 Illichivsk)"): where the text
     * before the bracket ends, so the name the aside glosses is found; {@code pos} when no bracket ends there
     * or it opens more than {@value #MAX_APPOSITIVE_CHARS} characters back.
     */
    private int skipBracketBack(int pos) {
        if (pos <= s.range.start() || s.text.charAt(pos - 1) != ')') {
            return pos;
        }
        int open = s.lastIndexIn('(', pos - 1, MAX_APPOSITIVE_CHARS);
        if (open < Math.max(s.range.start(), pos - MAX_APPOSITIVE_CHARS) || s.text.substring(open, pos - 1).indexOf(')') >= 0) {
            return pos;
        }
        return s.backSpaces(open);
    }

    /**
     * Where the comma, bracket or dash that opens an aside starting at {@code p} stands, or -1: right before
     * {@code p}, or before a closing quotation mark there ("…attacked Bani,” a town about 40 km from Dori":
     * the quote closes around the name, the aside describes it).
     */
    private int opener(int p) {
        if (p <= s.range.start()) {
            return -1;
        }
        char c = s.text.charAt(p - 1);
        if (c == '-' && p - 2 > s.range.start() && (s.text.charAt(p - 2) == ' ' || s.text.charAt(p - 2) == '-'
                && p - 3 > s.range.start() && s.text.charAt(p - 3) == ' ')) {
            // " - " or " -- ": a dash typed as hyphens ("near Zinoa Island on Tuesday - about 100 km …")
            return s.text.charAt(p - 2) == '-' ? p - 2 : p - 1;
        }
        if (",(—–[".indexOf(c) >= 0) { // "[" : an editor's aside in a quotation ("Mueda [a little more than 100 km from …]")
            return p - 1;
        }
        boolean closingQuote = c == '”' || c == '’' || c == '"' || c == '\'';
        return closingQuote && p - 2 > s.range.start() && s.text.charAt(p - 2) == ',' ? p - 2 : -1;
    }

    /**
     * The comma before {@code pos} that is not inside a number ("24,000"), at most {@value #MAX_ASIDE_CHARS} characters
     * back (every caller accepts no comma further back; looking no further keeps a long sentence linear), or -1.
     */
    private int previousComma(int pos) {
        return previousComma(pos, MAX_ASIDE_CHARS);
    }

    /**
     * The comma opening an aside that ends at {@code end}: the previous comma ({@link #previousComma(int)}) within
     * {@value #MAX_APPOSITIVE_CHARS} characters, with no bracket between it and {@code end}; -1 when there is none.
     */
    private int asideOpening(int end) {
        int open = previousComma(end);
        return open >= Math.max(s.range.start(), end - MAX_APPOSITIVE_CHARS) && !bracketBetween(open, end) ? open : -1;
    }

    /** {@link #previousComma(int)} looking back at most {@code window} characters. */
    private int previousComma(int pos, int window) {
        long stop = (long) pos - 1 - window;
        int i = s.lastIndexIn(',', pos - 1, window);
        while (i > s.range.start() && i + 1 < s.text.length() && Character.isDigit(s.text.charAt(i - 1))
                && Character.isDigit(s.text.charAt(i + 1))) {
            i = s.lastIndexIn(',', i - 1, (int) Math.min(Integer.MAX_VALUE, i - 1 - stop));
        }
        return i;
    }

    /** The dash with a space on each side ("X - a village", "X — a town") before {@code pos}, or -1. */
    private int previousSpacedDash(int pos) {
        int best = -1;
        for (String dash : List.of(" - ", " – ", " — ")) {
            int i = s.lastIndexIn(dash, pos - 1, MAX_APPOSITIVE_CHARS + dash.length());
            if (i >= 0 && i + 1 < pos) {
                best = Math.max(best, i + 1);
            }
        }
        // an em dash between two words, as many outlets set it: "the town of Forbes—a town of 8,000 residents, …"
        int em = s.lastIndexIn('—', pos - 1, MAX_APPOSITIVE_CHARS);
        if (em > s.range.start() && em + 1 < pos && Character.isLetter(s.text.charAt(em - 1))
                && Character.isLetter(s.text.charAt(em + 1))) {
            best = Math.max(best, em);
        }
        return best;
    }

    /** The next comma after {@code pos} outside brackets and numbers ("(IATA: OAI, ICAO: OAIX)"), or -1. */
    private int asideComma(int pos) {
        int depth = 0;
        for (int i = pos; i < s.range.end(); i++) {
            char c = s.text.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            } else if (c == ',' && depth == 0 && !(i > 0 && i + 1 < s.text.length()
                    && Character.isDigit(s.text.charAt(i - 1)) && Character.isDigit(s.text.charAt(i + 1)))) {
                return i;
            }
        }
        return -1;
    }

    private boolean bracketBetween(int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.text.charAt(i);
            if (c == '(' || c == ')' || c == '[' || c == ']') {
                return true;
            }
        }
        return false;
    }

    /** A relative clause after a capitalised name, with no digit, closed by a comma before ", and". */
    private static final Pattern TARGET_RELATIVE = Pattern.compile("(?<=\\p{Lu}[\\p{L}'’-]{1,40})" + SentenceScope.RELATIVE_ASIDE
            + "(?=,\\s*and\\b)", Pattern.UNICODE_CHARACTER_CLASS);

    /** Rule 2. */
    private Subject described(Quantity q, TargetFinder.Target t) {
        MainSubject m = mainSubject();
        if (m == null || m.inverted() || q.start() <= m.verbEnd()) {
            return null;
        }
        String verb = s.text.substring(m.verbStart(), m.verbEnd()).toLowerCase(java.util.Locale.ROOT);
        String participle = s.wordAt(m.verbEnd());
        if (m.name().place() == null && (verb.equals("has") || verb.equals("had") || verb.equals("have"))
                && participle.endsWith("ed") && !LOCATIVE.contains(participle)) {
            return null; // "Graham Moffat has lived at Camoola Park, about 55 kilometres …": a name nobody knows that has
        }                // done something is a person or a body, not a place described
        // "Homs lies just 25 miles south of Hama, which fell to the rebels on Thursday, and is located roughly 90 miles
        // north of Damascus": a relative clause about a place in the predicate, closed by a comma, is no new clause
        String predicate = TARGET_RELATIVE.matcher(s.text.substring(m.verbEnd(), q.start())).replaceAll("");
        boolean relativeOfDescription = COPULAS.contains(s.text.substring(m.verbStart(), m.verbEnd()).toLowerCase(java.util.Locale.ROOT))
                && DESCRIPTION_RELATIVE.matcher(predicate).matches();
        if (!relativeOfDescription && CLAUSE_BREAK.matcher(predicate).find()) {
            return null;
        }
        int p = beforeFillers(q);
        if (partOfStart(p) != p) {
            return null; // "Taiwan has a complex on Tungyin Island, part of the Matsu group just 16 km …": the island's
        }
        Subject head = appositive(q, t);
        if (head != null && !isLocator(head.names().getFirst())) {
            return null; // "…, with Hama, 47 km north of Homs": the town before the comma is the subject
        }
        Subject pair = joinedTo(m.name(), true, false, Position.PREDICATE);
        if (pair != null && pair.bothEnds()) {
            return pair; // "the distance between Frederick, Maryland, and Cleveland, Ohio, is …": each end with its locator
        }
        return new Subject(List.of(m.name()), false, false);
    }

    /**
     * After a copula, a description and a relative clause that places it, up to the distance: "Christmas Island is
     * a tiny and remote Australian territory that lies 1,600 miles …"; the description is the subject itself.
     */
    private static final Pattern DESCRIPTION_RELATIVE = Pattern.compile("\\s+(?:a|an|the)\\s+"
            // the description's own head noun: no second noun phrase ("the town nearest the crossing that is …")
            + "(?:(?!(?:the|a|an|of|in|on|at|near|nearest|next|with|by|from|to|for)\\b)[\\p{L}'’-]+\\s+){0,6}?(?:"
            + String.join("|", SentenceScope.PLACE_NOUNS) + ")s?\\s+(?:that|which)"
            + "\\s+(?:lies|lie|lay|is|are|was|were|sits|sit|stands|stand)(?:\\s+\\p{Ll}+){0,2}\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

    /** Where the text before the distance {@code q} ends, stepping back over fillers ("just", "only", "a"). */
    private int beforeFillers(Quantity q) {
        int p = fillersStart(q);
        // "Tyre (“Sur” in Arabic …) at about 70 kilometers from Beirut", "Tyre, at 70 km from Beirut, is …": "at" after
        // an aside's bracket or comma is the aside's own preposition, not a place it is at
        int aside = asideBeforeAt(p);
        if (aside >= 0 && s.text.charAt(aside - 1) == ',') {
            return aside;
        }
        return aside >= 0 && skipBracketBack(aside) < aside ? skipBracketBack(aside) : p;
    }

    /** Where the fillers before {@code q} ("only", "just", "the" …) start, spaces before them skipped. */
    private int fillersStart(Quantity q) {
        int p = s.backSpaces(q.start());
        while (FILLERS.contains(s.wordBefore(p))) {
            p = s.backSpaces(s.wordStart(s.backSpaces(p)));
        }
        return p;
    }

    /**
     * When the word ending at {@code p} is "at" and a comma or closing bracket stands right before it (spaces between):
     * the offset just after that comma or bracket; else -1.
     */
    private int asideBeforeAt(int p) {
        if (!s.wordBefore(p).equals("at")) {
            return -1;
        }
        int before = s.backSpaces(s.wordStart(s.backSpaces(p)));
        return before > s.range.start() && (s.text.charAt(before - 1) == ',' || s.text.charAt(before - 1) == ')')
                ? before : -1;
    }

    /** Whether "at" and a closing bracket stand before {@code q}'s fillers ({@link #beforeFillers}). */
    private boolean afterBracketAt(Quantity q) {
        int aside = asideBeforeAt(fillersStart(q));
        return aside >= 0 && s.text.charAt(aside - 1) == ')';
    }

    /** A sentence opening with a description of a place and an aside with the distance, up to the distance. */
    private static final Pattern OPENING_DESCRIPTION = Pattern.compile("\\s*[\"“‘']?(?:The|A|An)\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}(?:"
            + String.join("|", SentenceScope.PLACE_NOUNS) + ")\\s+of"
            + "\\s+[^,;:()\\d]{1,60},\\s*(?:(?:located|situated|lying|sitting|some|about|around|roughly|approximately"
            + "|nearly|almost|just|only|over|under|more\\s+than|less\\s+than)\\s+){0,2}", Pattern.UNICODE_CHARACTER_CLASS);
    /** After the aside of {@link #OPENING_DESCRIPTION}: its closing comma. */
    private static final Pattern CLOSING_COMMA = Pattern.compile("\\G\\s*,\\s*");

    /**
     * "The capital of Jubaland, located 500 kilometers south of Mogadishu, Kismayo was a stronghold …": a description
     * opening the sentence, then an aside with the distance, then the place it describes and its verb; the distance
     * is said of that place. Null when that is not the shape (the place must be one the geoparser resolved, not an
     * area, and a lower-case verb must follow it).
     */
    private Subject openingDescription(Quantity q, TargetFinder.Target t) {
        if (t == null || t.shape() != TargetFinder.Shape.TO && t.shape() != TargetFinder.Shape.LINE
                || !OPENING_DESCRIPTION.matcher(s.text.substring(s.range.start(), q.start())).matches()) {
            return null;
        }
        Matcher comma = CLOSING_COMMA.matcher(s.text).region(t.end(), s.range.end());
        if (!comma.lookingAt()) {
            return null;
        }
        Mention m = s.mentionAt(comma.end());
        if (m == null || m.place() == null || SentenceScope.isArea(SentenceScope.endpoint(m))) {
            return null;
        }
        String verb = s.wordAt(s.skipSpaces(m.end()));
        return CLAUSE_VERBS.contains(verb) || OPENING_VERB_FORMS.contains(verb)
                ? new Subject(List.of(SentenceScope.endpoint(m)), false, false) : null;
    }

    /** Verbs beside {@link #CLAUSE_VERBS} that may follow the place of {@link #openingDescription}. */
    private static final Set<String> OPENING_VERB_FORMS = Set.of("have", "will", "would", "could", "can", "remained",
            "served", "fell", "hosted");

    /** Rule 3. */
    private Subject appositive(Quantity q, TargetFinder.Target t) {
        int p = beforeFillers(q);
        Subject joined = describedAndDistant(p);
        if (joined != null) {
            return joined;
        }
        Subject chosen = latterOrFormer(p);
        if (chosen != null) {
            return chosen;
        }
        boolean placeDescribed = false;
        if (p > s.range.start() && opener(p) < 0) {
            int described = descriptionStart(p); // "Sidon, a port some 40 km …", "Mainok, a town 60 kilometres from …"
            if (described == p) {
                described = participleAsideStart(p); // "Socotra island, nestled in the ocean about 350km off …"
            }
            if (described == p) {
                described = partOfStart(p); // "on Tungyin Island, part of the Matsu group just 16 kilometers from …"
            }
            if (described == p) {
                described = lineAsideStart(p); // "the town of Zuwara, on the Mediterranean coast about 120 km …"
            }
            placeDescribed = described != p && Arrays.stream(s.text.substring(described, p).split("\\W+"))
                    .anyMatch(SentenceScope::isPlaceNoun);
            p = described;
        }
        if (p <= s.range.start() || opener(p) < 0) {
            return null;
        }
        int opener = opener(p);
        // "Sri Jayewardenepura (Kotte), located about 16 km …", "Belz (Ukrainian: Белз) (3 km from …)": a bracket
        // glossing the name before the aside
        int before = s.text.charAt(opener) == ',' || s.text.charAt(opener) == '('
                ? skipBracketBack(s.backSpaces(opener)) : s.backSpaces(opener);
        if (before > s.range.start() && "\"”’".indexOf(s.text.charAt(before - 1)) >= 0) {
            before = s.backSpaces(before - 1); // "… targeted Najjariyeh and Addousiyeh", two adjacent villages …"
        }
        Matcher time = EVENT_TIME.matcher(s.text.substring(Math.max(s.range.start(), before - 60), before));
        if (s.text.charAt(opener) != '(' && s.text.charAt(opener) != '[' && time.find()) {
            // "struck Gil Island shortly after midnight local time, about 75 miles … south of Prince Rupert", "near
            // Zinoa Island on Tuesday - about 100 kilometres from the Shortlands", "on the Sturgeon Lake First Nation
            // Sunday, approximately 29 kilometres northwest of …": the time of the event
            before = s.backSpaces(before - time.group().length());
        }
        Subject found = endingAt(before, false, false, Position.APPOSITIVE);
        if (found != null && found.names().size() > 1 && resumingSubject(opener, p, t)) {
            return null;
        }
        if (found != null && found.names().size() > 2 && singularDescription(opener, p)) {
            // "hit Benghazi, Sousse, Al Bayda, Al-Marj and Derna, a city on the Mediterranean 150 miles east of
            // Benghazi": "a city" describes the last of the list only
            found = new Subject(List.of(found.names().getLast()), false, false);
        }
        if (found != null && found.names().size() > 1 && found.names().stream().anyMatch(SentenceScope::isArea)) {
            Endpoint owner = ownerOfBorderParticiple(found.names().getFirst()); // "…, located on the border between
            if (owner != null) {                                               // Israel, Gaza and Egypt, about 3 km …"
                return new Subject(List.of(owner), false, true);
            }
        }
        if (found == null && placeDescribed) { // "in Mainok, a town 60 kilometres from …": the aside says it is a place
            Endpoint name = s.capitalisedEndingAt(before);
            if (name == null) {
                name = s.longerNameEndingAt(before); // "at Summerland Key, a small island located about 20 miles …"
            }
            if (name != null && acceptable(name)) {
                Subject listed = joinedTo(name, false, false, Position.APPOSITIVE); // "X and Y, two adjacent villages …"
                if ((listed == null || listed.names().isEmpty()) && s.wordBefore(name.start()).equals("and")) {
                    Endpoint other = unknownPlaceEndingAt(s.backSpaces(s.wordStart(s.backSpaces(name.start()))));
                    listed = other != null ? new Subject(List.of(other, name), false, false) : null; // both are places
                }
                found = listed != null && !listed.names().isEmpty() ? listed : new Subject(List.of(name), false, false);
            }
        }
        if (found == null && t != null) { // "near southern Lebanon's Ghandouriyeh, some 10 kilometers from …"
            int start = s.wordStart(before);
            Endpoint name = start < before && Character.isUpperCase(s.text.charAt(start)) && s.mentionAt(start) == null
                    ? new Endpoint(s.text.substring(start, before), start, before, null) : null;
            if (name != null && acceptable(name) && afterPlacePossessive(start)) {
                found = new Subject(List.of(name), false, false);
            }
        }
        // "taken to Dhalea, 60 miles north of Aden", "bombardment of Khiam, 6km (4 miles) from the southern Lebanese
        // border": what lies in a direction from a place, or at a distance from a named country's border or coast, is a
        // place ("… of Khiam, about six kilometers … from the frontier" names none)
        // "Baisaran, about six kilometres from the resort town of Pahalgam, is an expansive meadow …": a name opening the
        // sentence, with the distance in an aside between it and its verb, is a place whatever the target's shape
        Endpoint opening = found == null && t != null && !t.directional() ? s.capitalisedEndingAt(before) : null;
        boolean openingAside = opening != null && s.text.charAt(opener) == ',' && s.isSentenceStart(opening.start())
                && !t.places().isEmpty() && t.first().place() != null && asideBeforeVerb(t); // a known place as target
                                                                                           // ("7km from the MDL": no)
        if (found == null && t != null && (t.directional() || s.text.charAt(opener) == '(' || openingAside
                || t.shape() == TargetFinder.Shape.LINE && t.line() != null
                && (!t.line().countries().isEmpty() || t.line().sea() != null))) {
            // also a name a bracket of its distance follows: "drive an hour to Pechenihy (50 kilometers away from Kharkiv)"
            Endpoint name = s.capitalisedEndingAt(before);
            // at the sentence's start only when the aside stands between the name and its verb: "Panmunjom, about 55
            // km (34 miles) north of Seoul, is considered …"
            if (name != null && (!s.isSentenceStart(name.start()) || asideBeforeVerb(t)) && acceptable(name)) {
                Subject listed = joinedTo(name, false, false, Position.APPOSITIVE); // "X, Y and Z — all 50 km south of …"
                found = listed != null && !listed.names().isEmpty() ? listed : new Subject(List.of(name), false, false);
            }
        }
        boolean dashOpener = "—–".indexOf(s.text.charAt(opener)) >= 0 && opener > 0 && s.text.charAt(opener - 1) == ' ';
        if (found == null && (s.text.charAt(opener) == ',' || dashOpener)) { // "Sumy, Ukraine's regional capital, just 50 km …"
            int open = dashOpener ? previousSpacedDash(before) // "the Solomons – a former British colony – 1,400 miles …"
                    : Math.max(previousComma(before), previousSpacedDash(before)); // "Vasilevka - another … village, 20 km"
            if (open >= Math.max(s.range.start(), before - MAX_APPOSITIVE_CHARS) && !bracketBetween(open, before)) {
                found = endingAt(s.backSpaces(open), false, false, Position.APPOSITIVE);
                if (found == null) {
                    found = beforePlacingAside(open);
                }
                // "west of Mosul, Nineveh's provincial capital, some 400 kilometers north of Baghdad": the aside says
                // what place the name is, so the distance after it is said of that name
                placeDescribed |= found != null && placeNounBetween(open, before);
            }
        }
        Endpoint head = found != null ? found.names().getFirst() : s.capitalisedEndingAt(before);
        if (head != null && s.wordBefore(descriptorStart(head.start())).equals("on")) {
            // "the port of Izmail on the Danube, 15 kilometers from Tulcea": the aside is said of the place that
            // the river or coast after "on" locates, whether or not the gazetteer knows the river
            Endpoint place = placeBefore(s.wordStart(s.backSpaces(descriptorStart(head.start()))));
            if (place != null) {
                return new Subject(List.of(place), false, false);
            }
        }
        if (found == null) {
            return null;
        }
        Endpoint inner = found.names().size() == 1 ? placeInsideLocator(found.names().getFirst()) : null;
        if (inner == null && found.names().size() == 1) {
            inner = beforeRelativeLocator(found.names().getFirst());
        }
        if (inner != null && !isTargetOf(inner, t)) {
            return new Subject(List.of(inner), false, false);
        }
        // "As the second most populous after Luanda, Huíla Province, about 904km south of Luanda": the place before
        // the area's comma is the distance's own target, so the area locates nothing here and is the subject itself
        int headStart = found.names().getFirst().start();
        if (s.text.charAt(opener) == ',') {
            Subject outer = beforeParticipleAside(headStart);
            if (outer != null) {
                return outer;
            }
        }
        String left = s.text.substring(Math.max(s.range.start(), headStart - 40), headStart);
        Matcher measuredFrom = MEASURED_FROM.matcher(left);
        if (measuredFrom.find() && !placeDescribed // described: "east of Methven, a township … 90 km …"
                && !locatesTheEvent(left.substring(0, measuredFrom.start()), measuredFrom.group())) {
            // "Monghta village tract, west of Mongton, 44 kilometers north of …": Mongton only places the aside's
            // owner, the name before the aside's comma
            int open = asideOpening(headStart);
            return open >= 0 ? beforePlacingAside(open) : null;
        }
        return found;
    }

    /** Words between a verb or noun and a direction that only place an event: "just south of". */
    private static final Pattern EVENT_DIRECTION_LEAD = Pattern.compile(
            "(?<lead>\\p{L}+)\\s+(?:(?:just|directly|due|slightly|immediately)\\s+)?$", Pattern.UNICODE_CHARACTER_CLASS);
    /** Words before a direction that make it a noun, a part of an area: "in the far south west of Western Sahara". */
    private static final Set<String> DIRECTION_AS_NOUN = Set.of("the", "far", "extreme", "north", "south", "east", "west",
            "to", "in", "its", "their");

    /**
     * "The cyclone began crossing the coast just south of Lockhart River, about 2,000 km north of … Brisbane": a bare
     * direction with no distance, in the clause itself (no comma before it), places the event at the name; the
     * distance after the name's comma is then the name's own. Not "Monghta village tract, west of Mongton, 44
     * kilometers north of …", where the direction is an aside, nor "88 km north of 'Ajloun (…)", where it has a number.
     */
    private static boolean locatesTheEvent(String before, String measured) {
        if (!measured.matches("(?i)(?:north|south|east|west)\\w*\\s+of\\s+(?:the\\s+)?")) {
            return false;
        }
        String tail = before.length() > 25 ? before.substring(before.length() - 25) : before;
        Matcher lead = EVENT_DIRECTION_LEAD.matcher(before);
        return tail.chars().noneMatch(Character::isDigit) && lead.find()
                && !DIRECTION_AS_NOUN.contains(lead.group("lead").toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * The name before the comma at {@code comma} when the aside after it places that name ("Chernomorsk
     * (until 2016 Illichivsk), located on the Black Sea coast, 20 kilometers from Odessa": a participle aside,
     * and a bracket glossing the name; "targeted Kautikari, near the Cameroon border, just 10 kilometres from
     * …"): an aside that places a name makes it a place, even one the gazetteer does not know. Null when the
     * aside does not place or no acceptable name ends there.
     */
    private Subject beforePlacingAside(int comma) {
        if (!placingAside(s.skipSpaces(comma + 1))) {
            return null;
        }
        int headEnd = skipBracketBack(s.backSpaces(comma));
        Subject found = endingAt(headEnd, false, false, Position.APPOSITIVE);
        if (found != null) {
            return found;
        }
        Endpoint name = unknownPlaceEndingAt(headEnd);
        return name != null ? new Subject(List.of(name), false, false) : null;
    }

    /**
     * "Kharkiv, the second largest city in Ukraine and 25 miles from the Russian border, was …": an appositive
     * that describes the name before its comma with a place noun and goes on with "and" and the distance
     * ending at {@code p}. The description is at most twelve words, holds no verb and no other comma; null
     * when that is not the shape.
     */
    private Subject describedAndDistant(int p) {
        if (!s.wordBefore(p).equals("and")) {
            return null;
        }
        int and = s.wordStart(s.backSpaces(p));
        int comma = s.lastIndexIn(',', and, 100);
        if (comma < s.range.start() || and - comma > 100) {
            return null;
        }
        String[] words = s.text.substring(comma + 1, and).trim().split("\\s+");
        if (words.length < 2 || words.length > 12 || !ARTICLES.contains(words[0].toLowerCase(java.util.Locale.ROOT))
                || Arrays.stream(words).anyMatch(w -> COPULAS.contains(w) || CLAUSE_VERBS.contains(w))
                || Arrays.stream(words).noneMatch(SentenceScope.PLACE_NOUNS::contains)) {
            return null;
        }
        return endingAt(s.backSpaces(comma), false, false, Position.APPOSITIVE);
    }

    /**
     * "the town of Ghaziyeh, located on the southern outskirts of Sidon, approximately 30 km from …": when the
     * name before the comma names only what a part of (outskirts, edge, north …) the place lies in, inside a
     * participle aside ("located on … of Sidon"), or the area it lies in ("the village of Winchomayo, located in the
     * department of Puno, approximately 750 kilometers from Lima"), the distance is said of the name the aside
     * describes (Ghaziyeh, Winchomayo). Null when that is not the shape.
     */
    private Subject beforeParticipleAside(int headStart) {
        String of = wordBeforeOf(headStart);
        if (!PART_NOUNS.contains(of) && !AREA_KIND_WORDS.contains(of)) {
            return null; // "located on Kotlin Island, 30 km …": the island is the place itself
        }
        int open = asideOpening(headStart);
        if (open < 0 || !PARTICIPLES.contains(s.wordAt(open + 1))) {
            return null;
        }
        int end = s.backSpaces(open);
        Subject outer = endingAt(end, false, false, Position.APPOSITIVE);
        if (outer == null) {
            Endpoint name = s.capitalisedEndingAt(end);
            if (name != null && acceptable(name) && SentenceScope.PLACE_NOUNS.contains(wordBeforeOf(name.start()))) {
                outer = new Subject(List.of(name), false, false); // "the town of Ghaziyeh, located …"
            }
        }
        return outer;
    }

    /** "town" in "the town of X" ending before {@code nameStart}, or "". */
    private String wordBeforeOf(int nameStart) {
        if (!s.wordBefore(nameStart).equals("of")) {
            return "";
        }
        return s.wordBefore(s.wordStart(s.backSpaces(nameStart)));
    }

    /**
     * "The Galapagos, a chain of islands in the Pacific some 1,000 kilometers …": the capitalised word at {@code
     * start} follows a preposition that a place noun earlier in the same aside governs (an aside that opens with
     * "a", "an" or "the" after a comma), so it locates the described place and stays inside the description.
     */
    private boolean locatedByEarlierNoun(int start) {
        int p = start;
        for (int words = 0; words < 3; words++) { // "in the Bekaa Valley": from the name's first word
            int end = s.backSpaces(p);
            int before = s.wordStart(end);
            if (before >= end || !Character.isUpperCase(s.text.charAt(before))) {
                break;
            }
            p = before;
        }
        if (s.wordBefore(p).equals("the")) {
            p = s.wordStart(s.backSpaces(p));
        }
        if (!DESCRIPTION_PREPOSITIONS.contains(s.wordBefore(p))) {
            return false;
        }
        return placeNounEarlierInAside(s.wordStart(s.backSpaces(p)));
    }

    /** Whether the aside ending at {@code pos} opens with an article after a comma and holds a place noun. */
    private boolean placeNounEarlierInAside(int pos) {
        int open = previousComma(pos);
        if (open < Math.max(s.range.start(), pos - MAX_ASIDE_CHARS)) {
            return false;
        }
        String[] words = s.text.substring(open + 1, pos).trim().toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}'’-]+");
        return words.length >= 2 && ARTICLES.contains(words[0]) && Arrays.stream(words).anyMatch(SentenceScope::isPlaceNoun);
    }

    /** Participles that open an aside placing the name before its comma on a border. */
    private static final Pattern BORDER_PARTICIPLE = Pattern.compile(
            ",\\s*(?:located|situated|lying|which\\s+(?:is|lies|sits))\\s+(?:on|along|at|near)\\s+(?:the\\s+)?(?:border|frontier"
            + "|boundary)\\s+(?:between|with)\\s+$", Pattern.CASE_INSENSITIVE);

    /**
     * "the Kerem Shalom crossing, located on the border between Israel, Gaza and Egypt about three kilometers from
     * Rafah": {@code first} opens the list of countries a border phrase names, inside a participle aside; the
     * distance is said of the name before the aside's comma. Null when that is not the shape.
     */
    private Endpoint ownerOfBorderParticiple(Endpoint first) {
        int from = Math.max(s.range.start(), first.start() - 60);
        Matcher m = BORDER_PARTICIPLE.matcher(s.text.substring(from, descriptorStart(first.start())));
        if (!m.find()) {
            return null;
        }
        int comma = s.backSpaces(from + m.start());
        Subject before = endingAt(comma, false, false, Position.APPOSITIVE);
        if (before != null && before.names().size() == 1 && !SentenceScope.isArea(before.names().getFirst())) {
            return before.names().getFirst();
        }
        Endpoint unknown = unknownPlaceEndingAt(comma);
        return unknown != null && !SentenceScope.isArea(unknown) ? unknown : null;
    }

    /** Whether the aside from {@code opener} to {@code end} opens with "a" or "an": it describes one place. */
    /** Whether a comma closes the aside the target {@code t} ends, and a finite verb follows it. */
    private boolean asideBeforeVerb(TargetFinder.Target t) {
        int after = s.skipSpaces(t.end());
        if (after >= s.range.end() || s.text.charAt(after) != ',') {
            return false;
        }
        if (MAIN_VERBS.contains(s.wordAt(after + 1))) {
            return true;
        }
        // "Maungdaw, about 400km southwest of Mandalay, Myanmar's second-largest city, has been …": the target's own
        // description, closed by a comma, stands between the aside and the verb
        Matcher description = TARGET_DESCRIPTION.matcher(s.text).region(after + 1, s.range.end());
        return description.lookingAt() && MAIN_VERBS.contains(s.wordAt(description.end()));
    }

    /** A short description of a target after its comma, closed by a comma: "Myanmar's second-largest city,", "the capital,". */
    private static final Pattern TARGET_DESCRIPTION = Pattern.compile("\\s*(?:(?:the|a|an)\\s+|[\\p{Lu}][\\p{L}-]*(?:'s|’s)\\s+)"
            + "[^,;:()\\d]{1,50}?,", Pattern.UNICODE_CHARACTER_CLASS);

    /** Lower-case words and "of" after an article: "winter wonderland of ", "ancient port of ". */
    private static final Pattern DESCRIBED_OF = Pattern.compile("(?:\\p{Ll}[\\p{Ll}-]*\\s+){1,3}of\\s+",
            Pattern.UNICODE_CHARACTER_CLASS);
    /**
     * "the infamous Killing Fields of", "the winter wonderland of": one to five words, the lower-case ones first, before
     * "of"; after a fronted distance and a locative verb, the place after "of" is what lies there.
     */
    private static final Pattern DESCRIBED_FEATURE_OF = Pattern.compile(
            "(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,3}(?:\\p{Lu}[\\p{L}-]*\\s+){0,3}of\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    /** Locative verbs that put the subject after them: "… of Y lies X", "…, lies the X mine". */
    private static final Set<String> INVERSION_VERBS = Set.of("lies", "lie", "stands", "sits");
    /** At most two lower-case words after a name, the last captured: "lithium mine", "deep-water port", "camp". */
    private static final Pattern KIND_WORDS_AFTER = Pattern.compile("\\s+(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,1}(\\p{Ll}[\\p{Ll}-]*)\\b",
            Pattern.UNICODE_CHARACTER_CLASS);
    /**
     * "you will find", "you'll find", "you can find", "one finds", "visitors will find": an existential way of saying
     * that something lies there, after a fronted distance.
     */
    private static final Pattern YOU_FIND = Pattern.compile(
            "(?:you|one|visitors|travellers|travelers)\\s+(?:(?:will|can|could|would|may|might)\\s+)?(?:then\\s+)?finds?\\b"
                    + "|you[’']ll\\s+find\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * "a place called", "a town named", "the border crossing «": an article, at most three lower-case words, and
     * "called" or "named", or a place noun and an opening quotation mark; a name follows.
     */
    private static final Pattern CALLED_OR_QUOTED = Pattern.compile(
            "(?:a|an|the)\\s+(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,3}(?:(?:called|named)\\s+|(?:crossing|village|town|city|camp|site"
                    + "|settlement|island|post|checkpoint|base)\\s+[«“\"‘'])", Pattern.UNICODE_CHARACTER_CLASS);

    /** Finite verbs that may follow a clause's subject directly. */
    private static final Set<String> MAIN_VERBS = Set.of("has", "have", "had", "is", "was", "will", "would", "became",
            "remains", "remained", "lies", "sits", "stands", "can", "could");

    /**
     * "… the frontlines of Mosul and al Raqqa, the city just 20 miles from the Turkish border has become …": after a
     * list, a definite singular place noun ("the city", "the town") with a distance and then, with no closing comma, the
     * main verb is the clause's own subject, a place named in another sentence; it describes none of the listed names.
     */
    private boolean resumingSubject(int opener, int end, TargetFinder.Target t) {
        int first = s.skipSpaces(opener + 1);
        if (t == null || end <= opener || s.text.charAt(opener) != ',' || !s.wordAt(first).equals("the")
                || !SETTLEMENT_NOUNS.contains(s.wordAt(s.afterWord(first)))) {
            return false;
        }
        int after = s.skipSpaces(t.end());
        return after < s.range.end() && s.text.charAt(after) != ',' && MAIN_VERBS.contains(s.wordAt(after));
    }

    private boolean singularDescription(int opener, int end) {
        String first = s.wordAt(s.skipSpaces(opener + 1));
        return end > opener && (first.equals("a") || first.equals("an"));
    }

    /** A list of names that a noun for vessels introduces: "The … Coalition's vessels, including Gaza Sunbirds, …". */
    private static final Pattern SHIP_LIST = Pattern.compile("\\b(?:vessels|ships|boats|yachts|tankers|warships|frigates"
            + "|flotilla)\\b[^.;:]{0,20}?\\b(?:including|such as|named|called)\\b[^.;:]*$", Pattern.CASE_INSENSITIVE);

    /** Whether {@code name} stands in a list of vessels ({@link #SHIP_LIST}): a ship, whatever it is named after. */
    private boolean inShipList(Endpoint name) {
        int from = Math.max(s.range.start(), name.start() - 100);
        return SHIP_LIST.matcher(s.text.substring(from, name.start())).find();
    }

    /** Whether a place's possessive stands right before {@code pos}: "southern Lebanon's Ghandouriyeh". */
    private boolean afterPlacePossessive(int pos) {
        int end = s.backSpaces(pos);
        if (end - 2 <= s.range.start() || s.text.charAt(end - 1) != 's' || "'’".indexOf(s.text.charAt(end - 2)) < 0) {
            return false;
        }
        Mention owner = s.mentionEndingAt(end - 2);
        return owner != null && owner.place() != null;
    }

    /** An aside that counts a place's people, with no comma to close it: ", with a pre-war population of nearly 20,000 people". */
    private static final Pattern HEAD_COUNT_ASIDE = Pattern.compile("\\s*(?:(?:with\\s+)?(?:a|an|its)\\s+(?:[\\p{L}-]+\\s+){0,2}?"
            + "population\\s+of\\s+(?:(?:about|some|around|roughly|nearly|almost|over|approximately|just)\\s+)?\\d[\\d.,]*"
            + "(?:\\s+(?:thousand|million))?(?:\\s+(?:people|residents|inhabitants))?"
            // "West Kelowna, a city of 36,000 people is some 180 miles east of Vancouver"
            + "|(?:a|an)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:" + String.join("|", SentenceScope.PLACE_NOUNS) + ")\\s+of\\s+"
            + "(?:(?:about|some|around|roughly|nearly|almost|over|approximately|just)\\s+)?\\d[\\d.,]*"
            + "(?:\\s+(?:thousand|million))?\\s+(?:people|residents|inhabitants|souls))\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

    /**
     * "Kreminna, with a pre-war population of nearly 20,000 people is around 50 kilometres …": when the words before a
     * verb ending at {@code end} are a head count opened by a comma and never closed, the offset right after that comma,
     * so the subject is the name before it; when they are a place description opened by a spaced dash after the
     * sentence's opening name and never closed, the end of that name; else {@code end}.
     */
    private int beforeUnclosedAside(int end) {
        int open = previousComma(end, 100);
        if (open >= s.range.start() && HEAD_COUNT_ASIDE.matcher(s.text).region(open + 1, end).matches()) {
            return open + 1;
        }
        // "Tallinn - Estonia's capital city is only about 40 miles south of Helsinki": a description after a spaced dash
        // that no second dash closes stands between the sentence's opening name and its verb
        int dash = previousSpacedDash(end);
        if (dash > s.range.start() && s.isSentenceStart(s.wordStart(s.backSpaces(dash)))
                && UNCLOSED_DESCRIPTION.matcher(s.text).region(dash + 1, end).matches()) {
            return s.backSpaces(dash);
        }
        // "Pol-e-Alam city, the provincial capital is just 64 kilometers south of Kabul": so does one after a comma,
        // when the name before that comma opens the sentence
        int comma = previousComma(end, 60);
        if (comma > s.range.start() && UNCLOSED_DESCRIPTION.matcher(s.text).region(comma + 1, end).matches()) {
            Endpoint opening = nameEndingAt(s.backSpaces(comma));
            if (opening == null) {
                Endpoint name = s.capitalisedEndingAt(s.backSpaces(comma));
                opening = name != null && acceptable(name) ? name : null;
            }
            if (opening != null && s.isSentenceStart(opening.start())) {
                return s.backSpaces(comma);
            }
        }
        return end;
    }

    /** A description with a place noun and no comma: "Estonia's capital city", "a small port town". */
    private static final Pattern UNCLOSED_DESCRIPTION = Pattern.compile("\\s*(?:(?:a|an|the)\\s+|[\\p{L}-]+(?:'s|’s)\\s+)"
            + "(?:[\\p{L}-]+\\s+){0,3}?(?:" + String.join("|", SentenceScope.PLACE_NOUNS) + ")\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

    /** Words after a number that make it a head count: "a town of about 27,000 people". */
    private static final Set<String> HEAD_COUNT_NOUNS = Set.of("people", "residents", "inhabitants", "souls");
    private static final Set<String> MULTIPLIERS = Set.of("thousand", "million", "hundred");
    private static final Set<String> HEAD_COUNT_HEDGES = Set.of("about", "some", "around", "roughly", "nearly", "almost",
            "over", "under", "approximately", "barely", "just");

    /**
     * The number ending at {@code end} counts people in a description ("a town of about 27,000 people", "with a
     * population of 3,800", "a city of 149,000"), not a distance.
     */
    private boolean headCount(int start, int end) {
        if (start >= end || !Character.isDigit(s.text.charAt(start))) {
            return false;
        }
        int number = numberStart(start);
        int after = end;
        if (MULTIPLIERS.contains(s.wordAt(after))) {
            after = s.afterWord(after); // "a pre-war population of 67 thousand people"
        }
        String beforeOf = s.wordBefore(number).equals("of") ? s.wordBefore(s.wordStart(s.backSpaces(number))) : "";
        return HEAD_COUNT_NOUNS.contains(s.wordAt(after)) || beforeOf.equals("population")
                || SentenceScope.isPlaceNoun(beforeOf); // "Ashkelon, a city of 149,000 eight miles north of …"
    }

    /** Start of the number whose last group of digits starts at {@code start} ("27,000", "3.8"). */
    private int numberStart(int start) {
        int b = start;
        while (b - 1 > s.range.start() && (s.text.charAt(b - 1) == ',' || s.text.charAt(b - 1) == '.')
                && Character.isDigit(s.text.charAt(b - 2))) {
            b = s.wordStart(b - 1);
        }
        return b;
    }

    /**
     * Where the head count whose last group of digits starts at {@code start} begins, with its hedge and the words
     * that introduce it: "of about 27,000", "with a population of 3,800".
     */
    private int headCountStart(int start) {
        int b = numberStart(start);
        while (HEAD_COUNT_HEDGES.contains(s.wordBefore(b))) {
            b = s.wordStart(s.backSpaces(b));
        }
        if (!s.wordBefore(b).equals("of")) {
            return b;
        }
        b = s.wordStart(s.backSpaces(b));
        if (SentenceScope.isPlaceNoun(s.wordBefore(b))) {
            return b; // "a city of 149,000": the place noun is the description's own
        }
        if (s.wordBefore(b).equals("population")) {
            b = s.wordStart(s.backSpaces(b));
            if (s.wordBefore(b).contains("-") || s.wordBefore(b).endsWith("ed")) {
                b = s.wordStart(s.backSpaces(b)); // "a pre-war population", "an estimated population"
            }
            if (s.wordBefore(b).equals("a") || s.wordBefore(b).equals("an")) {
                b = s.wordStart(s.backSpaces(b));
            }
            if (s.wordBefore(b).equals("with")) {
                b = s.wordStart(s.backSpaces(b));
            }
        }
        return b;
    }

    /**
     * "a port some", "a small city", "a town located", "a distance of": the end of the comma (or bracket, dash)
     * before the indefinite noun phrase that opens an appositive and ends at {@code pos}, or {@code pos} when
     * there is none.
     */
    private int descriptionStart(int pos) {
        int p = pos;
        boolean nounSeen = false;
        boolean featureSeen = false;
        for (int words = 0; words < 12; words++) {
            int end = s.backSpaces(p);
            int start = s.wordStart(end);
            boolean adjective = start < end && Character.isUpperCase(s.text.charAt(start))
                    && SentenceScope.PLACE_NOUNS.contains(s.wordAt(end)); // "a Sunni town", "the big Chadian city"
            // after the place noun of the description, names may stand in it: "a remote town in Australia's vast
            // outback region some 2000km …", "a popular Pacific coast beach town about 400 kilometers …"
            boolean nameInside = (nounSeen || featureSeen || locatedByEarlierNoun(start))
                    && start < end && Character.isUpperCase(s.text.charAt(start));
            if (headCount(start, end)) {
                p = headCountStart(start); // "a town of about 27,000 people", "a fishing town with a population of 3,800"
                continue;
            }
            if (start == end || !Character.isLowerCase(s.text.charAt(start)) && !adjective && !nameInside) {
                return pos;
            }
            nounSeen |= SentenceScope.isPlaceNoun(s.wordBefore(end));
            featureSeen |= NATURAL_FEATURES.contains(s.wordBefore(end)); // "a township on the Canterbury plains 90 km …"
            String w = s.wordBefore(end);
            boolean possessive = (w.endsWith("'s") || w.endsWith("’s")) && placeNounBetween(end, pos)
                    && Character.isUpperCase(s.text.charAt(start)) // "in Herat, Afghanistan's third-largest city some …"
                    && s.backSpaces(start) > s.range.start() && opener(s.backSpaces(start)) >= 0; // right after the comma
            boolean article = w.equals("a") || w.equals("an") || possessive
                    || w.equals("another") && placeNounBetween(end, pos) // "Sergiivka, another frontline village some …"
                    || PLURAL_DETERMINERS.contains(w) && placeNounBetween(end, pos) // "X and Y, two adjacent villages …"
                    || w.equals("the") && placeNounBetween(end, pos); // "Goz Beida, the big chadian city located …"
            if (article) {
                int before = s.backSpaces(start);
                int which = placeNounBetween(end, pos) ? commaBeforeWhichIs(s.wordStart(before), s.wordBefore(before)) : -1;
                if (which >= 0) {
                    return which; // "Wukro, which is a small town about 45 km north of Mekelle"
                }
                if (w.equals("the") && s.wordBefore(before).equals("of")
                        && s.wordBefore(s.backSpaces(s.wordStart(before))).equals("one")) {
                    // "Vilkhivka, one of the settlements about 32 kilometers (20 miles) from the Russian border"
                    before = s.backSpaces(s.wordStart(s.backSpaces(s.wordStart(before))));
                }
                if (before > s.range.start() && opener(before) >= 0) {
                    return before;
                }
                if (!s.wordBefore(start).equals("and") || !nounSeen) {
                    return pos;
                }
                // "five uninhabited islets and three reefs": the second of coordinated nouns; the walk goes on
            }
            boolean distanceOf = w.equals("of") && s.wordBefore(s.backSpaces(start)).equals("distance");
            boolean locatorInside = DESCRIPTION_PREPOSITIONS.contains(w) // "a town in Australia's …"
                    && (nounSeen || featureSeen || placeNounEarlierInAside(start)); // "a chain of islands in the Pacific"
            // "five uninhabited islets and three reefs 105 miles east of …": nouns coordinated inside the description
            boolean coordinatedNoun = w.equals("and") && nounSeen;
            int which = nounSeen ? commaBeforeWhichIs(start, w) : -1;
            if (which >= 0) {
                return which; // "the town of Damara, which is Touadera's stronghold around 70 kilometres … north of Bangui"
            }
            if (NOT_DESCRIPTORS.contains(w) && !LOCATIVE.contains(w) && !distanceOf && !locatorInside && !coordinatedNoun) {
                return pos;
            }
            p = start;
        }
        return pos;
    }

    /**
     * "the town of Damara, which is Touadera's stronghold around 70 kilometres …", "Wukro, which is a small town about 45
     * km north of …": when the word {@code w} starting at {@code start} is "is" or "was" after "which" and a comma, the
     * position of that comma (a relative clause describing the name before it with a place noun, the distance right
     * after the description); else -1.
     */
    private int commaBeforeWhichIs(int start, String w) {
        if (!w.equals("is") && !w.equals("was") || !s.wordBefore(s.backSpaces(start)).equals("which")) {
            return -1;
        }
        int which = s.backSpaces(s.wordStart(s.backSpaces(start)));
        return which > s.range.start() && s.text.charAt(which - 1) == ',' && opener(which) >= 0 ? which : -1;
    }

    /**
     * "Socotra island, nestled in the ocean about 350km off …", "Kharg Island, located about 25 km off …": the end
     * of the comma before a participle that opens the aside ending at {@code pos}, at most ten words back with no
     * other punctuation or verb between; {@code pos} when there is none.
     */
    private int participleAsideStart(int pos) {
        int p = pos;
        for (int words = 0; words < 10; words++) {
            int end = s.backSpaces(p);
            int start = s.wordStart(end);
            if (start == end || end < p && s.text.substring(end, p).trim().length() > 0) {
                return pos; // punctuation between words
            }
            String w = s.wordBefore(end);
            if (PARTICIPLES.contains(w) || w.equals("positioned")) {
                int before = s.backSpaces(start);
                if (SentenceScope.PLACE_NOUNS.contains(s.wordBefore(before))) {
                    // "near Kangwayi-Palmba, village located 25 km from …": a bare place noun before the participle
                    before = s.backSpaces(s.wordStart(before));
                    if (ARTICLES.contains(s.wordBefore(before))) {
                        before = s.backSpaces(s.wordStart(before));
                    }
                }
                // "the island of Yonaguni — located some 150 kilometers south of the Senkakus —": a dash opens it too
                return before > s.range.start() && ",—–".indexOf(s.text.charAt(before - 1)) >= 0 ? before : pos;
            }
            if (COPULAS.contains(w) || CLAUSE_VERBS.contains(w) || w.equals("and") || w.equals("or") || w.equals("but")) {
                return pos; // "…, lying off the Min River estuary … and about 130 miles …": another conjunct
            }
            p = start;
        }
        return pos;
    }

    /**
     * "Tungyin Island, part of the Matsu group just 16 kilometers from …": the end of the comma before an aside
     * that opens with "part of" and ends at {@code pos}, with no other punctuation and at most
     * {@value #MAX_APPOSITIVE_CHARS} characters; {@code pos} when there is none.
     */
    private int partOfStart(int pos) {
        int comma = lastCommaWithin(pos);
        if (comma < 0) {
            return pos;
        }
        String aside = s.text.substring(comma + 1, pos);
        if (!aside.stripLeading().startsWith("part of ") || aside.chars().anyMatch(c -> ";:()—–".indexOf(c) >= 0)
                || Arrays.stream(aside.trim().split("\\s+")).anyMatch(w -> COPULAS.contains(w) || CLAUSE_VERBS.contains(w))) {
            return pos;
        }
        return s.backSpaces(s.skipSpaces(comma + 1));
    }

    /**
     * An aside that puts a place on a line or feature: "on the Mediterranean coast", "along the main road", "on Egypt's
     * Mediterranean coast".
     */
    private static final Pattern LINE_ASIDE = Pattern.compile("\\s*(?:on|along|near|by|off)\\s+(?:the|its|\\p{Lu}[\\p{L}-]*['’]s)\\s+"
            + "(?:[\\p{L}'’-]+\\s+){0,3}"
            + "(?:coast|coastline|shore|shores|border|frontier|banks?|edge|outskirts|road|highway|river|plains?|lake)\\s*",
            Pattern.UNICODE_CHARACTER_CLASS);

    /**
     * Where an aside starts that only says what line or feature the place lies on before the distance ("the town of
     * Zuwara, on the Mediterranean coast about 120 km (75 miles) west of the capital, Tripoli"), so that the name
     * before its comma is the subject; {@code pos} when the text from the last comma is not such an aside.
     */
    private int lineAsideStart(int pos) {
        int comma = lastCommaWithin(pos);
        return comma >= 0 && LINE_ASIDE.matcher(s.text.substring(comma + 1, pos)).matches()
                ? s.backSpaces(s.skipSpaces(comma + 1)) : pos;
    }

    /** The last comma before {@code pos} at most {@value #MAX_APPOSITIVE_CHARS} characters back, or -1. */
    private int lastCommaWithin(int pos) {
        int comma = s.lastIndexIn(',', pos - 1, MAX_APPOSITIVE_CHARS);
        return comma < Math.max(s.range.start(), pos - MAX_APPOSITIVE_CHARS) ? -1 : comma;
    }

    /** The resolved town or facility mention ending right before {@code pos} (spaces skipped), or null. */
    private Endpoint placeBefore(int pos) {
        Mention m = s.mentionEndingAt(s.backSpaces(pos));
        if (m == null || m.place() == null || SentenceScope.isArea(SentenceScope.endpoint(m))) {
            return null;
        }
        return SentenceScope.endpoint(m);
    }

    /** Whether a place noun ("town", "city") stands among the words from {@code from} to {@code to}. */
    private boolean placeNounBetween(int from, int to) {
        return Arrays.stream(s.text.substring(from, to).toLowerCase(java.util.Locale.ROOT).split("\\W+"))
                .anyMatch(SentenceScope::isPlaceNoun);
    }

    /**
     * "At the southern tip of Western Australia, around 250 kilometres south of Perth, lies the Greenbushes lithium
     * mine": the target, a comma, and a locative verb ("lies", "lie", "stands", "sits") or "you will find" with a name
     * after it; the distance is that name's ({@link #invertedAfter}). Tried before the appositive rule, which would take
     * the area before the distance ("Western Australia, around 250 kilometres …") for the subject. A preposition after
     * the verb ("Hama, 50 km north of Homs, lies on the Orontes") gives no name here.
     */
    private Subject invertedAfterTarget(Quantity q, TargetFinder.Target t) {
        if (t == null) {
            return null;
        }
        int p = s.skipSpaces(t.end());
        if (p >= s.range.end() || s.text.charAt(p) != ',') {
            return null;
        }
        int v = s.skipSpaces(p + 1);
        String verb = s.wordAt(v);
        if (!INVERSION_VERBS.contains(verb) && !YOU_FIND.matcher(s.text).region(v, s.range.end()).lookingAt()) {
            return null;
        }
        Endpoint name = invertedAfter(t.end());
        return name == null ? null : new Subject(List.of(name), false, true);
    }

    /** Rule 4. */
    private Subject fronted(Quantity q, TargetFinder.Target t) {
        Endpoint inverted = invertedAfter(t == null ? q.end() : t.end());
        if (inverted != null) {
            return new Subject(List.of(inverted), false, true);
        }
        MainSubject m = mainSubject();
        if (m == null) {
            return openingDistanceSubject(q, t); // "Roughly 30 kilometres … south of the Turkish border, al-Bab fell …"
        }
        int clauseStart = m.inverted() ? m.verbStart() : m.name().start();
        if (q.start() >= clauseStart) {
            return null;
        }
        Endpoint inner = m.inverted() ? null : placeInsideLocator(m.name()); // "…, Srebrenica, Bosnia was …"
        return new Subject(List.of(inner != null ? inner : m.name()), false, m.inverted());
    }

    /**
     * "Roughly 30 kilometres (25 miles) south of the Turkish border, al-Bab fell into rebel hands …": a sentence that
     * opens with the distance and its target, then a comma, then a place and any verb; the distance is said of that
     * place. Null when that is not the shape.
     */
    private Subject openingDistanceSubject(Quantity q, TargetFinder.Target t) {
        if (t == null || !s.isSentenceStart(s.wordStart(s.backSpaces(q.start()))) && !s.isSentenceStart(q.start())) {
            return null;
        }
        int comma = s.skipSpaces(t.end());
        if (comma >= s.range.end() || s.text.charAt(comma) != ',') {
            return null;
        }
        Endpoint name = mainClauseNameAfter(comma);
        if (name == null || name.place() == null) {
            return null;
        }
        String verb = s.wordAt(name.end());
        boolean lowerVerb = !verb.isEmpty() && Character.isLowerCase(s.text.charAt(s.skipSpaces(name.end())));
        return lowerVerb && !ADJUNCT_PREPOSITIONS.contains(verb) ? new Subject(List.of(name), false, false) : null;
    }

    /**
     * "Located around 70 kilometres from Amman and 30 kilometres from the Syrian border, Zaatari occupies …",
     * "Situated 40 km north of Y, the small town of X has …": a sentence that opens with a locative participle
     * says of the name opening the clause after its first comma (outside brackets) that it lies at every
     * distance before that comma, whatever the verb; the participle makes that name a place even when the
     * gazetteer does not know it. Null when the sentence does not open so, or {@code q} lies after the comma.
     */
    private Endpoint afterFrontedParticiple(Quantity q, int targetEnd) {
        int p = participleOpening();
        if (p < 0) {
            return null;
        }
        int comma = asideComma(p);
        // "Lying 150 kilometres north of Chad's capital, N'djamena, Lake Chad is …": the target's own comma comes first
        while (comma >= 0 && (comma < q.start() || comma < targetEnd - 1)) { // "Located in central Ibaraki Prefecture, approximately 120 km … north
            comma = asideComma(comma + 1);       // of Tokyo, Tōkai is …": the fronted phrase may hold an aside
        }
        if (comma < 0) {
            return null;
        }
        for (String w : s.text.substring(s.afterWord(p), q.start()).toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
            if (COPULAS.contains(w) || CLAUSE_VERBS.contains(w) && !LOCATIVE.contains(w)) {
                return null; // "Located on the coast, the town is 50 km …": the distance is in the main clause
            }
        }
        for (int asides = 0; asides < 3 && comma >= 0; asides++) {
            Endpoint name = mainClauseNameAfter(comma);
            if (name != null) {
                return name;
            }
            // "Located 25 kilometers … north of Kharkiv, Ukraine's second-largest city, and roughly 15 kilometers …
            // south of the Russian border, Slatyne found itself …": an aside about the target comes first
            comma = asideComma(comma + 1);
        }
        return null;
    }

    /** A height or size used as an adjective before a name: "16,500-foot", "5,895-metre", "2-km". */
    private static final Pattern MEASURE_ADJECTIVE = Pattern.compile("\\d[\\d,.]*-(?:foot|feet|ft|metre|meter|m|mile|km"
            + "|kilometre|kilometer)(?:-(?:high|tall|long|deep|wide))?(?=\\s)", Pattern.CASE_INSENSITIVE);

    /** The place opening the main clause after the fronted phrase's comma at {@code comma}, or null. */
    private Endpoint mainClauseNameAfter(int comma) {
        int n = s.skipSpaces(comma + 1);
        boolean measured = false;
        for (int words = 0; words < 5; words++) { // "the small town of", "the sprawling"
            Matcher measure = MEASURE_ADJECTIVE.matcher(s.text).region(n, s.range.end());
            if (measure.lookingAt()) {
                n = s.skipSpaces(measure.end()); // "the 16,500-foot Tungurahua", "the 5,895-metre Kilimanjaro"
                measured = true;
                continue;
            }
            String w = s.wordAt(n);
            boolean lower = !w.isEmpty() && Character.isLowerCase(s.text.charAt(n)) && s.mentionAt(n) == null; // "al-Bab"
            if (!lower || COPULAS.contains(w) || CLAUSE_VERBS.contains(w) || LOCATIVE.contains(w)
                    || ADJUNCT_PREPOSITIONS.contains(w) && !w.equals("of") || w.equals("it") || w.equals("there")) {
                break;
            }
            n = s.skipSpaces(s.afterWord(n));
        }
        Endpoint name = s.nameAt(n);
        if (measured && name != null && acceptable(name)) {
            return name; // a height before it makes the name a mountain, whatever area shares its name
        }
        // an island or province that opens the main clause may be said to lie somewhere ("Located 120km west of
        // Tenerife, El Hierro has …"); one after descriptor words is a locator ("the capital city of the North Kivu
        // province"), and a country is too large to be a distance from a town
        if (name == null || !acceptable(name)) {
            return null;
        }
        boolean opensClause = n == s.skipSpaces(comma + 1);
        boolean country = name.place() != null && name.place().kind() == org.placemap.gazetteer.PlaceKind.COUNTRY;
        return !SentenceScope.isArea(name) || opensClause && !country ? name : null;
    }

    /** How far before "the town," the sentence may have named it, in characters. */
    private static final int MAX_BACK_REFERENCE_CHARS = 300;

    /** Whether {@code e} names the same place as the (first) target of {@code t}: a place is no distance from itself. */
    private static boolean isTargetOf(Endpoint e, TargetFinder.Target t) {
        if (t == null || t.places().isEmpty()) {
            return false;
        }
        Endpoint target = t.first();
        return e.place() != null && target.place() != null ? e.place().id().equals(target.place().id())
                : e.name().equalsIgnoreCase(target.name());
    }

    /** "the town, some 470 miles east of …": a definite place noun alone before the comma of a distance. */
    private static final Pattern DEFINITE_NOUN_BEFORE = Pattern.compile(
            "\\bthe\\s+(town|city|village|port|camp|island|district|province|region)\\s*,\\s*$", Pattern.CASE_INSENSITIVE);

    /**
     * Rule 7: "… bombed the town of Ajdabiya on Wednesday and forces were advancing on the town, some 470 miles east of
     * the capital Tripoli": when nothing else is the subject and the distance follows "the town," (a definite place noun
     * and its comma), the noun stands for the one place the same sentence named with that noun ("the town of X", "the
     * X town of Y"), which is the subject. Two places named with the noun, or none, leave the distance without one.
     */
    private Subject backReference(Quantity q, TargetFinder.Target t) {
        if (t == null) {
            return null;
        }
        int end = beforeFillers(q);
        int from = Math.max(s.range.start(), end - 30);
        Matcher noun = DEFINITE_NOUN_BEFORE.matcher(s.text).region(from, end);
        if (!noun.find()) {
            return null;
        }
        int nounStart = noun.start();
        String of = noun.group(1).toLowerCase(java.util.Locale.ROOT) + " of ";
        Mention named = null;
        for (Mention m : s.mentions()) {
            if (m.end() > nounStart) {
                break;
            }
            if (m.end() < nounStart - MAX_BACK_REFERENCE_CHARS) {
                continue;
            }
            int before = m.start() - of.length();
            int beforeThe = before - 4;
            if (before >= s.range.start() && s.text.regionMatches(true, before, of, 0, of.length())
                    || beforeThe >= s.range.start() && s.text.regionMatches(true, beforeThe, of + "the ", 0, of.length() + 4)) {
                if (named != null) {
                    return null; // two towns named: which one is meant is not said
                }
                named = m;
            }
        }
        return named == null ? null : new Subject(List.of(SentenceScope.endpoint(named)), false, false);
    }

    /**
     * Rule 6: "The disaster struck about 50km (30 miles) north of Kuala Lumpur in Batang Kali town": when nothing
     * before the distance is its subject, a place that "in" or "at" names right after a directional target is where
     * the event was, so the distance is said of it. A kind word must follow the name ("town", "village", "camp"):
     * a bare name or an area there may only locate the target ("185 km north of the town of Aparri in Cagayan",
     * "north of Kuala Lumpur in Selangor state").
     */
    private Subject afterTarget(Quantity q, TargetFinder.Target t) {
        if (t == null || t.shape() != TargetFinder.Shape.TO || t.places().size() != 1 || !t.directional()) {
            return null;
        }
        int p = s.skipSpaces(t.end());
        String prep = s.wordAt(p);
        if (!prep.equals("in") && !prep.equals("at")) {
            return null;
        }
        int n = s.skipSpaces(s.afterWord(p));
        Endpoint name = s.nameAt(n);
        if (name == null || SentenceScope.isArea(name) || !acceptable(name)) {
            return null;
        }
        String after = s.wordAt(name.end());
        boolean kindAfter = SentenceScope.isFeatureWord(after) && !AREA_KIND_WORDS.contains(after);
        return kindAfter ? new Subject(List.of(name), false, false) : null;
    }

    /** Rule 0: a sentence opening with a locative participle ({@link #afterFrontedParticiple}). */
    private Subject participleOpening(Quantity q, TargetFinder.Target t) {
        Endpoint located = afterFrontedParticiple(q, t == null ? q.end() : t.end());
        return located == null ? null : new Subject(List.of(located), false, true);
    }

    /** Rule 5. */
    private Subject adjacent(Quantity q, TargetFinder.Target t) {
        if (t == null) {
            return null;
        }
        int p = beforeFillers(q); // "the strategic Afghan city of Ghazni just 150 kilometres (95 miles) from Kabul"
        if (p <= s.range.start() || !Character.isLetter(s.text.charAt(p - 1))) {
            return null;
        }
        Subject found = endingAt(p, false, false, Position.APPOSITIVE);
        if (found != null && found.names().size() == 1) {
            // "near the village of Dasht in the Roshkalinsky region about 300km east of …": the region locates Dasht
            Endpoint inner = placeInsideLocator(found.names().getFirst());
            if (inner != null) {
                return new Subject(List.of(inner), false, false);
            }
        }
        if (found != null && found.names().size() == 1 && isDistrictWithItsWord(found.names().getFirst(), p)) {
            return found; // "had fled the Arghandab district 15km northwest of Kandahar city": a district, placed at its point
        }
        if (found != null && found.names().stream().anyMatch(SentenceScope::isArea)) {
            // "a trawler registered to Belize about 1,500 miles south of …": the thing in it, not the country; but
            // "the Kerem Shalom crossing, located on the border between Israel, Gaza and Egypt about three kilometers
            // from Rafah": the countries only say which border; the participle's subject is before its comma
            Endpoint owner = ownerOfBorderParticiple(found.names().getFirst());
            return owner == null ? null : new Subject(List.of(owner), false, true);
        }
        if (found != null && found.names().size() > 1 && !found.bothEnds() && introducedAsPlace(found.names().getLast())
                && !introducedAsPlace(found.names().getFirst())) { // "the town of Avdiivka and the village of Opytne …": both
            // "aimed at Vovchansk and the town of Lyptsi around 7.5 km from the border": a name with its own singular
            // place noun right before the distance has it to itself
            return new Subject(List.of(found.names().getLast()), false, false);
        }
        // "the army's Nassoumbou base some 30 km from …": a lower-case kind word between the name and the distance
        boolean lowerCaseKindWord = SentenceScope.isFeatureWord(s.wordBefore(p))
                && Character.isLowerCase(s.text.charAt(s.wordStart(p)));
        if (found != null && found.names().getLast().end() < p && lowerCaseKindWord
                && NATURAL_FEATURES.contains(s.wordBefore(found.names().getLast().end()))) {
            return null; // "a Euphrates River dam just 40km west of Raqqa": an unnamed dam on the named river
        }
        if (found == null || t.directional() || s.wordAt(q.end()).equals("away") || afterBracketAt(q)) {
            return found; // "Tyre (… in Arabic …) at about 70 kilometers from Beirut": the aside's "at" places the name
        }
        boolean kindWordBetween = lowerCaseKindWord
                || NAME_KIND_LAST.contains(s.wordBefore(p)); // "in Minneriya & Kaudulla National Park approximately 45 km from …"
        return introducedAsPlace(found.names().getFirst()) || kindWordBetween ? found : null; // "the town of Adigrat 116 km from …"
    }

    /**
     * Whether {@code name} is a second-level division (GeoNames ADM2: a district, county or sub-district), followed by
     * its own lower-case kind word and nothing else before {@code p}, where the distance's fillers begin ("the Arghandab
     * district 15km northwest of …"): small enough to be placed at its point, unlike a province or a country.
     */
    private boolean isDistrictWithItsWord(Endpoint name, int p) {
        if (name.place() == null || name.place().kind() != PlaceKind.ADMIN_REGION || !name.place().featureCode().equals("ADM2")) {
            return false;
        }
        int word = s.skipSpaces(name.end());
        return DISTRICT_WORDS.contains(s.wordAt(word)) && Character.isLowerCase(s.text.charAt(word))
                && s.skipSpaces(s.afterWord(word)) >= s.backSpaces(p);
    }

    /** See {@link #isDistrictWithItsWord}. */
    private static final Set<String> DISTRICT_WORDS = Set.of("district", "county", "subdistrict", "sub-district", "tehsil",
            "raion", "municipality", "department");

    /** "the town of X", "a village called X": a place noun introduces the name. */
    private boolean introducedAsPlace(Endpoint name) {
        String before = s.wordBefore(name.start());
        if (!before.equals("of") && !before.equals("called") && !before.equals("named")) {
            return false;
        }
        return SentenceScope.PLACE_NOUNS.contains(s.wordBefore(s.wordStart(s.backSpaces(name.start()))));
    }

    /**
     * "… lies Kramatorsk", "…, there lies Kronstadt", "Some 30 km north of Peshawar is the modern urban settlement of
     * Charsadda near which …": the place after a locative verb or copula that follows the distance; after a copula
     * the name must end its clause or open a relative clause.
     */
    private Endpoint invertedAfter(int pos) {
        int p = s.skipSpaces(pos);
        if (p < s.range.end() && s.text.charAt(p) == ',') {
            p = s.skipSpaces(p + 1);
        }
        if (s.wordAt(p).equals("there")) {
            p = s.skipSpaces(s.afterWord(p));
        }
        Matcher locator = TARGET_LOCATOR.matcher(s.text).region(p, s.range.end());
        if (locator.lookingAt()) {
            p = s.skipSpaces(locator.end()); // "Forty-one kilometres from Supenaam on the Essequibo Coast is the village of …"
        }
        String verb = s.wordAt(p);
        boolean copula = verb.equals("is") || verb.equals("are");
        Matcher find = YOU_FIND.matcher(s.text).region(p, s.range.end());
        boolean existential = find.lookingAt(); // "About 90 kilometres … from Sarajevo, you will find a place called …"
        if (!existential && !INVERSION_VERBS.contains(verb) && !copula) {
            return null;
        }
        int n = existential ? s.skipSpaces(find.end()) : s.skipSpaces(s.afterWord(p));
        Matcher called = CALLED_OR_QUOTED.matcher(s.text).region(n, s.range.end());
        if (called.lookingAt()) {
            // "a place called Srebrenica", "the border crossing «Larsi»": the words say that a place's name follows
            Endpoint named = s.nameAt(called.end());
            if (named != null && acceptable(named)) {
                return named;
            }
        }
        int introduced = placeNounOfEnd(n);
        Endpoint name = introduced >= 0 ? s.longerNameAt(introduced) : null; // "… is the village of Windsor Castle,"
        if (name == null) {
            name = subjectNameAt(introduced >= 0 ? introduced : n, true);
        }
        if (name == null && introduced >= 0) {
            Endpoint unknown = s.nameAt(introduced); // "… is the modern urban settlement of Charsadda": a place noun says so
            name = unknown != null && acceptable(unknown) ? unknown : null;
        }
        if (name == null && !copula) {
            // "Thirty miles out to sea from Galway lie the three Aran Islands": after a locative verb, the article and a
            // count may stand before a name the geoparser found but could not resolve
            int k = n;
            if (s.wordAt(k).equals("the")) {
                k = s.skipSpaces(s.afterWord(k));
            }
            if (NumberWords.parse(s.wordAt(k)) >= 0) {
                k = s.skipSpaces(s.afterWord(k));
            }
            Mention m = s.mentionAt(k);
            name = m != null && m.form() == Mention.Form.NAME && acceptable(SentenceScope.endpoint(m)) ? SentenceScope.endpoint(m) : null;
            if (name == null && m == null) {
                // "… lies the Greenbushes lithium mine": a name nobody resolved, then at most two lower-case words ending in a
                // word that says what sort of place it is
                Endpoint unknown = s.nameAt(k);
                Matcher kind = KIND_WORDS_AFTER.matcher(s.text).region(unknown == null ? k : unknown.end(), s.range.end());
                if (unknown != null && acceptable(unknown) && kind.lookingAt()
                        && SentenceScope.isFeatureWord(kind.group(1).toLowerCase(java.util.Locale.ROOT))) {
                    name = unknown;
                }
            }
            if (name == null && k > n) {
                // "A mere 60 miles south of Munich lies the winter wonderland of Garmisch-Partenkirchen": a description
                // with "of" before a place the geoparser knows
                Matcher described = DESCRIBED_OF.matcher(s.text).region(k, s.range.end());
                Mention of = described.lookingAt() ? s.mentionAt(described.end()) : null;
                name = of != null && of.form() == Mention.Form.NAME && of.place() != null ? SentenceScope.endpoint(of) : null;
                if (name == null) {
                    // "About 12 km … south of Phnom Penh lie the infamous Killing Fields of Choeung Ek": a feature's
                    // capitalised name before "of" and the place it is of
                    Matcher feature = DESCRIBED_FEATURE_OF.matcher(s.text).region(k, s.range.end());
                    Endpoint after = feature.lookingAt() ? s.nameAt(feature.end()) : null;
                    name = after != null && acceptable(after) ? after : null;
                }
            }
        }
        if (copula && name != null) { // "less than two kilometres away from Gaza is Sderot.": the name ends the clause
            int after = s.skipSpaces(name.end());
            String next = s.wordAt(after);
            boolean relative = next.equals("near") && s.wordAt(s.afterWord(after)).equals("which")
                    || next.equals("where") || next.equals("which") || next.equals("whose");
            if (after < s.range.end() && ".,;".indexOf(s.text.charAt(after)) < 0 && !relative) {
                return null;
            }
        }
        return name;
    }

    /**
     * "the modern urban settlement of", "the town of": after an article and at most four lower-case descriptors,
     * a place noun and "of"; where the name after them starts, or -1 when the words at {@code pos} are not so.
     */
    private int placeNounOfEnd(int pos) {
        String article = s.wordAt(pos);
        if (!article.equals("the") && !article.equals("a") && !article.equals("an")) {
            return -1;
        }
        int p = s.skipSpaces(s.afterWord(pos));
        for (int words = 0; words < 5 && p < s.range.end() && Character.isLowerCase(s.text.charAt(p)); words++) {
            String w = s.wordAt(p);
            int end = s.afterWord(p);
            if (SentenceScope.PLACE_NOUNS.contains(w) && s.wordAt(end).equals("of")) {
                return s.skipSpaces(s.afterWord(s.skipSpaces(end)));
            }
            if (COPULAS.contains(w) || CLAUSE_VERBS.contains(w) || NOT_DESCRIPTORS.contains(w)) {
                return -1;
            }
            p = s.skipSpaces(end);
        }
        return -1;
    }

    /** The place subject of the sentence's main clause, found once per sentence. */
    private MainSubject mainSubject() {
        if (!mainFound) {
            mainFound = true;
            main = findMainSubject();
        }
        return main;
    }

    private MainSubject findMainSubject() {
        int p = s.skipSpaces(s.range.start());
        while (p < s.range.end() && "\"“'‘(".indexOf(s.text.charAt(p)) >= 0) {
            p = s.skipSpaces(p + 1);
        }
        MainSubject opening = subjectAt(p, false);
        if (opening != null) {
            return opening;
        }
        int depth = 0;
        int commas = 0;
        for (int i = p; i < s.range.end() && commas < 4; i++) {
            char c = s.text.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            } else if (c == ',' && depth == 0) {
                commas++;
                MainSubject after = subjectAt(s.skipSpaces(i + 1), true);
                if (after != null) {
                    return after;
                }
            }
        }
        return null;
    }

    /** A main clause starting at {@code pos} with a place for subject, or null. */
    private MainSubject subjectAt(int pos, boolean fronted) {
        int p = pos;
        if (fronted) {
            Endpoint inverted = invertedAfter(p);
            if (inverted != null) {
                return new MainSubject(inverted, p, inverted.start(), true);
            }
        }
        for (int words = 0; words < 6; words++) { // "the", "usually sleepy", "bustling city of"
            String w = s.wordAt(p);
            int end = s.afterWord(p);
            boolean lower = end > p && Character.isLowerCase(s.text.charAt(s.skipSpaces(p)));
            boolean article = w.equals("the") || w.equals("a") || w.equals("an");
            boolean descriptor = fronted && lower && !COPULAS.contains(w) && !LOCATIVE.contains(w)
                    && !ADJUNCT_PREPOSITIONS.contains(w) && !w.equals("there") && !w.equals("of")
                    && !CLAUSE_VERBS.contains(w);
            boolean placeOf = SentenceScope.PLACE_NOUNS.contains(w) && s.wordAt(end).equals("of");
            if (s.demonymAt(s.skipSpaces(p))) {
                p = end; // "The Turkish town of …"
            } else if (placeOf) {
                p = s.afterWord(end);
            } else if (article || descriptor) {
                p = end;
            } else {
                break;
            }
        }
        Endpoint name = subjectNameAt(s.skipSpaces(p), !fronted);
        if (name == null && !fronted) {
            name = describedAsPlace(s.skipSpaces(p));
        }
        if (name == null && fronted && opensWithParticiple()) {
            // "Situated amid the shantytown of Túpac Amaru, Puruchuco is 13km from …": the fronted participle
            // places the clause's subject, so an unknown name there is a place
            Endpoint unknown = s.nameAt(s.skipSpaces(p));
            name = unknown != null && acceptable(unknown) ? unknown : null;
        }
        if (name == null) {
            return null;
        }
        int verb = verbAfter(name.end());
        if (verb < 0) {
            return null;
        }
        return new MainSubject(name, verb, s.afterWord(verb), false);
    }

    /** Whether the sentence opens with a locative participle ("Located …", "Situated amid …", "Nestled …"). */
    private boolean opensWithParticiple() {
        return participleOpening() >= 0;
    }

    /** Where the locative participle that opens the sentence starts (after opening quotes or brackets), or -1. */
    private int participleOpening() {
        int p = s.skipSpaces(s.range.start());
        while (p < s.range.end() && "\"“'‘(".indexOf(s.text.charAt(p)) >= 0) {
            p = s.skipSpaces(p + 1);
        }
        String first = s.wordAt(p);
        return (PARTICIPLES.contains(first) || first.equals("positioned")) && p < s.range.end()
                && Character.isUpperCase(s.text.charAt(p)) ? p : -1;
    }

    /**
     * "Makalondi is the last major town in Niger, …", "Guerguerat is a small village …": an unknown capitalised
     * name opening the sentence that its copula describes with a place noun within five words, or that it says
     * is located, situated, nestled or perched ("Durgukondal is situated on …"), or on a road, river or shore
     * ("Ponnagyun is on the Yangon-Sittwe road about 30km north of …"); null otherwise.
     */
    private Endpoint describedAsPlace(int pos) {
        Endpoint name = s.nameAt(pos);
        if (name == null || name.place() != null || !acceptable(name)) {
            return null;
        }
        int p = s.skipSpaces(name.end());
        String kind = s.wordAt(p);
        if (SentenceScope.PLACE_NOUNS.contains(kind) && p < s.range.end() && Character.isLowerCase(s.text.charAt(p))) {
            // "The Mugunga camp was located on the Sake road, less than ten kilometres west of Goma": the kind word
            // after the name says it is a place, and a copula or a locative verb after it makes it the clause's subject
            String after = s.wordAt(s.skipSpaces(s.afterWord(p)));
            return COPULAS.contains(after) || LOCATIVE.contains(after) ? name : null;
        }
        String verb = kind;
        if (!verb.equals("is") && !verb.equals("was") && !verb.equals("remains")) {
            return null;
        }
        p = s.afterWord(p);
        String next = s.wordAt(p);
        if (next.equals("located") || next.equals("situated") || next.equals("nestled") || next.equals("perched")) {
            return name; // "Durgukondal is situated on State Highway 25, …": only a place is situated (not "based")
        }
        if (next.equals("on") && onARouteOrShore(s.afterWord(p))) {
            return name; // "Ponnagyun is on the Yangon-Sittwe road about 30km north of Sittwe"
        }
        for (int words = 0; words < 5; words++) {
            String w = s.wordAt(p);
            if (w.isEmpty() || !Character.isLowerCase(s.text.charAt(s.skipSpaces(p)))) {
                return null;
            }
            if (SentenceScope.PLACE_NOUNS.contains(w)) {
                return name;
            }
            p = s.afterWord(p);
        }
        return null;
    }

    /** What a place, and hardly anything else, is "on": a road, river or shore. */
    private static final Set<String> ROUTES_AND_SHORES = Set.of("road", "highway", "motorway", "route", "river", "coast",
            "shore", "shores", "bank", "banks", "lake", "border", "frontier", "outskirts", "edge", "island", "peninsula");

    /** Whether a road, river or shore ({@link #ROUTES_AND_SHORES}) ends the next five words after {@code pos}. */
    private boolean onARouteOrShore(int pos) {
        int p = pos;
        for (int words = 0; words < 5; words++) {
            String w = s.wordAt(p);
            if (w.isEmpty()) {
                return false;
            }
            if (ROUTES_AND_SHORES.contains(w)) {
                return true;
            }
            p = s.afterWord(p);
        }
        return false;
    }

    /**
     * Where the verb after a subject ending at {@code pos} starts, or -1: steps over what may stand between a
     * place and its verb (citation marks, brackets, "'s main island", "city", "or Misratah", an aside between
     * commas or dashes, an unpunctuated apposition "an ancient Phoenician city in southern Lebanon").
     */
    private int verbAfter(int pos) {
        int p = pos;
        for (int step = 0; step < 8; step++) {
            p = s.skipCitations(p);
            if (p >= s.range.end()) {
                return -1;
            }
            char c = s.text.charAt(p);
            String w = s.wordAt(p);
            if (c == '(') {
                int close = closing(p);
                if (close < 0) {
                    return -1;
                }
                p = close + 1;
            } else if (s.text.startsWith("'s", p) || s.text.startsWith("’s", p)) {
                p += 2;
                int words = 0;
                while (words++ < 3 && !s.wordAt(p).isEmpty() && Character.isLowerCase(s.text.charAt(s.skipSpaces(p)))
                        && !CLAUSE_VERBS.contains(s.wordAt(p))) {
                    p = s.afterWord(p);
                }
            } else if (c == ',' || c == '—' || c == '–') {
                int close = c == ',' ? asideComma(p + 1) : s.indexIn(c, p + 1);
                int alt = c == ',' ? -1 : asideComma(p + 1);
                if (close < 0 || close - p > MAX_ASIDE_CHARS || close >= s.range.end() || alt >= 0 && alt < close) {
                    return -1;
                }
                p = close + 1;
            } else if (SentenceScope.isFeatureWord(w)) {
                p = s.afterWord(p); // "Kirkuk city lies", "Deir al-Balah Camp is"
            } else if (w.equals("or") && Character.isUpperCase(s.text.charAt(s.skipSpaces(s.afterWord(p))))) {
                Endpoint alias = s.nameAt(s.skipSpaces(s.afterWord(p)));
                if (alias == null) {
                    return -1;
                }
                p = alias.end(); // "Misrata or Misratah (…) is …"
            } else if (CLAUSE_VERBS.contains(w)) {
                return s.skipSpaces(p);
            } else if (w.equals("a") || w.equals("an")) {
                return verbInApposition(p);
            } else {
                return -1;
            }
        }
        return -1;
    }

    /** "Tyre an ancient Phoenician city in southern Lebanon is located": the verb after an unpunctuated noun phrase. */
    private int verbInApposition(int pos) {
        int p = pos;
        for (int words = 0; words < 12; words++) {
            p = s.skipSpaces(p);
            if (p >= s.range.end() || !Character.isLetter(s.text.charAt(p))) {
                return -1;
            }
            if (CLAUSE_VERBS.contains(s.wordAt(p))) {
                return p;
            }
            p = s.afterWord(p);
        }
        return -1;
    }

    private int closing(int open) {
        int depth = 0;
        for (int i = open; i < s.range.end(); i++) {
            char c = s.text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The place name starting at {@code pos}: a mention, or an unrecognised name the rules accept. */
    private Endpoint subjectNameAt(int pos, boolean sentenceStart) {
        Mention m = s.mentionAt(pos);
        if (m != null) {
            return SentenceScope.endpoint(m);
        }
        Endpoint name = s.nameAt(pos);
        if (name == null || namesGroup(name)) {
            return null;
        }
        return acceptUnrecognised(name, false, Position.SENTENCE_START) ? name : null;
    }

    /**
     * Whether a subject's head is a locator: an area, or a name after "in", "on", "within", "inside", "at", or
     * after "of" that belongs to a place ("the province of Al Anbar", "the outskirts of X"), not to a person
     * ("the mayor of the town of X").
     */
    private boolean isLocator(Endpoint e) {
        if (SentenceScope.isArea(e) || naturalFeature(e)) {
            return true;
        }
        String prep = governingPreposition(e.start());
        if (!prep.equals("of")) {
            return LOCATOR_PREPOSITIONS.contains(prep);
        }
        String owner = s.wordBefore(s.wordStart(s.backSpaces(descriptorStart(e.start()))));
        return SentenceScope.PLACE_NOUNS.contains(owner) || SentenceScope.isFeatureWord(owner)
                || PART_NOUNS.contains(owner);
    }

    /**
     * "the Lebanon Mountains", "the Euphrates River", "the Beqaa Valley": a natural feature named by its kind,
     * which places what the sentence is about rather than being a point a distance is said of.
     */
    private static boolean naturalFeature(Endpoint e) {
        String lower = e.name().trim().toLowerCase(java.util.Locale.ROOT);
        return NATURAL_FEATURES.contains(lower.substring(lower.lastIndexOf(' ') + 1));
    }

    /** The name (or pair of names) ending the noun phrase at {@code end}. */
    private Subject endingAt(int end, boolean asSubject, boolean locative, Position position) {
        int q = end;
        for (int skipped = 0; skipped <= 3; skipped++) {
            Mention m = s.mentionEndingAt(q);
            if (m != null) {
                // a name the geoparser could not place is held to the same tests as any unknown name
                return m.place() == null && !acceptable(SentenceScope.endpoint(m)) ? null
                        : fromMention(m, asSubject, locative, position);
            }
            Endpoint introduced = s.introducedNameEndingAt(q);
            if (introduced != null && acceptable(introduced)) {
                Subject pair = joinedTo(introduced, asSubject, locative, position); // "the towns of Mamundioma and Totolito"
                if (pair != null && !pair.names().isEmpty()) {
                    return pair;
                }
                return new Subject(List.of(introduced), false, locative); // "the town of Bourem Sidi-Amar"
            }
            Endpoint name = s.capitalisedEndingAt(q);
            String determiner = name == null ? "" : s.wordBefore(name.start());
            boolean kindAfter = skipped > 0 && name != null && acceptable(name) // "the Liptsi district", not
                    && (determiner.equals("the") // "an ancient Phoenician city"
                        || determiner.endsWith("'s") || determiner.endsWith("’s") // "the army's Nassoumbou base"
                        || POSSESSIVE_PRONOUNS.contains(determiner) // "at its Perrinvale gold project"
                        || KIND_AFTER_PREPOSITIONS.contains(determiner) // "above Tuogi village", "the shore of Eftalou beach"
                        || s.isSentenceStart(name.start())); // "Minawao camp in Cameroon is …"
            if (name != null && (kindAfter || acceptUnrecognised(name, locative, position))) {
                Subject pair = joinedTo(name, asSubject, locative, position);
                if (pair != null) {
                    return pair.names().isEmpty() ? null : pair;
                }
                if (!adjunct(name, asSubject)) {
                    return new Subject(List.of(name), false, locative);
                }
                Subject head = headOfPhrase(name);
                return head == null ? null : new Subject(head.names(), false, locative);
            }
            String w = s.wordBefore(q);
            int kind = s.wordStart(q);
            // "the Taal Volcano, about 37 miles south of Manila", "the Puyehue Volcano, located in Chile, …": a kind
            // word capitalised after a place the geoparser found is part of its name, like a lower-case one after it
            // (not after any capitalised word: "the Islamic State" is no state named Islamic)
            boolean capitalisedKind = Character.isUpperCase(s.text.charAt(kind)) && kind > s.range.start()
                    && s.mentionEndingAt(s.backSpaces(kind)) != null;
            if (!SentenceScope.isFeatureWord(w) || !Character.isLowerCase(s.text.charAt(kind)) && !capitalisedKind) {
                return null;
            }
            q = s.backSpaces(s.wordStart(q));
        }
        return null;
    }

    private Subject fromMention(Mention m, boolean asSubject, boolean locative, Position position) {
        Endpoint b = SentenceScope.endpoint(m);
        Subject pair = joinedTo(b, asSubject, locative, position);
        if (pair != null) {
            return pair.names().isEmpty() ? null : pair;
        }
        if (adjunct(b, asSubject)) {
            Subject head = asSubject ? headOfPhrase(b) : null;
            return head == null ? null : new Subject(head.names(), false, locative);
        }
        return new Subject(List.of(b), false, locative);
    }

    /**
     * "Hama and Homs lie …", "from Camp Shorabak to Kandahar", "the towns of Mamundioma and Totolito which are
     * located …": {@code b} with the name that "and" or "to" joins before it, as a pair, or with the names a list
     * before "and" adds ("Fort McMurray First Nation, Gregoire Lake Estates and Anzac — all approximately 50 km …",
     * at most {@value #MAX_LISTED}, all areas or all not; a comma before the "and" of a list of three or more: "Siwsiwa,
     * Benjo, and Shalshalei"); "between A and B" and "from A to B" are the two ends of one distance, "from A and B"
     * two places; a Subject with no names when
     * the pair is an adjunct ("in Hama and Homs"), so that it is no subject at all; null when nothing joins {@code b}.
     */
    private Subject joinedTo(Endpoint b, boolean asSubject, boolean locative, Position position) {
        int intro = descriptorStart(b.start());
        String joiner = s.wordBefore(intro);

        if (!joiner.equals("and") && !joiner.equals("to")) {
            return null;
        }
        int beforeJoiner = s.backSpaces(s.wordStart(s.backSpaces(intro)));
        Endpoint a = firstEndAt(beforeJoiner, position);
        if (a == null && beforeJoiner > s.range.start() && s.text.charAt(beforeJoiner - 1) == ',') {
            Mention locator = s.mentionEndingAt(s.backSpaces(beforeJoiner - 1));
            a = locator == null || !SentenceScope.isArea(SentenceScope.endpoint(locator)) ? null
                    : ownerOfLocator(SentenceScope.endpoint(locator), position); // "between Frederick, MD, and Cleveland, OH, is …"
        }

        boolean oxfordComma = false;
        if (a == null && joiner.equals("and") && beforeJoiner > s.range.start() && s.text.charAt(beforeJoiner - 1) == ',') {
            a = firstEndAt(s.backSpaces(beforeJoiner - 1), position); // "from Siwsiwa, Benjo, and Shalshalei, located …"
            oxfordComma = a != null;
        }
        if (a == null) {
            return null;
        }
        String introA = s.wordBefore(descriptorStart(a.start()));
        // "between A and B", "from A to B" name two ends; "came from A and B" names two places
        boolean bothEnds = introA.equals("between") && joiner.equals("and") || introA.equals("from") && joiner.equals("to");
        if (!joiner.equals("and") && !bothEnds) {
            return null;
        }
        if (!bothEnds && SentenceScope.PLACE_NOUNS.contains(wordBeforeOf(a.start()))
                && SentenceScope.PLACE_NOUNS.contains(wordBeforeOf(b.start())) && s.text.startsWith(",", s.skipSpaces(b.end()))) {
            // "the village of Ras Baalbek and the town of Arsal, located 124 kilometers …": each has its own noun, and
            // the aside after the comma describes the last
            return null;
        }
        List<Endpoint> names = new java.util.ArrayList<>(List.of(a, b));
        while (!bothEnds && names.size() < MAX_LISTED) { // "Fort McMurray First Nation, Gregoire Lake Estates and Anzac"
            int comma = s.backSpaces(descriptorStart(names.getFirst().start()));
            if (comma <= s.range.start() || s.text.charAt(comma - 1) != ',') {
                break;
            }
            Endpoint earlier = firstEndAt(s.backSpaces(comma - 1), position);
            if (earlier == null) { // "residents of Kerrisdale, Tallarook and Trawool": the list makes it a place like the others
                earlier = unknownPlaceEndingAt(s.backSpaces(comma - 1));
            }
            if (earlier == null || SentenceScope.isArea(earlier) != SentenceScope.isArea(b)) {
                break;
            }
            names.addFirst(earlier);
            introA = s.wordBefore(descriptorStart(earlier.start()));
        }
        if (oxfordComma && names.size() < 3) {
            return null; // a comma before "and" joins a list of three or more, not a pair
        }
        if (!bothEnds && asSubject && ADJUNCT_PREPOSITIONS.contains(introA)) {
            return new Subject(List.of(), false, locative);
        }
        return names.size() == 2 ? new Subject(List.of(a, b), bothEnds, locative) : new Subject(List.copyOf(names), false, locative);
    }

    /**
     * "Frederick, MD," before "and": the place that the country or region {@code locator} only locates, the two joined
     * by a comma; null when no place that is not an area stands right before it.
     */
    private Endpoint ownerOfLocator(Endpoint locator, Position position) {
        int comma = s.backSpaces(locator.start());
        if (comma <= s.range.start() || s.text.charAt(comma - 1) != ',') {
            return null;
        }
        Endpoint owner = firstEndAt(s.backSpaces(comma - 1), position);
        return owner == null || SentenceScope.isArea(owner) ? null : owner;
    }

    /** "Camp Shorabak to Kandahar": the first of two joined names, a mention or a name the rules accept as a place. */
    private Endpoint firstEndAt(int end, Position position) {
        Mention m = s.mentionEndingAt(end);
        if (m != null) {
            return SentenceScope.endpoint(m);
        }
        Endpoint name = s.capitalisedEndingAt(end);
        return name != null && acceptUnrecognised(name, false, position) ? name : null;
    }

    /** Whether {@code name} is governed by a preposition, so that it is not a clause's subject. */
    private boolean adjunct(Endpoint name, boolean asSubject) {
        return asSubject && ADJUNCT_PREPOSITIONS.contains(governingPreposition(name.start()));
    }

    /**
     * "Nova Kakhovka dam on the Dnieper River": the place heading the phrase a prepositional name belongs to. "The
     * school, in Mpondwe, is about two kilometres from …": a subject with no name, opening the sentence, that an aside
     * places in or at a name between commas is said of that name (it stands for the unnamed thing there).
     */
    private Subject headOfPhrase(Endpoint adjunct) {
        if (placesUnnamedOpening(adjunct)) {
            return new Subject(List.of(adjunct), false, false);
        }
        int prep = s.wordStart(s.backSpaces(descriptorStart(adjunct.start())));
        if (!SentenceScope.isFeatureWord(s.wordBefore(prep))) {
            return null;
        }
        return endingAt(s.backSpaces(prep), true, false, Position.PREDICATE);
    }

    /**
     * "the communities of Nakoha B and Nakussa, the latter five kilometers from …", "Hama and Homs, the former about 50
     * km from Idlib": "the latter" or "the former" after the comma that ends a pair picks one of the two; null when the
     * words before {@code pos} are not that or no pair ends before the comma.
     */
    private Subject latterOrFormer(int pos) {
        int end = s.backSpaces(pos);
        String w = s.wordBefore(end);
        if (!w.equals("latter") && !w.equals("former")) {
            return null;
        }
        int the = s.backSpaces(s.wordStart(end));
        if (!s.wordBefore(the).equals("the")) {
            return null;
        }
        int comma = s.backSpaces(s.wordStart(the));
        if (comma <= s.range.start() || s.text.charAt(comma - 1) != ',') {
            return null;
        }
        Subject pair = endingAt(s.backSpaces(comma - 1), false, false, Position.APPOSITIVE);
        if (pair == null || pair.names().size() != 2) {
            return null;
        }
        return new Subject(List.of(pair.names().get(w.equals("latter") ? 1 : 0)), false, false);
    }

    /** "The school, in Mpondwe, is …": whether {@code name} is the place an aside between commas puts such a subject in. */
    private boolean placesUnnamedOpening(Endpoint name) {
        int prep = s.wordStart(s.backSpaces(descriptorStart(name.start())));
        int comma = s.backSpaces(prep);
        int after = s.skipSpaces(name.end());
        String w = s.wordAt(prep);
        return (w.equals("in") || w.equals("at")) && comma > s.range.start() && s.text.charAt(comma - 1) == ','
                && after < s.range.end() && s.text.charAt(after) == ','
                && UNNAMED_OPENING.matcher(s.text.substring(s.range.start(), comma - 1)).matches();
    }

    /** A sentence opening with a subject that has no name: "The school", "The new hospital", "A camp". */
    private static final Pattern UNNAMED_OPENING = Pattern.compile("\\s*(?:The|A|An)(?:\\s+\\p{Ll}[\\p{Ll}-]*){1,3}\\s*",
            Pattern.UNICODE_CHARACTER_CLASS);

    /** The preposition before a name and its descriptors ("in southern Lebanon" → "in"), or "". */
    private String governingPreposition(int nameStart) {
        String w = s.wordBefore(descriptorStart(nameStart));
        return ADJUNCT_PREPOSITIONS.contains(w) || LOCATOR_PREPOSITIONS.contains(w) ? w : "";
    }

    /** Where the descriptors before a name start: "the Turkish town of Y" → "the", "southern Lebanon" → "southern". */
    private int descriptorStart(int nameStart) {
        int p = nameStart;
        for (int words = 0; words < 6; words++) {
            int end = s.backSpaces(p);
            int start = s.wordStart(end);
            if (start == end) {
                return p;
            }
            String w = s.text.substring(start, end).toLowerCase(java.util.Locale.ROOT);
            if (w.equals("of") || w.equals("called") || w.equals("named")) {
                int nounEnd = s.backSpaces(start);
                if (!SentenceScope.PLACE_NOUNS.contains(s.wordBefore(nounEnd))) {
                    return p;
                }
                p = s.wordStart(nounEnd); // "town of"
            } else if (w.equals("the") || s.demonymAt(start) || w.endsWith("'s") || w.endsWith("’s")
                    || Character.isLowerCase(s.text.charAt(start))
                    && !NOT_DESCRIPTORS.contains(w) && !SentenceScope.isFeatureWord(w)
                    || Character.isUpperCase(s.text.charAt(start)) && words > 0 && p < nameStart
                    && Character.isLowerCase(s.text.charAt(p))) { // "the Iraqi province of", "the Syrian town of"
                p = start;
            } else {
                return p;
            }
        }
        return p;
    }

    /** Where a name stands, which decides how much it takes to believe an unknown name is a place. */
    private enum Position {
        /** Opening the sentence or its main clause: "Khan Touman is just 6 km from Aleppo". */
        SENTENCE_START,
        /** Before a comma, bracket or dash that a distance follows: "in Ras Lanuf, about 30 km east of …". */
        APPOSITIVE,
        /** Before a verb in mid-sentence: "the front line facing the Islamic State is …". */
        PREDICATE
    }

    /** Whether an unrecognised capitalised name is taken as a place (rules in the class comment). */
    private boolean acceptUnrecognised(Endpoint name, boolean locative, Position where) {
        Position position = where == Position.PREDICATE && s.isSentenceStart(name.start()) ? Position.SENTENCE_START : where;
        if (!acceptable(name)) {
            return false;
        }
        String before = s.wordBefore(name.start());
        if (before.equals("of") || before.equals("called") || before.equals("named")) { // "a town called X"
            int ofStart = s.wordStart(s.backSpaces(name.start()));
            String noun = s.wordBefore(ofStart);
            if (SentenceScope.PLACE_NOUNS.contains(noun) || noun.endsWith("s") // "the towns of X and Y"
                    && SentenceScope.PLACE_NOUNS.contains(noun.substring(0, noun.length() - 1))) {
                return true;
            }
        }
        if (s.knowledge.isKnown(name.name())) {
            return true;
        }
        if (position == Position.APPOSITIVE && PLACING_PREPOSITIONS.contains(before)) {
            return true; // "Around Djoran itself, 15 km from …", "in Mainok, 60 km from …": a preposition places it
        }
        String[] words = name.name().trim().toLowerCase(java.util.Locale.ROOT).split("\\s+");
        if (words.length >= 2 && (NAME_KIND_FIRST.contains(words[0]) || NAME_KIND_LAST.contains(words[words.length - 1]))) {
            return true; // "Camp Shorabak", "Bagram Airfield"
        }
        if (position != Position.PREDICATE && name.name().trim().split("\\s+").length >= 2) {
            return true;
        }
        return locative && (position == Position.SENTENCE_START || !s.isSentenceStart(name.start()));
    }

    /** Not a common sentence-opening noun, not after a word that introduces a person, and no unknown route passed through. */
    private boolean acceptable(Endpoint name) {
        String before = s.wordBefore(name.start());
        return !namesGroup(name) && !PERSON_WORDS.contains(before) && !STORM_WORDS.contains(before) && !inShipList(name)
                && !adjectiveAfterAdverb(name, before) && !sentenceAdverb(name)
                // "Dylan, a category one storm, was about 205 kilometres north-east of Townsville": an aside calls it a storm
                && !STORM_ASIDE.matcher(s.text).region(name.end(), s.range.end()).lookingAt()
                && !(name.place() == null && isAcronym(name.name()) && ARTICLES.contains(before))
                && !routePassedThrough(name, before);
    }

    /**
     * "a bulk carrier … traveling through the Maritime Security Transit Corridor about 53 nautical miles southwest of
     * Aden": a name nobody knows that ends in a route's word ({@link #ROUTE_WORDS}) after "through" is what something
     * passes through, and the distance after it is that thing's position ("rains swept through the Kamdesh district of
     * Nuristan province, about 200 kilometers …" still places the district).
     */
    private boolean routePassedThrough(Endpoint name, String before) {
        String last = name.name().substring(name.name().lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
        return name.place() == null && ROUTE_WORDS.contains(last) && (before.equals("through")
                || before.equals("the") && s.wordBefore(s.wordStart(s.backSpaces(name.start()))).equals("through"));
    }

    /** Last words of routes' names: "Transit Corridor", "Bosphorus Channel", "Northern Sea Route". */
    private static final Set<String> ROUTE_WORDS = Set.of("corridor", "channel", "passage", "lane", "lanes", "route",
            "canal", "waterway", "strait", "straits");

    /** Sentence adverbs without the -ly ending that open a sentence before a comma. */
    private static final Set<String> SENTENCE_ADVERBS = Set.of("meanwhile", "however", "elsewhere", "earlier", "later",
            "overnight", "moreover", "furthermore", "nevertheless", "instead", "yesterday", "today", "separately");

    /**
     * "Additionally, the UKMTO disclosed that another vessel, located 50 nautical miles … of al Hudaydah": one unknown
     * word opening the sentence before a comma, ending in -ly or a sentence adverb ("Meanwhile,"), is no place.
     */
    private boolean sentenceAdverb(Endpoint name) {
        String word = name.name().toLowerCase(java.util.Locale.ROOT);
        int after = s.skipSpaces(name.end());
        return name.place() == null && s.isSentenceStart(name.start()) && word.indexOf(' ') < 0
                && after < s.range.end() && s.text.charAt(after) == ','
                && (word.length() > 4 && word.endsWith("ly") || SENTENCE_ADVERBS.contains(word));
    }

    /**
     * "AU", "UN", "AMISOM": letters in capitals only, an organisation's initials when no place is known by them; after an
     * article ("an AU base about 55 miles south of Mogadishu") they name whose the facility is, not a place.
     */
    private static boolean isAcronym(String name) {
        String letters = name.replace(".", "");
        return letters.length() >= 2 && letters.length() <= 6 && letters.chars().allMatch(c -> c >= 'A' && c <= 'Z');
    }

    /** An aside that says the name before it is a storm: ", a category one storm", ", the tropical cyclone". */
    /**
     * "Michaung has now weakened into a deep depression over central coastal Andhra Pradesh, positioned approximately 100
     * km north-northwest of Bapatla": after a storm word earlier in the sentence, a name followed by a comma and
     * "positioned", "centred" or "located" is where the storm is, and the distance is the storm's, not the place's.
     */
    private boolean stormPositionedOver(Endpoint name) {
        return STORM_POSITION.matcher(s.text).region(name.end(), s.range.end()).lookingAt()
                && STORM_EARLIER.matcher(s.text).region(s.range.start(), name.start()).find();
    }

    private static final Pattern STORM_POSITION = Pattern.compile("\\s*,\\s*(?:positioned|centred|centered)\\b");
    private static final Pattern STORM_EARLIER = Pattern.compile(
            "\\b(?:storm|cyclone|hurricane|typhoon|depression|low[- ]pressure)\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern STORM_ASIDE = Pattern.compile("\\s*,\\s*(?:a|an|the|now\\s+a)\\s+(?:[\\p{L}-]+\\s+){0,3}?"
            + "(?:storm|cyclone|hurricane|typhoon|depression)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

    /**
     * "the predominantly Berber town", "the largely Kurdish city": a capitalised word between an adverb in -ly and a
     * place noun describes the place; it is not its name.
     */
    private boolean adjectiveAfterAdverb(Endpoint name, String before) {
        int adverb = s.wordStart(s.backSpaces(name.start()));
        return before.length() > 4 && before.endsWith("ly") && adverb < name.start()
                && Character.isLowerCase(s.text.charAt(adverb)) // "predominantly", not "Italy" or "Sicily"
                && SentenceScope.isPlaceNoun(s.wordAt(s.skipSpaces(name.end())));
    }

    /** Words before a storm's name: "The eye of Cyclone Giovanna was located some 175 kilometres …". */
    private static final Set<String> STORM_WORDS = Set.of("hurricane", "cyclone", "typhoon", "storm", "tropical");

    /**
     * Whether an unrecognised name is a group of people, not a place: it opens with, is, or ends in one of {@link
     * #NOT_SUBJECTS} ("Rebels", "Police", "the Ukrainian Armed Forces", "Security Forces").
     */
    private static boolean namesGroup(Endpoint name) {
        String lower = name.name().trim().toLowerCase(java.util.Locale.ROOT);
        String last = lower.substring(lower.lastIndexOf(' ') + 1);
        String first = SentenceScope.firstWord(name.name());
        return NOT_SUBJECTS.contains(first) || NOT_SUBJECTS.contains(lower) || NOT_SUBJECTS.contains(last)
                || lower.contains(" ") && MEDIA_LAST.contains(last) // "Matangi Tonga Online", "the Jordan Times"
                || EPITHET.matcher(lower).matches() // "The Shia-majority village", "the Houthi-held port"
                || SHIP_PREFIXES.contains(first) && lower.contains(" ") // "MV Thor Nexus", "USS Carney": a ship
                || STORM_WORDS.contains(first) && lower.contains(" "); // "Cyclone Giovanna": a storm
    }
}
