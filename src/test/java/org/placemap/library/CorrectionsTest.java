package org.placemap.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.placemap.claims.DistanceClaim;
import org.placemap.claims.Verdict;
import org.placemap.distance.GeoPoint;
import org.placemap.gazetteer.Gazetteer;
import org.placemap.gazetteer.Place;
import org.placemap.gazetteer.PlaceKind;
import org.placemap.geoparse.Mention;
import org.placemap.library.Corrections.CorrectionException;
import org.placemap.library.Corrections.Scope;

/**
 * Readers' corrections (issue 12): kept apart from the parser's rows, laid over them, surviving restart and
 * reparse, undone by batch (H2 in memory, no Spring context).
 */
class CorrectionsTest {
    private static final long LIMIT = 5L * 1024 * 1024;
    private static final Path NO_SAMPLES = Path.of("target/no-such-corpus");

    // Palmyra, Syria is the bigger place, so the parser takes it; the reader knows the article means Palmyra, New York.
    static final Place PALMYRA_SY = new Place("test:palmyra-sy", "Palmyra", List.of(), new GeoPoint(34.5574, 38.2739),
            PlaceKind.POPULATED_PLACE, "P", "PPL", "SY", "", 50_000);
    static final Place PALMYRA_NY = new Place("test:palmyra-ny", "Palmyra", List.of(), new GeoPoint(43.0637, -77.2333),
            PlaceKind.POPULATED_PLACE, "P", "PPL", "US", "", 3_500);
    static final Place HOMS = new Place("test:homs", "Homs", List.of(), new GeoPoint(34.7268, 36.7234),
            PlaceKind.POPULATED_PLACE, "P", "PPLA", "SY", "", 775_000);
    static final Gazetteer GAZETTEER = new Gazetteer(List.of(TestLibraries.TARTUS, TestLibraries.HAMA, PALMYRA_SY,
            PALMYRA_NY, HOMS));

    private static final String PALMYRA_NEWS = """
            Palmyra fair opens

            The county fair in Palmyra opened on Friday. Visitors to PALMYRA came from Hama and from Tartous.
            The city of Hama lies about 50 miles from Tartus, officials said.
            """;
    private static final String OTHER_NEWS = """
            Ruins restored

            Archaeologists returned to Palmyra this week, 150 km from Homs.
            """;

    private DataSource db;
    private ArticleLibrary library;
    private String first;
    private String second;

    @BeforeEach
    void setUp() throws Exception {
        db = TestLibraries.migratedH2();
        library = TestLibraries.library(db, GAZETTEER, NO_SAMPLES, LIMIT);
        first = library.add(new NewArticle(null, null, null, PALMYRA_NEWS, null, NewArticle.Format.TEXT)).article().id();
        second = library.add(new NewArticle(null, null, null, OTHER_NEWS, null, NewArticle.Format.TEXT)).article().id();
    }

    private List<Mention> named(ArticleLibrary lib, String id, String name) {
        return lib.stored(id).orElseThrow().mentions().stream().filter(m -> Corrections.nameKey(m.text())
                .equals(Corrections.nameKey(name))).toList();
    }

    private static int at(String text, String needle, int nth) {
        int i = -1;
        for (int k = 0; k <= nth; k++) {
            i = text.indexOf(needle, i + 1);
        }
        return i;
    }

    @Test
    void theParserTakesTheBiggerPalmyraAndKeepsTheOtherAsAnAlternative() {
        Mention m = named(library, first, "Palmyra").get(0);
        assertThat(m.place().id()).isEqualTo("test:palmyra-sy");
        assertThat(m.decision()).isNull();
        // the runner-up is stored, so a reader can choose it after a restart too
        Mention afterRestart = named(TestLibraries.library(db, GAZETTEER, NO_SAMPLES, LIMIT), first, "Palmyra").get(0);
        assertThat(afterRestart.alternatives()).extracting(c -> c.place().id()).contains("test:palmyra-ny");
    }

    @Test
    void theSameNameIgnoresCaseAndRunsOfSpaceButNotSpelling() {
        assertThat(Corrections.nameKey(" PALMYRA\n  fair")).isEqualTo(Corrections.nameKey("Palmyra fair"));
        assertThat(Corrections.nameKey("Tartous")).isNotEqualTo(Corrections.nameKey("Tartus"));
    }

