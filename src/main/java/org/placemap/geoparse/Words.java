package org.placemap.geoparse;

import java.util.Set;

/**
 * Small closed word lists that tell place names from other capitalised words. They are generic
 * English (function words, calendar, titles, the nouns that head organisation names), never names
 * taken from any article.
 */
final class Words {

    private Words() {}

    /** Arabic definite-article prefixes written with a hyphen: "al-Safira", "ash-Sham". */
    static final Set<String> ARABIC_ARTICLES = Set.of("al", "el", "as", "ash", "ad", "ar", "at", "az", "an", "ez", "es", "ed");

    /** Lower-case words allowed inside a multi-word name ("Bosnia and Herzegovina", "Rostov-on-Don"). */
    static final Set<String> CONNECTORS = Set.of(
            "of", "the", "and", "de", "del", "della", "la", "las", "los", "le", "les", "du", "des", "da", "das", "do", "dos", "di",
            "van", "von", "der", "den", "y", "e", "upon", "sur", "am", "an", "im", "ob", "bei", "aan", "op", "en", "bin", "ibn", "bint",
            "al", "el");

    /** Function words and other closed-class words: capitalised only at a sentence start. */
    static final Set<String> FUNCTION = Set.of(
            "a", "an", "the", "and", "or", "but", "nor", "so", "yet", "if", "in", "on", "at", "by", "for", "from",
            "to", "of", "off", "with", "as", "is", "are", "was", "were", "be", "been", "it", "its", "this", "that",
            "these", "those", "there", "here", "he", "she", "they", "we", "i", "you", "him", "her", "his", "their",
            "our", "my", "your", "who", "whom", "whose", "what", "when", "where", "why", "how", "which", "while",
            "after", "before", "since", "until", "during", "despite", "although", "though", "however", "meanwhile",
            "also", "then", "now", "even", "just", "only", "still", "both", "each", "every", "all", "some", "many",
            "most", "more", "much", "any", "no", "not", "none", "one", "two", "three", "four", "five", "first",
            "second", "third", "last", "next", "other", "another", "such", "same", "over", "under", "between",
            "among", "against", "about", "above", "below", "into", "through", "toward", "towards", "without",
            "within", "along", "across", "behind", "beyond", "near", "around", "instead", "rather", "whether",
            "because", "unless", "than", "once", "again", "already", "never", "always", "often", "perhaps",
            "maybe", "indeed", "finally", "thus", "therefore", "moreover", "furthermore", "nevertheless",
            "nonetheless", "overall", "recently", "today", "yesterday", "tomorrow", "tonight", "yes", "please",
            "thanks", "dear", "will", "would", "can", "could", "may", "might", "must", "shall", "should", "do",
            "does", "did", "has", "have", "had", "per", "via", "like", "unlike", "whereas", "amid", "amidst",
            "upon", "onto", "out", "up", "down", "back", "well", "very", "too", "let", "see", "says", "said");

    static final Set<String> CALENDAR = Set.of(
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
            "tues", "wed", "thu", "thurs", "fri", "sat", "sun", "spring", "summer", "autumn", "winter",
            "christmas", "easter", "ramadan", "eid", "passover", "hanukkah", "hanukah", "thanksgiving", "halloween",
            "kwanzaa", "lent", "advent", "diwali", "purim", "pentecost", "valentine", "memorial", "labor", "veterans");

