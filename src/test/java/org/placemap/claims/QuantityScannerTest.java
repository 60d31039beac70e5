package org.placemap.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.placemap.corpus.TextRange;
import org.placemap.distance.Units;

class QuantityScannerTest {

    private static List<Quantity> scan(String text) {
        return QuantityScanner.scan(text, new TextRange(0, text.length()));
    }

    private static String label(String text) {
        List<Quantity> found = scan(text).stream().filter(Quantity::hasUnit).toList();
        assertThat(found).as(text).hasSize(1);
        return found.getFirst().cited().label();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            50 miles                  | 50 mi
            50 mi.                    | 50 mi
            50mi                      | 50 mi
            a mile                    | 1 mi
            80 km                     | 80 km
            80km                      | 80 km
            80 kms                    | 80 km
            80 kilometres             | 80 km
            80 kilometers             | 80 km
            an 80-kilometre drive     | 80 km
            an 80-mile drive          | 80 mi
            45 nautical miles         | 45 nmi
            45 nmi                    | 45 nmi
            500 metres                | 500 m
            500 meters                | 500 m
            500 m                     | 500 m
            500m                      | 500 m
            5,000 km                  | 5,000 km
            5,000,000 miles           | 5,000,000 mi
            2.5 km                    | 2.5 km
            1,234.5 km                | 1,234.5 km
            fifty miles               | 50 mi
            seventy-five miles        | 75 mi
            a hundred miles           | 100 mi
            one hundred and twenty km | 120 km
            two thousand kilometres   | 2,000 km
            40–50 km                  | 40–50 km
            40 - 50 km                | 40–50 km
            40 to 50 km               | 40–50 km
            between 40 and 50 km      | 40–50 km
            about 50 miles            | ≈50 mi
            roughly 75 miles          | ≈75 mi
            some 50 miles             | ≈50 mi
            an estimated 50 km        | ≈50 km
            nearly 50 km              | ≲50 km
            almost 50 km              | ≲50 km
            just under 50 km          | ≲50 km
            more than 50 km           | >50 km
            over 50 km                | >50 km
            at least 50 km            | >50 km
            less than 50 km           | <50 km
            up to 50 km               | <50 km
            within 10 km              | ≤10 km
            within about 10 km        | ≤10 km
            50 km or so               | ≈50 km
            50-odd km                 | ≈50 km
            50-plus km                | >50 km
            50 km or more             | >50 km
            ~50 km                    | ≈50 km
            """)
    void readsNumbersUnitsRangesAndHedges(String text, String expected) {
        assertThat(label(text)).isEqualTo(expected);
    }

    @Test
    void aConversionInBracketsBelongsToTheFirstValue() {
        String text = "some 50 miles (80 km) from Tartus";
        List<Quantity> found = scan(text);
        assertThat(found).hasSize(1);
        assertThat(found.getFirst().cited().unit()).isEqualTo(Units.MILES);
        assertThat(text.substring(found.getFirst().start(), found.getFirst().end())).isEqualTo("some 50 miles (80 km)");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"50 km²", "50 km2", "50 square miles", "900 km/h", "500 miles per hour", "50 miles an hour",
        "an Mi-8 helicopter", "an S-200 missile", "$5m", "5M people", "50 minutes", "50 mph", "50 men", "milestone"})
    void areasSpeedsAndNamesAreNotDistances(String text) {
        assertThat(scan(text)).noneMatch(Quantity::hasUnit);
    }

    @Test
    void aNumberWithoutUnitIsReportedWithoutOne() {
        List<Quantity> found = scan("lies about 50 from Tartus");
        assertThat(found).hasSize(1);
        assertThat(found.getFirst().hasUnit()).isFalse();
        assertThat(found.getFirst().cited().hedge()).isEqualTo(Hedge.ABOUT);
    }

    @Test
    void numberWordsAreParsed() {
        assertThat(NumberWords.parse("fifty")).isEqualTo(50);
        assertThat(NumberWords.parse("seventy-five")).isEqualTo(75);
        assertThat(NumberWords.parse("a hundred")).isEqualTo(100);
        assertThat(NumberWords.parse("one hundred and twenty")).isEqualTo(120);
        assertThat(NumberWords.parse("two thousand five hundred")).isEqualTo(2500);
        assertThat(NumberWords.parse("a dozen")).isEqualTo(12);
        assertThat(NumberWords.parse("fifty potatoes")).isEqualTo(-1);
    }
}
