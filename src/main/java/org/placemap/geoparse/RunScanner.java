package org.placemap.geoparse;

import java.util.List;
import org.placemap.corpus.Zone;
import org.placemap.gazetteer.Candidate;
import org.placemap.gazetteer.PlaceKind;

/** Recognition inside one {@link Run}; appends the names found to a list. Used once. */
final class RunScanner {

    private static final double SURE = 0.95;
    private static final double LIKELY = 0.85;
    private static final double UNSURE = 0.7;
    /** Longest unknown name a kind cue can make a mention of: "Tiyas air base", "Deir ez-Zor province". */
    private static final int MAX_UNKNOWN_WORDS = 3;

    private final String text;
    private final List<Token> tokens;
    private final Run run;
    private final Zone zone;
    private final Lookup lookup;
    private final NameEvidence evidence;
    private final List<Span> out;
    private final int maxWords;
    private final KindCue.Match cueAfter;
    private int coveredUpTo;
    /** Set by {@link #judge} when it rejects a window as the name of something else, not as a partial name. */
    private boolean notAPlace;

    RunScanner(String text, List<Token> tokens, Run run, Zone zone, Lookup lookup, NameEvidence evidence, List<Span> out) {
        this.text = text;
        this.tokens = tokens;
        this.run = run;
        this.zone = zone;
        this.lookup = lookup;
        this.evidence = evidence;
        this.out = out;
        this.maxWords = Math.max(1, lookup.maxNameWords());
        this.cueAfter = run.last() + 1 < tokens.size() && !tokens.get(run.last()).possessive()
                ? KindCue.after(tokens, run.last() + 1) : KindCue.Match.NONE;
        this.coveredUpTo = run.first() - 1;
    }

    void scan() {
        if (evidence.isStreetName(run)) {
            return; // "Jay Lane", "Pine Needle Drive", "Massachusetts Turnpike": a street, whatever its words name
        }
        if (cueAfter.cue() != KindCue.NONE && scanWithTrailingCue()) {
            return;
        }
        scanWindows(run.first(), run.last());
    }

    /**
     * "Khmeimim air base": the name ends the run; look it up with and without the cue phrase, longest
     * first, and keep a short unknown name too, since the cue says it is a place.
     */
    private boolean scanWithTrailingCue() {
        int end = run.last();
        for (int i = run.first(); i + 2 <= end; i++) {
            if (lusophoneCompoundTo(i, end) && lookup.withCue(Run.text(tokens, i, end), cueAfter).isEmpty()) {
                return false; // "Mocimboa da Praia districts": the compound's town, not the "Praia" after its joiner
            }
        }
        for (int i = Math.max(run.first(), end - maxWords + 1); i <= end; i++) {
            Token t = tokens.get(i);
            if (!t.capitalised() || Words.isStopWord(t.lower())) {
                continue;
            }
            List<Candidate> candidates = lookup.withCue(Run.text(tokens, i, end), cueAfter);
            if (!candidates.isEmpty() && (i < end || evidence.acceptableWord(t, candidates))
                    && evidence.prefixAllows(run, i, coveredUpTo)) {
                int start = greaterStart(i, candidates);
                scanWindows(run.first(), start - 1);
                if (start < i) { // "the Greater Valparaiso region": the city's metropolitan area, not the region of the name
                    add(start, end, KindCue.CITY, false, Lookup.merge(lookup.loose(Run.text(tokens, i, end)), candidates), SURE);
                } else {
                    add(start, end, cueAfter.cue(), true, candidates, SURE);
                }
                return true;
            }
        }
        int start = unknownNameStart(end);
        if (start < 0) {
            return false;
        }
        scanWindows(run.first(), start - 1);
        add(start, end, cueAfter.cue(), true, List.of(), UNSURE);
        return true;
    }

    /** Start of an unknown name of a few plausible words ending at {@code end}, or -1. */
    private int unknownNameStart(int end) {
        int start = end;
        while (start - 1 >= run.first() && end - start < MAX_UNKNOWN_WORDS - 1 && tokens.get(start - 1).capitalised()) {
            start--;
        }
        while (start <= end && Words.isStopWord(tokens.get(start).lower())) {
            start++;
        }
        if (start > end) {
            return -1;
        }
        for (int k = start; k <= end; k++) {
            if (!evidence.plausibleUnknownName(tokens.get(k))) {
                return -1;
            }
        }
        return evidence.prefixAllows(run, start, coveredUpTo) ? start : -1;
    }

    private void scanWindows(int from, int to) {
        int i = from;
        while (i <= to) {
            Token t = tokens.get(i);
            int postal = t.allCaps() ? statePostalCode(i) : -1; // before the function words: "Portland, OR", "Muncie, IN"
            if (postal >= 0) {
                i = postal + 1;
                continue;
            }
            if (!t.capitalised()) {
                i++;
                continue;
            }
            if (Words.FUNCTION.contains(t.lower())) {
                int named = nameOpeningWithFunctionWord(i, to);
                i = named >= 0 ? named + 1 : i + 1; // a name does not start with "In", "A", "The": "In New Zealand" is "New Zealand"
                continue;
            }
            int abbreviation = stateAbbreviation(i, to);
            if (abbreviation >= 0) {
                i = abbreviation + 1;
                continue;
            }
            int feature = unknownFeatureOf(i, to);
            if (feature < 0) {
                feature = romanceCompound(i, to);
            }
            if (feature < 0) {
                feature = saintCompound(i, to);
            }
            if (feature < 0) {
                feature = arabicCompound(i, to);
            }
            if (feature < 0) {
                feature = demonymFeature(i, to);
            }
            if (feature < 0) {
                feature = nameBeforeHyphen(i, to);
            }
            if (feature < 0) {
                feature = portOf(i, to);
            }
            if (feature >= 0) {
                i = feature + 1;
                continue;
            }
            int accepted = -1;
            int rejectedUpTo = -1;
            for (int j = Math.min(to, i + maxWords - 1); j >= i && accepted < 0 && rejectedUpTo < 0; j--) {
                // "Ohio State University", "Columbia District Court": a window ending in an organisation cue
                // is looked up only when it is the own name of a well-known place ("Cape Town", "Free State")
                if (tokens.get(j).capitalised() && !(j > i && Words.ORGANISATION_CUES.contains(tokens.get(j).lower())
                        && !NameEvidence.isOwnWellKnownName(Run.text(tokens, i, j), lookup.exact(Run.text(tokens, i, j))))) {
                    String name = Run.text(tokens, i, j);
                    List<Candidate> candidates = i != j ? lookup.loose(name)
                            : t.sentenceStart() || t.headline() ? lookup.exact(name) : lookup.oneWord(name);
                    if (KindCue.namesWatercourse(text, t.start(), tokens.get(j).end())
                            && (j == to || !tokens.get(j + 1).capitalised()) && evidence.prefixAllows(run, i, coveredUpTo)) {
                        // "the Dnipro river", "the Madeira, Juruá and Purus rivers": a river, not the town of the name
                        // (its own kind keeps it apart from the town's mentions: one sense per name and cue)
                        add(i, j, KindCue.WATERCOURSE, true, List.of(), UNSURE);
                        accepted = j;
                        break;
                    }
                    KindCue.Match governing = KindCue.governingPlural(text, t.start(), tokens.get(j).end());
                    if (governing.cue() != KindCue.NONE) {
                        // "the departments of Punilla and Minas": the name with its noun ("Punilla Department")
                        candidates = Lookup.merge(lookup.withCue(name, governing), candidates);
                    }
                    if (!candidates.isEmpty() && j > i && isCityByAlias(i, j, candidates)) {
                        continue; // "Dublin City Council": "Dublin" with a city cue, not Dublin's alias "Dublin City"
                    }
                    if (!candidates.isEmpty()) {
                        notAPlace = false;
                        accepted = judge(i, j, candidates);
                        if (accepted < 0 && notAPlace && j > i && !tokens.get(i).headline() && !lookup.exact(name).isEmpty()) {
                            // "the Kansas City police", "New York Yankees", "Barry M. George": the words of a
                            // known name that is not a place here are not places either ("Kansas", "York")
                            rejectedUpTo = j;
                        }
                    }
                }
            }
            if (accepted < 0 && rejectedUpTo >= 0) {
                accepted = rejectedUpTo;
            } else if (accepted < 0) {
                splitHyphenated(t);
                accepted = i;
            }
            i = accepted + 1;
        }
    }

