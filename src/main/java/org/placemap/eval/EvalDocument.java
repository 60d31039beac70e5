package org.placemap.eval;

import java.util.List;

/**
 * One annotated document.
 *
 * @param id   the corpus's own identifier (LGL docid, GeoVirus source URL, WikToR doc number)
 * @param text the document text exactly as the gold offsets index it
 * @param gold the annotated toponyms in file order, offsets corrected to index {@code text}
 */
public record EvalDocument(String id, String text, List<Toponym> gold) {

    public EvalDocument {
        gold = List.copyOf(gold);
    }
}
