package org.placemap.geoparse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.placemap.corpus.Article;
import org.placemap.corpus.Zone;
import org.placemap.gazetteer.Candidate;
import org.placemap.gazetteer.PlaceKind;

/**
 * Finds place names in an article.
 *
 * <h2>Algorithm</h2>
 * Inside each {@link Run} of capitalised words (boilerplate skipped), windows are tried longest first,
 * up to the gazetteer's longest name; a window is kept when the gazetteer knows it and the words around
 * it do not say it is something else ({@link RunScan#judge}). A hyphenated pair of names
 * ("Russia-Israel") is split when the whole is unknown. A kind cue after or before a name ("Khmeimim air
 * base", "the city of Hama", "Quneitra and Daraa provinces") is attached, tried as part of the lookup,
 * and makes an unknown name a mention of its own, left unresolved.
 *
 * <h2>Limitations</h2>
 * Names must be capitalised; nationality adjectives ("Syrian") are not yet mentions of their country;
 * metonyms without a gazetteer entry ("the Kremlin") are not found.
 */
final class Recognizer {

    /** Best prior a single word must reach when its capitals prove nothing (sentence start, headline). */
    static final double NOTABLE_PRIOR = 4.0;

    private static final double SURE = 0.95;
    private static final double LIKELY = 0.85;
    private static final double UNSURE = 0.7;

    private final Lookup lookup;
    private final int maxWords;

    Recognizer(Lookup lookup) {
        this.lookup = lookup;
        this.maxWords = Math.max(1, lookup.maxNameWords());
    }

    List<Span> recognise(Article article, List<Token> tokens, DocumentFacts facts) {
        List<Span> spans = new ArrayList<>();
        for (Run run : Run.all(tokens)) {
            Zone zone = article.zoneAt(tokens.get(run.first()).start());
            if (zone == Zone.BOILERPLATE) {
                continue;
            }
            new RunScan(article.text(), tokens, run, zone, facts, spans).scan();
        }
        propagatePluralCues(article.text(), spans);
        return spans;
    }

    /** Recognition inside one run; appends to {@code out}. */
    private final class RunScan {
        private final String text;
        private final List<Token> tokens;
        private final Run run;
        private final Zone zone;
        private final DocumentFacts facts;
        private final List<Span> out;
        private final KindCue.Match cueAfter;
        private int coveredUpTo; // last token index inside an accepted span

        RunScan(String text, List<Token> tokens, Run run, Zone zone, DocumentFacts facts, List<Span> out) {
            this.text = text;
            this.tokens = tokens;
            this.run = run;
            this.zone = zone;
            this.facts = facts;
            this.out = out;
            this.cueAfter = run.last() + 1 < tokens.size() && !tokens.get(run.last()).possessive()
                    ? KindCue.after(tokens, run.last() + 1) : KindCue.Match.NONE;
            this.coveredUpTo = run.first() - 1;
        }

        void scan() {
            if (cueAfter.cue() != KindCue.NONE && scanWithTrailingCue()) {
                return;
            }
            scanWindows(run.first(), run.last());
        }

        /**
         * "Khmeimim air base": the name is at the end of the run; look it up with and without the cue
         * phrase, longest first, and keep a short unknown name too: the cue says it is a place.
         */
        private boolean scanWithTrailingCue() {
            int end = run.last();
            for (int i = Math.max(run.first(), end - maxWords + 1); i <= end; i++) {
                Token t = tokens.get(i);
                if (!t.capitalised() || Words.isStopWord(t.lower())) {
                    continue;
                }
                String name = Run.text(tokens, i, end);
                List<Candidate> candidates = cueLookup(name, cueAfter);
                if (!candidates.isEmpty() && (i < end || acceptableWord(t, candidates)) && prefixAllows(i)) {
                    scanWindows(run.first(), i - 1);
                    out.add(span(i, end, cueAfter.cue(), true, candidates, SURE));
                    return true;
                }
            }
            int start = unknownNameStart(end);
            if (start < 0) {
                return false;
            }
            scanWindows(run.first(), start - 1);
            out.add(span(start, end, cueAfter.cue(), true, List.of(), UNSURE));
            return true;
        }

