package org.placemap.library;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Reducing saved web pages to their article (plain JUnit). */
class HtmlTextTest {

    @Test
    void scriptsStylesNavigationHeaderFooterAndAsidesAreDropped() {
        HtmlText.Extracted e = HtmlText.extract("""
                <!doctype html><html><head><title>T</title><style>.x{}</style>
                <script>var tracking = "Damascus";</script></head>
                <body>
                <header class="site"><a href="/">Example News</a> <span>Latakia edition</span></header>
                <nav><ul><li>World</li><li>Homs weather</li></ul></nav>
                <div id="content"><p>Russian jets flew from Khmeimim.</p>
                <aside>Most read: Aleppo in pictures</aside>
                <p>They returned at dusk.</p>
                <noscript>Enable JavaScript to see Idlib</noscript></div>
                <form><input name="q"><button>Search Deir ez-Zor</button></form>
                <footer>Contact us in Raqqa</footer>
                </body></html>""");

        assertThat(e.text()).isEqualTo("T\n\nRussian jets flew from Khmeimim.\n\nThey returned at dusk.");
        assertThat(e.text()).doesNotContain("Damascus", "Latakia", "Homs", "Aleppo", "Idlib", "Deir", "Raqqa", ".x{}");
    }

    @Test
    void theArticleElementWithTheMostTextIsTheArticle() {
        HtmlText.Extracted e = HtmlText.extract("""
                <body><article><h2>Teaser</h2><p>Short.</p></article>
                <article><header><h1>Strikes near Hama</h1><p>By A. Writer</p></header>
                <p>Strikes hit villages north of Hama on Tuesday, the monitor said.</p></article>
                <article><p>Another teaser.</p></article></body>""");

        assertThat(e.title()).isEqualTo("Strikes near Hama");
        assertThat(e.text()).isEqualTo("Strikes near Hama\n\nBy A. Writer\n\n"
                + "Strikes hit villages north of Hama on Tuesday, the monitor said.");
    }

    @Test
    void titleIsOgTitleThenH1ThenTitleAndGoesOnTheFirstLineWhenTheTextLacksIt() {
        assertThat(HtmlText.extract("<head><meta property='og:title' content='  Ships  at Tartus '>"
                + "<title>Ships at Tartus | Site</title></head><body><main><p>Text.</p></main></body>"))
                .isEqualTo(new HtmlText.Extracted("Ships at Tartus", "Ships at Tartus\n\nText.", null));
        assertThat(HtmlText.extract("<title>Page title</title><h1>Heading one</h1><p>Body.</p>").title())
                .isEqualTo("Heading one");
        assertThat(HtmlText.extract("<title>Only a title</title><p>Body.</p>").title()).isEqualTo("Only a title");
        assertThat(HtmlText.extract("<p>No title at all.</p>"))
                .isEqualTo(new HtmlText.Extracted(null, "No title at all.", null));
    }

    @Test
    void whitespaceIsCollapsedLineBreaksKeptAndEntitiesDecoded() {
        HtmlText.Extracted e = HtmlText.extract("""
                <body><p>Hama   lies
                   about 50&nbsp;miles from <b>Tartus</b>&amp;the coast.</p>
                <p>Line one<br>Line two</p><ul><li>first</li><li>second</li></ul>
                <pre>keep   this
                  as is</pre></body>""");

        assertThat(e.text()).isEqualTo("Hama lies about 50 miles from Tartus&the coast.\n\nLine one\nLine two\n\n"
                + "first\n\nsecond\n\nkeep   this\n  as is");
    }

    @Test
    void markupInsideTheTextComesOutAsTextNotAsTags() {
        HtmlText.Extracted e = HtmlText.extract("<p>Use &lt;script&gt;alert(1)&lt;/script&gt; carefully "
                + "<img src=x onerror=alert(2)></p>");
        assertThat(e.text()).isEqualTo("Use <script>alert(1)</script> carefully");
    }

    @Test
    void aPageWithoutTextGivesEmptyText() {
        assertThat(HtmlText.extract("<html><head><script>x()</script></head><body><nav>Menu</nav></body></html>").text())
                .isEmpty();
    }
}
