package org.placemap.claims;

import java.util.ArrayList;
import java.util.List;
import org.placemap.corpus.Article;
import org.placemap.corpus.TextRange;
import org.placemap.gazetteer.Gazetteer;
import org.placemap.gazetteer.Place;
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
 * Per sentence: find cited distances ({@link QuantityScanner}: digits or number words, fractions ("half a
 * mile", "a mile and a half"), ranges, units incl. nautical miles and "kms.", hedges, one conversion in
 * brackets or after a slash read as the same distance); drop those that are travelled or a size
 * ({@link NotDistances}); read the place after each ({@link TargetFinder}: "from Tartus", "north of Homs",
 * "north of Russia's second city, St Petersburg", lists "… of A, … of B and … of C", "from Hama to
 * Tartus", "apart", or a line: border, coast, sea, river); find the place it is said of ({@link SubjectFinder}:
 * the subject of "lies/is/located", the subject of a "X is a town in Y, lying …" description, the head of an
 * appositive or aside, a fronted "Located N km south of Y, X is …") or inherit it from the previous claim
 * when coordinated ({@link ClaimFinder}); look up names the patterns make places of but the geoparser left
 * unresolved ({@link PlaceNames}); measure a border or coast to its nearest point from the subject ({@link
 * LineTargets}); then measure on WGS84 and judge ({@link VerdictRule}). A distance with no second place, or to
 * a line the geodata lacks (a river, a front line), is not a claim; a claim whose places are unresolved, are areas, or whose value
 * is absurd or has no unit is kept and marked {@link Verdict#UNVERIFIABLE}.
 *
 * <h2>Limitations</h2>
 * Patterns, not a parser. Not followed: a subject or target in an earlier sentence ("It lies 50 km from
 * Homs", "… 12 km to the state capital") or named by a common noun ("the city", "the facility"); a reference
 * left implicit ("Port Sudan, about 800 km to the east", "40km further east"); verbless encyclopaedia
 * fragments; "Remoteness of A from B is N". Distances to rivers, roads and front lines yield no claim (the
 * geodata has no such lines). The geoparser's choice of place is trusted ("Palma" may be Palma de
 * Mallorca). Measured in EVALUATION.md ("Distance claims on real sentences").
 *
 * <h2>Thread safety</h2>
 * Immutable; {@link #extract} may be called from several threads at once.
 */
public final class ClaimExtractor {

    private final Assessor assessor;
    private final PlaceNames knowledge;

    /**
     * An extractor that also works out the reference-point range from {@code gazetteer}'s facilities, and
     * looks up the names its patterns make places of when the geoparser left them unresolved.
     */
    public ClaimExtractor(Gazetteer gazetteer) {
        this.knowledge = gazetteer == null ? PlaceNames.NONE : new PlaceNames(gazetteer);
        LineTargets lines = gazetteer == null ? LineTargets.NONE : new LineTargets(gazetteer::lines, knowledge);
        this.assessor = new Assessor(gazetteer == null ? null : new RelatedFacilities(gazetteer), knowledge, lines);
    }

    /** An extractor without reference-point ranges ({@link DistanceClaim#referencePoints()} is always null). */
    public ClaimExtractor() {
        this(null);
    }

    /**
     * {@code claim} with its ends set to {@code fromPlace} and {@code toPlace} (null: no place), measured and
     * judged again by the same rules, the reference-point range included: for a reader who corrected an end.
     * Names are not looked up again, as the reader's choice stands. A border or coast target stays a line and
     * is measured to the nearest one of the subject's country, unless {@code toPlace} is given as a point.
     */
    public DistanceClaim remeasure(DistanceClaim claim, Place fromPlace, Place toPlace, boolean toIsLine) {
        Endpoint f = claim.from();
        Endpoint t = claim.to();
        Endpoint from = new Endpoint(f.name(), f.start(), f.end(), fromPlace, null);
        Endpoint to = toIsLine && t.isLine() ? t : new Endpoint(t.name(), t.start(), t.end(), toPlace, null);
        return assessor.remeasure(claim, from, to);
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
            if (!QuantityScanner.mayHoldQuantity(article.text(), sentence)) {
                continue; // no digit and no unit word: no distance to read
            }
            List<Mention> here = UnlistedNames.with(article.text(), sentence, mentions.subList(first, last));
            SentenceScope scope = new SentenceScope(article.text(), sentence, here, knowledge);
            for (ClaimFinder.Found found : ClaimFinder.find(scope)) {
                out.add(assessor.assess(article, found));
            }
        }
        return out;
    }
}
