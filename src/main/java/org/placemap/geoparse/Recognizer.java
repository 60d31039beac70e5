package org.placemap.geoparse;

import java.util.ArrayList;
import java.util.List;
import org.placemap.corpus.Article;
import org.placemap.corpus.Zone;
import org.placemap.gazetteer.Candidate;

/**
 * Finds place names in an article.
 *
 * <h2>Algorithm</h2>
 * Inside each {@link Run} of capitalised words outside boilerplate, {@link RunScanner} tries windows
 * longest first, up to the gazetteer's longest name, and keeps a window when the gazetteer knows it and
 * {@link NameEvidence} finds nothing in the words around it that says it is something else. Kind cues
 * ("Khmeimim air base", "the city of Hama", "Quneitra and Daraa provinces") are attached, tried as part
 * of the lookup, and make an unknown name a mention of its own, left unresolved.
 *
 * <h2>Limitations</h2>
 * Names must be capitalised; metonyms without a gazetteer entry ("the Kremlin") are not found.
 * Nationality words ("Syrian") are mentions of their country ({@link Demonyms}), marked as such.
 */
final class Recognizer {

    private static final double DEMONYM_RECOGNITION = 0.9;
    /** The prior a demonym gives its country: it has no other candidate, so only its weight in focus matters. */
    private static final double DEMONYM_SCORE = 5.0;

    private final Lookup lookup;
    private final Demonyms demonyms;

    Recognizer(Lookup lookup, Demonyms demonyms) {
        this.lookup = lookup;
        this.demonyms = demonyms;
    }

    List<Span> recognise(Article article, List<Token> tokens, DocumentFacts facts) {
        List<Span> spans = new ArrayList<>();
        NameEvidence evidence = new NameEvidence(article.text(), tokens, facts, lookup, demonyms);
        boolean[] inStreet = new boolean[tokens.size()];
        for (Run run : Run.all(tokens)) {
            if (evidence.isStreetName(run)) {
                java.util.Arrays.fill(inStreet, run.first(), run.last() + 1, true); // "Indian Lake Road"
            }
            Zone zone = article.zoneAt(tokens.get(run.first()).start());
            if (zone != Zone.BOILERPLATE) {
                new RunScanner(article.text(), tokens, run, zone, lookup, evidence, spans).scan();
            }
        }
        addPossessiveNames(article, tokens, spans);
        KindCue.propagatePlural(article.text(), spans, lookup);
        addAcronyms(article, tokens, spans);
        addDemonyms(article, tokens, spans, inStreet, facts);
        return spans;
    }

    /**
     * "People's Republic of China", "Queen Anne's County": a possessive ends a run of capitalised words,
     * but some names the gazetteer knows contain one. Such a name replaces the spans found inside it.
     */
    private void addPossessiveNames(Article article, List<Token> tokens, List<Span> spans) {
        String text = article.text();
        int maxWords = Math.max(1, lookup.maxNameWords());
        for (int k = 0; k + 1 < tokens.size(); k++) {
            Token t = tokens.get(k);
            Token next = tokens.get(k + 1);
            if (!t.possessive() || !t.capitalised() || !next.capitalised() || next.start() - t.end() != 3) {
                continue;
            }
            for (int a = Math.max(0, k - 1); a <= k; a++) {
                if (!tokens.get(a).capitalised() || a < k && !tokens.get(a + 1).spaceBefore()) {
                    continue;
                }
                Span found = null;
                for (int b = Math.min(tokens.size() - 1, k + maxWords); b > k && found == null; b--) {
                    if (!tokens.get(b).capitalised() || !joined(tokens, k + 1, b)) {
                        continue;
                    }
                    int start = tokens.get(a).start();
                    int end = tokens.get(b).end();
                    List<Candidate> candidates = lookup.exact(text.substring(start, end));
                    if (!candidates.isEmpty()) {
                        found = new Span(start, end, text.substring(start, end), KindCue.NONE, false, candidates, 0.95,
                                article.zoneAt(start));
                    }
                }
                if (found != null && found.zone() != Zone.BOILERPLATE) {
                    Span name = found;
                    spans.removeIf(x -> x.start() < name.end() && name.start() < x.end());
                    spans.add(name);
                    break;
                }
            }
        }
        spans.sort(java.util.Comparator.comparingInt(Span::start));
    }