    @Test
    void oneCorrectionChangesThatMentionOnlyAndIsKeptAcrossARestart() {
        Mention m = named(library, first, "Palmyra").get(0);
        Corrections.Result r = library.corrections().correct(first, m.start(), m.end(), "test:palmyra-ny", Scope.MENTION, "ana");

        assertThat(r.changed()).hasSize(1);
        List<Mention> now = named(library, first, "Palmyra");
        assertThat(now.get(0).place().id()).isEqualTo("test:palmyra-ny");
        assertThat(now.get(0).decidedBy()).isEqualTo("reader");
        assertThat(now.get(0).decision().by()).isEqualTo("ana");
        assertThat(now.get(0).confidence()).isEqualTo(1.0);
        assertThat(now.get(1).place().id()).as("PALMYRA, not in scope").isEqualTo("test:palmyra-sy");
        assertThat(now.get(1).decidedBy()).isEqualTo("parser");
        assertThat(library.atlas().place("test:palmyra-ny")).isPresent();

        ArticleLibrary restarted = TestLibraries.library(db, GAZETTEER, NO_SAMPLES, LIMIT);
        assertThat(restarted.stored(first).orElseThrow().mentions()).isEqualTo(library.stored(first).orElseThrow().mentions());
        assertThat(restarted.atlas().place("test:palmyra-ny").orElseThrow().mentionCount()).isEqualTo(1);
    }

    @Test
    void applyToAllInTheArticleTakesEverySpellingOfTheNameButNotOtherArticles() {
        List<Mention> palmyras = named(library, first, "Palmyra");
        assertThat(palmyras).hasSizeGreaterThanOrEqualTo(2); // title and body
        Mention m = palmyras.get(0);
        Corrections.Result r = library.corrections().correct(first, m.start(), m.end(), "test:palmyra-ny", Scope.ARTICLE, null);

        assertThat(r.changed()).hasSameSizeAs(palmyras);
        assertThat(named(library, first, "Palmyra")).allMatch(x -> x.place().id().equals("test:palmyra-ny"));
        assertThat(named(library, second, "Palmyra")).allMatch(x -> x.place().id().equals("test:palmyra-sy"));
    }

    @Test
    void applyToAllInTheLibraryReachesEveryArticleAndOneUndoTakesItAllBack() {
        int all = named(library, first, "Palmyra").size() + named(library, second, "Palmyra").size();
        Mention m = named(library, second, "Palmyra").get(0);
        Corrections.Result r = library.corrections().correct(second, m.start(), m.end(), "test:palmyra-ny", Scope.LIBRARY, null);
        assertThat(r.articles()).containsExactlyInAnyOrder(first, second);
        assertThat(library.atlas().place("test:palmyra-sy")).isEmpty();

        assertThat(library.corrections().undoLast(null)).hasValueSatisfying(u -> assertThat(u.changed()).hasSize(all));
        assertThat(named(library, first, "Palmyra")).allMatch(x -> x.place().id().equals("test:palmyra-sy") && x.decision() == null);
        assertThat(named(library, second, "Palmyra")).allMatch(x -> x.place().id().equals("test:palmyra-sy"));
        assertThat(library.corrections().undoLast(null)).isEmpty();
    }

    @Test
    void undoBringsBackTheDecisionBeforeItNotTheParsers() {
        Mention m = named(library, first, "Palmyra").get(0);
        library.corrections().correct(first, m.start(), m.end(), "test:palmyra-ny", Scope.MENTION, null);
        Corrections.Result second = library.corrections().correct(first, m.start(), m.end(), null, Scope.MENTION, null);
        assertThat(named(library, first, "Palmyra").get(0).isRejected()).isTrue();

        library.corrections().undo(second.batch()).orElseThrow();
        Mention back = named(library, first, "Palmyra").get(0);
        assertThat(back.place().id()).isEqualTo("test:palmyra-ny");
        assertThat(back.decidedBy()).isEqualTo("reader");
        assertThat(library.corrections().undo(second.batch())).as("already undone").isEmpty();
    }

    @Test
    void notAPlaceKeepsTheMentionListedWithoutAPlaceAndOffTheMap() {
        for (Mention m : named(library, second, "Homs")) {
            library.corrections().remove(second, m.start(), m.end(), null);
        }
        Mention homs = named(library, second, "Homs").get(0);
        assertThat(homs.isRejected()).isTrue();
        assertThat(homs.place()).isNull();
        assertThat(library.atlas().place("test:homs")).isEmpty();
        assertThat(library.stored(second).orElseThrow().parsed().unresolvedMentions()).doesNotContain(homs);
        assertThat(library.article(second).orElseThrow().placeCount()).isEqualTo(1);
    }