    /** Function words that may open a place's own name ({@link #nameOpeningWithFunctionWord}). */
    private static final java.util.Set<String> NAME_OPENING_FUNCTION_WORDS = java.util.Set.of("may", "will", "can", "do",
            "in", "on", "at", "by", "as", "of", "off", "up", "down", "over", "under", "near", "one", "two", "three", "four",
            "five", "what", "why", "how", "where", "when");

    /**
     * "May Pen", "In Salah", "Three Rivers", "Will County": a place whose own name begins with a word that is otherwise a
     * function word (a modal, a preposition, a small number; not an article, so "The Hague" stays as it was, nor a
     * determiner: "All Saints" is more often a church or a feast than the parish), written with every word capitalised.
     * The longest such window that is the own name of its best candidate (not an alternate spelling) is judged like any
     * name. Adds its span and returns the last token index covered, or returns -1.
     */
    private int nameOpeningWithFunctionWord(int i, int to) {
        if (!NAME_OPENING_FUNCTION_WORDS.contains(tokens.get(i).lower())
                || tokens.get(i).allCaps() && tokens.get(i).text().length() < 3) {
            return -1;
        }
        for (int j = Math.min(to, i + maxWords - 1); j > i; j--) {
            boolean capitalised = true;
            for (int k = i + 1; k <= j && capitalised; k++) {
                capitalised = tokens.get(k).capitalised() && tokens.get(k).spaceBefore() && !Words.isStopWord(tokens.get(k).lower());
            }
            if (!capitalised) {
                continue;
            }
            String name = Run.text(tokens, i, j);
            List<Candidate> candidates = lookup.exact(name);
            if (!candidates.isEmpty() && org.placemap.gazetteer.NameNormalizer.fold(candidates.get(0).place().name())
                    .equals(org.placemap.gazetteer.NameNormalizer.fold(name))) {
                return judge(i, j, candidates);
            }
        }
        return -1;
    }

    /**
     * Whether the name may be a place with office holders of its own named after it ("Pakistan Defence Minister",
     * "Ohio Governor", "Paris Mayor"): its best candidate is a country or a region, or a town of at least
     * {@value Lookup#NOTABLE_POPULATION} people ("The Federal Agriculture Minister" is no minister of Federal, NSW).
     */
    private static boolean holdsOffices(List<Candidate> candidates) {
        if (candidates.isEmpty()) {
            return false;
        }
        org.placemap.gazetteer.Place best = candidates.get(0).place(); // "Federal" is first a town, not Distrito Federal
        return best.kind() == org.placemap.gazetteer.PlaceKind.COUNTRY || best.kind() == org.placemap.gazetteer.PlaceKind.ADMIN_REGION
                || best.population() >= Lookup.NOTABLE_POPULATION;
    }

    /**
     * "Zamfara State", "Borno State": "State" after the name of a first-level region ends the run or is followed by a
     * lower-case word, so it is part of the state's own name; before another capitalised word it opens an
     * institution's name ("Ohio State University", "Lagos State Government").
     */
    private boolean namesItsState(int j, List<Candidate> found) {
        return tokens.get(j + 1).lower().equals("state") && j + 1 == run.last()
                && found.stream().anyMatch(c -> c.place().kind() == org.placemap.gazetteer.PlaceKind.ADMIN_REGION);
    }

    /**
     * "Salina, Kan.", "Rahall, D-W. Va.": a US state's news abbreviation, with its dot, after a comma or a
     * party letter, names the state. Adds the span and returns its last token index, or returns -1.
     */
    private int stateAbbreviation(int i, int to) {
        int last = i;
        StringBuilder key = new StringBuilder(tokens.get(i).text());
        if (tokens.get(i).text().length() == 2 && tokens.get(i).text().endsWith(".") && i + 1 <= to
                && tokens.get(i + 1).spaceBefore()) {
            last = i + 1; // "W. Va."
            key.append(tokens.get(last).text());
        }
        int start = tokens.get(i).start();
        int end = tokens.get(last).end();
        if (tokens.get(last).possessive()) {
            return -1;
        }
        if (!tokens.get(last).text().endsWith(".")) {
            if (end >= text.length() || text.charAt(end) != '.') {
                return -1;
            }
            end++;
        }
        String abbreviation = key.toString().replace(".", "");
        String country = Words.US_STATE_ABBREVIATIONS.containsKey(abbreviation) ? "US"
                : Words.CANADIAN_PROVINCE_ABBREVIATIONS.containsKey(abbreviation) ? "CA" : null; // "Moose Jaw, Sask."
        String state = "US".equals(country) ? Words.US_STATE_ABBREVIATIONS.get(abbreviation)
                : Words.CANADIAN_PROVINCE_ABBREVIATIONS.get(abbreviation);
        boolean afterComma = start >= 2 && text.startsWith(", ", start - 2);
        boolean afterParty = start >= 2 && text.charAt(start - 1) == '-' && "DRI".indexOf(text.charAt(start - 2)) >= 0
                && (start == 2 || !Character.isLetter(text.charAt(start - 3)));
        if (state == null || !(afterComma || afterParty && country.equals("US"))) {
            return -1;
        }
        List<Candidate> states = lookup.exact(state).stream()
                .filter(c -> c.place().kind() == org.placemap.gazetteer.PlaceKind.ADMIN_REGION && c.place().countryCode().equals(country))
                .toList();
        if (states.isEmpty()) {
            return -1;
        }
        out.add(new Span(start, end, text.substring(start, end), KindCue.NONE, false, states, SURE, zone));
        coveredUpTo = last;
        return last;
    }

