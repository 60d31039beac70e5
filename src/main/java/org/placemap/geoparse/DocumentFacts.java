package org.placemap.geoparse;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.placemap.gazetteer.NameNormalizer;

/**
 * What one article says about its own words, gathered before recognition so that every occurrence of a
 * word is judged with the whole article in view (one sense per discourse):
 * <ul>
 *   <li>words the article also writes in lower case ("deal", "new"): capitalised only at a sentence
 *       start or in a headline, they are common words, not places;</li>
 *   <li>words it capitalises mid-sentence: names;</li>
 *   <li>surnames of people it names in full ("President Vladimir Putin", "analyst Alexander Baunov"):
 *       the bare surname elsewhere is the person, even if a town bears the name.</li>
 * </ul>
 */
final class DocumentFacts {

    private final Set<String> lowercase = new HashSet<>();
    private final Set<String> capitalisedMidSentence = new HashSet<>();
    private final Set<String> surnames = new HashSet<>();
    /** Surnames known only as the last of two to four unknown capitalised words ({@link #looksLikeFullName}). */
    private final Set<String> lookalikeSurnames = new HashSet<>();
    /** Surnames the article uses alone for a person by context (a speaker, an age, a relative), not only in full. */
    private final Set<String> surnamesByContext = new HashSet<>();
    /** Surnames of people named after a title, a person noun or a given name ("Governor Hwaida Turk"). */
    private final Set<String> titledSurnames = new HashSet<>();

    private final String source;
    private static final Set<String> PREPOSITIONS = Set.of("of", "in", "at", "from", "to", "for", "by", "with", "near", "on");

    DocumentFacts(String source, List<Token> tokens, Lookup lookup) {
        this.source = source;
        for (Token t : tokens) {
            if (Character.isLowerCase(t.text().charAt(0)) && !t.capitalised()) {
                lowercase.add(t.lower());
            } else if (t.capitalised() && !t.ambiguousCase()) {
                capitalisedMidSentence.add(t.lower());
            }
        }
        for (Run run : Run.all(tokens)) {
            collectSurname(tokens, run, lookup);
        }
        collectPeopleByContext(tokens, lookup);
        forgetLookalikesPlacedByDistance(tokens);
    }