        /**
         * Start of an unknown name ending at {@code end}: at most three words, no "and"/"or" inside (that
         * would be two names), none a function word, nationality, surname or organisation noun; or -1.
         */
        private int unknownNameStart(int end) {
            int start = end;
            while (start - 1 >= run.first() && end - start < 2 && tokens.get(start - 1).capitalised()) {
                start--;
            }
            while (start <= end && Words.isStopWord(tokens.get(start).lower())) {
                start++;
            }
            if (start > end) {
                return -1;
            }
            for (int k = start; k <= end; k++) {
                Token t = tokens.get(k);
                String w = t.lower();
                if (Words.isStopWord(w) || Words.looksLikeDemonym(w) || facts.isSurname(t.text())
                        || Words.ORGANISATION_HEADS.contains(w) || t.headline() || t.allCaps()) {
                    return -1;
                }
            }
            return prefixAllows(start) ? start : -1;
        }

        private void scanWindows(int from, int to) {
            int i = from;
            while (i <= to) {
                Token t = tokens.get(i);
                if (!t.capitalised()) {
                    i++;
                    continue;
                }
                int accepted = -1;
                for (int j = Math.min(to, i + maxWords - 1); j >= i && accepted < 0; j--) {
                    if (!tokens.get(j).capitalised()) {
                        continue;
                    }
                    String name = Run.text(tokens, i, j);
                    List<Candidate> candidates = i == j ? lookup.exact(name) : lookup.loose(name);
                    if (!candidates.isEmpty()) {
                        accepted = judge(i, j, candidates);
                    }
                }
                if (accepted >= 0) {
                    i = accepted + 1;
                    continue;
                }
                splitHyphenated(t);
                i++;
            }
        }

        /**
         * Decides whether the window {@code tokens[i..j]}, which the gazetteer knows, is a place here;
         * adds its span and returns the last token index covered, or returns -1.
         */
        private int judge(int i, int j, List<Candidate> candidates) {
            Token first = tokens.get(i);
            boolean single = i == j;
            if (single && !acceptableWord(first, candidates)) {
                return -1;
            }
            if (!first.headline() && !prefixAllows(i)) {
                return -1;
            }
            if (!single && isInstitution(i, candidates)) {
                return -1;
            }
            KindCue.Match after = j < run.last() ? KindCue.after(tokens, j + 1) : KindCue.Match.NONE;
            if (after.cue() == KindCue.NONE && j < run.last() && !first.headline()) {
                if (organisationFollows(j + 1)) {
                    return -1; // "Gulf Cooperation Council", "Carnegie Russia Eurasia Center"
                }
                Token next = tokens.get(j + 1);
                String w = next.lower();
                if (Words.FEATURE_NOUNS.contains(w)) {
                    // "Jordan Valley" names the valley: keep it, unresolved, rather than place it on the country
                    out.add(span(i, j + 1, KindCue.NONE, false, List.of(), UNSURE));
                    coveredUpTo = j + 1;
                    return j + 1;
                }
                if (next.capitalised() && !nextIsName(next) && !facts.writtenInLowerCase(w)) {
                    return -1; // "Vladimir Putin": a town-named first name, or a place modifying a name
                }
            }
            boolean suffixCue = after.cue() != KindCue.NONE;
            KindCue cue = suffixCue ? after.cue() : KindCue.before(tokens, i);
            List<Candidate> found = suffixCue ? merge(cueLookup(Run.text(tokens, i, j), after), candidates) : candidates;
            double recognition = single ? (first.ambiguousCase() ? UNSURE : LIKELY) : SURE;
            out.add(span(i, j, cue, suffixCue, found, cue != KindCue.NONE ? SURE : recognition));
            coveredUpTo = j;
            return j;
        }

