package org.placemap.claims;

import java.util.List;
import org.placemap.gazetteer.Place;

/**
 * How much a claim's measurement depends on which point stands for a place. "Latakia" may mean the
 * city centre or Russia's Hmeimim air base 20 km away; a reporter may have measured from either.
 *
 * @param minKm          the shortest measured distance over all reference points, in kilometres
 * @param maxKm          the longest, in kilometres
 * @param verdictDepends true when the choice of reference points changes the verdict
 * @param measurements   one entry per pair of reference points, the claim's own pair first
 */
public record ReferenceRange(double minKm, double maxKm, boolean verdictDepends, List<Measurement> measurements) {

    public ReferenceRange {
        measurements = List.copyOf(measurements);
    }

    /**
     * The distance between one pair of reference points and the verdict it would give.
     *
     * @param from       the point standing for the claim's first place (the place itself or a related facility)
     * @param to         the point standing for the second place
     * @param measuredKm geodesic distance on WGS84, in kilometres
     * @param verdict    the verdict this distance gives under {@link VerdictRule}
     */
    public record Measurement(Place from, Place to, double measuredKm, Verdict verdict) {}
}
