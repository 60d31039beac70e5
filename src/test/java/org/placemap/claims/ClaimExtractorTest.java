package org.placemap.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.placemap.distance.Units;
import org.placemap.gazetteer.LineKind;
import org.placemap.geoparse.ParsedArticle;

/**
 * Phrasings of distance claims, with the place names as resolved mentions ({@link TestArticles}), so
 * what is tested is the patterns, not the geoparser. Each claim is summarised as
 * "from→to cited", e.g. "Hama→Tartus ≈50 mi".
 */
class ClaimExtractorTest {

    private final ClaimExtractor extractor = new ClaimExtractor();

    private List<DistanceClaim> claims(String text, String... unresolved) {
        ParsedArticle parsed = TestArticles.parse(text, unresolved);
        return extractor.extract(parsed);
    }

    private List<String> summary(String text, String... unresolved) {
        return claims(text, unresolved).stream()
                .map(c -> c.from().name() + "→" + c.to().name() + " " + c.cited().label())
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The city of Hama lies about 50 miles from Tartus.                 | Hama→Tartus ≈50 mi
            Hama is 84 km from Tartus.                                        | Hama→Tartus 84 km
            Hama sits some 80 kilometres from Tartus.                         | Hama→Tartus ≈80 km
            Hama is located 52 mi from Tartus.                                | Hama→Tartus 52 mi
            Hama is situated roughly 84 kilometers away from Tartus.          | Hama→Tartus ≈84 km
            Homs lies 150 km north of Damascus.                               | Homs→Damascus 150 km
            Homs lies 150 km to the north of Damascus.                        | Homs→Damascus 150 km
            Homs is about 80 km south-east of Tartus.                         | Homs→Tartus ≈80 km
            Hama is within 100 km of Homs.                                    | Hama→Homs ≤100 km
            Hama lies less than 60 km from Homs.                              | Hama→Homs <60 km
            Hama lies nearly 50 km from Homs.                                 | Hama→Homs ≲50 km
            Hama lies almost 50 km from Homs.                                 | Hama→Homs ≲50 km
            Aleppo lies more than 300 km from Damascus.                       | Aleppo→Damascus >300 km
            Aleppo lies over 300 km from Damascus.                            | Aleppo→Damascus >300 km
            Aleppo lies 300 km or more from Damascus.                         | Aleppo→Damascus >300 km
            Aleppo lies 300-odd km from Damascus.                             | Aleppo→Damascus ≈300 km
            Aleppo lies 300 km or so from Damascus.                           | Aleppo→Damascus ≈300 km
            Aleppo lies 1,234.5 km from Damascus.                             | Aleppo→Damascus 1,234.5 km
            Hama lies fifty miles from Tartus.                                | Hama→Tartus 50 mi
            Hama lies Fifty-two miles from Tartus.                            | Hama→Tartus 52 mi
            Aleppo lies a hundred and eighty miles from Damascus.             | Aleppo→Damascus 180 mi
            Latakia lies about 45 nautical miles from Tartus.                 | Latakia→Tartus ≈45 nmi
            Latakia lies 45 nmi from Tartus.                                  | Latakia→Tartus 45 nmi
            Khmeimim air base lies 20,000 metres from Latakia.                | Khmeimim→Latakia 20,000 m
            Khmeimim is 500 m from Latakia.                                   | Khmeimim→Latakia 500 m
            Hama lies some 50 miles (80 km) from Tartus.                      | Hama→Tartus ≈50 mi
            Hama lies 40–60 km from Homs.                                     | Hama→Homs 40–60 km
            Hama lies 40-60km from Homs.                                      | Hama→Homs 40–60 km
            Hama lies 40 to 60 km from Homs.                                  | Hama→Homs 40–60 km
            Hama lies between 40 and 60 km from Homs.                         | Hama→Homs 40–60 km
            It is an 84-kilometre drive from Hama to Tartus.                  | Hama→Tartus 84 km
            It is 52 miles from Hama to Tartus.                               | Hama→Tartus 52 mi
            The 47 km road between Hama and Homs was cut.                     | Hama→Homs 47 km
            Hama and Homs are 47 km apart.                                    | Hama→Homs 47 km
            The distance between Hama and Tartus is about 84 km.              | Hama→Tartus ≈84 km
            The drive from Hama to Tartus is 84 km.                           | Hama→Tartus 84 km
            Rebels reached Hama, 47 km north of Homs, on Friday.              | Hama→Homs 47 km
            Rebels reached Hama (47 km north of Homs) on Friday.              | Hama→Homs 47 km
            Fighting reached Hama, located 47 km north of Homs.               | Hama→Homs 47 km
            Hama, which lies 47 km north of Homs, fell.                       | Hama→Homs 47 km
            Tartus is an 84-kilometre drive from Hama.                        | Tartus→Hama 84 km
            Homs, an 84-kilometre drive from Tartus, fell.                    | Homs→Tartus 84 km
            Tartus, home to Russia's naval base, lies 50 miles from Homs.     | Tartus→Homs 50 mi
            Khmeimim air base, about 20 km south of Latakia, was expanded.    | Khmeimim→Latakia ≈20 km
            The Russian-run Khmeimim air base lies 20 km south of Latakia.    | Khmeimim→Latakia 20 km
            Hama lies 50 miles east of the port of Tartus.                    | Hama→Tartus 50 mi
            Hama lies 50 miles from the coastal city of Tartus.               | Hama→Tartus 50 mi
            Hama lies 84 km (52 mi) from Tartus by road.                      | Hama→Tartus 84 km
            In Hama, 47 km north of Homs, protests grew.                      | Hama→Homs 47 km
            Rebels took a town called Zzyzx, 20 km north of Homs.             | Zzyzx→Homs 20 km
            The Syrian city of Hama and the Syrian city of Homs are 47 km apart. | Hama→Homs 47 km
            Hama lies 50 miles east[2] of Tartus.                             | Hama→Tartus 50 mi
            Hama lies 47 km north of the Syrian city of Homs.                 | Hama→Homs 47 km
            Homs lies 47 km south of Syria's fourth city, Hama.               | Homs→Hama 47 km
            Located 47 km north of Homs, Hama is the fourth city.             | Hama→Homs 47 km
            Hama is a city in Syria, lying on the Orontes about 47 km north of Homs. | Hama→Homs ≈47 km
            Hama lies half a mile from Homs.                                  | Hama→Homs 0.5 mi
            Hama lies three-quarters of a mile from Homs.                     | Hama→Homs 0.75 mi
            Hama lies a mile and a half from Homs.                            | Hama→Homs 1.5 mi
            Hama lies 20 km / 12 miles from Homs.                             | Hama→Homs 20 km
            Sidon, a port some 40 km south of Beirut, was hit.                | Sidon→Beirut ≈40 km
            Rebels took Zzyzx, a town 20 km north of Homs.                    | Zzyzx→Homs 20 km
            Rebels took Hama town, a distance of 47 km from Homs.             | Hama→Homs 47 km
            Rebels reached the town of Hama 47 km from Homs.                  | Hama→Homs 47 km
            Hama was founded long ago, and is 47 km from Homs.                | Hama→Homs 47 km
            Rebels shelled Hama every day, which lies 47 km north of Homs.    | Hama→Homs 47 km
            """)
    void findsTheClaimInEachPhrasing(String sentence, String expected) {
        assertThat(summary(sentence)).containsExactly(expected);
    }

    @Test
    void coordinatedDistancesShareTheSubject() {
        // corpus/001: the second distance's nearest name is Latakia, but it is said of Homs
        String text = "Meanwhile, a push to the city of Homs, roughly 75 miles from Latakia and 50 miles from Tartus, "
                + "would sever the land link.";
        List<DistanceClaim> found = claims(text);
        assertThat(found).extracting(c -> c.from().name() + "→" + c.to().name() + " " + c.cited().label())
                .containsExactly("Homs→Latakia ≈75 mi", "Homs→Tartus 50 mi");
        assertThat(found).extracting(DistanceClaim::text).containsExactly("roughly 75 miles from Latakia", "50 miles from Tartus");
        assertThat(found.get(0).from()).isEqualTo(found.get(1).from());
        assertThat(found.get(1).hedge()).isEqualTo(Hedge.NONE);
        assertThat(found.get(0).hedgeText()).isEqualTo("roughly");
    }

    @Test
    void severalPlacesInOneSentenceGiveOneClaimEach() {
        assertThat(summary("Hama lies 47 km north of Homs, 52 miles east of Tartus and 210 km north of Damascus."))
                .containsExactly("Hama→Homs 47 km", "Hama→Tartus 52 mi", "Hama→Damascus 210 km");
    }

    @Test
    void coordinationByCommaAloneAlsoSharesTheSubject() {
        assertThat(summary("Homs lies 75 miles from Latakia, 50 miles from Tartus."))
                .containsExactly("Homs→Latakia 75 mi", "Homs→Tartus 50 mi");
    }

    @Test
    void aCoordinatedNumberWithoutUnitTakesThePreviousUnit() {
        assertThat(summary("Homs lies 75 miles from Latakia and 50 from Tartus."))
                .containsExactly("Homs→Latakia 75 mi", "Homs→Tartus 50 mi");
    }

    @Test
    void eachClauseKeepsItsOwnSubject() {
        assertThat(summary("Hama is about 50 miles from Tartus, while Homs is 75 miles from Latakia."))
                .containsExactly("Hama→Tartus ≈50 mi", "Homs→Latakia 75 mi");
        assertThat(summary("Hama lies about 50 miles from Tartus; Homs lies 75 miles from Latakia."))
                .containsExactly("Hama→Tartus ≈50 mi", "Homs→Latakia 75 mi");
    }

    @Test
    void twoSubjectsGiveTwoClaims() {
        assertThat(summary("Hama and Homs lie about 50 miles from Tartus."))
                .containsExactly("Hama→Tartus ≈50 mi", "Homs→Tartus ≈50 mi");
    }

    @Test
    void theSubjectIsTheHeadOfTheNounPhraseNotTheNearestName() {
        // "Syria" is the nearest name before the verb, inside an appositive
        assertThat(summary("Hama, Syria's fourth-largest city, lies 47 km north of Homs."))
                .containsExactly("Hama→Homs 47 km");
    }

    @Test
    void aNameAfterAPrepositionIsNotTheSubject() {
        assertThat(summary("Troops in Hama are 40 km from Homs.")).isEmpty();
    }

    @Test
    void offsetsPointIntoTheArticleText() {
        String text = "Title\n\nAs the city of Hama lies about 50 miles from Tartus, the rebels hurried.";
        DistanceClaim c = claims(text).getFirst();
        assertThat(text.substring(c.start(), c.end())).isEqualTo("about 50 miles from Tartus").isEqualTo(c.text());
        assertThat(text.substring(c.from().start(), c.from().end())).isEqualTo("Hama");
        assertThat(text.substring(c.to().start(), c.to().end())).isEqualTo("Tartus");
        assertThat(c.sentence().of(text)).startsWith("As the city").endsWith("hurried.");
        assertThat(c.citedValue()).isEqualTo(50);
        assertThat(c.citedUnit()).isEqualTo(Units.MILES);
        assertThat(c.citedKm()).isCloseTo(80.4672, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(c.articleId()).isEqualTo("test");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "He ran 5 miles from the hotel.",
        "A 3 km convoy left Homs.",
        "A 3 km convoy drove from Homs to Hama.",
        "Syria has 5,000 km of border.",
        "Syria shares 822 km of border with Aleppo province.",
        "The area covers 50 km² around Homs.",
        "Rebels hold 300 square kilometres of land from Homs to Hama.",
        "Jets flew at 900 km/h from Latakia.",
        "Jets flew at 500 miles per hour from Latakia.",
        "An Mi-8 helicopter from Latakia was lost.",
        "Rebels advanced 10 km from Homs.",
        "The Syrian army is 20 km from Homs.",
        "Some 2,000 civilians fled Homs for Hama.",
        "The convoy was 5 miles long.",
        "It lies 50 km from Homs.",
        "In 2016 Hama was retaken; Homs fell in 2014.",
        "Troops were sent 50 miles.",
        "Damascus received $5m from Aleppo.",
        "Hama is 50 km away.",
        "Rebels walked 20 km from Homs to Hama.",
        "A runway 2,800 metres long was built at Hama.",
        "The 5 km-long convoy left Homs for Hama.",
        "Jets flew 300 km from Latakia to Aleppo.",
        "A missile with a 300 km range was fired from Hama.",
        "Hama is 300 metres above sea level.",
        "Hama is 10 km S-W of the front line.",
    })
    void aDistanceThatIsNotBetweenTwoPlacesIsNotAClaim(String sentence) {
        assertThat(summary(sentence)).isEmpty();
    }

    /** Without geodata lines the claim is still made, to the line, and listed as not measured. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Homs is 5 km from Syria's border.                     | Homs→Syria's border 5 km                    | BORDER
            Homs is 8 km from the border with Syria.              | Homs→border with Syria 8 km                 | BORDER
            Homs is 8 km from the Syrian border, officials said.  | Homs→Syrian border 8 km                     | BORDER
            Hama lies 200 km off the coast of Syria.              | Hama→coast of Syria 200 km                  | COAST
            Latakia lies 2 km from Syria's coastline.             | Latakia→Syria's coastline 2 km              | COAST
            Homs is 8 km from the border and 40 km from Hama.     | Homs→border 8 km; Homs→Hama 40 km           | BORDER
            """)
    void aDistanceToABorderOrCoastIsAClaimToThatLine(String sentence, String expected, LineKind kind) {
        assertThat(summary(sentence)).containsExactly(expected.split("; "));
        DistanceClaim c = claims(sentence).getFirst();
        assertThat(c.to().line()).isEqualTo(kind);
        assertThat(c.to().isResolved()).isFalse();
        assertThat(c.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(c.reason()).startsWith("no " + kind.word());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Hama is 10 km from the front line.", "Hama lies 3 km from the river.",
        "Syria has 822 km of border with Turkey.", "Syria's coastline is 193 km long."})
    void aLineTheGeodataLacksOrALengthOfBorderIsNotAClaim(String sentence) {
        assertThat(summary(sentence)).isEmpty();
    }