    /**
     * "Frederick, MD, and Cleveland, OH,": a state's two-letter postal code in capitals, right after a capitalised name
     * and its comma and before punctuation, a digit or the end, names the state. Elsewhere the same letters are
     * words or acronyms ("IN", "OR", "ME", "CA"), so nothing else counts. Adds the span and returns its token index,
     * or returns -1.
     */
    private int statePostalCode(int i) {
        Token t = tokens.get(i);
        String code = t.text().length() == 3 && t.text().endsWith(".") ? t.text().substring(0, 2) : t.text(); // "OR." ends a sentence
        String state = code.length() == 2 ? Words.US_STATE_POSTAL_CODES.get(code) : null;
        int start = t.start();
        int end = start + code.length();
        if (state == null || t.possessive() || start < 3 || !text.startsWith(", ", start - 2)
                || !Character.isLetter(text.charAt(start - 3)) || i == 0 || !tokens.get(i - 1).capitalised()
                || tokens.get(i - 1).end() != start - 2) {
            return -1;
        }
        if (end < text.length() && (Character.isLetter(text.charAt(end)) || text.charAt(end) == ' '
                && end + 1 < text.length() && Character.isLetter(text.charAt(end + 1)))) {
            return -1; // "…, IN the …": a word; "Portland, OR 97201" or "Portland, OR." is the state
        }
        List<Candidate> states = lookup.exact(state).stream()
                .filter(c -> c.place().kind() == org.placemap.gazetteer.PlaceKind.ADMIN_REGION && c.place().countryCode().equals("US"))
                .toList();
        if (states.isEmpty()) {
            return -1;
        }
        out.add(new Span(start, end, code, KindCue.NONE, false, states, SURE, zone));
        coveredUpTo = i;
        return i;
    }

    /**
     * "the Port of Los Angeles", "the Port of New York and New Jersey", "the Port of Rotterdam": a port authority or
     * harbour named after the place after "of"; the windows start at that place, so the words after "of" are looked
     * up on their own (GeoNames gives a Mongolian village the other name "Port of Los", which had taken "Port of Los"
     * out of "Port of Los Angeles"). A place whose own name is the whole phrase keeps it ("Port of Spain"). Returns
     * the token index of "of" (the windows go on after it), or -1 when that is not the shape.
     */
    private int portOf(int i, int to) {
        if (i + 2 > to || !tokens.get(i).text().equals("Port") || !tokens.get(i + 1).text().equals("of")
                || !tokens.get(i + 2).capitalised()) {
            return -1;
        }
        for (int k = Math.min(to, i + maxWords - 1); k >= i + 2; k--) {
            String whole = Run.text(tokens, i, k);
            String key = org.placemap.gazetteer.NameNormalizer.fold(whole);
            if (lookup.exact(whole).stream().anyMatch(c -> org.placemap.gazetteer.NameNormalizer.fold(c.place().name()).equals(key))) {
                return -1; // "Port of Spain", "Port of Ness": the place's own name
            }
        }
        return i + 1;
    }

    /**
     * "the Firth of Forth", "the Isle of May", "the Bay of Pigs": a capitalised water or island head ({@link
     * Words#FEATURE_OF_HEADS}), "of" and a name form one feature's name; so do a Spanish or Portuguese range, hill or
     * cape, its joiner and a name ("the Sierra de Cabras": not Sierra, a town in Mexico). When the gazetteer does not know the
     * whole name, it is kept as one unresolved mention (so the village Forth or the month May is not read into
     * it) and the last token index it covers is returned; -1 when that is not the shape, when the gazetteer knows
     * the name ("Gulf of Aden" is then found by the windows as usual), or when the name after "of" is a well-known
     * place, which the feature lies by ("the Bay of Montevideo", "the Isle of Guernsey": the windows find it).
     */
    private int unknownFeatureOf(int i, int to) {
        if (i + 2 > to || tokens.get(i).allCaps() || !tokens.get(i + 2).capitalised()) {
            return -1;
        }
        String head = tokens.get(i).lower();
        String joiner = tokens.get(i + 1).lower();
        boolean english = Words.FEATURE_OF_HEADS.contains(head) && joiner.equals("of");
        // "Sierra de Cabras", "Serra da Estrela": a Spanish or Portuguese range, hill or cape and its name
        boolean romance = ROMANCE_FEATURE_HEADS.contains(head) && ROMANCE_JOINERS.contains(joiner);
        if (!english && !romance) {
            return -1;
        }
        int j = i + 2;
        while (j + 1 <= to && tokens.get(j + 1).capitalised() && tokens.get(j + 1).spaceBefore() && j - i < maxWords) {
            j++;
        }
        for (int k = j; k >= i + 2; k--) {
            if (!lookup.loose(Run.text(tokens, i, k)).isEmpty() || NameEvidence.isWellKnown(lookup.exact(Run.text(tokens, i + 2, k)))) {
                return -1; // known as a whole, or named after a well-known place it lies by ("Bay of Montevideo")
            }
        }
        add(i, j, KindCue.NONE, false, List.of(), UNSURE);
        return j;
    }

    /** Spanish and Portuguese heads of a feature's name that "de", "da" … join to its own name. */
    private static final java.util.Set<String> ROMANCE_FEATURE_HEADS = java.util.Set.of("sierra", "serra", "serranía",
            "serrania", "cordillera", "cerro", "cabo", "punta");
    private static final java.util.Set<String> ROMANCE_JOINERS = java.util.Set.of("de", "del", "da", "do", "das", "dos");

