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

    DocumentFacts(List<Token> tokens, Lookup lookup) {
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
    }

    boolean writtenInLowerCase(String lower) {
        return lowercase.contains(lower);
    }

    boolean capitalisedMidSentence(String lower) {
        return capitalisedMidSentence.contains(lower);
    }

    /** Whether {@code word} is the surname of a person named in full elsewhere in the article. */
    boolean isSurname(String word) {
        return surnames.contains(key(word));
    }

    private void collectSurname(List<Token> tokens, Run run, Lookup lookup) {
        if (tokens.get(run.first()).headline()) {
            return;
        }
        int first = run.first();
        boolean afterPersonNoun = first > 0 && tokens.get(first).spaceBefore()
                && Words.PERSON_NOUNS.contains(tokens.get(first - 1).text());
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
        if (nameStart < 0 && looksLikeFullName(tokens, run, lookup)) {
            nameStart = first;
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
            surnames.add(key(tokens.get(last).text()));
        }
    }

    /**
     * Two to four capitalised words that are not a known name as a whole, do not start with a function
     * word, modifier or nationality, and contain no organisation or feature noun: "Bashar al-Assad",
     * "Doug Mataconis".
     */
    private static boolean looksLikeFullName(List<Token> tokens, Run run, Lookup lookup) {
        int n = run.last() - run.first() + 1;
        if (n < 2 || n > 4) {
            return false;
        }
        Token head = tokens.get(run.first());
        String h = head.lower();
        if (Words.isStopWord(h) || Words.GEO_MODIFIERS.contains(h) || Words.looksLikeDemonym(h)
                || Words.isAdjectiveCompound(head.text()) || head.allCaps()) {
            return false;
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
