package org.placemap.claims;

import java.util.List;
import java.util.Set;
import org.placemap.geoparse.Mention;

/**
 * Finds the place a distance is predicated of, from the words before the distance.
 *
 * <h2>Algorithm</h2>
 * Two shapes, tried in order:
 * <ol>
 *   <li><b>Predicate</b>: a locative or copular verb ("lies", "is", "sits", "is located", "which lies")
 *       directly before the distance; the subject is the name that ends the noun phrase before the verb,
 *       after words that only say what sort of place it is ("Khmeimim air base", "Hama city"). An
 *       appositive between subject and verb is stepped over ("Hama, Syria's fourth city, lies …"); a name
 *       governed by a preposition ("forces in Hama are 20 km from …") is an adjunct, not the subject.</li>
 *   <li><b>Appositive</b>: the distance follows a comma, bracket or dash right after a name ("the city of
 *       Homs, roughly 75 miles from Latakia").</li>
 * </ol>
 * Two names joined by "and" ("Hama and Homs lie …") or by "from … to" / "between … and" ("the drive from
 * Hama to Tartus is …") come back as a pair; the caller decides whether that is two subjects or two ends.
 */
final class SubjectFinder {

    /** What was found: one or two names, and how they were joined. */
    record Subject(List<Endpoint> names, boolean bothEnds, boolean locativeVerb) {}

    private static final Set<String> COPULAS = Set.of("is", "are", "was", "were", "be", "been", "being", "remains",
            "remain", "lies", "lie");
    private static final Set<String> LOCATIVE = Set.of("lies", "lie", "lay", "lying", "sits", "sit", "sat", "sitting",
            "stands", "stand", "standing", "located", "situated", "positioned", "based", "found", "placed", "set",
            "nestled", "perched");
    private static final Set<String> FILLERS = Set.of("only", "just", "also", "still", "now", "currently", "a", "an",
            "the", "barely", "merely");
    private static final Set<String> ADJUNCT_PREPOSITIONS = Set.of("in", "at", "near", "around", "outside", "into",
            "from", "to", "toward", "towards", "inside", "across", "by", "on");
    private static final Set<String> PLACE_NOUNS = Set.of("city", "town", "village", "port", "base", "province",
            "capital", "settlement", "hamlet", "district", "suburb", "airport", "airbase");
    private static final int MAX_APPOSITIVE_CHARS = 80;

    private final SentenceScope s;

    SubjectFinder(SentenceScope scope) {
        this.s = scope;
    }

    /** The subject of a distance starting at {@code pos}, or null when the sentence names none. */
    Subject find(int pos) {
        Subject viaVerb = predicate(pos);
        return viaVerb != null ? viaVerb : appositive(pos);
    }

    private Subject predicate(int pos) {
        int p = pos;
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
            return null;
        }
        int q = s.backSpaces(p);
        String w = s.wordBefore(q);
        if (w.equals("which") || w.equals("that")) {
            q = s.backSpaces(s.wordStart(q));
        }
        boolean afterComma = q > s.range.start() && s.text.charAt(q - 1) == ',';
        if (afterComma) {
            q = s.backSpaces(q - 1);
        }
        Subject found = endingAt(q, true, locative);
        if (found == null && afterComma) {
            int open = s.text.lastIndexOf(',', q - 1);
            if (open >= Math.max(s.range.start(), q - MAX_APPOSITIVE_CHARS)) {
                found = endingAt(s.backSpaces(open), true, locative);
            }
        }
        return found;
    }

    private Subject appositive(int pos) {
        int p = s.backSpaces(pos);
        while (FILLERS.contains(s.wordBefore(p))) {
            p = s.backSpaces(s.wordStart(s.backSpaces(p)));
        }
        if (p <= s.range.start() || ",(—–".indexOf(s.text.charAt(p - 1)) < 0) {
            return null;
        }
        return endingAt(s.backSpaces(p - 1), false, false);
    }

    /** The name (or pair of names) ending the noun phrase at {@code end}. */
    private Subject endingAt(int end, boolean asSubject, boolean locative) {
        int q = end;
        for (int skipped = 0; skipped <= 3; skipped++) {
            Mention m = s.mentionEndingAt(q);
            if (m != null) {
                return fromMention(m, asSubject, locative);
            }
            Endpoint name = s.capitalisedEndingAt(q);
            if (name != null && acceptUnrecognised(name, locative)) {
                return new Subject(List.of(name), false, locative);
            }
            String w = s.wordBefore(q);
            if (!SentenceScope.FEATURE_WORDS.contains(w) || !Character.isLowerCase(s.text.charAt(s.wordStart(q)))) {
                return null;
            }
            q = s.backSpaces(s.wordStart(q));
        }
        return null;
    }

    private Subject fromMention(Mention m, boolean asSubject, boolean locative) {
        Endpoint b = SentenceScope.endpoint(m);
        String joiner = s.wordBefore(m.start());
        if (joiner.equals("and") || joiner.equals("to")) {
            int beforeJoiner = s.backSpaces(s.wordStart(s.backSpaces(m.start())));
            Mention a = s.mentionEndingAt(beforeJoiner);
            if (a != null) {
                String intro = s.wordBefore(a.start());
                boolean bothEnds = intro.equals("between") || intro.equals("from");
                if (joiner.equals("and") || bothEnds) {
                    if (!bothEnds && asSubject && ADJUNCT_PREPOSITIONS.contains(intro)) {
                        return null;
                    }
                    return new Subject(List.of(SentenceScope.endpoint(a), b), bothEnds, locative);
                }
            }
        }
        if (asSubject && ADJUNCT_PREPOSITIONS.contains(s.wordBefore(m.start()))) {
            return null;
        }
        return new Subject(List.of(b), false, locative);
    }

    /**
     * An unrecognised capitalised name is taken as a place only where the sentence says it is one: after
     * "the village of", or before a locative verb ("Foo lies 10 km north of Homs") not at the sentence
     * start, where any word is capitalised.
     */
    private boolean acceptUnrecognised(Endpoint name, boolean locative) {
        String before = s.wordBefore(name.start());
        if (before.equals("of")) {
            int ofStart = s.wordStart(s.backSpaces(name.start()));
            return PLACE_NOUNS.contains(s.wordBefore(ofStart));
        }
        return locative && !s.isSentenceStart(name.start());
    }
}
