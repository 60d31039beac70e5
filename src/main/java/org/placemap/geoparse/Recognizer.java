package org.placemap.geoparse;

import java.util.ArrayList;
import java.util.List;
import org.placemap.corpus.Article;
import org.placemap.corpus.Zone;

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
 * Names must be capitalised; nationality adjectives ("Syrian") are not yet mentions of their country;
 * metonyms without a gazetteer entry ("the Kremlin") are not found.
 */
final class Recognizer {

    private final Lookup lookup;

    Recognizer(Lookup lookup) {
        this.lookup = lookup;
    }

    List<Span> recognise(Article article, List<Token> tokens, DocumentFacts facts) {
        List<Span> spans = new ArrayList<>();
        NameEvidence evidence = new NameEvidence(tokens, facts, lookup);
        for (Run run : Run.all(tokens)) {
            Zone zone = article.zoneAt(tokens.get(run.first()).start());
            if (zone != Zone.BOILERPLATE) {
                new RunScanner(article.text(), tokens, run, zone, lookup, evidence, spans).scan();
            }
        }
        KindCue.propagatePlural(article.text(), spans);
        return spans;
    }
}
