package org.placemap.geoparse;

import java.util.List;
import org.placemap.gazetteer.Candidate;
import org.placemap.gazetteer.PlaceKind;

/**
 * The tests a known name must pass to count as a place here: what the word itself is (function word,
 * title, acronym, adjective, surname, common word) and what the capitalised words next to it say.
 */
final class NameEvidence {

    /** Best prior a single word must reach when its capitals prove nothing (sentence start, headline). */
    static final double NOTABLE_PRIOR = 3.5;
    /** Prior of a town well known enough to be meant inside an organisation's name ("Gainesville Police"). */
    static final double WELL_KNOWN_PRIOR = NOTABLE_PRIOR;

    private final List<Token> tokens;
    private final DocumentFacts facts;
    private final Lookup lookup;
    private final Demonyms demonyms;
    private final String text;

    NameEvidence(String text, List<Token> tokens, DocumentFacts facts, Lookup lookup, Demonyms demonyms) {
        this.text = text;
        this.tokens = tokens;
        this.facts = facts;
        this.lookup = lookup;
        this.demonyms = demonyms;
    }

    /** Single-word checks: function words, calendar, titles, surnames, acronyms, adjectives, common words. */
    boolean acceptableWord(Token t, List<Candidate> candidates) {
        String w = t.lower();
        if (isContraction(w)) {
            return false; // "I'll", "We're"
        }
        if (w.length() < 2 || Words.isStopWord(w) || Words.ORGANISATION_HEADS.contains(w)
                || Words.GEO_MODIFIERS.contains(w) || facts.isSurname(t.text())) {
            return false;
        }
        if (!t.allCaps() && describedAsTownHere(t)) {
            return true; // "Paradise, a town of about 27,000 people": the description outweighs the common word
        }
        boolean country = candidates.stream().anyMatch(c -> c.place().kind() == PlaceKind.COUNTRY);
        boolean region = candidates.stream().anyMatch(c -> c.place().kind() == PlaceKind.ADMIN_REGION);
        if (t.allCaps() && !country && !isDateline(t) && !(region && t.text().indexOf('.') > 0)
                && !isListedAbbreviation(t, candidates)) {
            return false; // "HTS", "GCC": acronyms are organisations unless they name a country or, dotted ("S.D."), a state
        }
        if (t.allCaps() && region && t.text().indexOf('.') > 0) {
            // "B.C. Premier David Eby", "B.C. orders travel bans": dotted initials are capitals wherever they stand, so
            // a sentence start or a headline says nothing against them; after a number they are an era ("300 B.C.")
            return !afterNumber(t);
        }
        if (!country && (demonyms.isForm(t.text()) || Words.GROUP_WORDS.contains(w)
                || Words.COMMON_NOUNS.contains(w.replace(".", "")))) {
            return false; // "Syrian", "Kurdish", "Hall": words that happen to be the name of a village
        }
        if (!country && Words.HISTORIC_ADJECTIVES.contains(w) && beforeAWord(t)) {
            return false; // "the ancient Roman amphitheatre": the adjective, not Roman in Romania
        }
        double best = candidates.get(0).score();
        if ((Words.looksLikeAdjective(w) && (beforeAWord(t) || GivenNames.contains(t.text()))
                || Words.looksLikeAdjectiveInAl(w) && !region) && !country && best < NOTABLE_PRIOR) {
            return false; // adjectives that happen to match a small place
        }
        if (t.ambiguousCase()) {
            if (t.allCaps() && isDateline(t)) {
                return true; // "CORBIN — By …": a dateline names its place, however small and wherever else it is written
            }
            if (facts.writtenInLowerCase(w)) {
                return false; // "Deal" in a headline, "Most" at a sentence start
            }
            // "Shushi is located about six kilometers south of …": a sentence that opens by placing the word names a place
            return facts.capitalisedMidSentence(w) || best >= NOTABLE_PRIOR || DistancePhrase.followsAsSubject(text, t.end());
        }
        return true;
    }

    /**
     * Whether a word follows {@code t} the way a noun follows an adjective ("Kurdish fighters", "Javanese and Balinese
     * dancers", "Kurdish-led"): not a punctuation mark, the end of the text or a function word other than "and" and "or".
     * A word ending like an adjective ("Binnish", "-ish") before "on Monday", a comma or a full stop is a name.
     */
    private boolean beforeAWord(Token t) {
        int i = t.end();
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        if (i >= text.length() || text.charAt(i) == '-') {
            return i < text.length();
        }
        int j = i;
        while (j < text.length() && Character.isLetter(text.charAt(j))) {
            j++;
        }
        if (j == i) {
            return false;
        }
        String next = text.substring(i, j).toLowerCase(java.util.Locale.ROOT);
        return next.equals("and") || next.equals("or") || !Words.isStopWord(next);
    }

    /** Whether {@code t} is a nationality word or demonym ("Indian", "Syrians"). */
    boolean isDemonymForm(Token t) {
        return demonyms.isForm(t.text());
    }

    /** Whether a number stands right before {@code t}, a space between: "300 B.C.", "AD 70" is not this. */
    private boolean afterNumber(Token t) {
        int i = t.start() - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i >= 0 && i < t.start() - 1 && Character.isDigit(text.charAt(i));
    }

    /**
     * A description with a town noun right after the name ("Grindavík, a fishing town with a population of 3,800,
     * …", "Paradise, a town of about 27,000 people", "Grafton is a city in …"): here, the word is a place, wherever its capital letter
     * stands and whatever common word it also is.
     */
    private boolean describedAsTownHere(Token t) {
        return TOWN_DESCRIPTION_HERE.matcher(text).region(t.end(), text.length()).lookingAt();
    }

