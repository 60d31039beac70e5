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
            2 250km                   | 2,250 km
            2 250 km                  | 2,250 km
            200 000 km                | 200,000 km
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
            half a mile               | 0.5 mi
            a mile and a half         | 1.5 mi
            three-quarters of a mile  | 0.75 mi
            a quarter of a mile       | 0.25 mi
            one and a half miles      | 1.5 mi
            two and a half kilometres | 2.5 km
            about half a kilometre    | ≈0.5 km
            12 nautical miles         | 12 nmi
            12 nm                     | 12 nmi
            12NM                      | 12 nmi
            a 12-nautical-mile zone   | 12 nmi
            80 kms.                   | 80 km
            """)
    void readsNumbersUnitsRangesAndHedges(String text, String expected) {
        assertThat(label(text)).isEqualTo(expected);
    }

    @Test
    void numbersAfterACommaInTheSameUnitOrOfAnotherLengthAreDistancesOfTheirOwn() {
        assertThat(scan("40 km, 80 km and 120 km from Homs")).filteredOn(Quantity::hasUnit).hasSize(3);
        assertThat(scan("40 km, 90 miles from Homs")).filteredOn(Quantity::hasUnit).hasSize(2); // 40 km is 25 miles
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

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"20 kilometres (12 miles) from", "20 km / 12 miles from", "20 km/12 miles from",
        "25 miles, or 40 kilometres, from", "35 nautical miles (64.8 km; 40.3 mi) off",
        "190 kilometres, 120 miles from"})
    void aConversionInAnyFormIsOneQuantity(String text) {
        assertThat(scan(text)).filteredOn(Quantity::hasUnit).hasSize(1);
        Quantity q = scan(text).getFirst();
        assertThat(text.substring(q.end()).trim()).matches("(from|off)");
    }

    @Test
    void anAbbreviatedUnitKeepsItsFullStopWhenTheSentenceGoesOn() {
        String text = "Kharkiv is 40 km. from the border. It is 40 km. The end";
        List<Quantity> found = scan(text).stream().filter(Quantity::hasUnit).toList();
        assertThat(found).extracting(q -> text.substring(q.start(), q.end())).containsExactly("40 km.", "40 km");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"a few hundred metres", "a few dozen meters", "several hundred metres", "many hundred miles"})
    void aVagueCountIsNotADistance(String text) {
        assertThat(scan(text)).noneMatch(Quantity::hasUnit);
    }

    /** The number forms of the real test set ({@link RealSentences}), every distance each sentence cites. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            about half a mile from the besieged           | ≈0.5 mi
            along the road for about half a kilometre     | ≈0.5 km
            between 6 and 12 kilometers (4–7.5 mi) wide   | ≈41 km, 6–12 km
            three to eight kilometers from the riverbank  | 3–8 km
            over the 2-3 km journey                       | 2–3 km
            It is 210 kilometers long                     | 210 km, 30–90 km
            fifty-seven nautical miles south of Aden      | 57 nmi
            incident 150nm northwest                      | 150 nmi
            incident 51NM southwest                       | 51 nmi
            60 NM [nautical miles]                        | ≈60 nmi
            Taiwan’s 12-nautical-mile (around 22.2 km)    | 12 nmi
            only 5.5 nautical miles (9,250 meters)        | 5.5 nmi
            40 kms short of their goal                    | 40 km
            a plateau 110 kms. long                       | 110 km, 25 km
            in 40 km. from the Russian border             | 40 km
            35 nautical miles (64.8 km; 40.3 mi)          | 35 nmi
            Ghaziyeh is some 30 kilometres (around 20     | ≈30 km, <5 km
            only a few dozen meters from the Gaza border  | ''
            a few hundred yards from his home             | ''
            can fly faster than 6,000 km/h                | <2,000 km
            at an elevation of about 700 metres           | ≈700 m
            Less than a mile away, and separated          | <1 mi
            """)
    void readsEveryNumberFormOfTheRealTestSet(String fragment, String expected) {
        String sentence = RealSentences.row(fragment).sentence();
        List<String> labels = scan(sentence).stream().filter(Quantity::hasUnit).map(q -> q.cited().label()).toList();
        assertThat(String.join(", ", labels)).isEqualTo(expected);
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

    /** The cheap check that spares most sentences the full patterns must never drop a distance. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"about 50 miles from", "five kilometres", "half a mile", "50mi", "20m from the gate",
        "500 m away", "12 nautical miles", "12 nm", "3 kms.", "lies about 50 from Tartus", "1,200 north of",
        "6 Klicks", "two km", "a 3.5-kilometre drive"})
    void aSentenceWithADistanceIsNeverSkipped(String text) {
        assertThat(QuantityScanner.mayHoldQuantity(text, new TextRange(0, text.length()))).isTrue();
        assertThat(scan(text)).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"In 2016, 300 people died in Homs.", "The militants took the town on Friday.",
        "Military officials met 12 mayors.", "Admiral Gorshkov sailed.", "Mimi and Tom met in 1999 in Milan."})
    void aSentenceWithoutDigitsAndUnitsOrACueIsSkipped(String text) {
        assertThat(QuantityScanner.mayHoldQuantity(text, new TextRange(0, text.length()))).isFalse();
    }

    @Test
    void aFractionWrittenAsOneCharacterIsPartOfTheNumber() {
        assertThat(scan("Kandal lies about 2½ miles south of Phnom Penh")).singleElement()
                .satisfies(q -> assertThat(q.cited().low()).isEqualTo(2.5));
        assertThat(scan("a hamlet ½ mile from the church")).singleElement()
                .satisfies(q -> assertThat(q.cited().low()).isEqualTo(0.5));
        // a conversion with a fraction stays the first value's conversion
        assertThat(scan("About 12 km (7½ miles) south of Phnom Penh")).filteredOn(Quantity::hasUnit).hasSize(1);
    }
}
