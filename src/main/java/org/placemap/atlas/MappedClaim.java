package org.placemap.atlas;

import org.placemap.claims.DistanceClaim;

/**
 * A distance claim as the map shows it: the claim, a stable id to link to, and its sentence as an
 * excerpt with the subject and the cited distance marked.
 *
 * @param id      unique within an atlas and stable across restarts for the same article text:
 *                {@code <articleId>@<start>-<end>}
 * @param claim   the claim with its measurement and verdict
 * @param excerpt the sentence the claim is made in, with the subject and the distance phrase marked
 */
public record MappedClaim(String id, DistanceClaim claim, Excerpt excerpt) {

    /** "Hama → Tartus", with the names as the article writes them. */
    public String title() {
        return claim.from().name().replaceAll("\\s+", " ") + " → " + claim.to().name().replaceAll("\\s+", " ");
    }

    /** True when both endpoints have points, so the claim can be drawn as a line. */
    public boolean drawable() {
        return claim.from().point() != null && claim.to().point() != null;
    }
}