    /**
     * "Indian Ridge", "Chinese Camp"-like names: a nationality word and capitalised feature nouns ({@link
     * Words#FEATURE_NOUNS}) after it form one feature's name. When the gazetteer does not know the whole, it is kept as
     * one unresolved mention, so the feature noun is never read as the town of that name (Ridge, Maryland) and the
     * nationality word is no demonym here. Returns the last token index covered, or -1 when that is not the shape or
     * the gazetteer knows a name starting here ("American Canyon", "Indian Ocean": the windows find it), or when more
     * capitalised words follow ("the Canadian Coast Guard": an institution, and "Canadian" its demonym).
     */
    private int demonymFeature(int i, int to) {
        if (i + 1 > to || tokens.get(i).allCaps() || !evidence.isDemonymForm(tokens.get(i))
                || !tokens.get(i + 1).capitalised() || !tokens.get(i + 1).spaceBefore()
                || !Words.FEATURE_NOUNS.contains(tokens.get(i + 1).lower())) {
            return -1;
        }
        int k = featureNounsEnd(i + 1, to);
        if (k < to || knownFrom(i, i + 1, k)) {
            return -1; // "the Canadian Coast Guard", "the Libyan National Army": an institution's name goes on
        }
        add(i, k, KindCue.NONE, false, List.of(), UNSURE);
        return k;
    }

    /**
     * The last of the capitalised feature nouns ({@link Words#FEATURE_NOUNS}) that follow token {@code k} with plain
     * spaces, up to {@code to}: "Canyon National Park" after "Kings"; {@code k} when none follows.
     */
    private int featureNounsEnd(int k, int to) {
        while (k < to && tokens.get(k + 1).capitalised() && tokens.get(k + 1).spaceBefore()
                && Words.FEATURE_NOUNS.contains(tokens.get(k + 1).lower())) {
            k++;
        }
        return k;
    }

    /**
     * Whether a lower-case "party" or "parties" follows the name at tokens {@code i}..{@code j} after a space, and no
     * indefinite article opens it ("the Morena party"; "an Arlington party" is a gathering in Arlington). A country or
     * state before it stays a place ("the Texas party chairman"); any other name is the party's own name.
     */
    private boolean partyAfter(int i, int j) {
        if (j + 1 >= tokens.size() || tokens.get(j).possessive()
                || i > 0 && (tokens.get(i - 1).lower().equals("a") || tokens.get(i - 1).lower().equals("an"))) {
            return false; // "an Arlington party": a gathering in Arlington
        }
        Token next = tokens.get(j + 1);
        return next.spaceBefore() && !next.capitalised() && (next.lower().equals("party") || next.lower().equals("parties"));
    }

    /** Lower-case joiners inside Portuguese place names: "Mocímboa da Praia", "Nhica do Rovuma". */
    private static final java.util.Set<String> PORTUGUESE_JOINERS = java.util.Set.of("da", "do", "das", "dos");
    /** Countries that name places in Portuguese. */
    private static final java.util.Set<String> LUSOPHONE = java.util.Set.of("BR", "PT", "MZ", "AO", "CV", "GW", "ST", "TL");
    /** Portuguese common nouns that open a compound naming a feature of the place after the joiner ("Arcos da Lapa"). */
    private static final java.util.Set<String> PORTUGUESE_FEATURE_HEADS = java.util.Set.of("rio", "porto", "ponte", "vila",
            "aldeia", "arcos", "fortaleza", "campo", "campos", "serra", "barra", "foz", "praia", "ilha", "lagoa", "baía",
            "baia", "cabo", "monte", "morro", "largo", "praça", "praca", "igreja", "mosteiro", "torre", "castelo", "quinta",
            "fazenda", "estação", "estacao", "ribeira", "vale", "alto", "cidade", "nova", "nossa", "rua", "avenida",
            "travessa", "estrada", "rodovia");

    /**
     * "Mocímboa da Praia": a capitalised name, a Portuguese joiner ("da", "do", "das", "dos") and a capitalised name form
     * one place's name. When the gazetteer knows the whole ("Rio Grande do Sul", "Praia da Vitória"), the windows find
     * it and this returns -1. When it does not, and the first name is a town of a Portuguese-speaking country that is
     * no common noun ("Arcos da Lapa" is an aqueduct of Lapa), the compound is one mention resolved to that town
     * (GeoNames lists the Mozambican town as "Mocímboa"), so the name after the joiner is never read on its own
     * ("Praia", Cape Verde's capital). A given name first that is no well-known place makes the compound a person's name
     * ("Pedro da Silva"), and nothing of it is a place. Spanish, Italian and French joiners are left to the windows: there the first word is
     * as often a feature of the place after it ("Laguna de Bay", "Monasterio de Tarlac"). Returns the last token
     * index the compound covers, or -1.
     */
    private int romanceCompound(int i, int to) {
        if (i + 2 > to || tokens.get(i).allCaps() || !PORTUGUESE_JOINERS.contains(tokens.get(i + 1).text())
                || PORTUGUESE_FEATURE_HEADS.contains(tokens.get(i).lower())
                || !tokens.get(i + 2).capitalised() || Words.FUNCTION.contains(tokens.get(i + 2).lower())) {
            return -1;
        }
        int j = compoundEnd(i, i + 2, to);
        if (knownFrom(i, i + 2, j)) {
            return -1; // known as a whole (or a longer known name starts here): the windows find it
        }
        List<Candidate> head = lookup.exact(tokens.get(i).text());
        if (GivenNames.contains(tokens.get(i).text()) && !NameEvidence.isWellKnown(head)) {
            coveredUpTo = j;
            return j; // "Pedro da Silva": a person; but "Salvador do Sul" is a town
        }
        if (head.isEmpty() || !LUSOPHONE.contains(head.get(0).place().countryCode())
                || !evidence.acceptableWord(tokens.get(i), head) || !evidence.prefixAllows(run, i, coveredUpTo)) {
            return -1;
        }
        head = head.stream().filter(c -> LUSOPHONE.contains(c.place().countryCode())).toList();
        add(i, j, KindCue.NONE, false, head, UNSURE);
        return j;
    }

    /**
     * Whether tokens {@code i}..{@code end} have the shape {@link #romanceCompound} reads as one town's name: a town of
     * a Portuguese-speaking country, a Portuguese joiner and capitalised words up to {@code end}, the whole unknown.
     * Then a kind word after {@code end} ("Mocimboa da Praia districts") must not make the part after the joiner a
     * place of its own (Praia, Cape Verde).
     */
    private boolean lusophoneCompoundTo(int i, int end) {
        if (i + 2 > end || !PORTUGUESE_JOINERS.contains(tokens.get(i + 1).text()) || !tokens.get(i + 2).capitalised()
                || PORTUGUESE_FEATURE_HEADS.contains(tokens.get(i).lower()) || compoundEnd(i, i + 2, end) != end) {
            return false;
        }
        return lookup.exact(tokens.get(i).text()).stream().anyMatch(c -> LUSOPHONE.contains(c.place().countryCode()));
    }

