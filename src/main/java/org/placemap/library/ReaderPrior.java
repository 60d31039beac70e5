package org.placemap.library;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.placemap.gazetteer.Candidate;
import org.placemap.gazetteer.Place;
import org.placemap.geoparse.Mention;
import org.placemap.geoparse.ParsedArticle;

/**
 * What a library's readers have taught it: for each name they corrected, the place they chose. An article
 * added later reads that name as that place (a per-library prior), so a reader who said once that this
 * newsroom's "Palmyra" is Palmyra, New York, need not say it again for every new article.
 *
 * <h2>Rule</h2>
 * <ul>
 *   <li>Only decisions in force that name a place count ("not a place" does not carry over: a name that is
 *       not a place in one sentence may well be one in the next), each mention once.</li>
 *   <li>A name ({@link Corrections#nameKey}: case and spaces aside) takes the place readers chose most
 *       often; when two places tie, the name has no prior.</li>
 *   <li>It applies to the parser's mentions of that name in a new article when the chosen place is one
 *       the name can stand for: among the mention's runner-up candidates or the gazetteer's candidates for
 *       the name as written. The mention keeps being the parser's ({@code decidedBy: parser}), with
 *       confidence at least {@value #CONFIDENCE} and the place it replaced first among its alternatives.</li>
 *   <li>It is applied before claims are found, so the claims of the new article use it too.</li>
 * </ul>
 * Immutable and thread safe.
 */
final class ReaderPrior {
    /** The least confidence a mention read by the prior gets. */
    static final double CONFIDENCE = 0.8;

    static final ReaderPrior NONE = new ReaderPrior(Map.of());

    private final Map<String, Place> byName;

    private ReaderPrior(Map<String, Place> byName) {
        this.byName = Map.copyOf(byName);
    }

    /** The prior of these articles' decisions in force. */
    static ReaderPrior of(Collection<StoredArticle> articles) {
        Map<String, Map<String, Integer>> votes = new HashMap<>();
        Map<String, Place> places = new HashMap<>();
        for (StoredArticle a : articles) {
            for (Correction c : Overlay.newestBySpan(a.corrections()).values()) {
                if (c.place() != null) {
                    votes.computeIfAbsent(Corrections.nameKey(c.text()), k -> new HashMap<>())
                            .merge(c.place().id(), 1, Integer::sum);
                    places.putIfAbsent(c.place().id(), c.place());
                }
            }
        }
        Map<String, Place> chosen = new HashMap<>();
        votes.forEach((name, counts) -> {
            int best = counts.values().stream().max(Integer::compare).orElse(0);
            List<String> top = counts.entrySet().stream().filter(e -> e.getValue() == best).map(Map.Entry::getKey).toList();
            if (top.size() == 1) {
                chosen.put(name, places.get(top.get(0)));
            }
        });
        return chosen.isEmpty() ? NONE : new ReaderPrior(chosen);
    }

    /** The place readers chose for {@code name}, or null. */
    Place choiceFor(String name) {
        return byName.get(Corrections.nameKey(name));
    }

    boolean isEmpty() {
        return byName.isEmpty();
    }

    /** {@code parsed} with the prior applied to its mentions (the same object when nothing changes). */
    ParsedArticle apply(ParsedArticle parsed, Function<String, List<Candidate>> candidates) {
        if (byName.isEmpty()) {
            return parsed;
        }
        List<Mention> out = new ArrayList<>(parsed.mentions().size());
        boolean changed = false;
        for (Mention m : parsed.mentions()) {
            Place choice = m.decision() == null && m.form().byName() ? choiceFor(m.text()) : null;
            if (choice == null || m.place() != null && m.place().id().equals(choice.id()) || !canName(m, choice, candidates)) {
                out.add(m);
                continue;
            }
            List<Candidate> alternatives = new ArrayList<>();
            if (m.place() != null) {
                alternatives.add(new Candidate(m.place(), m.confidence()));
            }
            m.alternatives().stream().filter(c -> !c.place().id().equals(choice.id())).forEach(alternatives::add);
            out.add(new Mention(m.start(), m.end(), m.text(), m.form(), m.zone(), choice,
                    Math.max(CONFIDENCE, m.confidence()), alternatives));
            changed = true;
        }
        return changed ? new ParsedArticle(parsed.article(), out) : parsed;
    }

    private static boolean canName(Mention m, Place choice, Function<String, List<Candidate>> candidates) {
        return m.alternatives().stream().anyMatch(c -> c.place().id().equals(choice.id()))
                || candidates.apply(m.text()).stream().anyMatch(c -> c.place().id().equals(choice.id()));
    }
}
