package org.placemap.claims;

import java.util.ArrayList;
import java.util.List;
import org.placemap.corpus.Article;
import org.placemap.corpus.TextRange;
import org.placemap.gazetteer.Gazetteer;
import org.placemap.geoparse.GeoParser;
import org.placemap.geoparse.Mention;
import org.placemap.geoparse.ParsedArticle;

/**
 * Finds the distance claims in a parsed article, measures them and gives each a verdict.
 *
 * <pre>{@code
 * ClaimExtractor claims = new ClaimExtractor(gazetteer);
 * for (DistanceClaim c : claims.extract(parser.parse(article))) {
 *     c.from().displayName(); c.to().displayName(); c.cited().label(); c.measuredKm(); c.verdict(); c.label();
 * }
 * }</pre>
 *
 * <h2>Algorithm</h2>
 * Per sentence: find cited distances ({@link QuantityScanner}: number or number words, range, unit,
 * hedges, a conversion in brackets); read the place after each ({@link TargetFinder}: "from Tartus",
 * "north of Homs", "from Hama to Tartus", "apart"); find the place it is said of ({@link SubjectFinder}:
 * the subject of "lies/is/sits/located", or the head of an appositive) or inherit it from the previous
 * claim when coordinated ({@link ClaimFinder}); then measure on WGS84 and judge ({@link VerdictRule}).
 * A distance with no second place is not a claim; a claim whose places are unresolved, are areas, or
 * whose value is absurd or has no unit is kept and marked {@link Verdict#UNVERIFIABLE}.
 *
 * <h2>Limitations</h2>
 * Patterns, not a parser: a subject in an earlier sentence ("It lies 50 km from Homs") is not followed,
 * and unusual word orders ("From Tartus, Hama is 50 miles") are missed. Distances to borders, coasts and
 * rivers are not claims (the geodata has no lines to measure to). Fractions ("half a mile") are not read.
 *
 * <h2>Thread safety</h2>
 * Immutable; {@link #extract} may be called from several threads at once.
 */
public final class ClaimExtractor {

    private final Assessor assessor;

    /** An extractor that also works out the reference-point range from {@code gazetteer}'s facilities. */
    public ClaimExtractor(Gazetteer gazetteer) {
        this.assessor = new Assessor(gazetteer == null ? null : new RelatedFacilities(gazetteer));
    }

    /** An extractor without reference-point ranges ({@link DistanceClaim#referencePoints()} is always null). */
    public ClaimExtractor() {
        this(null);
    }

    /** Every distance claim in {@code parsed}, in text order; never null, empty when there are none. */
    public List<DistanceClaim> extract(ParsedArticle parsed) {
        Article article = parsed.article();
        List<DistanceClaim> out = new ArrayList<>();
        List<Mention> mentions = parsed.mentions();
        int first = 0;
        for (TextRange sentence : article.sentences()) {
            GeoParser.stopIfInterrupted();
            // mentions and sentences are both in text order: hand each sentence only its own slice
            while (first < mentions.size() && mentions.get(first).start() < sentence.start()) {
                first++;
            }
            int last = first;
            while (last < mentions.size() && mentions.get(last).start() < sentence.end()) {
                last++;
            }
            SentenceScope scope = new SentenceScope(article.text(), sentence, mentions.subList(first, last));
            for (ClaimFinder.Found found : ClaimFinder.find(scope)) {
                out.add(assessor.assess(article, found));
            }
        }
        return out;
    }
}