    /**
     * A surname known only from a look-alike full name ("Athough Vernon has", a typo at a sentence start) is forgotten
     * when the article measures a distance from the same word ("34 kilometres northwest of Vernon"): the article
     * uses it as a place, and one doubtful reading as a person must not remove it from the whole article.
     */
    private void forgetLookalikesPlacedByDistance(List<Token> tokens) {
        lookalikeSurnames.removeAll(surnamesByContext);
        if (lookalikeSurnames.isEmpty()) {
            return;
        }
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            Token next = k + 1 < tokens.size() ? tokens.get(k + 1) : null;
            boolean alone = next == null || !next.capitalised() || !next.spaceBefore() || t.possessive(); // not "Key West"
            if (alone && t.capitalised() && DistancePhrase.endsAt(source, t.start())) {
                String key = key(t.text()); // folding is the costly part: only for the few words after a distance
                if (lookalikeSurnames.contains(key)) {
                    surnames.remove(key);
                }
            }
        }
    }

    /**
     * Single capitalised words that the article treats as people, wherever they occur: a possessor of a
     * relative or of something only people have ("Markel's mother", "Parker's attorney"), a name with an
     * age ("McDonald, 24, of Archer"), or a speaker ("Welch said"). Countries, first-level regions and
     * well-known towns are exempt ("Moscow said", "Ohio's governor" is not in the list of nouns).
     */
    private void collectPeopleByContext(List<Token> tokens, Lookup lookup) {
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (!t.capitalised() || t.allCaps() || (k > 0 && tokens.get(k - 1).capitalised() && t.spaceBefore() && !tokens.get(k - 1).possessive())) {
                continue; // only a name of one word: "Welch", not "Kansas City"
            }
            Token next = k + 1 < tokens.size() ? tokens.get(k + 1) : null;
            if (next != null && next.capitalised() && next.spaceBefore() && !t.possessive()) {
                continue;
            }
            boolean person = false;
            Token prev = k > 0 ? tokens.get(k - 1) : null;
            String gap = prev == null ? "" : source.substring(prev.end(), t.start());
            if (prev != null && !prev.capitalised() && Words.KIN_NOUNS.contains(prev.lower()) && (gap.equals(" ") || gap.equals(", "))
                    && !t.possessive()) {
                person = true; // "his widow Kate", "his wife, Amelia", "cousins Dillon and Connor"
            } else if (t.possessive() && next != null && !next.capitalised() && Words.PERSONAL_NOUNS.contains(next.lower())) {
                person = true;
            } else if (!t.possessive() && next != null && next.spaceBefore() && !next.capitalised()
                    && Words.SPEECH_VERBS.contains(next.lower()) && !t.headline()
                    && (k == 0 || !PREPOSITIONS.contains(tokens.get(k - 1).lower()))) {
                // "Welch said", also opening a sentence ("Hilton said she …": places that speak there are countries,
                // regions and well-known towns, exempt below); but "a spokesman for the city of Sevierville said" 
                person = true;
            } else if (!t.possessive() && next != null && next.text().length() <= 2 && next.text().chars().allMatch(Character::isDigit)
                    && t.end() + 2 == next.start() && text(tokens, t, next).equals(", ")
                    && next.end() < source.length() && source.charAt(next.end()) == ',') {
                person = true; // "McDonald, 24,"
            }
            if (person && !Words.isStopWord(t.lower())
                    && !NameEvidence.isWellKnown(lookup.exact(t.text()))) {
                surnames.add(key(t.text()));
                surnamesByContext.add(key(t.text()));
            }
        }
    }

    private String text(List<Token> tokens, Token a, Token b) {
        return source.substring(a.end(), b.start());
    }

    boolean writtenInLowerCase(String lower) {
        return lowercase.contains(lower);
    }

    boolean capitalisedMidSentence(String lower) {
        return capitalisedMidSentence.contains(lower);
    }

    /**
     * Whether the article uses {@code word} alone for a person by context ("Hilton said", "Hilton, 42,"), not only as
     * the last of two unknown capitalised words (which may be a firm's name: "Ozark Dodge").
     */
    boolean isSurnameByContext(String word) {
        return surnamesByContext.contains(key(word));
    }

    /** Whether {@code word} is the surname of a person named in full elsewhere in the article. */
    boolean isSurname(String word) {
        return surnames.contains(key(word));
    }

    /**
     * Whether {@code word} is the surname of a person the article names after a title, a person noun or a given name
     * ("Governor Hwaida Turk"), not only as the last of two unknown capitalised words ("Fresh Russian shelling").
     */
    boolean isSurnameOfTitledPerson(String word) {
        return titledSurnames.contains(key(word)); // not "Syrians told Reuters": a speaker by context is no titled person
    }

    private void collectSurname(List<Token> tokens, Run run, Lookup lookup) {
        if (tokens.get(run.first()).headline()) {
            return;
        }
        int first = run.first();
        boolean afterPersonNoun = first > 0 && tokens.get(first).spaceBefore()
                && (Words.PERSON_NOUNS.contains(tokens.get(first - 1).text())
                    || SEEDED.matcher(tokens.get(first - 1).text()).matches());
        int nameStart = -1;
        for (int i = run.first(); i <= run.last(); i++) {
            if (Words.TITLES.contains(tokens.get(i).lower())) {
                nameStart = i + 1; // "Russian President Vladimir Putin": the name follows the last title
            }
        }
        if (nameStart < 0 && afterPersonNoun) {
            nameStart = first;
        }
        if (nameStart < 0 && run.last() > first && GivenNames.contains(tokens.get(first).text())
                && tokens.get(first + 1).capitalised() && !Words.COMMON_NOUNS.contains(tokens.get(first + 1).lower())
                && !Words.ORGANISATION_HEADS.contains(tokens.get(first + 1).lower())) {
            nameStart = first; // "Chad Walker": a given name and a surname
        }
        for (int k = first; nameStart < 0 && k < run.last(); k++) {
            Token next = tokens.get(k + 1);
            if (k > first && GivenNames.contains(tokens.get(k).text()) && next.capitalised()
                    && !Words.COMMON_NOUNS.contains(next.lower()) && !Words.ORGANISATION_HEADS.contains(next.lower())) {
                nameStart = k; // "Anderson County Sheriff Greg Taylor": the person starts at the given name
            }
        }
        boolean lookalike = false;
        if (nameStart < 0 && looksLikeFullName(tokens, run, lookup)) {
            nameStart = first;
            lookalike = !afterPersonNoun;
        }
        if (nameStart < 0 || nameStart > run.last()) {
            return;
        }
        // the surname is the last capitalised token before any connector such as "of"
        int last = -1;
        for (int i = nameStart; i <= run.last(); i++) {
            Token t = tokens.get(i);
            if (!t.capitalised() && !Words.CONNECTORS.contains(t.lower())) {
                break;
            }
            if (t.capitalised()) {
                last = i;
            } else if (!t.lower().equals("bin") && !t.lower().equals("ibn") && !t.lower().equals("al")) {
                break; // "Secretary General of Nato": "of" ends the name
            }
        }
        if (last >= 0 && (last > nameStart || afterPersonNoun || nameStart > first)) {
            String key = key(tokens.get(last).text());
            if (lookalike && !surnames.contains(key)) {
                lookalikeSurnames.add(key);
            } else {
                lookalikeSurnames.remove(key); // also a surname by stronger evidence
            }
            if (!lookalike) {
                titledSurnames.add(key);
            }
            surnames.add(key);
        }
    }

    /**
     * Two to four capitalised words that are not a known name as a whole, do not start with a function
     * word, modifier, nationality or club word and do not end in a club word, and contain no organisation or feature noun: "Bashar al-Assad",
     * "Doug Mataconis".
     */
    private static boolean looksLikeFullName(List<Token> tokens, Run run, Lookup lookup) {
        int n = run.last() - run.first() + 1;
        if (n < 2 || n > 4) {
            return false;
        }
        Token head = tokens.get(run.first());
        String h = head.lower();
        // adjective endings only: "-i" and "-an" end many given names ("Kwesi Millington", "Brian Town")
        if (Words.isStopWord(h) || Words.GEO_MODIFIERS.contains(h) || Words.looksLikeAdjective(h) || Words.GROUP_WORDS.contains(h)
                || Words.isAdjectiveCompound(head.text()) || head.allCaps()
                || Words.CLUB_PREFIXES.contains(head.text()) || Words.CLUB_SUFFIXES.contains(tokens.get(run.last()).text())) {
            return false; // "Real Madrid", "Aston Villa": a club, and "Madrid" elsewhere is not a surname
        }
        for (int i = run.first(); i <= run.last(); i++) {
            String w = tokens.get(i).lower();
            if (Words.ORGANISATION_HEADS.contains(w) || Words.FEATURE_NOUNS.contains(w) || Words.CALENDAR.contains(w)
                    || (!tokens.get(i).capitalised() && !Words.CONNECTORS.contains(w))
                    || KindCue.after(tokens, i).cue() != KindCue.NONE) {
                return false;
            }
        }
        String whole = run.text(tokens);
        if (!lookup.loose(whole).isEmpty()) {
            return false;
        }
        // "SOS Children's Villages Sudan": a country or region at the end is not a surname
        return lookup.exact(tokens.get(run.last()).text()).stream()
                .noneMatch(c -> c.place().kind() == org.placemap.gazetteer.PlaceKind.COUNTRY
                        || c.place().kind() == org.placemap.gazetteer.PlaceKind.ADMIN_REGION);
    }

    /**
     * A player's seeding before a name: "the top-seeded Halep", "second-seeded", "unseeded", "seed" ("third seed
     * Halep"): the name is a person's (news14: "overwhelming the top-seeded Halep 6-2, 6-3" read Aleppo, whose Turkish
     * name it is).
     */
    private static final java.util.regex.Pattern SEEDED = java.util.regex.Pattern.compile(
            "(?:[a-z]+-)?seeded|unseeded|seed");

    /** "al-Assad" and "Assad" are one surname. */
    static String key(String word) {
        String folded = NameNormalizer.fold(word);
        int space = folded.indexOf(' ');
        if (space > 0 && Words.ARABIC_ARTICLES.contains(folded.substring(0, space))) {
            return folded.substring(space + 1);
        }
        return folded;
    }
}
