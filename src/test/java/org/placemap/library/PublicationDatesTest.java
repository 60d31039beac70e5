package org.placemap.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Publication dates from page metadata and datelines, and the forms that must not be read as one. */
class PublicationDatesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    private static LocalDate html(String page) {
        return PublicationDates.fromHtml(Jsoup.parse(page), TODAY);
    }

    @Test
    void openGraphPublishedTimeIsTheDateAsThePublisherWroteItWhateverTheOffset() {
        assertThat(html("<head><meta property='article:published_time' content='2024-12-08T23:30:00-05:00'></head>"))
                .isEqualTo(LocalDate.of(2024, 12, 8));
    }

    @Test
    void jsonLdDatePublishedIsFoundInsideAGraphAndBrokenJsonLdIsSkipped() {
        String page = """
                <script type="application/ld+json">{ broken </script>
                <script type="application/ld+json">
                {"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"x"},
                 {"@type":"NewsArticle","headline":"Ships","datePublished":"2025-03-01T08:00:00Z"}]}
                </script>""";
        assertThat(html(page)).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(html("<script type='application/ld+json'>[{\"@type\":\"NewsArticle\",\"datePublished\":\"2023-07-14\"}]</script>"))
                .isEqualTo(LocalDate.of(2023, 7, 14));
    }

    @Test
    void metadataComesBeforeJsonLdAndTimeElementsCount() {
        assertThat(html("<meta itemprop='datePublished' content='2022-02-24'><script type='application/ld+json'>"
                + "{\"datePublished\":\"2020-01-01\"}</script>")).isEqualTo(LocalDate.of(2022, 2, 24));
        assertThat(html("<article><time pubdate datetime='2021-08-15T10:00'>15 Aug</time></article>"))
                .isEqualTo(LocalDate.of(2021, 8, 15));
        assertThat(html("<p>No date here.</p>")).isNull();
    }

    @Test
    void aDatelineWithAYearNearTheTopIsRead() {
        assertThat(PublicationDates.fromDateline("Ships leave Tartus\n\nBy Jane Doe\nDecember 4, 2024\n\nDAMASCUS — Ships left.", TODAY))
                .isEqualTo(LocalDate.of(2024, 12, 4));
        assertThat(PublicationDates.fromDateline("Published 4th December 2024, 12:00 GMT\n\nText.", TODAY))
                .isEqualTo(LocalDate.of(2024, 12, 4));
        assertThat(PublicationDates.fromDateline("Sept. 30, 2015 — Russian jets struck near Homs.", TODAY))
                .isEqualTo(LocalDate.of(2015, 9, 30));
        assertThat(PublicationDates.fromDateline("Posted 2019-10-13 | World desk\n\nTurkish troops crossed.", TODAY))
                .isEqualTo(LocalDate.of(2019, 10, 13));
        assertThat(PublicationDates.fromDateline("Hama shelled\nBy Jane Doe | Monday, March 7, 2016 at 10:15\n\nText.", TODAY))
                .isEqualTo(LocalDate.of(2016, 3, 7));
    }

    @Test
    void yearlessDatelinesAmbiguousNumbersFutureDatesAndDatesDeepInTheBodyAreNotRead() {
        assertThat(PublicationDates.fromDateline("BEIRUT, Dec 4 (Reuters) - Fighting flared near Hama.", TODAY)).isNull();
        assertThat(PublicationDates.fromDateline("Updated 04/12/2024\n\nFighting flared.", TODAY)).isNull();
        assertThat(PublicationDates.fromDateline("On March 3, 2031 a summit is planned.", TODAY)).isNull();
        assertThat(PublicationDates.fromDateline("x".repeat(PublicationDates.DATELINE_CHARS) + " On 15 March 2011 protests began.", TODAY))
                .isNull();
        assertThat(PublicationDates.fromDateline("February 30, 2024: a date that does not exist.", TODAY)).isNull();
        // a date inside a sentence near the top is about something else (an archive note, an event)
        assertThat(PublicationDates.fromDateline("Dear readers, we paused publication of the site on May 15, 2018, "
                + "and moved our coverage elsewhere.", TODAY)).isNull();
        assertThat(PublicationDates.fromDateline("Talks held in Geneva on 4 December 2024 ended without a deal.", TODAY)).isNull();
    }

    @Test
    void anHtmlArticleAddedWithoutADateTakesThePagesAndAGivenDateWins() throws Exception {
        ArticleLibrary library = TestLibraries.library(TestLibraries.migratedH2(), TestLibraries.GAZETTEER,
                java.nio.file.Path.of("target/no-such-corpus"), 5L << 20);
        String page = "<html><head><title>Hama news</title><meta property='article:published_time' "
                + "content='2024-12-09T10:00:00Z'></head><body><p>The city of Hama lies about 50 miles from Tartus.</p></body></html>";
        ArticleRecord a = library.add(new NewArticle(null, null, null, page, null, NewArticle.Format.HTML)).article();
        assertThat(a.publishedDate()).isEqualTo(LocalDate.of(2024, 12, 9));
        ArticleRecord given = library.add(new NewArticle(null, null, LocalDate.of(2020, 1, 2), page.replace("Hama news", "Other"),
                null, NewArticle.Format.HTML)).article();
        assertThat(given.publishedDate()).isEqualTo(LocalDate.of(2020, 1, 2));
        ArticleRecord text = library.add(NewArticle.ofText("Tartus port\n\nMarch 3, 2016\n\nShips left Tartus.")).article();
        assertThat(text.publishedDate()).isEqualTo(LocalDate.of(2016, 3, 3));
    }
}