    /**
     * ", a fishing town", ", a town of about 27,000 people", " is a city in …": a description that opens with an
     * article right after the comma or copula, its town noun within four words; or a head count after the comma
     * (", with a pre-war population of"), or a distance said of the name (" is about 40 km north of") (stricter than {@link
     * #DESCRIBED_AS_TOWN}, which also takes "Chamber of Commerce, according to a city news release" as a description
     * of Commerce).
     */
    private static final java.util.regex.Pattern TOWN_DESCRIPTION_HERE = java.util.regex.Pattern.compile(
            "\\G\\s*(?:(?:,|\\s(?:is|was))\\s+(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:" + String.join("|", Words.TOWN_NOUNS)
                    + ")\\b"
                    // "Kreminna, with a pre-war population of nearly 20,000 people": only places have a head count
                    + "|,\\s+(?:with\\s+)?(?:a|an|its)\\s+(?:[\\p{L}-]+\\s+){0,2}?population\\s+of\\b"
                    // "Dunayka is about six kilometers from …": a distance said of it
                    + "|\\s+(?:is|lies|sits)\\s+(?:(?:about|around|some|roughly|approximately|nearly|almost|just|only)\\s+)?"
                    + "\\d[\\d.,]*\\s*(?:km|kilomet(?:er|re)s|miles)\\s+(?:(?:north|south|east|west)\\S*\\s+)?(?:from|of)\\b)",
            java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);

    private boolean townDescriptionAt(int offset) {
        return DESCRIBED_AS_TOWN.matcher(text).region(offset, Math.min(text.length(), offset + 240)).lookingAt();
    }

    /**
     * The window {@code tokens[i..j]} of {@code run} is (part of) a person's name: it follows a title
     * ("Lt. Scott", "President Chad") or it is a given name followed by a surname-like capitalised word
     * ("Scott Peebles", "Chad Walker", "Paris Hilton"), except on a title-case line, where every word
     * is capitalised.
     */
    boolean isPersonName(Run run, int i, int j, KindCue.Match cueAfter) {
        if (i > 0 && Words.TITLES.contains(tokens.get(i - 1).lower()) && tokens.get(i - 1).capitalised()
                && tokens.get(i).start() - tokens.get(i - 1).end() <= 2) {
            return true;
        }
        if (i == j && j < run.last() && cueAfter.cue() == KindCue.NONE && !tokens.get(i).headline()) {
            Token next = tokens.get(j + 1);
            boolean personNounBefore = i == run.first() && i > 0 && !tokens.get(i - 1).capitalised()
                    && Words.PERSON_NOUNS.contains(tokens.get(i - 1).lower()) && tokens.get(i).spaceBefore();
            String w = next.lower();
            if (next.capitalised() && next.spaceBefore() && !next.allCaps() && !Words.COMMON_NOUNS.contains(w)
                    && !Words.FEATURE_NOUNS.contains(w) && !Words.ORGANISATION_HEADS.contains(w)
                    && !Words.STREET_NOUNS.contains(w) && !demonyms.isForm(next.text())
                    && (personNounBefore || facts.isSurnameByContext(next.text()))) {
                // "former Phillies manager Dallas Green": a person noun introduces the two words; "Paris Hilton …
                // Hilton said": the article uses the second word alone for a person
                return true;
            }
        }
        if (i != j || cueAfter.cue() != KindCue.NONE || j >= run.last() || tokens.get(i).headline()
                || !GivenNames.contains(tokens.get(i).text())) {
            return false;
        }
        Token next = tokens.get(j + 1);
        String w = next.lower();
        return next.capitalised() && next.spaceBefore() && !next.allCaps() && !Words.isStopWord(w)
                && !Words.COMMON_NOUNS.contains(w) && !Words.FEATURE_NOUNS.contains(w)
                && !Words.ORGANISATION_HEADS.contains(w) && !demonyms.isForm(next.text());
    }

    private static boolean isContraction(String w) {
        int a = Math.max(w.indexOf('\''), w.indexOf('’'));
        if (a <= 0) {
            return false;
        }
        String tail = w.substring(a + 1);
        return tail.equals("ll") || tail.equals("re") || tail.equals("ve") || tail.equals("d") || tail.equals("m")
                || tail.equals("t") && w.charAt(a - 1) == 'n';
    }

    /** The country of a nationality word ("Israeli"), or null. */
    org.placemap.gazetteer.Place demonymCountry(String word) {
        return demonyms.countryOf(word);
    }

    /**
     * The name from {@code tokens[i]} to {@code tokens[j]} is a street ("Harrison streets"), a speaker ("Walker said")
     * or a possessor of another name ("Moore's Ford", "Henry's Turkey Service"), unless it is a well-known place
     * ("Moscow said", "Syria's Assad") or a place that owns an institution ({@link #ownsAnInstitution}).
     */
    boolean isStreetOrSpeaker(int i, int j, List<Candidate> candidates) {
        Token last = tokens.get(j);
        Token next = j + 1 < tokens.size() ? tokens.get(j + 1) : null;
        if (next == null) {
            return false;
        }
        boolean adjacent = next.start() - last.end() <= (last.possessive() ? 3 : 1);
        if (!adjacent || isWellKnown(candidates)) {
            return false;
        }
        if (last.possessive()) {
            return next.capitalised() && !next.allCaps() && !ownsAnInstitution(i, j + 1);
        }
        return !next.capitalised() && (Words.STREET_NOUNS.contains(next.lower()) || Words.SPEECH_VERBS.contains(next.lower()));
    }

