/**
 * Distance claims: statements such as "the city of Hama lies about 50 miles from Tartus", found in an
 * article's text ({@link org.placemap.claims.ClaimExtractor}), linked to the places the geoparser
 * resolved, measured on the WGS84 ellipsoid and given a {@link org.placemap.claims.Verdict} by the rule
 * documented on {@link org.placemap.claims.VerdictRule}. Plain Java with no dependencies beyond the JDK
 * and GeographicLib; the results ({@link org.placemap.claims.DistanceClaim} and its parts) and the
 * extractor are public, the patterns behind them package-private.
 */
package org.placemap.claims;
