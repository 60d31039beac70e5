package org.placemap.eval;

import java.util.List;

/**
 * An annotated corpus and the facts about its annotation that scoring needs.
 *
 * @param name              "LGL", "GeoVirus" or "WikToR"
 * @param documents         in corpus order (the order of the flat gold file)
 * @param precisionDefined  false when only some toponyms of each document are annotated (WikToR): then
 *                          unmatched predictions are not false positives and only recall is reported
 * @param annotatesDemonyms whether the annotators marked nationality adjectives ("American", "Israeli")
 *                          as toponyms; when not, a system's demonym mentions are not submitted as
 *                          toponyms (they would all count as false positives)
 */
public record EvalCorpus(String name, List<EvalDocument> documents, boolean precisionDefined, boolean annotatesDemonyms) {

    public EvalCorpus {
        documents = List.copyOf(documents);
    }

    public List<List<Toponym>> gold() {
        return documents.stream().map(EvalDocument::gold).toList();
    }

    /** The first {@code n} documents (all when {@code n} is negative or not smaller than the size). */
    public EvalCorpus limit(int n) {
        return n < 0 || n >= documents.size() ? this
                : new EvalCorpus(name, documents.subList(0, n), precisionDefined, annotatesDemonyms);
    }
}
