package org.placemap.geoparse;

import java.util.List;
import org.placemap.corpus.Zone;
import org.placemap.gazetteer.Candidate;

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
        for (int i = Math.max(run.first(), end - maxWords + 1); i <= end; i++) {
            Token t = tokens.get(i);
            if (!t.capitalised() || Words.isStopWord(t.lower())) {
                continue;
            }
            List<Candidate> candidates = lookup.withCue(Run.text(tokens, i, end), cueAfter);
            if (!candidates.isEmpty() && (i < end || evidence.acceptableWord(t, candidates))
                    && evidence.prefixAllows(run, i, coveredUpTo)) {
                scanWindows(run.first(), i - 1);
                add(i, end, cueAfter.cue(), true, candidates, SURE);
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
            if (!t.capitalised()) {
                i++;
                continue;
            }
            int accepted = -1;
            for (int j = Math.min(to, i + maxWords - 1); j >= i && accepted < 0; j--) {
                if (tokens.get(j).capitalised()) {
                    String name = Run.text(tokens, i, j);
                    List<Candidate> candidates = i == j ? lookup.exact(name) : lookup.loose(name);
                    if (!candidates.isEmpty()) {
                        accepted = judge(i, j, candidates);
                    }
                }
            }
            if (accepted < 0) {
                splitHyphenated(t);
                accepted = i;
            }
            i = accepted + 1;
        }
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
        if (!first.headline() && (!evidence.prefixAllows(run, i, coveredUpTo) || (!single && evidence.isInstitution(i, candidates)))) {
            return -1;
        }
        KindCue.Match after = j < run.last() ? KindCue.after(tokens, j + 1) : KindCue.Match.NONE;
        if (after.cue() == KindCue.NONE && j < run.last() && !first.headline()) {
            if (evidence.organisationFollows(run, j + 1)) {
                return -1; // "Gulf Cooperation Council", "Carnegie Russia Eurasia Center"
            }
            Token next = tokens.get(j + 1);
            if (Words.FEATURE_NOUNS.contains(next.lower())) {
                // "Jordan Valley" names the valley: keep it, unresolved, rather than place it on the country
                add(i, j + 1, KindCue.NONE, false, List.of(), UNSURE);
                return j + 1;
            }
            if (!evidence.suffixAllows(next)) {
                return -1; // "Vladimir Putin"
            }
        }
        boolean suffixCue = after.cue() != KindCue.NONE;
        KindCue cue = suffixCue ? after.cue() : KindCue.before(tokens, i);
        List<Candidate> found = suffixCue ? Lookup.merge(lookup.withCue(Run.text(tokens, i, j), after), candidates) : candidates;
        double recognition = cue != KindCue.NONE || !single ? SURE : first.ambiguousCase() ? UNSURE : LIKELY;
        add(i, j, cue, suffixCue, found, recognition);
        return j;
    }

    /** "Russia-Israel relations": when the compound is unknown, its capitalised parts may be names. */
    private void splitHyphenated(Token t) {
        String word = t.text();
        if (word.indexOf('-') < 0 || !word.chars().allMatch(c -> Character.isLetter(c) || c == '-')) {
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
                    if (!candidates.isEmpty() && evidence.acceptableWord(piece, candidates)) {
                        out.add(new Span(s, s + part.length(), part, KindCue.NONE, false, candidates, UNSURE, zone));
                    }
                }
                partStart = k + 1;
            }
        }
    }

    private void add(int i, int j, KindCue cue, boolean suffixCue, List<Candidate> candidates, double recognition) {
        int start = tokens.get(i).start();
        int end = tokens.get(j).end();
        out.add(new Span(start, end, text.substring(start, end), cue, suffixCue, candidates, recognition, zone));
        coveredUpTo = j;
    }
}