    /**
     * The last token of a compound name starting at {@code i} whose part after its joiner starts at {@code from}: the
     * capitalised words that follow, joined by plain spaces, up to the gazetteer's longest name.
     */
    private int compoundEnd(int i, int from, int to) {
        int j = from;
        while (j + 1 <= to && tokens.get(j + 1).capitalised() && tokens.get(j + 1).spaceBefore() && j - i + 1 < maxWords) {
            j++;
        }
        return j;
    }

    /** Whether the gazetteer knows {@code tokens[i..k]} for some {@code k} from {@code from} to {@code j}, longest first. */
    private boolean knownFrom(int i, int from, int j) {
        for (int k = j; k >= from; k--) {
            if (!lookup.loose(Run.text(tokens, i, k)).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** Spanish and Portuguese saints' names that open a place's name: "San Lorenzo de Quinti", "Santiago de Anchucaya". */
    private static final java.util.Set<String> SAINT_HEADS = java.util.Set.of("san", "santa", "santo", "santiago", "são",
            "sao");
    /** Spanish joiners after a saint's name, and the articles that may follow them ("San José de los Chorrillos"). */
    private static final java.util.Set<String> SPANISH_JOINERS = java.util.Set.of("de", "del");
    private static final java.util.Set<String> SPANISH_ARTICLES = java.util.Set.of("la", "las", "los");

    /**
     * "San Lorenzo de Quinti", "Santiago de Anchucaya", "San José de los Chorrillos": a saint's name ("San", "Santa",
     * "Santo" and the saint, or "Santiago"), a Spanish joiner ("de", "del", with "la", "los", "las" after it) and a
     * capitalised name form one place's name: Hispanic America names thousands of towns and districts so, after the
     * patron saint and a distinguishing name. When the gazetteer knows the whole ("Santiago de Cuba", "San Juan de los
     * Morros") the windows find it and this returns -1. When it does not, the whole is one unresolved mention, so the
     * saint's name alone is never resolved to another town of that name (Santiago, the capital of Chile; one of the
     * hundreds of San Antonios). Unlike {@link #romanceCompound} the first word here is never a feature of the place
     * after the joiner. Returns the last token index covered, or -1.
     */
    private int saintCompound(int i, int to) {
        if (!SAINT_HEADS.contains(tokens.get(i).lower()) || tokens.get(i).allCaps()) {
            return -1;
        }
        int joiner = tokens.get(i).lower().equals("santiago") ? i + 1 : i + 2;
        if (joiner + 1 > to || joiner > i + 1 && !tokens.get(i + 1).capitalised()
                || !SPANISH_JOINERS.contains(tokens.get(joiner).text())) {
            return -1;
        }
        int name = joiner + 1;
        if (SPANISH_ARTICLES.contains(tokens.get(name).text())) {
            name++;
        }
        if (name > to || !tokens.get(name).capitalised() || Words.FUNCTION.contains(tokens.get(name).lower())) {
            return -1;
        }
        int j = compoundEnd(i, name, to);
        if (knownFrom(i, name, j)) {
            return -1; // known as a whole: the windows find it
        }
        if (!evidence.prefixAllows(run, i, coveredUpTo)) {
            return -1;
        }
        add(i, j, KindCue.NONE, false, List.of(), UNSURE);
        return j;
    }

    /**
     * "Basra al-Sham village": a known name followed by a word with a hyphenated Arabic article ("al-Sham") names
     * another place when the gazetteer does not know the whole ("Ras al-Ain", "Deir ez-Zor" it knows, and the
     * windows find them). The whole is kept as one unresolved mention, so that the head is not resolved to the
     * place it names alone (Basra in Iraq); a given name first makes it a person's name ("Bashar al-Assad"), and
     * nothing of it is a place. Returns the last token index covered, or -1 when that is not the shape, the whole is
     * known, or the head is unknown (the windows then do as before).
     */
    private int arabicCompound(int i, int to) {
        if (i + 1 > to || tokens.get(i).allCaps() || !isArabicArticleWord(tokens.get(i + 1).text())
                || isArabicArticleWord(tokens.get(i).text()) || Words.FUNCTION.contains(tokens.get(i).lower())) {
            return -1;
        }
        int j = i + 1;
        if (!lookup.loose(Run.text(tokens, i, j)).isEmpty() || lookup.exact(tokens.get(i).text()).isEmpty()) {
            return -1;
        }
        if (GivenNames.contains(tokens.get(i).text())) {
            coveredUpTo = j;
            return j;
        }
        if (!evidence.prefixAllows(run, i, coveredUpTo)) {
            return -1;
        }
        add(i, j, KindCue.NONE, false, List.of(), UNSURE);
        return j;
    }

    /** "al-Sham", "ez-Zor": a lower-case Arabic article, a hyphen and a capitalised word. */
    private static boolean isArabicArticleWord(String word) {
        int hyphen = word.indexOf('-');
        return hyphen >= 1 && hyphen + 1 < word.length() && Character.isLowerCase(word.charAt(0))
                && Words.ARABIC_ARTICLES.contains(word.substring(0, hyphen)) && Character.isUpperCase(word.charAt(hyphen + 1));
    }

    /**
     * "Springfield City Schools", "Dublin City Manager", "Limerick City and County Council": a name ending in a
     * capitalised "City" that the gazetteer has only as another name of a town called without it ("Dublin City" for
     * Dublin), followed by more capitalised words (also after "and"), is the town plus a cue; "Kansas City" and
     * "Boulder City" are names of their own, and so is "Gaza City" at the end of its run.
     */
    private boolean isCityByAlias(int i, int j, List<Candidate> candidates) {
        boolean more = j < run.last() && (tokens.get(j + 1).capitalised() // "Dublin City Council"
                || j + 1 < run.last() && (tokens.get(j + 1).text().equals("and") || tokens.get(j + 1).text().equals("&"))
                && tokens.get(j + 2).text().equals("County")); // "Limerick City and County Council", not "Quebec City and Montreal"
        if (!tokens.get(j).lower().equals("city") || !more || lookup.exact(Run.text(tokens, i, j - 1)).isEmpty()) {
            return false;
        }
        String key = org.placemap.gazetteer.NameNormalizer.fold(Run.text(tokens, i, j));
        return candidates.stream().noneMatch(c -> org.placemap.gazetteer.NameNormalizer.fold(c.place().name()).equals(key));
    }

    /**
     * Decides whether the window {@code tokens[i..j]}, which the gazetteer knows, is a place here;
     * adds its span and returns the last token index covered, or returns -1.
     */
    private int judge(int i, int j, List<Candidate> candidates) {
        Token first = tokens.get(i);
        boolean single = i == j;
        if (single && !evidence.acceptableWord(first, candidates)) {
            return -1;
        }
        if (!first.headline() && !evidence.prefixAllows(run, i, coveredUpTo)) {
            return -1;
        }
        if (!first.headline() && evidence.isInstitution(i, j, candidates) && !evidence.civicBodyFollows(run, j + 1)
                || evidence.hasInitial(i, j) || evidence.isPersonByContext(j, candidates) || evidence.isNumberedRoute(j, candidates)
                || evidence.isCarMake(i, j, candidates) || evidence.isPossessed(i, candidates)
                || evidence.isTeam(i, j, candidates) || evidence.isNamedThing(i, j, candidates)) {
            notAPlace = true;
            return -1; // "the White House", "Barry M. George", "McDonald, 24, of Archer", "the Bush administration", "CR 2202"
        }
        if (!first.headline() && partyAfter(i, j) && candidates.stream().noneMatch(c -> c.place().kind() == PlaceKind.COUNTRY
                || c.place().kind() == PlaceKind.ADMIN_REGION)) {
            notAPlace = true;
            return -1; // "Sheinbaum's Morena party", "the Jubilee party": a party's name, not Morena in India
        }
        KindCue.Match after = j < run.last() ? KindCue.after(tokens, j + 1) : KindCue.Match.NONE;
        boolean modifiesName = false;
        if (after.cue() == KindCue.NONE && j < run.last() && !first.headline()) {
            Token next = tokens.get(j + 1);
            boolean organisation = evidence.organisationFollows(run, j + 1);
            if (organisation && !NameEvidence.isWellKnown(candidates) && (single || !evidence.civicBodyFollows(run, j + 1))) {
                notAPlace = true;
                return -1; // "Gulf Cooperation Council"; but "Texas Department of Health" names Texas, and a
                           // known name of several words is the place ("East Hampton Police Department")
            }
            if (!organisation && next.text().equals("Station") && isOwnWellKnownTown(i, j, candidates)) {
                // "between Tokyo Station and Nagoya Station": a city's station is in the city, named after it
                add(i, j, KindCue.NONE, false, candidates, LIKELY, Mention.Form.ASSOCIATIVE);
                coveredUpTo = j + 1;
                return j + 1;
            }
            if (!organisation && Words.FEATURE_NOUNS.contains(next.lower())) {
                // "Jordan Valley" names the valley: keep it, unresolved, rather than place it on the country; the
                // feature's name goes on over further capitalised feature nouns ("Kings Canyon National Park")
                int k = featureNounsEnd(j + 1, run.last());
                add(i, k, KindCue.NONE, false, List.of(), UNSURE);
                return k;
            }
            if (Words.COMPASS.contains(next.lower()) && !next.allCaps() && candidates.stream().noneMatch(
                    c -> c.place().kind() == org.placemap.gazetteer.PlaceKind.COUNTRY || c.place().kind() == org.placemap.gazetteer.PlaceKind.ADMIN_REGION)) {
                notAPlace = true;
                return -1; // "Scott West Panthers", "Lincoln East High": a compass word after a name makes a school's or team's name
            }
            if (!organisation && !evidence.suffixAllows(next) && !evidence.timeAfterPlace(i, next)
                    && !(evidence.officeFollows(run, j + 1) && (holdsOffices(candidates)
                            || evidence.placeOnlyTitleFollows(run, j + 1) && !candidates.isEmpty()))) {
                // "Pakistan Defence Minister" names Pakistan; "Homeland Security Secretary" no town called Homeland
                if (!isCountryOrStateBeforeAName(i, j, candidates) && !(i < j && NameEvidence.isWellKnown(candidates)
                        && !Words.COMPASS.contains(tokens.get(i).lower())) && !routeEnd(i)) {
                    return -1; // "Vladimir Putin"; but a well-known city's name of several words is no first name
                               // ("Port of Los Angeles Executive Director Gene Seroka")
                }
                modifiesName = true; // "the Kenya Red Cross": Kenya, in its associative form
            }
        }
        if (evidence.isPersonName(run, i, j, after)) {
            return -1; // "Lt. Scott Peebles", "Chad Walker"
        }
        if (evidence.isNotAPlaceUse(run, i, j, candidates)) {
            notAPlace = true;
            return -1; // "US$460 million", "Marburg virus", "the New York Times"
        }
        if (j == run.last() && evidence.isStreetOrSpeaker(i, j, candidates)) {
            return -1; // "Lakeview and Harrison streets", "Walker said", "Moore's Ford"
        }
        boolean suffixCue = after.cue() != KindCue.NONE;
        KindCue cue = suffixCue ? after.cue() : KindCue.before(text, tokens, i);
        if (cue == KindCue.NONE) {
            cue = KindCue.ofOfficeAfter(tokens, j + 1); // "Isabela Governor Rodolfo Albano": the province, not the city
        }
        KindCue.Match adminBefore = suffixCue ? KindCue.Match.NONE : KindCue.adminBefore(tokens, i);
        KindCue.Match lookedUpWith = suffixCue ? after : adminBefore;
        // "Barber County" in "Barber, Barton and Pratt counties", "Departamento de Punilla" in "the department of Punilla"
        List<Candidate> found = lookedUpWith.cue() != KindCue.NONE
                ? Lookup.merge(lookup.withCue(Run.text(tokens, i, j), lookedUpWith), candidates) : candidates;
        if (cue == KindCue.CITY) {
            found = lookup.withSeatOfCity(found); // "the city of Nabatieh": the governorate's seat, however GeoNames spells it
        }
        double recognition = cue != KindCue.NONE || !single ? SURE : first.ambiguousCase() ? UNSURE : LIKELY;
        if (after.cue() == KindCue.ADMIN && !after.plural() && j + after.tokens() <= run.last()
                && (!Words.ORGANISATION_CUES.contains(tokens.get(j + 1).lower()) || namesItsState(j, found))) {
            // "Laurel County", "Rapides Parish": a capitalised admin noun is part of the name. When the
            // gazetteer lacks the county, the town of that name (in the article's region, by the context
            // passes) stands in for it, with lower confidence: counties are often named after their seat.
            int last = j + after.tokens();
            boolean known = found.stream().anyMatch(c -> KindCue.ADMIN.wants(c.place().kind()));
            add(i, last, cue, true, found, known ? recognition : UNSURE);
            return last;
        }
        int start = compassStart(i, found);
        if (start < i && greaterStart(i, found) == i) {
            found = compassArea(start, j, found);
        }
        add(start, j, cue, suffixCue, found, recognition,
                modifiesName || evidence.modifiesOrganisation(run, j) ? Mention.Form.ASSOCIATIVE : Mention.Form.NAME);
        return j;
    }

    /**
     * "the Kenya Red Cross", "Nigeria Police Force", "the Ohio Valley Conference": the own name of a country or a
     * first-level region (not an alternate, not a given name: "Jordan Peterson", "Georgia Brown" are people; not a
     * compass word: "South-East" is a district of Botswana) before further capitalised words that are no place names,
     * no demonym and no acronym ("Kursk NPP" is a power plant's own name, the subject of its distances) names whatever
     * those words name, so it is a mention in its associative form. A town's name there stays a person's first name or part of another
     * name ("Vladimir Putin", "Wartburg State School").
     */
    private boolean isCountryOrStateBeforeAName(int i, int j, List<Candidate> candidates) {
        Token first = tokens.get(i);
        Token next = tokens.get(j + 1);
        if (GivenNames.contains(first.text()) || Words.COMPASS.contains(first.lower().replace("-", ""))
                || evidence.demonymCountry(next.text()) != null || next.allCaps()) {
            return false; // "South-east Asian": Botswana's South-East district is no modifier of "Asian"; "Kursk NPP" a plant
        }
        if (run.last() + 1 < tokens.size() && KindCue.after(tokens, run.last() + 1).cue() != KindCue.NONE) {
            return false; // "Aceh Besar district": the whole run is the name of a place of that kind
        }
        String key = org.placemap.gazetteer.NameNormalizer.fold(Run.text(tokens, i, j));
        return candidates.stream().anyMatch(c -> (c.place().kind() == org.placemap.gazetteer.PlaceKind.COUNTRY
                || c.place().kind() == org.placemap.gazetteer.PlaceKind.ADMIN_REGION)
                && org.placemap.gazetteer.NameNormalizer.fold(c.place().name()).equals(key));
    }

    /**
     * "South Caucasus", "North Africa", "Eastern Mediterranean": a capitalised compass word right before
     * a region or sea of the gazetteer is part of the name of a sub-region, which the gazetteer lacks; the
     * mention spans both words and stands on the larger region. Before a country, state or town the word
     * stays a modifier ("East Texas", "Northern Syria" name Texas and Syria). "Greater" before a place that is no
     * country is part of the name of its metropolitan area ("Greater Cairo"), which stands on the place itself.
     */
    /** A city or town known well enough to be meant inside a longer name, by its own name ("Tokyo", "Nagoya"). */
    private boolean isOwnWellKnownTown(int i, int j, List<Candidate> candidates) {
        String name = Run.text(tokens, i, j);
        return !candidates.isEmpty() && (candidates.get(0).place().kind() == org.placemap.gazetteer.PlaceKind.POPULATED_PLACE
                || candidates.get(0).place().kind() == org.placemap.gazetteer.PlaceKind.CAPITAL)
                && NameEvidence.isOwnWellKnownName(name, candidates.subList(0, 1));
    }

    /**
     * "Greater Cairo", "the Greater Valparaiso region": "Greater" right before a place that is no country names the
     * place's metropolitan area, which stands on the place itself; the mention starts at "Greater" ({@code i - 1}),
     * else at {@code i}.
     */
    private int greaterStart(int i, List<Candidate> candidates) {
        return i - 1 >= run.first() && i - 1 > coveredUpTo && !candidates.isEmpty() && tokens.get(i).spaceBefore()
                && tokens.get(i - 1).text().equals("Greater")
                && candidates.get(0).place().kind() != org.placemap.gazetteer.PlaceKind.COUNTRY ? i - 1 : i;
    }

    private int compassStart(int i, List<Candidate> candidates) {
        if (i - 1 < run.first() || i - 1 <= coveredUpTo || candidates.isEmpty() || !tokens.get(i).spaceBefore()) {
            return i;
        }
        org.placemap.gazetteer.PlaceKind kind = candidates.get(0).place().kind();
        Token prev = tokens.get(i - 1);
        if (greaterStart(i, candidates) < i) {
            return i - 1;
        }
        boolean compass = Words.COMPASS.contains(prev.lower()) && prev.capitalised() && !prev.allCaps();
        return compass && (kind == org.placemap.gazetteer.PlaceKind.REGION || kind == org.placemap.gazetteer.PlaceKind.SEA) ? i - 1 : i;
    }

    /**
     * "the North Atlantic", "the South Pacific": a compass word before a name whose best reading is a sea or a region
     * names a part of that area, never a town that shares the name (Atlantic, Iowa): only the areas stay candidates,
     * and an ocean named with the compass word ("North Atlantic Ocean") comes first.
     */
    private List<Candidate> compassArea(int start, int j, List<Candidate> found) {
        List<Candidate> areas = found.stream().filter(c -> c.place().kind() == org.placemap.gazetteer.PlaceKind.SEA
                || c.place().kind() == org.placemap.gazetteer.PlaceKind.REGION).toList();
        List<Candidate> ocean = lookup.exact(Run.text(tokens, start, j) + " Ocean").stream()
                .filter(c -> c.place().kind() == org.placemap.gazetteer.PlaceKind.SEA).toList();
        List<Candidate> merged = Lookup.merge(ocean, areas);
        return merged.isEmpty() ? found : merged;
    }

    /**
     * "New Jersey-based", "North Carolina-born", "Hong Kong-listed": a name of several words whose last word the tokenizer
     * joined to a lower-case word by a hyphen ("Hani El-Egeizi", a person, is no such case). When the words from
     * {@code tokens[i]} to the part before the first hyphen of a later token of the run are a name the gazetteer knows, that name is the mention (ending at the hyphen), not the last
     * word alone ("Jersey", the island) that {@link #splitHyphenated} would find. Returns the hyphenated token's index, or
     * -1.
     */
    private int nameBeforeHyphen(int i, int to) {
        for (int h = i + 1; h <= Math.min(to, i + maxWords - 1); h++) {
            Token t = tokens.get(h);
            int hyphen = t.text().indexOf('-');
            if (hyphen > 0 && hyphen + 1 < t.text().length() && Character.isLowerCase(t.text().charAt(hyphen + 1))) {
                String head = t.text().substring(0, hyphen);
                String name = Run.text(tokens, i, h - 1) + " " + head;
                List<Candidate> candidates = lookup.loose(name);
                if (candidates.isEmpty() || !evidence.prefixAllows(run, i, coveredUpTo)
                        || evidence.isPersonName(run, i, h - 1, KindCue.Match.NONE)) {
                    return -1;
                }
                int start = tokens.get(i).start();
                int end = t.start() + hyphen;
                out.add(new Span(start, end, text.substring(start, end), KindCue.NONE, false, candidates, SURE, zone,
                        Mention.Form.NAME));
                coveredUpTo = h;
                return h;
            }
            if (hyphen > 0 && hyphen + 1 < t.text().length() && Character.isUpperCase(t.text().charAt(hyphen + 1))
                    && routeOfTwo(i, h, hyphen)) {
                return h;
            }
            if (!t.spaceBefore()) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "the Tel Aviv-Jerusalem train": a name of several words joined by a hyphen to a capitalised name is a pair of
     * places when the whole is no name the gazetteer knows ("Tel Aviv-Yafo" is one), both halves are, and one of them
     * is well known, like a pair of one-word names ({@link #splitHyphenated}). Adds both and returns whether it did.
     */
    private boolean routeOfTwo(int i, int h, int hyphen) {
        Token t = tokens.get(h);
        String tail = t.text().substring(hyphen + 1);
        if (tail.indexOf('-') >= 0 || !lookup.loose(Run.text(tokens, i, h)).isEmpty()) {
            return false;
        }
        String name = Run.text(tokens, i, h - 1) + " " + t.text().substring(0, hyphen);
        List<Candidate> head = lookup.loose(name);
        if (head.isEmpty() || !evidence.prefixAllows(run, i, coveredUpTo)
                || evidence.isPersonName(run, i, h - 1, KindCue.Match.NONE)) {
            return false;
        }
        Span second = hyphenPart(t, tail, t.start() + hyphen + 1);
        if (second == null || !(NameEvidence.isWellKnown(head) || NameEvidence.isWellKnown(second.candidates()))) {
            return false;
        }
        int start = tokens.get(i).start();
        int end = t.start() + hyphen;
        out.add(new Span(start, end, text.substring(start, end), KindCue.NONE, false, head, SURE, zone, Mention.Form.NAME));
        out.add(second);
        coveredUpTo = h;
        return true;
    }

    /**
     * "the Muzaffarpur to Hyderabad Express", "the Darbhanga to Ajmer Amrit Bharat Express": a name right after "to"
     * and a place name before it is the far end of a route, whatever capitalised words (a train's, a road's) follow
     * it; they do not make it a first name.
     */
    private boolean routeEnd(int i) {
        if (i < 2) {
            return false;
        }
        Token to = tokens.get(i - 1);
        Token from = tokens.get(i - 2);
        return to.text().equals("to") && from.capitalised() && !from.sentenceStart() && from.text().length() >= 3
                && !Words.isStopWord(from.lower()) && !lookup.exact(from.text()).isEmpty();
    }

    /** "Russia-Israel relations": when the compound is unknown, its capitalised parts may be names. */
    private void splitHyphenated(Token t) {
        String word = t.text();
        if (word.indexOf('-') < 0 || !word.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '.')) {
            return; // "Pantsir-S1", "Su-24": model designations, not pairs of names
        }
        // every capitalised part must be a place or a nationality ("Egypt-US", "Israeli-Palestinian",
        // "Texas-based"), else the compound is a name of its own ("Wal-Mart", "Hewlett-Packard")
        List<Span> parts = new java.util.ArrayList<>();
        int partStart = 0;
        for (int k = 0; k <= word.length(); k++) {
            if (k == word.length() || word.charAt(k) == '-') {
                String part = word.substring(partStart, k);
                boolean tag = part.length() <= 3 && part.chars().allMatch(Character::isUpperCase);
                if (!part.isEmpty() && Character.isUpperCase(part.charAt(0))) {
                    int s = t.start() + partStart;
                    Span span = hyphenPart(t, part, s);
                    if (span != null) {
                        parts.add(span);
                    } else if (!tag) {
                        return;
                    } // "D-Columbus", "Watertown-ML": a party letter or short tag does not make a name
                }
                partStart = k + 1;
            }
        }
        boolean anyWellKnown = parts.stream().anyMatch(p -> p.form() == Mention.Form.DEMONYM || NameEvidence.isWellKnown(p.candidates()));
        // "the new Hinsdale-to-Brattleboro bridge": "-to-" between two names says they are the two ends of a route,
        // however small the towns; without it, small towns named Wal and Mart do not make "Wal-Mart" a pair of places
        boolean route = parts.size() == 2 && ROUTE_COMPOUND.matcher(word).matches();
        if (anyWellKnown || route) {
            out.addAll(parts);
        }
    }

    /** Two capitalised names joined by "-to-": "Hinsdale-to-Brattleboro", "Halifax-to-Moncton". */
    private static final java.util.regex.Pattern ROUTE_COMPOUND =
            java.util.regex.Pattern.compile("\\p{Lu}[\\p{L}.]*-to-\\p{Lu}[\\p{L}.]*");

    private Span hyphenPart(Token t, String part, int s) {
        org.placemap.gazetteer.Place country = evidence.demonymCountry(part);
        if (country != null) {
            return new Span(s, s + part.length(), part, KindCue.NONE, false, List.of(new Candidate(country, 5.0)),
                    UNSURE, zone, Mention.Form.DEMONYM);
        }
        Token piece = new Token(s, s + part.length(), part, true, false, false, t.sentenceStart(), t.headline());
        boolean acronym = part.length() >= 2 && piece.allCaps();
        if (part.length() < 3 && !acronym) {
            return null;
        }
        List<Candidate> candidates = lookup.exact(part);
        if (candidates.isEmpty() || !evidence.acceptableWord(piece, candidates)) {
            return null;
        }
        return new Span(s, s + part.length(), part, KindCue.NONE, false, candidates, UNSURE, zone);
    }

    private void add(int i, int j, KindCue cue, boolean suffixCue, List<Candidate> candidates, double recognition) {
        add(i, j, cue, suffixCue, candidates, recognition,
                evidence.modifiesOrganisation(run, j) ? Mention.Form.ASSOCIATIVE : Mention.Form.NAME);
    }

    private void add(int i, int j, KindCue cue, boolean suffixCue, List<Candidate> candidates, double recognition,
                     Mention.Form form) {
        int start = tokens.get(i).start();
        int end = tokens.get(j).end();
        if (i == j && end < text.length() && text.charAt(end) == '.' && !tokens.get(i).text().endsWith(".")) {
            String dotted = tokens.get(i).text() + ".";
            List<Candidate> abbreviated = candidates.stream()
                    .filter(c -> c.place().alternateNames().stream().anyMatch(dotted::equalsIgnoreCase)).toList();
            if (!abbreviated.isEmpty()) {
                end++; // "Vanderburgh, Ind.": the abbreviation's dot is part of the name, and it means Indiana
                candidates = abbreviated;
            }
        }
        out.add(new Span(start, end, text.substring(start, end), cue, suffixCue, candidates, recognition, zone, form));
        coveredUpTo = j;
    }
}
