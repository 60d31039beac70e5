package org.placemap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.placemap.distance.GeoPoint;
import org.placemap.gazetteer.Place;
import org.placemap.gazetteer.PlaceKind;

/** How the place list and the excerpt panel say what a place is. */
class PlaceCategoriesTest {

    private static Place division(String name, String featureCode) {
        return new Place("test:" + name, name, List.of(), new GeoPoint(40, -90), PlaceKind.ADMIN_REGION, "A", featureCode,
                "US", "IL", 0);
    }

    /**
     * A new user's trial: US states and counties were listed as "Province". A first-level division is a state or
     * province, a second-level one a county or district.
     */
    @Test
    void aDivisionIsNamedByItsLevelNotAsAProvince() {
        assertThat(PlaceCategories.label(division("Illinois", "ADM1"))).isEqualTo("State or province");
        assertThat(PlaceCategories.label(division("Cook County", "ADM2"))).isEqualTo("County or district");
        // a division with no level recorded is taken for a first-level one
        assertThat(PlaceCategories.label(division("Hama", ""))).isEqualTo("State or province");
        Place town = new Place("test:hama", "Hama", List.of(), new GeoPoint(35.1, 36.7), PlaceKind.POPULATED_PLACE, "P",
                "PPLA", "SY", "", 700_000);
        assertThat(PlaceCategories.label(town)).isEqualTo("City or town");
    }
}
