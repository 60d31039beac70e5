package org.placemap.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.placemap.gazetteer.Gazetteer;
import org.placemap.gazetteer.Place;

/** Which facilities a city name may stand for, and what that does to a claim's verdict. */
class ReferencePointsTest {

    private static final Gazetteer GAZETTEER;

    static {
        List<Place> places = new ArrayList<>(TestArticles.ALL);
        places.add(TestArticles.HAMAH_AIR_BASE);
        places.add(TestArticles.SHAYRAT);
        GAZETTEER = new Gazetteer(places);
    }

    private final RelatedFacilities related = new RelatedFacilities(GAZETTEER);

    @Test
    void latakiaAndHmeimimAirBaseStandForEachOther() {
        // OurAirports OSLK lists "Latakia" among its names; 20.4 km from the GeoNames point of Latakia
        assertThat(related.of(TestArticles.LATAKIA)).containsExactly(TestArticles.HMEIMIM);
        assertThat(related.of(TestArticles.HMEIMIM)).containsExactly(TestArticles.LATAKIA);
    }

    @Test
    void aFacilityNamedInAnotherSpellingIsRelated() {
        // "Hamah Air Base" → "Hamah", which meets "Hama" under the variant key
        assertThat(related.of(TestArticles.HAMA)).containsExactly(TestArticles.HAMAH_AIR_BASE);
    }

    @Test
    void aNearbyFacilityWithAnUnrelatedNameIsNot() {
        // Shayrat air base is 29 km from Homs but is not what "Homs" means
        assertThat(related.of(TestArticles.HOMS)).isEmpty();
        assertThat(related.of(TestArticles.TARTUS)).isEmpty();
        assertThat(related.of(TestArticles.SYRIA)).isEmpty();
    }

    @Test
    void theVerdictOfHomsLatakiaDependsOnTheReferencePoint() {
        ClaimExtractor extractor = new ClaimExtractor(GAZETTEER);
        DistanceClaim c = extractor.extract(TestArticles.parse("Homs lies roughly 75 miles from Latakia.")).getFirst();
        assertThat(c.verdict()).isEqualTo(Verdict.CONSISTENT);
        ReferenceRange range = c.referencePoints();
        assertThat(range).isNotNull();
        assertThat(range.measurements()).hasSize(2);
        assertThat(range.measurements().getFirst().to()).isEqualTo(TestArticles.LATAKIA);
        // Homs→Hmeimim 102.9 km = 63.9 mi, outside ≈75 mi ± 8.3 % ± 2 km
        assertThat(range.minKm()).isCloseTo(102.9, within(0.1));
        assertThat(range.maxKm()).isCloseTo(123.3, within(0.1));
        assertThat(range.verdictDepends()).isTrue();
    }

    @Test
    void hamaTartusHoldsFromEitherPoint() {
        ClaimExtractor extractor = new ClaimExtractor(GAZETTEER);
        DistanceClaim c = extractor.extract(TestArticles.parse("Hama lies about 50 miles from Tartus.")).getFirst();
        assertThat(c.referencePoints().minKm()).isCloseTo(79.5, within(0.1));
        assertThat(c.referencePoints().verdictDepends()).isFalse();
    }

    @Test
    void noRangeWhenNoEndpointHasAnAlternative() {
        ClaimExtractor extractor = new ClaimExtractor(GAZETTEER);
        DistanceClaim c = extractor.extract(TestArticles.parse("Homs lies 50 miles from Tartus.")).getFirst();
        assertThat(c.referencePoints()).isNull();
    }
}
