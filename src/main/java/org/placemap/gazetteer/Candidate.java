package org.placemap.gazetteer;

/**
 * A gazetteer entry proposed for a name, with its prior score (higher is more likely; see
 * {@link Gazetteer#candidates(String)} for how it is computed).
 */
public record Candidate(Place place, double score) {}