    /** Tokens {@code from..to} follow one another separated by spaces or connectors only. */
    private static boolean joined(List<Token> tokens, int from, int to) {
        for (int i = from + 1; i <= to; i++) {
            Token t = tokens.get(i);
            if (!t.spaceBefore() || tokens.get(i - 1).possessive()
                    || !t.capitalised() && !Words.CONNECTORS.contains(t.lower())) {
                return false;
            }
        }
        return true;
    }

    /**
     * "New South Wales (NSW)", "the Democratic Republic of the Congo (DRC)": an acronym in brackets right
     * after a name, made of the initials of its words, names the same place, there and wherever the
     * article repeats it.
     */
    private static void addAcronyms(Article article, List<Token> tokens, List<Span> spans) {
        String text = article.text();
        java.util.Map<String, Span> aliases = new java.util.HashMap<>();
        for (Span s : spans) {
            int open = s.end();
            while (open < text.length() && text.charAt(open) == ' ') {
                open++;
            }
            if (open >= text.length() || text.charAt(open) != '(' || s.candidates().isEmpty()) {
                continue;
            }
            int close = text.indexOf(')', open, Math.min(text.length(), open + 9)); // bounded: long texts
            if (close < 0 || close - open > 8) {
                continue;
            }
            String acronym = text.substring(open + 1, close);
            if (acronym.length() >= 2 && acronym.chars().allMatch(Character::isUpperCase) && acronym.equals(initials(s.text()))) {
                aliases.putIfAbsent(acronym, s);
            }
        }
        // "New South Wales" … "NSW": the initials of a name of several words the article uses, written
        // in capitals, name it too
        java.util.Map<String, Span> initialisms = new java.util.HashMap<>();
        for (Span s : spans) {
            String initials = initials(s.text());
            if (initials.length() >= 2 && s.text().indexOf(' ') > 0 && !s.candidates().isEmpty()) {
                initialisms.putIfAbsent(initials, s);
            }
        }
        java.util.Set<Integer> taken = new java.util.HashSet<>();
        spans.forEach(s -> taken.add(s.start()));
        for (Token t : tokens) {
            Span named = aliases.get(t.text());
            if (named == null && t.allCaps() && t.text().chars().allMatch(Character::isLetter)) {
                named = initialisms.get(t.text());
            }
            if (named != null && !taken.contains(t.start())) {
                Zone zone = article.zoneAt(t.start());
                if (zone != Zone.BOILERPLATE) {
                    spans.add(new Span(t.start(), t.end(), t.text(), named.cue(), named.suffixCue(), named.candidates(),
                            named.recognition(), zone));
                }
            }
        }
    }

    /** "NSW" for "New South Wales", "DRC" for "Democratic Republic of the Congo": the capitals of its words. */
    static String initials(String name) {
        StringBuilder sb = new StringBuilder();
        for (String w : name.split("[\\s-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                sb.append(w.charAt(0));
            }
        }
        return sb.toString();
    }

    /**
     * Nationality words outside the names found ("Syrian" but not "Syrian Arab Republic"). A one-word form that is the
     * surname of a person the article names in full ("Governor Hwaida Turk", then "According to Turk") is that person.
     */
    private void addDemonyms(Article article, List<Token> tokens, List<Span> spans, boolean[] inStreet,
            DocumentFacts facts) {
        List<Span> names = new ArrayList<>(spans);
        names.sort(java.util.Comparator.comparingInt(Span::start));
        int next = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            while (next < names.size() && names.get(next).end() <= t.start()) {
                next++;
            }
            if (next < names.size() && names.get(next).start() < t.end() || inStreet[i]) {
                continue; // inside a name or a street's name
            }
            Demonyms.Match m = demonyms.at(tokens, i);
            if (m == null) {
                continue;
            }
            if (m.last() == i && facts.isSurnameOfTitledPerson(t.text())) {
                continue; // a person's surname, here and wherever the article uses it alone
            }
            int start = t.start();
            int end = tokens.get(m.last()).end();
            if (next < names.size() && names.get(next).start() < end) {
                continue;
            }
            Zone zone = article.zoneAt(start);
            if (zone != Zone.BOILERPLATE) {
                spans.add(new Span(start, end, article.text().substring(start, end), KindCue.NONE, false,
                        List.of(new Candidate(m.country(), DEMONYM_SCORE)), DEMONYM_RECOGNITION, zone, Mention.Form.DEMONYM));
            }
            i = m.last();
        }
    }
}