        /** Single-word checks: function words, calendar, titles, surnames, acronyms, adjectives, common words. */
        private boolean acceptableWord(Token t, List<Candidate> candidates) {
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

        /** The capitalised word before the window, if any, must not make it part of another name. */
        private boolean prefixAllows(int i) {
            if (i == run.first() || i - 1 <= coveredUpTo) {
                return true;
            }
            Token prev = tokens.get(i - 1);
            if (!prev.capitalised()) {
                return true; // a connector: "Fall of Aleppo", "Quneitra and Daraa"
            }
            String w = prev.lower();
            if (Words.TITLES.contains(w)) {
                return false; // "President Assad"
            }
            return prev.ambiguousCase() || Words.FUNCTION.contains(w) || Words.GEO_MODIFIERS.contains(w)
                    || Words.looksLikeDemonym(w) || Words.isAdjectiveCompound(prev.text()) || prev.allCaps();
        }

        /**
         * "the White House": a multi-word name after "the" that the gazetteer knows only as towns is a
         * building or institution (towns do not take the article; regions and features do).
         */
        private boolean isInstitution(int i, List<Candidate> candidates) {
            if (i == 0 || !tokens.get(i).spaceBefore() || !tokens.get(i - 1).text().equals("the")) {
                return false;
            }
            return candidates.stream().allMatch(c -> c.place().kind().category() == PlaceKind.MapCategory.CITY
                    || c.place().kind() == PlaceKind.AIRPORT);
        }

        private boolean organisationFollows(int from) {
            for (int k = from; k <= run.last(); k++) {
                if (tokens.get(k).capitalised() && Words.ORGANISATION_HEADS.contains(tokens.get(k).lower())) {
                    return true;
                }
            }
            return false;
        }

        private boolean nextIsName(Token next) {
            return next.text().length() >= 3 && !Words.isStopWord(next.lower()) && !lookup.exact(next.text()).isEmpty();
        }

        /** "Russia-Israel relations": when the compound is unknown, its capitalised parts may be names. */
        private void splitHyphenated(Token t) {
            String word = t.text();
            if (word.indexOf('-') < 0) {
                return;
            }
            if (!word.chars().allMatch(c -> Character.isLetter(c) || c == '-')) {
                return; // "Pantsir-S1", "Su-24": model designations, not pairs of names
            }
            int partStart = 0;
            for (int k = 0; k <= word.length(); k++) {
                if (k == word.length() || word.charAt(k) == '-') {
                    String part = word.substring(partStart, k);
                    if (part.length() >= 3 && Character.isUpperCase(part.charAt(0))) {
                        List<Candidate> candidates = lookup.exact(part);
                        int s = t.start() + partStart;
                        Token piece = new Token(s, s + part.length(), part, true, false, false, t.sentenceStart(), t.headline());
                        if (!candidates.isEmpty() && acceptableWord(piece, candidates)) {
                            out.add(new Span(s, s + part.length(), part, KindCue.NONE, false, candidates, UNSURE, zone));
                        }
                    }
                    partStart = k + 1;
                }
            }
        }

        private Span span(int i, int j, KindCue cue, boolean suffixCue, List<Candidate> candidates, double recognition) {
            int start = tokens.get(i).start();
            int end = tokens.get(j).end();
            return new Span(start, end, text.substring(start, end), cue, suffixCue, candidates, recognition, zone);
        }
    }

    /** Candidates for "name + cue" ("Khmeimim air base") merged with the bare name's. */
    private List<Candidate> cueLookup(String name, KindCue.Match cue) {
        List<Candidate> withPhrase = lookup.loose(name + " " + cue.phrase());
        if (cue.cue() == KindCue.AIR_BASE && withPhrase.isEmpty()) {
            withPhrase = lookup.loose(name + " air base");
        }
        return merge(withPhrase, lookup.loose(name));
    }

    private static List<Candidate> merge(List<Candidate> a, List<Candidate> b) {
        if (a.isEmpty()) {
            return b;
        }
        List<Candidate> out = new ArrayList<>(a);
        for (Candidate c : b) {
            if (out.stream().noneMatch(x -> x.place().id().equals(c.place().id()))) {
                out.add(c);
            }
        }
        out.sort((x, y) -> Double.compare(y.score(), x.score()));
        return out;
    }

    /**
     * "Quneitra and Daraa provinces": a plural cue covers every name coordinated before it, so the cue
     * found after the last name is copied to the names joined to it by "and", "or" or commas.
     */
    private static void propagatePluralCues(String text, List<Span> spans) {
        for (int k = spans.size() - 1; k > 0; k--) {
            Span last = spans.get(k);
            if (last.cue() == KindCue.NONE || !last.suffixCue() || !pluralCueFollows(text, last.end())) {
                continue;
            }
            for (int p = k - 1; p >= 0; p--) {
                Span prev = spans.get(p);
                String between = text.substring(prev.end(), spans.get(p + 1).start()).strip();
                if (!(between.equals(",") || between.equals("and") || between.equals(", and") || between.equals("or"))) {
                    break;
                }
                if (prev.cue() == KindCue.NONE) {
                    spans.set(p, prev.withCue(last.cue()));
                }
            }
        }
    }

    private static boolean pluralCueFollows(String text, int end) {
        int i = end;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        int j = i;
        while (j < text.length() && Character.isLetter(text.charAt(j))) {
            j++;
        }
        String word = text.substring(i, j).toLowerCase(Locale.ROOT);
        if (word.equals("air") || word.equals("naval")) {
            return pluralCueFollows(text, j);
        }
        return word.length() > 3 && word.endsWith("s") && !word.equals("base");
    }
}