    @Test
    void anAbsurdValueIsListedAsUnverifiable() {
        DistanceClaim c = claims("Hama lies 5,000,000 miles from Tartus.").getFirst();
        assertThat(c.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(c.measuredKm()).isNotNull();
        assertThat(c.deviationPercent()).isNull();
        assertThat(c.reason()).contains("not a possible distance");
    }

    @Test
    void aNumberWithoutUnitIsListedAsUnverifiable() {
        DistanceClaim c = claims("Hama lies about 50 from Tartus.").getFirst();
        assertThat(c.citedUnit()).isNull();
        assertThat(c.citedKm()).isNull();
        assertThat(c.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(c.label()).isEqualTo("cited ≈50 (no unit) · measured 84.0 km ?");
    }

    @Test
    void unresolvedEndpointsAreListedAsUnverifiable() {
        DistanceClaim subject = claims("The village of Zzyzx lies 10 km north of Homs.").getFirst();
        assertThat(subject.from().name()).isEqualTo("Zzyzx");
        assertThat(subject.from().isResolved()).isFalse();
        assertThat(subject.measuredKm()).isNull();
        assertThat(subject.verdict()).isEqualTo(Verdict.UNVERIFIABLE);

        DistanceClaim unresolvedMention = claims("Hama lies 50 km from Qasr Foo.", "Qasr Foo").getFirst();
        assertThat(unresolvedMention.to().name()).isEqualTo("Qasr Foo");
        assertThat(unresolvedMention.verdict()).isEqualTo(Verdict.UNVERIFIABLE);

        DistanceClaim unknownName = claims("Hama lies 50 km from Foobar.").getFirst();
        assertThat(unknownName.to().name()).isEqualTo("Foobar");
        assertThat(unknownName.to().placeId()).isNull();
        assertThat(unknownName.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
    }

    @Test
    void anAreaIsNotAPointToMeasureFrom() {
        DistanceClaim c = claims("Homs lies 100 km from Syria.").getFirst();
        assertThat(c.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(c.measuredKm()).isNull();
        assertThat(c.reason()).contains("area");
    }

    @Test
    void verdictsFollowTheMeasuredDistance() {
        // Hama–Tartus is 83.96 km (52.17 mi) between the GeoNames points
        assertThat(claims("Hama lies about 50 miles from Tartus.").getFirst().verdict()).isEqualTo(Verdict.CONSISTENT);
        assertThat(claims("Hama lies 30 miles from Tartus.").getFirst().verdict()).isEqualTo(Verdict.INCONSISTENT);
        assertThat(claims("Hama lies more than 60 miles from Tartus.").getFirst().verdict()).isEqualTo(Verdict.INCONSISTENT);
        assertThat(claims("Hama lies within 60 miles of Tartus.").getFirst().verdict()).isEqualTo(Verdict.CONSISTENT);
        assertThat(claims("Hama lies less than 40 miles from Tartus.").getFirst().verdict()).isEqualTo(Verdict.INCONSISTENT);
        assertThat(claims("Hama lies 80-90 km from Tartus.").getFirst().deviationPercent()).isZero();
    }

    @Test
    void theMapLabelShowsCitedMeasuredAndVerdict() {
        assertThat(claims("Hama lies about 50 miles from Tartus.").getFirst().label())
                .isEqualTo("cited ≈50 mi · measured 52.2 mi ✓");
    }

    @Test
    void neverThrowsOnArbitraryText() {
        Random random = new Random(5);
        String[] words = {"Hama", "Homs", "lies", "is", "about", "50", "5,000,000", "miles", "km", "from", "of", "north",
            "and", ",", "(", ")", "–", "between", "to", "apart", "within", "the", "city", "fifty", "a", "hundred", ".",
            "Syria", "Syrian", "Zzyzx", "m", "nmi", "some", "'s", "\n", "—", "Khmeimim", "air", "base", "999999999999999999999999999"};
        for (int i = 0; i < 2_000; i++) {
            StringBuilder text = new StringBuilder();
            int n = random.nextInt(40);
            for (int w = 0; w < n; w++) {
                text.append(words[random.nextInt(words.length)]).append(random.nextInt(4) == 0 ? "" : " ");
            }
            String t = text.toString();
            assertThatCode(() -> claims(t, "Zzyzx")).as(t).doesNotThrowAnyException();
        }
    }

    @Test
    void hardWrappedLinesAndNoBreakSpacesReadLikePlainSpaces() {
        String title = "Russia keeps its bases on the coast\n\n";
        for (String gap : List.of("\n", "\r\n", "\t", "\u00A0", "\u2009", "  \n  ")) {
            String sentence = "The city of Hama lies about 50" + gap + "miles" + gap + "from Tartus.";
            List<DistanceClaim> found = claims(title + sentence);
            assertThat(found).as("gap %s", gap.codePoints().boxed().toList()).hasSize(1);
            DistanceClaim claim = found.getFirst();
            assertThat(claim.from().name()).isEqualTo("Hama");
            assertThat(claim.to().name()).isEqualTo("Tartus");
            assertThat(claim.citedValue()).isEqualTo(50.0);
            // offsets and text stay those of the article as written
            assertThat((title + sentence).substring(claim.start(), claim.end())).isEqualTo(claim.text());
            assertThat(claim.text()).contains(gap);
        }
    }
}
