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

    private final List<Token> tokens;
    private final DocumentFacts facts;
    private final Lookup lookup;

    NameEvidence(List<Token> tokens, DocumentFacts facts, Lookup lookup) {
        this.tokens = tokens;
        this.facts = facts;
        this.lookup = lookup;
    }

    /** Single-word checks: function words, calendar, titles, surnames, acronyms, adjectives, common words. */
    boolean acceptableWord(Token t, List<Candidate> candidates) {
        String w = t.lower();
        if (w.length() < 2 || Words.isStopWord(w) || Words.ORGANISATION_HEADS.contains(w)
                || Words.GEO_MODIFIERS.contains(w) || facts.isSurname(t.text())) {
            return false;
        }
        boolean country = candidates.stream().anyMatch(c -> c.place().kind() == PlaceKind.COUNTRY);
        if (t.allCaps() && !country) {
            return false; // "HTS", "GCC": acronyms are organisations unless they name a country
        }
        double best = candidates.get(0).score();
        if (Words.looksLikeDemonym(w) && !country && best < NOTABLE_PRIOR) {
            return false; // "Kurdish", "Syrian": adjectives that happen to match a small place
        }
        if (t.ambiguousCase()) {
            if (facts.writtenInLowerCase(w)) {
                return false; // "Deal" in a headline, "Most" at a sentence start
            }
            return facts.capitalisedMidSentence(w) || best >= NOTABLE_PRIOR;
        }
        return true;
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
        if (Words.TITLES.contains(w)) {
            return false;
        }
        return prev.ambiguousCase() || Words.FUNCTION.contains(w) || Words.GEO_MODIFIERS.contains(w)
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
        boolean isName = w.length() >= 3 && !Words.isStopWord(w) && !lookup.exact(next.text()).isEmpty();
        return isName || facts.writtenInLowerCase(w);
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

    /**
     * "the White House": a multi-word name after "the" that the gazetteer knows only as towns is a
     * building or institution (towns do not take the article; regions and features do).
     */
    boolean isInstitution(int i, List<Candidate> candidates) {
        if (i == 0 || !tokens.get(i).spaceBefore() || !tokens.get(i - 1).text().equals("the")) {
            return false;
        }
        return candidates.stream().allMatch(c -> c.place().kind().category() == PlaceKind.MapCategory.CITY
                || c.place().kind() == PlaceKind.AIRPORT);
    }

    /** A name that only its cue makes a place: not a function word, nationality, surname or organisation. */
    boolean plausibleUnknownName(Token t) {
        String w = t.lower();
        return !(Words.isStopWord(w) || Words.looksLikeDemonym(w) || facts.isSurname(t.text())
                || Words.ORGANISATION_HEADS.contains(w) || t.headline() || t.allCaps());
    }
}