    /**
     * "Salmon Arm's Emergency Support Services", "Kentucky's National Guard": a possessor before the capitalised name
     * of an institution (its words, with "of", "and" or "for" between them, include an organisation head noun such as
     * "Department", "Services" or "Guard") is the place that institution belongs to, unless the possessor is one word
     * that is a given name or a surname of the article ("Henry's Turkey Service", "Smith's Consulting Group" after
     * "John Smith"); several words the gazetteer knows as one name are a place's.
     */
    private boolean ownsAnInstitution(int i, int from) {
        boolean oneWord = i == from - 1; // several words the gazetteer knows as one name ("Salmon Arm") are no person's
        if (oneWord && (GivenNames.contains(tokens.get(i).text()) || facts.isSurname(tokens.get(i).text()))) {
            return false;
        }
        for (int k = from; k < tokens.size() && k < from + MAX_INSTITUTION_WORDS; k++) {
            Token t = tokens.get(k);
            if (k > from && (!t.spaceBefore() || tokens.get(k - 1).possessive())) {
                return false;
            }
            if (!t.capitalised()) {
                if (!Words.CONNECTORS.contains(t.lower()) && !t.lower().equals("for")) {
                    return false;
                }
                continue;
            }
            if (Words.ORGANISATION_HEADS.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }

    /** See {@link #ownsAnInstitution}: the most words an institution's name is searched for its head noun. */
    private static final int MAX_INSTITUTION_WORDS = 5;

    /**
     * The name is not meant here as a place at all: money ("US$460 million"), a pathogen ("Marburg
     * hemorrhagic fever", "Reston ebolavirus"), a colour of alert ("Orange alert", "Red warning"), a newspaper named after a place nobody would think of first
     * ("Gainesville Sun Times"), or a firm of partners ("Stevens & Wilkinson"). A newspaper named by the own
     * name of a well-known place ("New York Times", "China Daily") is not refused here: that place is a
     * mention in its associative form ({@link #modifiesOrganisation}). "White House Press" is refused: "White
     * House" is only another name of a small town.
     */
    boolean isNotAPlaceUse(Run run, int i, int j, List<Candidate> candidates) {
        Token last = tokens.get(j);
        if (last.end() < text.length() && text.charAt(last.end()) == '$') {
            return true;
        }
        if (!isWellKnown(lookup.exact(last.text())) && (text.startsWith(" & ", last.end())
                || run.first() > 0 && text.startsWith(" & ", tokens.get(run.first()).start() - 3))) {
            return true; // "Stevens & Wilkinson": a firm
        }
        Token next = j + 1 < tokens.size() ? tokens.get(j + 1) : null;
        if (next == null || !next.spaceBefore()) {
            return false;
        }
        if (!next.capitalised() && Words.DISEASE_NOUNS.contains(next.lower())) {
            return true;
        }
        if (i == j && !next.capitalised() && Words.COLOUR_WORDS.contains(tokens.get(i).lower())
                && Words.ALERT_NOUNS.contains(next.lower())) {
            return true; // "an Orange alert for Idukki", "Red warning": a weather service's colour, not Orange, California
        }
        // "Linda Daily, director": a given name before a media word is a person, whatever the place
        boolean newspaperOfAKnownPlace = isOwnWellKnownName(Run.text(tokens, i, j), candidates)
                && !(i == j && GivenNames.contains(tokens.get(i).text()));
        if (j < run.last() && next.capitalised() && !newspaperOfAKnownPlace) {
            for (int k = j + 1; k <= Math.min(run.last(), j + 3); k++) {
                if (Words.MEDIA_HEADS.contains(tokens.get(k).lower())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "Cape Town", "George Town", "Free State", "China": the gazetteer's own (not alternate) name of a place
     * well known enough ({@link #isWellKnown}) to be meant even inside a longer name. "Old Town" (a small
     * town's name, also a quarter of many cities), "Hanover Town" (another name of Hanover) and "White House"
     * are not.
     */
    static boolean isOwnWellKnownName(String name, List<Candidate> candidates) {
        String key = org.placemap.gazetteer.NameNormalizer.fold(name);
        return candidates.stream().anyMatch(c -> org.placemap.gazetteer.NameNormalizer.fold(c.place().name()).equals(key)
                && isWellKnown(List.of(c)));
    }

    /**
     * The name ending at token {@code j} modifies an organisation, office or body named right after it, so
     * its mention is {@link org.placemap.geoparse.Mention.Form#ASSOCIATIVE associative}:
     * <ol>
     *   <li>a capitalised organisation, civic or media noun within the next three words of its run, each
     *       joined by a plain space ("Qatar Airways", "Texas Department of Health", "New York Times",
     *       "East Hampton Police Department"), or a capitalised title of the place's own office right after it
     *       ("Ohio Governor Mike DeWine", "B.C. Premier David Eby");</li>
     *   <li>or a lower-case noun of office, government or force right after it ({@link Words#ASSOCIATIVE_NOUNS}:
     *       "Chicago police", "the Ohio governor", "US troops").</li>
     * </ol>
     * A possessive ("Chicago's police") or any punctuation between stops both: the name then stands alone.
     */
    boolean modifiesOrganisation(Run run, int j) {
        if (j + 1 >= tokens.size() || tokens.get(j).possessive()) {
            return false;
        }
        for (int k = j + 1; k <= Math.min(run.last(), j + 3); k++) {
            Token t = tokens.get(k);
            if (!t.spaceBefore() || !t.capitalised()) {
                break;
            }
            String w = t.lower();
            if (Words.ORGANISATION_HEADS.contains(w) || Words.CIVIC_HEADS.contains(w) || Words.MEDIA_HEADS.contains(w)
                    || k <= j + 2 && isOfficeTitle(t)) { // "B.C. Premier", "Pakistan Defence Minister"
                return true;
            }
            if (t.possessive()) {
                break;
            }
        }
        Token next = tokens.get(j + 1);
        return next.spaceBefore() && !next.capitalised() && Words.ASSOCIATIVE_NOUNS.contains(next.lower());
    }

    /**
     * "EU", "NSW": a word in capitals that the gazetteer lists, as written, among the names of a union or
     * a first-level region (the capitalised initials the gazetteer adds by rule) is that area, not an
     * organisation's acronym.
     */
    private static boolean isListedAbbreviation(Token t, List<Candidate> candidates) {
        String written = t.text();
        for (Candidate c : candidates) {
            PlaceKind kind = c.place().kind();
            if ((kind == PlaceKind.REGION || kind == PlaceKind.ADMIN_REGION) && c.place().alternateNames().contains(written)) {
                return true;
            }
        }
        return false;
    }

    /** Longest agency credit in a dateline: "(AP)", "(Reuters)", "(AFP)", "(CNN)", "(Xinhua)". */
    private static final int MAX_CREDIT_CHARS = 24;

    /**
     * "CHARLESTON, W.Va. --", "DANIELSVILLE -", "WASHINGTON (AP) —", "LONDON (Reuters) -", "LONDON/NEW DELHI –": a word in
     * capitals of four letters or more opening a sentence or line and followed by a comma or dash,
     * optionally after an agency credit in brackets, is the dateline's place, not an acronym; so is one that opens a
     * line and is followed by a colon ("CAIRO: The number …") or ends the line ("IZMIR" on a line of its own).
     */
    boolean isDateline(Token t) {
        if (!t.ambiguousCase() || t.text().length() < 4) {
            return false;
        }
        int k = skipSpaces(t.end());
        for (int places = 0; places < 3 && k + 1 < text.length() && text.charAt(k) == '/'
                && Character.isUpperCase(text.charAt(k + 1)); places++) {
            // "LONDON/NEW DELHI –": a dateline of two places, each in capitals
            int e = k + 1;
            while (e < text.length() && (Character.isUpperCase(text.charAt(e)) || text.charAt(e) == ' '
                    && e + 1 < text.length() && Character.isUpperCase(text.charAt(e + 1)))) {
                e++;
            }
            k = skipSpaces(e);
        }
        if (k < text.length() && text.charAt(k) == '(') {
            int close = text.indexOf(')', k, Math.min(text.length(), k + MAX_CREDIT_CHARS + 1)); // bounded: long texts
            if (close < 0 || close - k > MAX_CREDIT_CHARS || text.substring(k, close).indexOf('\n') >= 0) {
                return false;
            }
            k = skipSpaces(close + 1);
        }
        if (k < text.length() && ",-—–".indexOf(text.charAt(k)) >= 0) {
            return true;
        }
        // "CAIRO: The number of …", and a dateline standing on a line of its own ("IZMIR", then the body): only at the
        // start of a line, where a heading such as "UPDATE:" or "NOTE" names no place anyway
        boolean lineStart = t.start() == 0 || text.charAt(t.start() - 1) == '\n';
        return lineStart && (k == text.length() || text.charAt(k) == ':' || text.charAt(k) == '\n' || text.charAt(k) == '\r');
    }

    private int skipSpaces(int k) {
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        return k;
    }

    /**
     * A place known well enough to be meant even as the first word of an organisation's name (a country,
     * a first-level or second-level region, a town of some size): "Texas
     * Department of Health", "U.S. Centers for Disease Control". Weak or ambiguous words stay modifiers
     * ("Gulf Cooperation Council", "Carnegie Endowment").
     */
    /** Whether a country or a first-level region (a state, a province) is among the candidates. */
    static boolean isStateOrCountry(List<Candidate> candidates) {
        return candidates.stream().anyMatch(c -> c.place().kind() == PlaceKind.COUNTRY || c.place().kind() == PlaceKind.ADMIN_REGION);
    }

    static boolean isWellKnown(List<Candidate> candidates) {
        for (Candidate c : candidates) {
            PlaceKind kind = c.place().kind();
            if (kind == PlaceKind.COUNTRY || kind == PlaceKind.ADMIN_REGION || c.score() >= WELL_KNOWN_PRIOR) {
                return true;
            }
        }
        return false;
    }

    /**
     * The capitalised word before a name inside a run must not make the name part of another name
     * ("President Assad", "Bashar Assad"); modifiers, nationalities and sentence-initial words may precede.
     *
     * @param coveredUpTo last token index already inside an accepted name of this run
     */
    boolean prefixAllows(Run run, int i, int coveredUpTo) {
        if (i == run.first() || i - 1 <= coveredUpTo) {
            return true;
        }
        Token prev = tokens.get(i - 1);
        if (!prev.capitalised()) {
            return true; // a connector: "Fall of Aleppo", "Quneitra and Daraa"
        }
        String w = prev.lower();
        if (Words.TITLES.contains(w) || Words.FEATURE_PREFIXES.contains(w)) {
            return false; // "President Assad", "Lake Erie"
        }
        return prev.ambiguousCase() || Words.KIND_PREFIXES.contains(w) || Words.FUNCTION.contains(w) || Words.GEO_MODIFIERS.contains(w)
                || Words.looksLikeDemonym(w) || Words.isAdjectiveCompound(prev.text()) || prev.allCaps();
    }

    /**
     * The capitalised word after a name, if it is neither another name nor a word the article also
     * writes in lower case, makes the name a first name or a modifier ("Vladimir Putin").
     */
    boolean suffixAllows(Token next) {
        if (!next.capitalised()) {
            return true;
        }
        String w = next.lower();
        if (isOfficeTitle(next)) {
            return true; // "Ohio Governor Mike DeWine", "B.C. Premier David Eby": the office of the place before it
        }
        boolean isName = w.length() >= 3 && !Words.isStopWord(w) && !lookup.exact(next.text()).isEmpty();
        return isName || facts.writtenInLowerCase(w);
    }

    /**
     * A capitalised title of an office within the next two words of the run ("Ohio Governor", "Pakistan Defence
     * Minister", "UK Foreign Secretary"): the name before it is the place whose office it is, not a first name.
     */
    boolean officeFollows(Run run, int from) {
        for (int k = from; k <= Math.min(run.last(), from + 1); k++) {
            Token t = tokens.get(k);
            if (!t.capitalised() || !t.spaceBefore()) {
                return false;
            }
            if (isOfficeTitle(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A capitalised title that only a place's own member or force holds, right after the run's name: "Lismore MP Thomas
     * George", "Saanich MLA", "Tishomingo Police Chief Mike Kemp". Unlike a minister or secretary ("Homeland Security
     * Secretary"), such a title says the name before it is a place however small ({@link #PLACE_ONLY_TITLES}).
     */
    boolean placeOnlyTitleFollows(Run run, int from) {
        if (from > run.last()) {
            return false;
        }
        Token t = tokens.get(from);
        return t.capitalised() && t.spaceBefore() && PLACE_ONLY_TITLES.contains(t.lower().replace(".", ""));
    }

    /** See {@link #placeOnlyTitleFollows}: members for a constituency, and a town's police. */
    private static final java.util.Set<String> PLACE_ONLY_TITLES = java.util.Set.of("mp", "mla", "mpp", "mep", "msp",
            "police");

    /** Whether {@code t} is one of {@link #OFFICE_TITLES}, with or without its dot ("Gov.", "Sen."). */
    private static boolean isOfficeTitle(Token t) {
        return OFFICE_TITLES.contains(t.lower().replace(".", ""));
    }

    /**
     * Titles of a place's own office holders: a place name stands before them ("Ohio Governor", "Paris Mayor", "Lismore
     * MP Thomas George", "Tishomingo Police Chief Mike Kemp").
     */
    private static final java.util.Set<String> OFFICE_TITLES = java.util.Set.of("governor", "gov", "premier", "mayor",
            "president", "prime", "minister", "senator", "sen", "congressman", "congresswoman", "sheriff", "chancellor",
            "councillor", "councilor", "secretary", "mp", "mla", "mpp", "mep", "msp", "assemblyman", "assemblywoman",
            "representative", "rep", "councilman", "councilwoman", "alderman", "supervisor", "commissioner", "police");

    /** Prepositions before a place whose event time may follow its name: "west of Guwahati Thursday midnight". */
    private static final java.util.Set<String> PLACING_PREPOSITIONS = java.util.Set.of("in", "at", "of", "near", "from",
            "to", "into", "outside", "around");

    /**
     * "west of Guwahati Thursday midnight": a written-out day or month after a name that a placing preposition
     * introduces is the time of the event, not the rest of a name ({@link #suffixAllows} would read "Guwahati" as a
     * first name); after anything else it may be ("versus Drexel Saturday": a team).
     */
    boolean timeAfterPlace(int i, Token next) {
        return Words.DAYS_AND_MONTHS.contains(next.lower()) && i > 0 && !tokens.get(i - 1).capitalised()
                && PLACING_PREPOSITIONS.contains(tokens.get(i - 1).lower());
    }

    /**
     * A body of the place's own government within the next few words ("East Hampton Police Department",
     * "Boulder City Council", "Kanawha County Circuit Court"): the name before it is the place the body
     * serves, not just part of a name, unlike a school, firm or church named after a town.
     */
    boolean civicBodyFollows(Run run, int from) {
        for (int k = from; k <= Math.min(run.last(), from + 3); k++) {
            if (tokens.get(k).capitalised() && Words.CIVIC_HEADS.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** An organisation noun within the next few words of the run ("Gulf Cooperation Council"). */
    boolean organisationFollows(Run run, int from) {
        for (int k = from; k <= Math.min(run.last(), from + 3); k++) {
            if (tokens.get(k).capitalised() && Words.ORGANISATION_HEADS.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** See {@link #isInstitution}: the smallest town whose name of several words may modify a noun after "the". */
    static final long MODIFIER_TOWN_POPULATION = 5_000;

    /**
     * "the White House", "the Woodlands serves", "the Honda was stopped": towns do not take the article,
     * so a name after "the" that the gazetteer knows only as towns and airports is a building, an
     * institution, a firm or a vehicle. A single word counts only when nothing but punctuation or a
     * function word follows ("the Honda was"; not a comma that opens a list of places, "the Tuam, Ballinasloe and
     * Loughrea municipal districts", or comes before the town's state, "the Pittsfield, Massachusetts Metropolitan
     * Statistical Area"), since "the Paris police" uses the town as a modifier; a
     * well-known city is always the place ("the Los Angeles high school"), as is a name the gazetteer
     * has with its article ("The Hague"). A town's own name of several words before a lower-case noun modifies
     * that noun ("the Moose Jaw detachment") when the town has at least {@value #MODIFIER_TOWN_POPULATION} people. A
     * sentence's opening "The" counts as "the".
     */
    boolean isInstitution(int i, int j, List<Candidate> candidates) {
        if (i == 0 || !tokens.get(i).spaceBefore() || !tokens.get(i - 1).text().equalsIgnoreCase("the")) {
            return false; // "The White House said": a sentence's opening "The" counts too
        }
        boolean townsOnly = candidates.stream().allMatch(c -> c.place().kind().category() == PlaceKind.MapCategory.CITY
                || c.place().kind() == PlaceKind.AIRPORT);
        String name = org.placemap.gazetteer.NameNormalizer.fold(Run.text(tokens, i, j));
        boolean wellKnownByName = candidates.stream().anyMatch(c -> c.score() >= NOTABLE_PRIOR
                && org.placemap.gazetteer.NameNormalizer.fold(c.place().name()).equals(name));
        if (!townsOnly || wellKnownByName || !lookup.exact("The " + Run.text(tokens, i, j)).isEmpty()) {
            return false;
        }
        Token next = j + 1 < tokens.size() ? tokens.get(j + 1) : null;
        if (i < j) {
            // "the Moose Jaw detachment", "the Sherman Park neighborhood": a town's name of several words before a
            // lower-case noun modifies that noun, as "the Paris police" does; "the White House" before a verb or
            // punctuation stays a building
            Candidate town = candidates.get(0);
            String w = next == null ? "" : next.lower();
            boolean nounAfter = next != null && next.spaceBefore() && !next.capitalised() && !tokens.get(j).possessive()
                    && !Words.FUNCTION.contains(w) && !Words.isStopWord(w) && !Words.SPEECH_VERBS.contains(w)
                    && !w.endsWith("ed");
            return !(nounAfter && town.place().population() >= MODIFIER_TOWN_POPULATION
                    && org.placemap.gazetteer.NameNormalizer.fold(town.place().name()).equals(name)); // its own name
        }
        if (next == null || tokens.get(j).possessive()) {
            return true;
        }
        if (!next.spaceBefore()) {
            int gap = next.start() - tokens.get(j).end();
            if (opensListOfPlaces(j) || containerFollows(j)) {
                // "the Tuam, Ballinasloe and Loughrea municipal districts": the first of a list of places; "the Pittsfield,
                // Massachusetts Metropolitan Statistical Area": a town and its state
                return false;
            }
            return gap > 0 && text.charAt(tokens.get(j).end()) != '-';
        }
        return !next.capitalised() && Words.FUNCTION.contains(next.lower());
    }

    /**
     * "Barry M. George", "Ashley L. Evans": a window that begins or ends with a single-letter initial is
     * part of a person's name.
     */
    boolean hasInitial(int i, int j) {
        if (i < j && (isInitial(tokens.get(i)) || isInitial(tokens.get(j)))) {
            return true;
        }
        Token next = j + 1 < tokens.size() ? tokens.get(j + 1) : null;
        return next != null && next.spaceBefore() && isInitial(next) && j + 2 < tokens.size()
                && tokens.get(j + 2).capitalised() && tokens.get(j + 2).spaceBefore();
    }

    private static boolean isInitial(Token t) {
        String w = t.text();
        return w.length() == 2 && Character.isUpperCase(w.charAt(0)) && w.charAt(1) == '.';
    }

    /**
     * What follows says the name is a person's: an age in commas ("McDonald, 24, of Archer"), or a noun
     * such as "administration" ("the Bush administration"). Countries and first-level regions are
     * exempt ("the Texas administration" is the state's).
     */
    boolean isPersonByContext(int j, List<Candidate> candidates) {
        if (isStateOrCountry(candidates)) {
            return false;
        }
        int k = tokens.get(j).end();
        if (tokens.get(j).possessive()) {
            return false;
        }
        if (k + 1 < text.length() && text.charAt(k) == ',' && text.charAt(k + 1) == ' ') {
            int d = k + 2;
            int digits = 0;
            while (d < text.length() && Character.isDigit(text.charAt(d))) {
                d++;
                digits++;
            }
            if (digits >= 1 && digits <= 2 && d < text.length() && text.charAt(d) == ',') {
                return true;
            }
        }
        Token next = j + 1 < tokens.size() ? tokens.get(j + 1) : null;
        if (next != null && next.spaceBefore() && !isWellKnown(candidates)
                && (next.capitalised() ? next.text().equals("Indians") : Words.PEOPLE_AFTER.contains(next.lower()))) {
            return true; // "the Adena people", "Caddo and Atakapa Indians": a people, not the town of that name
        }
        return next != null && next.spaceBefore() && !next.capitalised() && Words.PERSON_AFTER.contains(next.lower());
    }

    /**
     * "Moore's Ford", "Knucklehead's Bar", "McHale's Irish pub": a name right after a possessive that is not
     * itself a well-known place names something of the possessor's. "Syria's Aleppo", "Utah's Zion" stay
     * places, and so do well-known places after any possessive ("the FBI's Atlanta office").
     */
    boolean isPossessed(int i, List<Candidate> candidates) {
        if (i == 0 || isWellKnown(candidates)) {
            return false;
        }
        Token prev = tokens.get(i - 1);
        if (!prev.possessive() || !prev.capitalised() || tokens.get(i).start() - prev.end() > 3) {
            return false;
        }
        return !isWellKnown(lookup.exact(prev.text())) && demonyms.countryOf(prev.text()) == null;
    }

    /**
     * Sport: a team after "win over", "victory over", "loss to", "lost to" ("a 38-19 win over Hutchinson").
     * Countries and first-level regions are exempt (national and state teams are named after them, and
     * readers take them as places), and so are names with a kind noun ("a loss to Mercer County"). A name in
     * quotation marks is not treated as a title: "the name “Hastings” was drawn out of a hat" is the place.
     */
    boolean isTeam(int i, int j, List<Candidate> candidates) {
        if (isClubName(i, j)) {
            return true;
        }
        if (isStateOrCountry(candidates)) {
            return false;
        }
        boolean cued = j + 1 < tokens.size() && KindCue.after(tokens, j + 1).cue() != KindCue.NONE; // "a loss to Mercer County"
        if (i >= 2 && !cued && !tokens.get(i - 1).capitalised() && !tokens.get(i - 2).capitalised()) {
            String two = tokens.get(i - 2).lower() + " " + tokens.get(i - 1).lower();
            if (two.equals("win over") || two.equals("victory over") || two.equals("loss to") || two.equals("lost to")
                    || two.equals("wins over") || two.equals("losses to")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Sport: a club named after its city, with a club word right before the name ("Real Madrid", "Bayern
     * Munich", "FC Barcelona") or right after it ("Aston Villa", "Paris Saint-Germain"),
     * joined by one space ({@link Words#CLUB_PREFIXES}, {@link Words#CLUB_SUFFIXES}). The club word itself, when it is also a place ("Real", a Philippine town; "Bayern",
     * Bavaria in German), is refused too when a capitalised name follows it. Only the club's words are
     * affected: "Madrid" alone elsewhere in the article stays the city.
     */
    private boolean isClubName(int i, int j) {
        Token before = i > 0 ? tokens.get(i - 1) : null;
        Token after = j + 1 < tokens.size() ? tokens.get(j + 1) : null;
        boolean prefixBefore = before != null && Words.CLUB_PREFIXES.contains(before.text())
                && tokens.get(i).start() - before.end() == 1;
        boolean suffixAfter = after != null && Words.CLUB_SUFFIXES.contains(after.text()) && after.start() - tokens.get(j).end() == 1
                && !tokens.get(j).possessive();
        boolean isPrefix = i == j && Words.CLUB_PREFIXES.contains(tokens.get(i).text()) && after != null && after.capitalised()
                && !after.allCaps() && after.start() - tokens.get(i).end() == 1;
        return prefixBefore || suffixAfter || isPrefix;
    }

    /**
     * A thing named after a place, never the place (issue 9 item 7): a storm ("Hurricane Maria", "Typhoon
     * Haiyan"), a storm word alone ("the North Atlantic Hurricane season"; not "Hurricane, Utah", nor one the article
     * describes as a town), a weather pattern ("El Niño", "La Niña"), the humanitarian movement ({@link Words#MOVEMENTS}:
     * "the Uganda Red Cross", "the Red Crescent"; not "Red Cross, North Carolina", nor one the article calls a town), a maker or brand ({@link Words#BRANDS}: "Toyota said",
     * unless a kind word follows or the article places or describes that name as a town anywhere, {@link
     * #describedAsTown}), a speaker named right after "said" or "says" and
     * ending the clause ("“We will rebuild,” said Jackson." — not a state or country: "said Russia." is its
     * government), a ship after a ship noun or prefix, also further down a list ("the frigate Admiral Gorshkov",
     * "warships such as the Admiral Gorshkov and Yelnya", "MV Thor Nexus"), or a source cited after "according
     * to" and ending the clause or followed by another source ("…, according to Al Jazeera." and "according to
     * Al Jazeera and the BBC" are the broadcaster, not a town in Iraq; so are "as cited by Al Jazeera." and "a survivor
     * told Al Jazeera.", and only the best reading of the name is asked whether it is a state or a well-known place
     * ("Al Jazeera" is first a town in Iraq, only second Sudan's Gezira state);
     * "according to Cobb County police" keeps its county). Countries and first-level regions are exempt from the
     * source rule ("according to Russia" is its government, read as the country), and so are well-known places.
     */
    boolean isNamedThing(int i, int j, List<Candidate> candidates) {
        String folded = org.placemap.gazetteer.NameNormalizer.fold(Run.text(tokens, i, j));
        if (Words.CLIMATE_PATTERNS.contains(folded)) {
            return true; // "El Niño brought rain": the weather pattern, not a village of that name
        }
        if (Words.MOVEMENTS.contains(folded) && !calledATown(j) && !containerFollows(j)) {
            return true; // "the Uganda Red Cross said": the movement, not Red Cross, North Carolina (742 people)
        }
        if (i == j && Words.BRANDS.contains(tokens.get(i).text()) && !calledATown(j)) {
            return true; // "Toyota said sales rose": the carmaker, not the Japanese city; "in Toyota" stays the city
        }
        if (i == 0) {
            return false;
        }
        Token prev = tokens.get(i - 1);
        if (prev.capitalised() && Words.STORM_WORDS.contains(prev.lower())) {
            return true;
        }
        if (i == j && Words.STORM_WORDS.contains(tokens.get(i).lower()) && !calledATown(j) && !containerFollows(j)) {
            return true; // "the North Atlantic Hurricane season": the storm word, not Hurricane, Utah ("in Hurricane, Utah" stays)
        }
        if (Words.SHIP_PREFIXES.contains(prev.text())) {
            return true;
        }
        // the best reading, not any: "Al Jazeera" is first a town in Iraq, only second Sudan's Gezira state
        List<Candidate> best = candidates.isEmpty() ? candidates : candidates.subList(0, 1);
        boolean stateOrCountry = isStateOrCountry(best);
        if (!prev.capitalised() && Words.SPEAKER_VERBS.contains(prev.lower()) && sourceEnds(j) && !stateOrCountry) {
            return true; // "“We will rebuild,” said Jackson.": the speaker, named by surname
        }
        if (i >= 2 && tokens.get(i - 1).lower().equals("to") && tokens.get(i - 2).lower().equals("according")
                && (sourceEnds(j) || anotherSourceFollows(j)) && !isWellKnown(best) && !stateOrCountry) {
            return true;
        }
        // "as cited by Al Jazeera.", "quoted by Xinhua,", "an official told Al Jazeera.": a source, the same way
        boolean citedBy = i >= 2 && tokens.get(i - 1).lower().equals("by")
                && CITING_VERBS.contains(tokens.get(i - 2).lower()) && !tokens.get(i - 2).capitalised();
        boolean toldIt = !prev.capitalised() && prev.lower().equals("told");
        if ((citedBy || toldIt) && (sourceEnds(j) || anotherSourceFollows(j)) && !isWellKnown(best) && !stateOrCountry) {
            return true;
        }

        for (int k = i - 1, steps = 0; k >= 0 && steps < 10; k--, steps++) { // "warships such as the X and Y"
            if (tokens.get(k + 1).sentenceStart()) {
                return false; // "… aboard the ship. Tartus is …": not across sentences
            }
            Token t = tokens.get(k);
            String w = t.lower();
            if (!t.capitalised() && Words.SHIP_NOUNS.contains(w)) {
                return true;
            }
            boolean listWord = t.capitalised() || w.equals("and") || w.equals(",") || w.equals("the") || w.equals("such")
                    || w.equals("as") || w.equals("including") || w.equals("named") || w.equals("called");
            if (!listWord) {
                return false;
            }
        }
        return false;
    }

    /** Verbs before "by" that cite a source: "as cited by", "quoted by", "reported by". */
    private static final java.util.Set<String> CITING_VERBS = java.util.Set.of("cited", "quoted", "reported", "carried");

    /**
     * Whether another source follows the name ending at token {@code j}: "and" or "or", an optional "the",
     * then a capitalised name ("according to Al Jazeera and the BBC").
     */
    private boolean anotherSourceFollows(int j) {
        int k = j + 1;
        if (k >= tokens.size() || !(tokens.get(k).lower().equals("and") || tokens.get(k).lower().equals("or"))) {
            return false;
        }
        k++;
        if (k < tokens.size() && tokens.get(k).lower().equals("the")) {
            k++;
        }
        return k < tokens.size() && tokens.get(k).capitalised() && !tokens.get(k).sentenceStart();
    }

    /**
     * "the Tuam, Ballinasloe and Loughrea municipal districts": after token {@code j} come a comma, a name the gazetteer
     * knows, and then another comma or "and"/"or": a list of places goes on, which an institution's name ("The Savoy,
     * London") does not.
     */
    private boolean opensListOfPlaces(int j) {
        if (j + 2 >= tokens.size() || knownNameAfterComma(j).isEmpty()) {
            return false;
        }
        Token next = tokens.get(j + 1);
        String after = text.substring(next.end(), tokens.get(j + 2).start());
        String word = tokens.get(j + 2).lower();
        return after.equals(", ") && tokens.get(j + 2).capitalised() || after.equals(" ") && (word.equals("and") || word.equals("or"));
    }

    /** "Hurricane, Utah": a comma and then the name of a first-level region or a country follow token {@code j}. */
    private boolean containerFollows(int j) {
        return knownNameAfterComma(j).stream().anyMatch(c -> c.place().kind() == PlaceKind.ADMIN_REGION
                || c.place().kind() == PlaceKind.COUNTRY);
    }

    /** The gazetteer's readings of the capitalised word that a comma and one space put right after token {@code j}; else none. */
    private List<Candidate> knownNameAfterComma(int j) {
        if (j + 1 >= tokens.size() || !tokens.get(j + 1).capitalised()
                || !text.substring(tokens.get(j).end(), tokens.get(j + 1).start()).equals(", ")) {
            return List.of();
        }
        return lookup.exact(tokens.get(j + 1).text());
    }

    /**
     * Whether token {@code j}'s name is called a town here: a kind word follows it ("Toyota City") or the article places
     * or describes the name as a town anywhere ({@link #describedAsTown}).
     */
    private boolean calledATown(int j) {
        return j + 1 < tokens.size() && KindCue.after(tokens, j + 1).cue() != KindCue.NONE || describedAsTown(j);
    }

    /**
     * "Toyota is a city in Aichi", "Mercedes (Spanish pronunciation: …) is a city", "Toyota, a city of 420,000", "in
     * Toyota": whether the article, at any occurrence of the brand name written like token {@code j}, calls it a
     * town (a copula or comma, then a town noun ({@link Words#TOWN_NOUNS}) within five words, a bracket allowed
     * between) or places it after a preposition: one sense per article, so its other mentions stay the place.
     */
    private boolean describedAsTown(int j) {
        String name = tokens.get(j).text();
        for (int k = 0; k < tokens.size(); k++) {
            if (!tokens.get(k).text().equals(name)) {
                continue;
            }
            if (k > 0 && Words.BRAND_PLACE_PREPOSITIONS.contains(tokens.get(k - 1).lower())) {
                return true;
            }
            if (townDescriptionAt(tokens.get(k).end())) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern DESCRIBED_AS_TOWN = java.util.regex.Pattern.compile(
            "(?:\\s*\\([^)]{0,160}\\))?\\s*(?:,|\\s(?:is|was))\\s+(?:[\\p{L}-]+\\s+){0,4}?(?:"
            + String.join("|", Words.TOWN_NOUNS) + ")\\b", java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);

    /** Whether the name ending at token {@code j} ends its clause: a comma, full stop or bracket follows. */
    private boolean sourceEnds(int j) {
        int end = tokens.get(j).end();
        return end >= text.length() || ",.;)".indexOf(text.charAt(end)) >= 0;
    }

    /**
     * "a 2001 Cadillac", "a red Dodge Durango", "a silver Pontiac": a name right after a model year or a
     * colour is a make of car (not when a kind noun follows, "the 2009 Walker County Fair", nor for a
     * well-known place: "a 2007 U.S. Supreme Court decision").
     */
    boolean isCarMake(int i, int j, List<Candidate> candidates) {
        if (i == 0 || isWellKnown(candidates) || !tokens.get(i).spaceBefore() || j + 1 < tokens.size() && KindCue.after(tokens, j + 1).cue() != KindCue.NONE) {
            return false;
        }
        Token prev = tokens.get(i - 1);
        String w = prev.text();
        boolean year = w.length() == 4 && w.chars().allMatch(Character::isDigit) && (w.startsWith("19") || w.startsWith("20"));
        return year || !prev.capitalised() && Words.COLOURS.contains(w);
    }

    /**
     * "CR 2202", "Loop 286": a name followed by a number of three or more digits is a road. States and
     * countries are exempt: "U.S. 79" and "Ohio 63" are roads too, but news readers (and annotators)
     * read the state in them.
     */
    boolean isNumberedRoute(int j, List<Candidate> candidates) {
        Token t = tokens.get(j);
        if (isStateOrCountry(candidates)) {
            return false;
        }
        if (t.possessive() || j + 1 >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(j + 1);
        if (next.start() != t.end() + 1 || text.charAt(t.end()) != ' ' || next.text().length() > 4 || next.text().length() < 3
                || !next.text().chars().allMatch(Character::isDigit)) {
            return false;
        }
        return true;
    }

    /**
     * The run is a street's name: it ends in a capitalised street noun ("Jay Lane", "Pine Needle Drive",
     * "Orchard St."). Whatever places its other words name, they are not mentioned as places.
     */
    boolean isStreetName(Run run) {
        if (run.last() == run.first()) {
            return false;
        }
        Token last = tokens.get(run.last());
        return !last.ambiguousCase() && !last.allCaps()
                && Words.STREET_HEADS.contains(last.lower().replace(".", ""));
    }

    /** A name that only its cue makes a place: not a function word, nationality, surname or organisation. */
    boolean plausibleUnknownName(Token t) {
        String w = t.lower();
        // "the Argentine province of Córdoba": a listed demonym before a kind word is the country's adjective
        return !(Words.isStopWord(w) || Words.looksLikeDemonym(w) || demonyms.isForm(t.text()) || facts.isSurname(t.text())
                || Words.ORGANISATION_HEADS.contains(w) || t.headline() || t.allCaps());
    }
}