    /**
     * Days and months written out, which follow a place's name as the time of the event ("Guwahati Thursday"); not
     * "May" (a surname too), nor the holidays and abbreviations of {@link #CALENDAR} ("Lincoln Memorial").
     */
    static final Set<String> DAYS_AND_MONTHS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "june", "july", "august", "september",
            "october", "november", "december");

    /** Words that precede a person's name ("President", "Gen.", "Sheikh"). */
    static final Set<String> TITLES = Set.of(
            "president", "vice", "prime", "minister", "premier", "chancellor", "king", "queen", "prince",
            "princess", "emperor", "empress", "sultan", "emir", "sheikh", "shaikh", "pope", "general", "gen",
            "colonel", "col", "major", "maj", "captain", "capt", "lieutenant", "lt", "sergeant", "sgt", "admiral",
            "commander", "marshal", "secretary", "ambassador", "envoy", "senator", "sen", "representative", "rep",
            "congressman", "congresswoman", "governor", "gov", "mayor", "chairman", "chairwoman", "spokesman",
            "spokeswoman", "spokesperson", "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "lord",
            "lady", "dame", "judge", "justice", "rev", "reverend", "imam", "ayatollah", "cardinal", "bishop",
            "archbishop", "rabbi", "deputy", "chief", "director", "leader", "patriarch", "metropolitan", "crown",
            "sheriff", "officer", "detective", "det", "trooper", "superintendent", "supt", "commissioner",
            "councilman", "councilwoman", "councilor", "councillor", "alderman", "prosecutor", "attorney",
            "coach", "principal", "del", "supervisor", "pastor", "father", "sister", "brother", "const", "constable",
            "cpl", "corporal", "pvt", "pfc", "spc");

    /** Lower-case nouns that, right before a capitalised run, say the run names a person. */
    static final Set<String> PERSON_NOUNS = Set.of(
            "analyst", "expert", "leader", "president", "minister", "spokesman", "spokeswoman", "spokesperson",
            "journalist", "correspondent", "reporter", "author", "writer", "editor", "official", "commander",
            "general", "envoy", "ambassador", "diplomat", "lawyer", "attorney", "professor", "scientist",
            "researcher", "activist", "founder", "chairman", "ceo", "director", "colleague", "son", "daughter",
            "wife", "husband", "father", "mother", "brother", "sister", "senator", "governor", "mayor",
            "candidate", "nominee", "player", "coach", "actor", "actress", "singer", "artist", "historian",
            "economist", "columnist", "blogger", "cleric", "militant", "fighter", "resident", "witness");

    /** Head nouns of organisation, event and publication names: a place before them is a modifier. */
    static final Set<String> ORGANISATION_HEADS = Set.of(
            "council", "league", "organization", "organisation", "party", "army", "front", "forces", "force",
            "ministry", "agency", "institute", "institution", "university", "college", "school", "academy",
            "center", "centre", "foundation", "company", "corporation", "corp", "inc", "ltd", "group", "bank",
            "fund", "committee", "commission", "court", "assembly", "parliament", "congress", "senate",
            "government", "administration", "police", "guard", "guards", "brigade", "brigades", "battalion",
            "militia", "movement", "network", "times", "post", "news", "herald", "tribune", "journal", "gazette",
            "press", "radio", "television", "tv", "airlines", "airways", "club", "fc", "united", "revolution",
            "war", "summit", "treaty", "accord", "accords", "agreement", "conference", "process", "format",
            "talks", "declaration", "protocol", "crisis", "initiative", "games", "olympics", "cup",
            "championship", "festival", "daily", "weekly", "review", "magazine", "service", "services", "office",
            "bureau", "department", "authority", "board", "society", "association", "federation", "alliance",
            "coalition", "union", "hospital", "stadium", "exchange", "observatory", "project", "report",
            "studies", "chamber", "church", "co", "llc", "store", "stores", "restaurant", "hotel",
            "inn", "motors", "foods", "electric", "energy", "power", "credit", "insurance", "partners",
            "county", "library", "jail", "prison", "museum", "theater", "theatre", "zoo", "parks", "schools", "house",
            "representatives", "patrol", "sheriff", "utilities", "educators", "airport", "convention", "navy",
            "marines", "survey", "embassy", "consulate", "mission", "customs");

    /**
     * Capitalised words after a name that begin the name of an institution rather than end a place name:
     * "Ohio State University", "Ramsey District Court", "Hanover Town Hall". Place names do not end in
     * them, so "Ohio State" is "Ohio" (and, before an organisation noun, a modifier).
     */
    static final Set<String> ORGANISATION_CUES = Set.of("state", "district", "town");

    /**
     * The abbreviations of US states in news style (the AP Stylebook's, with the older GPO forms "Kans.",
     * "Nebr.", "Tex.", "Wisc.", "Penn."), written without dots and spaces ("W. Va." → "WVa"), to the
     * state's name. Used only for a capitalised abbreviation with its dot, after a comma ("Salina, Kan.")
     * or a party letter ("D-W. Va.").
     */
    /**
     * The abbreviations of Canadian provinces and territories in Canadian Press style ("Moose Jaw, Sask.", "Brandon,
     * Man."), written without dots ("P.E.I." → "PEI"), to the province's name; used like {@link #US_STATE_ABBREVIATIONS},
     * after a comma. "B.C." is not here: dotted initials name British Columbia wherever they stand.
     */
    static final java.util.Map<String, String> CANADIAN_PROVINCE_ABBREVIATIONS = java.util.Map.ofEntries(
            java.util.Map.entry("Alta", "Alberta"), java.util.Map.entry("Sask", "Saskatchewan"),
            java.util.Map.entry("Man", "Manitoba"), java.util.Map.entry("Ont", "Ontario"), java.util.Map.entry("Que", "Quebec"),
            java.util.Map.entry("NB", "New Brunswick"), java.util.Map.entry("NS", "Nova Scotia"),
            java.util.Map.entry("PEI", "Prince Edward Island"), java.util.Map.entry("Nfld", "Newfoundland and Labrador"),
            java.util.Map.entry("NL", "Newfoundland and Labrador"), java.util.Map.entry("NWT", "Northwest Territories"));

    static final java.util.Map<String, String> US_STATE_ABBREVIATIONS = java.util.Map.ofEntries(
            java.util.Map.entry("Ala", "Alabama"), java.util.Map.entry("Ariz", "Arizona"), java.util.Map.entry("Ark", "Arkansas"),
            java.util.Map.entry("Calif", "California"), java.util.Map.entry("Colo", "Colorado"), java.util.Map.entry("Conn", "Connecticut"),
            java.util.Map.entry("Del", "Delaware"), java.util.Map.entry("Fla", "Florida"), java.util.Map.entry("Ga", "Georgia"),
            java.util.Map.entry("Ill", "Illinois"), java.util.Map.entry("Ind", "Indiana"), java.util.Map.entry("Kan", "Kansas"),
            java.util.Map.entry("Kans", "Kansas"), java.util.Map.entry("Ky", "Kentucky"), java.util.Map.entry("La", "Louisiana"),
            java.util.Map.entry("Md", "Maryland"), java.util.Map.entry("Mass", "Massachusetts"), java.util.Map.entry("Mich", "Michigan"),
            java.util.Map.entry("Minn", "Minnesota"), java.util.Map.entry("Miss", "Mississippi"), java.util.Map.entry("Mo", "Missouri"),
            java.util.Map.entry("Mont", "Montana"), java.util.Map.entry("Neb", "Nebraska"), java.util.Map.entry("Nebr", "Nebraska"),
            java.util.Map.entry("Nev", "Nevada"), java.util.Map.entry("NH", "New Hampshire"), java.util.Map.entry("NJ", "New Jersey"),
            java.util.Map.entry("NM", "New Mexico"), java.util.Map.entry("NY", "New York"), java.util.Map.entry("NC", "North Carolina"),
            java.util.Map.entry("ND", "North Dakota"), java.util.Map.entry("Okla", "Oklahoma"), java.util.Map.entry("Ore", "Oregon"),
            java.util.Map.entry("Pa", "Pennsylvania"), java.util.Map.entry("Penn", "Pennsylvania"), java.util.Map.entry("RI", "Rhode Island"),
            java.util.Map.entry("SC", "South Carolina"), java.util.Map.entry("SD", "South Dakota"), java.util.Map.entry("Tenn", "Tennessee"),
            java.util.Map.entry("Tex", "Texas"), java.util.Map.entry("Vt", "Vermont"), java.util.Map.entry("Va", "Virginia"),
            java.util.Map.entry("Wash", "Washington"), java.util.Map.entry("WVa", "West Virginia"), java.util.Map.entry("Wis", "Wisconsin"),
            java.util.Map.entry("Wisc", "Wisconsin"), java.util.Map.entry("Wyo", "Wyoming"));

    /** The US Postal Service's two-letter codes of the states and DC, as US news writes them after a town ("Frederick, MD"). */
    static final java.util.Map<String, String> US_STATE_POSTAL_CODES = java.util.Map.ofEntries(
            java.util.Map.entry("AL", "Alabama"), java.util.Map.entry("AK", "Alaska"), java.util.Map.entry("AZ", "Arizona"),
            java.util.Map.entry("AR", "Arkansas"), java.util.Map.entry("CA", "California"), java.util.Map.entry("CO", "Colorado"),
            java.util.Map.entry("CT", "Connecticut"), java.util.Map.entry("DE", "Delaware"), java.util.Map.entry("FL", "Florida"),
            java.util.Map.entry("GA", "Georgia"), java.util.Map.entry("HI", "Hawaii"), java.util.Map.entry("ID", "Idaho"),
            java.util.Map.entry("IL", "Illinois"), java.util.Map.entry("IN", "Indiana"), java.util.Map.entry("IA", "Iowa"),
            java.util.Map.entry("KS", "Kansas"), java.util.Map.entry("KY", "Kentucky"), java.util.Map.entry("LA", "Louisiana"),
            java.util.Map.entry("ME", "Maine"), java.util.Map.entry("MD", "Maryland"), java.util.Map.entry("MA", "Massachusetts"),
            java.util.Map.entry("MI", "Michigan"), java.util.Map.entry("MN", "Minnesota"), java.util.Map.entry("MS", "Mississippi"),
            java.util.Map.entry("MO", "Missouri"), java.util.Map.entry("MT", "Montana"), java.util.Map.entry("NE", "Nebraska"),
            java.util.Map.entry("NV", "Nevada"), java.util.Map.entry("NH", "New Hampshire"), java.util.Map.entry("NJ", "New Jersey"),
            java.util.Map.entry("NM", "New Mexico"), java.util.Map.entry("NY", "New York"), java.util.Map.entry("NC", "North Carolina"),
            java.util.Map.entry("ND", "North Dakota"), java.util.Map.entry("OH", "Ohio"), java.util.Map.entry("OK", "Oklahoma"),
            java.util.Map.entry("OR", "Oregon"), java.util.Map.entry("PA", "Pennsylvania"), java.util.Map.entry("RI", "Rhode Island"),
            java.util.Map.entry("SC", "South Carolina"), java.util.Map.entry("SD", "South Dakota"), java.util.Map.entry("TN", "Tennessee"),
            java.util.Map.entry("TX", "Texas"), java.util.Map.entry("UT", "Utah"), java.util.Map.entry("VT", "Vermont"),
            java.util.Map.entry("VA", "Virginia"), java.util.Map.entry("WA", "Washington"), java.util.Map.entry("WV", "West Virginia"),
            java.util.Map.entry("WI", "Wisconsin"), java.util.Map.entry("WY", "Wyoming"), java.util.Map.entry("DC", "District of Columbia"));

    /** Organisation heads that name a body of a place's own government (its police, council, courts). */
    static final Set<String> CIVIC_HEADS = Set.of("police", "council", "department", "court", "courts", "sheriff",
            "fire", "commission", "commissioners", "board", "government", "mayor", "manager", "authority", "schools",
            "marshal", "clerk", "coroner", "administration", "library", "parks");

    /** Capitalised last words of street and road names: "Jay Lane", "Campbell Branch Road". */
    static final Set<String> STREET_HEADS = Set.of("street", "st", "avenue", "ave", "road", "rd", "drive", "lane",
            "ln", "boulevard", "blvd", "circle", "way", "parkway", "pkwy", "pike", "turnpike", "freeway",
            "expressway", "highway", "hwy", "terrace", "trail");

    /** Nouns after a possessive that only a person has: "Markel's mother", "Parker's attorney". */
    static final Set<String> PERSONAL_NOUNS = Set.of("mother", "father", "wife", "husband", "son", "daughter", "sons",
            "daughters", "brother", "sister", "parents", "grandmother", "grandfather", "girlfriend", "boyfriend",
            "fiancee", "fiance", "widow", "attorney", "lawyer", "attorneys", "lawyers", "death", "arrest", "funeral",
            "birthday", "body", "aides", "aide", "wrestling", "career", "campaign", "biography", "life", "car", "truck",
            "vehicle", "bond", "trial", "sentencing", "conviction", "own", "mom", "dad", "spokesman", "spokeswoman");

    /** Kin and household nouns that, right before a capitalised word, introduce a person: "his widow Kate". */
    static final Set<String> KIN_NOUNS = Set.of("wife", "husband", "widow", "widower", "son", "sons", "daughter",
            "daughters", "cousin", "cousins", "sister", "sisters", "brother", "brothers", "mother", "father", "twin",
            "twins", "grandson", "granddaughter", "grandsons", "granddaughters", "nephew", "niece", "girlfriend",
            "boyfriend", "fiancee", "fiance", "stepson", "stepdaughter", "uncle", "aunt", "mom", "dad", "baby", "infant");

    /** Colours, which before a capitalised name make it a make of car ("a red Dodge"). */
    static final Set<String> COLOURS = Set.of("red", "blue", "black", "white", "silver", "gray", "grey", "maroon", "tan",
            "beige", "burgundy", "teal", "dark-colored", "light-colored");

    /** Lower-case nouns after a name that make it a person: "the Bush administration". */
    static final Set<String> PERSON_AFTER = Set.of("administration", "administrations", "presidency", "era");

    /** Nouns of physical features: "X Valley" names the valley, not the town X. */
    /** Heads of feature names built with "of": "Firth of Forth", "Isle of May", "Bay of Pigs", "Sound of Mull". */
    static final Set<String> FEATURE_OF_HEADS = Set.of("isle", "isles", "firth", "gulf", "bay", "strait", "straits",
            "sea", "lake", "loch", "sound");
    static final Set<String> FEATURE_NOUNS = Set.of(
            "river", "valley", "mountains", "mountain", "mts", "hills", "hill", "heights", "plateau", "plain",
            "plains", "desert", "lake", "sea", "gulf", "bay", "strait", "straits", "island", "islands", "peninsula",
            "coast", "basin", "delta", "canal", "dam", "pass", "highway", "road", "crossing", "square", "street",
            "bridge", "gate", "forest", "park", "oasis", "cape", "reef", "ridge", "creek", "lakes", "woods", "estates",
            "apartments", "mall", "plaza", "landing", "farms", "ranch", "grove", "colony", "station", "lawn", "glades",
            "village", "abbey", "orchard", "bottom", "vista", "wilderness", "national", "meadows", "trail", "bayou",
            "canyon", "gorge", "refuge", "preserve", "seashore", "lakeshore", "beach", "beaches", "cove", "lagoon",
            "glacier");

    /** Compass words that, capitalised before a region, name a sub-region: "North Africa", "South Caucasus". */
    static final Set<String> COMPASS = Set.of("north", "south", "east", "west", "northern", "southern", "eastern",
            "western", "central", "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern",
            "southeastern", "southwestern");

    /** Modifiers that may precede a place without making it part of another name ("northern Syria"). */
    static final Set<String> GEO_MODIFIERS = Set.of(
            "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "northeast",
            "northwest", "southeast", "southwest", "northeastern", "northwestern", "southeastern",
            "southwestern", "upper", "lower", "greater", "middle", "mid", "inner", "outer", "new", "old", "great",
            "coastal", "rural", "downtown", "occupied");

    /**
     * Ethnic, religious and regional adjectives and nouns that are not demonyms of one country: as a word
     * on its own they are never a place, whatever village shares the spelling ("Kurdish", "Sunni", "Arab").
     */
    static final Set<String> GROUP_WORDS = Set.of(
            "kurd", "kurds", "kurdish", "arab", "arabs", "arabic", "sunni", "sunnis", "shia", "shiite", "shiites",
            "alawite", "alawites", "druze", "christian", "christians", "muslim", "muslims", "jewish", "jew", "jews",
            "hindu", "hindus", "buddhist", "catholic", "catholics", "orthodox", "protestant", "evangelical", "yazidi",
            "yazidis", "pashtun", "tamil", "tamils", "sikh", "sikhs", "hispanic", "hispanics", "latino", "latinos",
            "latina", "caucasian", "african", "africans", "asian", "asians", "european", "europeans", "western",
            "eastern", "northern", "southern", "islamic", "islamist", "islamists", "slavic", "celtic", "nordic",
            "scandinavian", "balkan", "aboriginal", "indigenous", "bedouin", "berber", "amish", "mormon", "baptist",
            "methodist", "lutheran", "presbyterian", "episcopal", "anglican", "republican", "republicans",
            "democrat", "democrats", "democratic", "liberal", "conservative", "communist", "socialist");

    /**
     * Common nouns of streets, buildings and land features: capitalised inside a name ("City Hall",
     * "Herring Street", "Lake Erie") but never a place on their own (nor is "the Equator", a line of latitude).
     */
    static final Set<String> COMMON_NOUNS = Set.of(
            "street", "st", "avenue", "ave", "road", "rd", "drive", "lane", "boulevard", "blvd", "parkway", "pike",
            "highway", "route", "trail", "way", "place", "plaza", "square", "court", "circle", "terrace", "hall",
            "church", "chapel", "cathedral", "temple", "mosque", "school", "library", "museum", "hospital", "clinic",
            "center", "centre", "building", "tower", "towers", "mall", "market", "station", "airport", "port",
            "harbor", "harbour", "lake", "river", "creek", "mount", "mt", "fort", "ft", "point", "island", "beach",
            "park", "field", "fields", "valley", "hill", "hills", "falls", "springs", "city", "town", "village",
            "county", "parish", "township", "district", "state", "province", "region", "north", "south", "east",
            "west", "central", "union", "liberty", "victory", "independence", "freedom", "peace", "hope", "home",
            "friendship", "commerce", "section", "metro", "god", "heaven", "paradise", "man", "earth", "moon",
            "equator", "green", "red", "white", "black", "blue", "gold", "silver", "bay", "sea", "ocean",
            "media", "empire");

    /** Heads of newspaper and broadcaster names: "New York Times" is a paper, not a mention of New York. */
    static final Set<String> MEDIA_HEADS = Set.of("times", "post", "news", "herald", "tribune", "journal", "gazette",
            "press", "radio", "television", "tv", "daily", "weekly", "magazine", "observer", "chronicle", "telegraph",
            "guardian", "independent", "examiner", "inquirer", "courier", "sentinel", "dispatch", "bulletin",
            "mirror", "register", "standard", "star-telegram", "globe", "reporter", "leader");

    /**
     * Lower-case nouns of office, government and force that a place name modifies without being the place
     * meant ("Chicago police", "the Ohio governor", "US troops", "Kyiv authorities"): the name's mention is
     * associative.
     */
    static final Set<String> ASSOCIATIVE_NOUNS = Set.of("police", "policeman", "policemen", "governor", "mayor",
            "government", "governments", "officials", "official", "authorities", "authority", "council",
            "councillor", "councilman", "legislature", "legislator", "legislators", "lawmakers", "lawmaker",
            "senator", "senators", "congressman", "congresswoman", "sheriff", "prosecutor", "prosecutors",
            "department", "administration", "ministry", "embassy", "consulate", "army", "military", "troops",
            "forces", "navy", "team", "club", "regime", "delegation", "diplomats", "envoy", "ambassador");

    /** Colours that weather and emergency services grade their alerts by, capitalised before the alert noun. */
    static final Set<String> COLOUR_WORDS = Set.of("red", "orange", "yellow", "amber", "green", "blue", "purple", "white",
            "black");
    /** Lower-case nouns after a colour that make it an alert level: "Orange alert", "Red warning". */
    static final Set<String> ALERT_NOUNS = Set.of("alert", "alerts", "warning", "warnings", "notice", "code", "level",
            "zone", "zones");

    /** Lower-case nouns after a name that make it a pathogen or disease ("Marburg virus", "Reston ebolavirus"). */
    static final Set<String> DISEASE_NOUNS = Set.of("virus", "viruses", "ebolavirus", "fever", "flu", "influenza",
            "disease", "strain", "strains", "hemorrhagic", "haemorrhagic", "encephalitis", "syndrome", "bacteria",
            "bacterium", "variant", "pox", "agent", "agents");

    /** Lower-case nouns after a name that make it a street or road ("Lakeview and Harrison streets"). */
    static final Set<String> STREET_NOUNS = Set.of("street", "streets", "avenue", "avenues", "road", "roads", "drive",
            "lane", "boulevard", "highway", "parkway", "pike", "way", "circle", "court", "place", "terrace");

    /**
     * Capitalised words before a place name that make it a sports club's ("Real Madrid", "Bayern Munich",
     * "Inter Milan", "FC Barcelona"): each is a club word, not a modifier of places.
     */
    static final Set<String> CLUB_PREFIXES = Set.of("Real", "Atlético", "Atletico", "FC", "AC", "AS", "SS", "SC", "CF",
            "Inter", "Bayern", "Borussia", "Dynamo", "Dinamo", "Sporting", "Olympique", "Racing", "Deportivo", "Athletic",
            "Celta", "Hertha", "Eintracht", "Fortuna", "Hapoel", "Maccabi", "Beitar", "Zenit", "Spartak", "Lokomotiv",
            "Shakhtar", "Galatasaray", "Ajax", "PSV", "Feyenoord", "Benfica", "Juventus", "Lazio", "Napoli");
    /**
     * Capitalised words right after a place name that make it a sports club's ("Aston Villa", "Blackburn
     * Rovers", "Paris Saint-Germain"). Not "United", which also names churches and civic groups ("St. James
     * United Methodist Church", "North Side United"): "Manchester United" stays an associative mention of
     * Manchester. Not weekdays: "in Paris Wednesday" is news style for the city.
     */
    static final Set<String> CLUB_SUFFIXES = Set.of("Rovers", "Wanderers", "Albion", "Hotspur", "Villa",
            "Athletic", "Thistle", "Academicals", "Saint-Germain", "FC", "CF", "AFC", "SC");
    /** Lower-case verbs after which a name ending its clause is the speaker ("…,” said Jackson."). */
    static final Set<String> SPEAKER_VERBS = Set.of("said", "says", "added", "asked", "wrote", "explained", "recalled");
    /**
     * Makers and brands that news names far more often than the towns of the same name ("Toyota said sales
     * rose", "Nokia cut jobs", "Peugeot and Fiat"): as written, capitalised. Still places after a preposition that
     * places ("in Toyota", "near Nokia"), before a kind cue ("Toyota City") or when the text calls them a town
     * ("Toyota is a city in Aichi").
     */
    static final Set<String> BRANDS = Set.of("Toyota", "Nike", "Nokia", "Peugeot", "Renault", "Fiat", "Mercedes",
            "Porsche", "Ferrari", "Lamborghini", "Samsung", "Adidas", "Puma", "Shell", "Gazprom", "Rosneft", "Aramco",
            "Boeing", "Airbus", "Lockheed", "Raytheon", "Huawei", "Xiaomi", "Hyundai", "Kia", "Audi", "Opel",
            "Skoda", "Tesla", "Apple", "Amazon", "Google", "Facebook", "Twitter", "Telegram", "TikTok", "Uber");
    /** Nouns that say a name is a town: "Toyota is a city in Aichi". */
    static final Set<String> TOWN_NOUNS = Set.of("city", "town", "village", "municipality", "commune", "community",
            "settlement", "county", "district", "province", "capital");
    /** Prepositions after which a brand's name is the place: "a plant in Toyota", "near Nokia". */
    static final Set<String> BRAND_PLACE_PREPOSITIONS = Set.of("in", "near", "outside", "around");
    /** Weather patterns named like places: "El Niño" and "La Niña" (folded, without accents). */
    static final Set<String> CLIMATE_PATTERNS = Set.of("el nino", "la nina");
    /** The humanitarian movement, folded: news names it far more often than the small towns called Red Cross. */
    static final Set<String> MOVEMENTS = Set.of("red cross", "red crescent");
    /** Capitalised words before a storm's name: "Hurricane Maria", "Typhoon Haiyan", "Storm Daniel". */
    static final Set<String> STORM_WORDS = Set.of("hurricane", "typhoon", "cyclone", "storm", "tornado");
    /** Ship prefixes as written: "MV Thor Nexus", "USS Carney", "HMS Diamond". */
    static final Set<String> SHIP_PREFIXES = Set.of("MV", "M/V", "MS", "MT", "USS", "HMS", "INS", "HMAS", "HMCS", "RFS",
            "TCG", "USNS", "SS");
    /** Lower-case nouns for ships, before their names: "the frigate Admiral Gorshkov", "warships such as …". */
    static final Set<String> SHIP_NOUNS = Set.of("ship", "ships", "warship", "warships", "vessel", "vessels", "frigate",
            "frigates", "destroyer", "destroyers", "cruiser", "cruisers", "corvette", "corvettes", "submarine",
            "submarines", "tanker", "tankers", "freighter", "carrier", "carriers", "trawler", "ferry", "yacht",
            "icebreaker", "boat", "boats", "flagship", "minesweeper", "minesweepers");
    /** Verbs of speech after a name: "Walker said" is a person, unless the name is a well-known place. */
    static final Set<String> SPEECH_VERBS = Set.of("said", "says", "told", "added", "explained", "testified", "wrote",
            "asked", "noted", "stated", "declined", "replied", "recalled", "admitted", "argued", "believes", "thinks");

    /** Capitalised nouns that may stand before a place name without being part of another name ("Village Malakal"). */
    static final Set<String> KIND_PREFIXES = Set.of("village", "town", "province", "governorate", "district",
            "camp", "region", "municipality", "prefecture", "oblast", "county", "city",
            // "Co Mayo", "Co. Durham": Irish and British news abbreviate County
            "co", "co.");

    /** Capitalised feature nouns before a name: "Lake Erie" names the lake, not the town Erie. */
    static final Set<String> FEATURE_PREFIXES = Set.of("lake", "lakes", "river", "mount", "mt", "mountain", "cape",
            "gulf", "bay", "sea", "isle", "island", "islands", "strait", "canal", "port", "fort", "ft", "camp", "glacier",
            "point", "lac", "rio", "monte", "loch", "pointe");

    /** Adjective endings of nationality words ("Syrian", "Turkish", "Lebanese", "Israeli"). */
    static boolean looksLikeDemonym(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        return w.length() >= 5 && (w.endsWith("ian") || w.endsWith("ean") || w.endsWith("ese") || w.endsWith("ish")
                || w.endsWith("ic") || (w.endsWith("i") && !w.endsWith("ii")) || (w.length() >= 6 && w.endsWith("an")));
    }

    /** An adjective compound such as "Israeli-occupied" or "Iranian-backed". */
    static boolean isAdjectiveCompound(String word) {
        int hyphen = word.lastIndexOf('-');
        return hyphen > 0 && hyphen + 1 < word.length() && Character.isLowerCase(word.charAt(hyphen + 1))
                && !ARABIC_ARTICLES.contains(word.substring(0, hyphen).toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Stricter than {@link #looksLikeDemonym}: the endings that are almost only adjectives ("Kurdish",
     * "Alawian", "Javanese"), not "-an" or "-i" which many place names share ("Michigan", "Pandi").
     */
    static boolean looksLikeAdjective(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        return w.length() >= 5 && (w.endsWith("ian") || w.endsWith("ean") || w.endsWith("ese") || w.endsWith("ish"));
    }

    /**
     * "Continental", "Federal", "Royal", "Regional": English adjectives in "-al" that small towns share.
     * Used only with a weak prior, so "Montreal" and "Nepal" are not affected.
     */
    static boolean looksLikeAdjectiveInAl(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        return w.length() >= 5 && w.endsWith("al") && !w.endsWith("aal") && w.indexOf('-') < 0; // not "KwaZulu-Natal"
    }

    /**
     * Adjectives of empires, peoples and periods of the past that towns share ("Roman", a city in Romania; "Aztec",
     * New Mexico): before another word ("the ancient Roman amphitheatre", "Ottoman rule", "Roman Abramovich") they
     * are the adjective or a given name, never the town.
     */
    static final Set<String> HISTORIC_ADJECTIVES = Set.of("roman", "byzantine", "ottoman", "mughal", "moorish",
            "aztec", "mayan", "inca", "incan", "viking", "celtic", "hellenic", "frankish", "norse");

    /** Lower-case nouns after a name that make it a people or tribe: "the Adena people". */
    static final Set<String> PEOPLE_AFTER = Set.of("people", "peoples", "tribe", "tribes", "tribal", "culture", "indians");

    static boolean isStopWord(String lower) {
        return FUNCTION.contains(lower) || CALENDAR.contains(lower) || TITLES.contains(lower);
    }
}