    @Test
    void aMissedNameIsAddedAndTakesBackNotAPlaceRemovesItEntirely() {
        String text = library.stored(first).orElseThrow().text();
        int s = at(text, "Tartous", 0);
        assertThat(named(library, first, "Tartous")).as("not in the test gazetteer").isEmpty();

        library.corrections().add(first, s, s + "Tartous".length(), "test:tartus", "ana");
        Mention added = named(library, first, "Tartous").get(0);
        assertThat(added.place().id()).isEqualTo("test:tartus");
        assertThat(added.decidedBy()).isEqualTo("reader");
        assertThat(TestLibraries.library(db, GAZETTEER, NO_SAMPLES, LIMIT).atlas().place("test:tartus").orElseThrow()
                .mentionCount()).isEqualTo(library.atlas().place("test:tartus").orElseThrow().mentionCount());

        library.corrections().remove(first, s, s + "Tartous".length(), "ana");
        assertThat(named(library, first, "Tartous")).isEmpty();
    }

    @Test
    void aMissedNameAddedForTheArticleTakesItsOtherOccurrencesInTheSameCaseAndAsWholeWords() throws Exception {
        String text = """
                Port news

                Ships left Tartous at dawn. The port of Tartous was quiet, and the Tartous-based crews rested.
                Tartousian sailors and a tartous variety of fish are not the town.
                """;
        String third = library.add(new NewArticle(null, null, null, text, null, NewArticle.Format.TEXT)).article().id();
        String stored = library.stored(third).orElseThrow().text();
        int s = at(stored, "Tartous", 0);
        assertThat(named(library, third, "Tartous")).as("not in the test gazetteer").isEmpty();

        Corrections.Result r = library.corrections().add(third, s, s + 7, "test:tartus", Scope.ARTICLE, null);

        // "Tartous", "Tartous" and "Tartous-based" (a hyphen ends a word); not "Tartousian", not "tartous"
        assertThat(r.changed()).hasSize(3);
        assertThat(named(library, third, "Tartous")).hasSize(3).allMatch(m -> m.place().id().equals("test:tartus"));
        assertThat(named(library, first, "Tartous")).as("another article, not in scope").isEmpty();
        assertThat(library.atlas().place("test:tartus").orElseThrow().label()).isEqualTo("Tartus");

        library.corrections().undoLast(null).orElseThrow();
        assertThat(named(library, third, "Tartous")).isEmpty();

        library.corrections().add(third, s, s + 7, "test:tartus", Scope.LIBRARY, null);
        assertThat(named(library, first, "Tartous")).as("the first article's missed Tartous too").hasSize(1);
    }

    @Test
    void anAddedSpanMustBeAWholeNameOnTheTextAndNotAMentionAlready() {
        String text = library.stored(first).orElseThrow().text();
        int s = at(text, "Tartous", 0);
        Corrections c = library.corrections();
        assertThatThrownBy(() -> c.add(first, s + 1, s + 7, "test:tartus", null)).isInstanceOf(CorrectionException.class)
                .hasMessageContaining("cut a word");
        assertThatThrownBy(() -> c.add(first, s, text.length() + 5, "test:tartus", null)).hasMessageContaining("do not fall on the text");
        assertThatThrownBy(() -> c.add(first, s, s, "test:tartus", null)).hasMessageContaining("do not fall on the text");
        assertThatThrownBy(() -> c.add(first, s - 1, s + 7, "test:tartus", null)).hasMessageContaining("do not start and end");
        Mention hama = named(library, first, "Hama").get(0);
        assertThatThrownBy(() -> c.add(first, hama.start(), hama.end(), "test:hama", null)).hasMessageContaining("already has a mention");
        assertThatThrownBy(() -> c.add(first, s, s + 7, "test:nowhere", null)).hasMessageContaining("No place with id");
        assertThatThrownBy(() -> c.add("999", s, s + 7, "test:tartus", null))
                .satisfies(e -> assertThat(((CorrectionException) e).notFound()).isTrue());
        assertThatThrownBy(() -> c.correct(first, s, s + 7, "test:tartus", Scope.MENTION, null))
                .satisfies(e -> assertThat(((CorrectionException) e).notFound()).isTrue());
        assertThat(c.stored()).as("nothing written by refused requests").isEmpty();
    }

    @Test
    void correctingAClaimEndMeasuresAndJudgesItAgainAtOnce() {
        DistanceClaim before = library.stored(first).orElseThrow().claims().get(0);
        assertThat(before.verdict()).isEqualTo(Verdict.CONSISTENT);
        double hamaTartusKm = before.measuredKm();
        // Tartus → Homs: Hama–Homs is about 45 km (by hand: 0.404° of latitude × 110.9 km = 44.8 km, 0.034° of
        // longitude × 91.2 km = 3.1 km, hypotenuse 44.9 km), so "about 50 miles" (80 km) is now wrong
        library.corrections().correct(first, before.to().start(), before.to().end(), "test:homs", Scope.MENTION, null);

        DistanceClaim after = library.stored(first).orElseThrow().claims().get(0);
        assertThat(after.to().placeId()).isEqualTo("test:homs");
        assertThat(after.measuredKm()).isBetween(43.0, 47.0).isNotEqualTo(hamaTartusKm);
        assertThat(after.verdict()).isEqualTo(Verdict.INCONSISTENT);
        assertThat(library.atlas().claims()).anySatisfy(c -> assertThat(c.claim().verdict()).isEqualTo(Verdict.INCONSISTENT));

        library.corrections().correct(first, before.to().start(), before.to().end(), null, Scope.MENTION, null);
        assertThat(library.stored(first).orElseThrow().claims().get(0).verdict()).isEqualTo(Verdict.UNVERIFIABLE);
    }

    @Test
    void aReparseKeepsTheReadersDecisionAndSaysWhereTheParserDisagrees() {
        Mention m = named(library, first, "Palmyra").get(0);
        library.corrections().correct(first, m.start(), m.end(), "test:palmyra-ny", Scope.MENTION, null);
        assertThat(library.corrections().disagreements(first)).singleElement()
                .satisfies(d -> assertThat(d.parserPlaceId()).isEqualTo("test:palmyra-sy"));

        library.reparse(first).orElseThrow();

        assertThat(named(library, first, "Palmyra").get(0).place().id()).isEqualTo("test:palmyra-ny");
        assertThat(library.corrections().disagreements(first)).singleElement()
                .satisfies(d -> {
                    assertThat(d.readerPlaceId()).isEqualTo("test:palmyra-ny");
                    assertThat(d.parserPlaceId()).isEqualTo("test:palmyra-sy");
                });
        assertThat(TestLibraries.library(db, GAZETTEER, NO_SAMPLES, LIMIT).stored(first).orElseThrow().mentions())
                .isEqualTo(library.stored(first).orElseThrow().mentions());
    }

    @Test
    void deletingAnArticleDeletesItsDecisions() {
        Mention m = named(library, first, "Palmyra").get(0);
        library.corrections().correct(first, m.start(), m.end(), "test:palmyra-ny", Scope.MENTION, null);
        library.delete(first);
        assertThat(library.corrections().stored()).isEmpty();
        assertThat(library.corrections().undoLast(null)).isEmpty();
    }

    @Test
    void aNameCorrectedOnceIsReadTheReadersWayInArticlesAddedLaterButNotInOnesAlreadyThere() throws Exception {
        Mention m = named(library, first, "Palmyra").get(0);
        library.corrections().correct(first, m.start(), m.end(), "test:palmyra-ny", Scope.ARTICLE, "ana");

        String later = library.add(NewArticle.ofText("Parade\n\nA parade was held in Palmyra on Sunday, with bands from Homs.")).article().id();
        Mention read = named(library, later, "Palmyra").get(0);
        assertThat(read.place().id()).isEqualTo("test:palmyra-ny");
        assertThat(read.decidedBy()).as("still the parser's reading, informed by the readers").isEqualTo("parser");
        assertThat(read.confidence()).isGreaterThanOrEqualTo(ReaderPrior.CONFIDENCE);
        assertThat(read.alternatives()).extracting(c -> c.place().id()).first().isEqualTo("test:palmyra-sy");
        assertThat(named(library, second, "Palmyra").get(0).place().id()).as("added before").isEqualTo("test:palmyra-sy");
    }

    @Test
    void readersWhoDisagreeOnANameTeachNothingAndNotAPlaceDoesNotCarryOver() throws Exception {
        Mention a = named(library, first, "Palmyra").get(1);
        Mention b = named(library, second, "Palmyra").get(0);
        library.corrections().correct(first, a.start(), a.end(), "test:palmyra-ny", Scope.MENTION, null);
        library.corrections().correct(second, b.start(), b.end(), "test:palmyra-sy", Scope.MENTION, null);
        for (Mention h : named(library, second, "Homs")) {
            library.corrections().remove(second, h.start(), h.end(), null);
        }
        ReaderPrior prior = ReaderPrior.of(List.of(library.stored(first).orElseThrow(), library.stored(second).orElseThrow()));
        assertThat(prior.choiceFor("Palmyra")).as("one vote each").isNull();
        assertThat(prior.choiceFor("Homs")).isNull();

        String later = library.add(NewArticle.ofText("Ruins\n\nIt was quiet in Palmyra and in Homs on Sunday.")).article().id();
        assertThat(named(library, later, "Palmyra").get(0).place().id()).isEqualTo("test:palmyra-sy");
        assertThat(named(library, later, "Homs").get(0).place().id()).isEqualTo("test:homs");
    }
}
