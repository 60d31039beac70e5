package org.placemap.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * End to end in a real browser: Debian's Chromium (never a downloaded one), headless, against the app
 * on a random port. Also takes the README screenshot (target/screenshots/, or the folder in the system
 * property {@code placemap.screenshot.dir}, e.g. {@code docs}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// the README's pictures first, while the map holds only the sample articles; later tests add articles
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class BrowserE2ETest {
    static final Path CHROMIUM = Path.of(System.getProperty("placemap.chromium", "/usr/bin/chromium"));
    private static final LocatorAssertions.ContainsTextOptions SLOW =
            new LocatorAssertions.ContainsTextOptions().setTimeout(30_000);

    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void launch() {
        assertTrue(Files.isExecutable(CHROMIUM),
                "browser tests need Chromium at " + CHROMIUM + " (apt-get install -y chromium)");
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
    }

    @AfterAll
    static void close() {
        if (browser != null) browser.close();
        if (playwright != null) playwright.close();
    }

    @Test
    @org.junit.jupiter.api.Order(1)
    void clickingTheHamaMarkerShowsItsExcerpts() throws Exception {
        try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 850))) {
            Page page = context.newPage();
            page.navigate("http://localhost:" + port + "/");

            Locator hama = page.locator("placemap-map .pm-marker[aria-label='Hama']");
            hama.waitFor(new Locator.WaitForOptions().setTimeout(60_000));
            // each place is a marker of its own, or named by the "+N" badge of a crowd it is hidden in
            for (String name : List.of("Aleppo", "Homs", "Tartus", "Latakia", "Quneitra", "Daraa")) {
                Locator own = page.locator("placemap-map .pm-marker[aria-label='" + name + "']");
                Locator badge = page.locator("placemap-map .pm-cluster[aria-label*=': " + name + "'], "
                        + "placemap-map .pm-cluster[aria-label*=', " + name + "']");
                assertThat(own.or(badge).first()).isAttached();
                if (own.count() == 0) {
                    // activating the badge zooms in until the place has a marker of its own
                    badge.first().click();
                    assertThat(own).hasCount(1, new LocatorAssertions.HasCountOptions().setTimeout(10_000));
                    page.navigate("http://localhost:" + port + "/");
                    hama.waitFor(new Locator.WaitForOptions().setTimeout(60_000));
                }
            }

            hama.click();
            Locator firstExcerpt = page.locator("#excerpts .pm-excerpt").first();
            assertThat(firstExcerpt).containsText("Hama", SLOW);
            assertThat(page.locator("#excerpts .pm-excerpt mark").first()).hasText("Hama");
            assertThat(page.locator("placemap-map .pm-marker.pm-selected")).hasAttribute("aria-label", "Hama");

            screenshot(page, "screenshot.png", 500); // after the pan to the selected marker
        }
    }

    @Test
    void measuringBetweenTwoClickedMarkers() {
        try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 850))) {
            Page page = openMap(context);
            Locator hama = page.locator("placemap-map .pm-marker[aria-label='Hama']");

            var mapBefore = page.locator("placemap-map").boundingBox();
            page.getByText("Measure a distance").click();
            page.locator("#measure-toggle").click();
            // a new user's trial: opening the panel made the page scroll and shifted the map by a scrollbar's width
            Number overflow = (Number) page.evaluate("() => document.documentElement.scrollHeight - document.documentElement.clientHeight");
            assertTrue(overflow.intValue() <= 0, "the page scrolls by " + overflow + " px with the measure panel open");
            var mapAfter = page.locator("placemap-map").boundingBox();
            assertTrue(Math.abs(mapAfter.width - mapBefore.width) < 1 && Math.abs(mapAfter.x - mapBefore.x) < 1,
                    "the map keeps its place: " + mapBefore.x + "+" + mapBefore.width + " then " + mapAfter.x + "+" + mapAfter.width);
            hama.click();
            page.locator("placemap-map .pm-marker[aria-label='Tartus']").click();

            // Issue 5 cites about 52.2 miles between Hama and Tartus; the panel shows km first.
            assertThat(page.locator("#measure-result")).containsText("Hama → Tartus: 84.", SLOW);
            assertThat(page.locator("#measure-result")).containsText("52.");
            assertThat(page.locator("placemap-map path.pm-line-measure")).hasCount(1);
            assertThat(page.locator("#excerpts")).not().containsText("mentions in");
        }
    }

    @Test
    void markersAndThePlaceListWorkFromTheKeyboard() {
        try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 850))) {
            Page page = context.newPage();
            page.navigate("http://localhost:" + port + "/");
            Locator aleppo = page.locator("placemap-map .pm-marker[aria-label='Aleppo']");
            aleppo.waitFor(new Locator.WaitForOptions().setTimeout(60_000));

            aleppo.focus();
            page.keyboard().press("Enter");
            assertThat(page.locator("#excerpts mark").first()).hasText("Aleppo", new LocatorAssertions.HasTextOptions().setTimeout(30_000));

            page.getByLabel("Filter places").fill("Tartus");
            Locator cells = page.locator("#place-list vaadin-grid-cell-content")
                    .filter(new Locator.FilterOptions().setVisible(true));
            // the filter has applied once the list no longer shows Aleppo
            assertThat(cells.getByText("Aleppo", new Locator.GetByTextOptions().setExact(true))).hasCount(0);
            cells.getByText("Tartus", new Locator.GetByTextOptions().setExact(true)).click();
            assertThat(page.locator("placemap-map .pm-marker.pm-selected"))
                    .hasAttribute("aria-label", "Tartus", new LocatorAssertions.HasAttributeOptions().setTimeout(30_000));
            assertThat(page.locator("#excerpts .pm-excerpt").first()).containsText("Tartus", SLOW);
        }
    }

    @Test
    @org.junit.jupiter.api.Order(2)
    void clickingAClaimLineShowsItsSentenceAndVerdict() throws Exception {
        try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 850))) {
            Page page = openMap(context);

            // the Hama–Tartus claim ("about 50 miles"), drawn as a line labelled with cited and measured distance
            Locator line = page.locator("placemap-map path.pm-line[aria-label^='cited ≈50 mi · measured 52.2 mi']");
            assertThat(line).hasCount(1);
            line.click();

            assertThat(page.locator("#excerpts h2")).hasText("Hama → Tartus", new LocatorAssertions.HasTextOptions().setTimeout(30_000));
            assertThat(page.locator("#excerpts .pm-excerpt")).containsText("about 50 miles from Tartus");
            assertThat(page.locator("#excerpts .pm-claim-verdict")).containsText("✓ consistent");
            assertThat(page.locator("placemap-map path.pm-line-selected")).hasCount(1);
            assertThat(page.locator("placemap-map .pm-marker.pm-highlighted")).hasCount(2);
            // the claims tab opened with the claim's row selected
            assertThat(page.locator("#claim-list vaadin-grid-cell-content").filter(new Locator.FilterOptions().setVisible(true))
                    .getByText("Hama → Tartus")).hasCount(1);

            screenshot(page, "claim.png", 800); // after the map has fitted the selected line

            // the legend opens where there is room; folded once, it stays folded on the next visit
            Locator legendToggle = page.locator("placemap-map .pm-legend-toggle");
            assertThat(legendToggle).hasAttribute("aria-expanded", "true");
            legendToggle.click();
            assertThat(legendToggle).hasAttribute("aria-expanded", "false");
            page.reload();
            assertThat(page.locator("placemap-map .pm-legend-toggle")).hasAttribute("aria-expanded", "false",
                    new LocatorAssertions.HasAttributeOptions().setTimeout(30_000));
        }
    }

    @Test
    void measuringByTouch() {
        var options = new Browser.NewContextOptions().setViewportSize(900, 1000).setHasTouch(true).setIsMobile(true);
        try (var context = browser.newContext(options)) {
            Page page = openMap(context);
            Locator hama = page.locator("placemap-map .pm-marker[aria-label='Hama']");

            page.getByText("Measure a distance").tap();
            page.locator("#measure-toggle").tap();
            hama.tap();
            page.locator("placemap-map .pm-marker[aria-label='Tartus']").tap();

            assertThat(page.locator("#measure-result")).containsText("Hama → Tartus: 84.", SLOW);
        }
    }

    @Test
    @org.junit.jupiter.api.Order(3)
    void linksOpenTheirViewAndBackAndForwardMoveBetweenThem() throws Exception {
        try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 850))) {
            Page page = context.newPage();
            // GeoNames 170017 is Hama, Syria
            page.navigate("http://localhost:" + port + "/place/geonames:170017");
            assertThat(page.locator("placemap-map .pm-marker.pm-selected"))
                    .hasAttribute("aria-label", "Hama", new LocatorAssertions.HasAttributeOptions().setTimeout(60_000));
            assertThat(page.locator("#excerpts h2")).hasText("Hama");
            assertThat(page).hasTitle(java.util.regex.Pattern.compile("^Hama"));

            // open an article from the Articles tab, then follow one of its place links
            page.getByRole(com.microsoft.playwright.options.AriaRole.TAB,
                    new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^Articles"))).click();
            page.locator("#article-list vaadin-grid-cell-content").filter(new Locator.FilterOptions().setVisible(true))
                    .getByText("What the Fall of Aleppo Means for Russia").click();
            assertThat(page).hasURL(java.util.regex.Pattern.compile("/article/"));
            Locator tartusLink = page.locator("#excerpts a.pm-mention[href='place/geonames:163345']").first();
            assertThat(tartusLink).isVisible();
            screenshot(page, "article.png", 500);
            tartusLink.click();
            assertThat(page).hasURL(java.util.regex.Pattern.compile("/place/geonames:163345$"));
            assertThat(page.locator("placemap-map .pm-marker.pm-selected")).hasAttribute("aria-label", "Tartus");

            page.goBack();
            assertThat(page).hasURL(java.util.regex.Pattern.compile("/article/"));
            assertThat(page.locator("#excerpts h2")).hasText("What the Fall of Aleppo Means for Russia");
            page.goBack();
            assertThat(page).hasURL(java.util.regex.Pattern.compile("/place/geonames:170017$"));
            assertThat(page.locator("#excerpts h2")).hasText("Hama");
            page.goForward();
            assertThat(page.locator("#excerpts h2")).hasText("What the Fall of Aleppo Means for Russia");
        }
    }

    @Test
    void pastingAndUploadingArticlesPutsTheirPlacesOnTheMap() throws Exception {
        try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 850))) {
            Page page = openMap(context);
            assertThat(page.locator("placemap-map .pm-marker[aria-label='Tromsø']")).hasCount(0);

            page.locator("#add-articles").click();
            page.locator("#add-text textarea").fill("Arctic shipping lanes busier\n\n"
                    + "Cargo traffic between Tromsø and Hammerfest has doubled, port officials in Tromsø said.\n");
            page.locator("#add-submit").click();
            assertThat(page.locator("#add-results")).containsText("✓ Added", SLOW);

            // an HTML page: scripts and navigation are dropped, the article text is kept
            Path html = Files.createTempFile("placemap-upload", ".html");
            Files.writeString(html, "<html><head><title>Harbour news</title><script>var x = 'Oslo';</script></head>"
                    + "<body><nav>Home | Bergen | Contact</nav><article><h1>Harbour news</h1>"
                    + "<p>Fishing boats from Bodø reached Narvik on Sunday.</p></article></body></html>");
            page.locator("#add-upload input[type=file]").setInputFiles(html);
            assertThat(page.locator("#add-results")).containsText("Added “Harbour news”", SLOW);
            // a file that is not UTF-8 text is refused with a message naming it
            Path binary = Files.createTempFile("placemap-binary", ".txt");
            Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2, (byte) 0xc3, 0x28});
            page.locator("#add-upload input[type=file]").setInputFiles(binary);
            assertThat(page.locator("#add-results .pm-add-error")).containsText(binary.getFileName().toString(), SLOW);
            // the upload's own list marks the refused file as failed, not complete
            Locator refused = page.locator("#add-upload vaadin-upload-file[error]");
            assertThat(refused).containsText(binary.getFileName().toString(), SLOW);
            assertThat(page.locator("#add-upload vaadin-upload-file[complete]")).not().containsText(binary.getFileName().toString());
            screenshot(page, "add-articles.png", 500);
            // a file over the article limit (5 MB by default) is refused by the browser before it is sent: with both
            // sizes, as a pasted article is (a new user's trial saw the component's bare "File is Too Big.")
            Path big = Files.createTempFile("placemap-big", ".txt");
            Files.writeString(big, "Hama lies north of Homs. ".repeat(6 * 1024 * 1024 / 25 + 1));
            page.locator("#add-upload input[type=file]").setInputFiles(big);
            assertThat(page.locator("#add-results .pm-add-error").first())
                    .containsText(big.getFileName() + " is too large (6.0 MB); the limit is 5 MB per article.", SLOW);
            page.locator("#add-close").click();

            for (String name : List.of("Tromsø", "Hammerfest", "Bodø", "Narvik")) {
                assertThat(page.locator("placemap-map .pm-marker[aria-label='" + name + "'], "
                        + "placemap-map .pm-cluster[aria-label*='" + name + "']").first()).isAttached();
            }
            // navigation and script text are not article text
            assertThat(page.locator("placemap-map .pm-marker[aria-label='Bergen']")).hasCount(0);
            assertThat(page.locator("placemap-map .pm-marker[aria-label='Oslo']")).hasCount(0);
        }
    }

    @Test
    void anArticlePostedThroughTheApiAppearsOnAnOpenMap() {
        try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 850))) {
            Page page = openMap(context);
            Locator kiruna = page.locator("placemap-map .pm-marker[aria-label='Kiruna'], placemap-map .pm-cluster[aria-label*='Kiruna']");
            assertThat(kiruna).hasCount(0);

            var response = context.request().post("http://localhost:" + port + "/api/articles",
                    com.microsoft.playwright.options.RequestOptions.create()
                            .setHeader("Content-Type", "text/plain; charset=utf-8")
                            .setData("Ore trains running late\n\nIron ore trains from Kiruna reached Luleå on Tuesday, "
                                    + "two days late.\n"));
            org.junit.jupiter.api.Assertions.assertEquals(201, response.status(), response.text());

            // no reload: the server pushes the new map to the open page
            assertThat(kiruna.first()).isAttached(new LocatorAssertions.IsAttachedOptions().setTimeout(30_000));
        }
    }

    @Test
    void aBorderClaimIsDrawnToTheBordersNearestPointAndLabelledAsThatBorder() throws Exception {
        try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 850))) {
            Page page = openMap(context);
            var response = context.request().post("http://localhost:" + port + "/api/articles",
                    com.microsoft.playwright.options.RequestOptions.create()
                            .setHeader("Content-Type", "text/plain; charset=utf-8")
                            .setData("Shelling near the northern border\n\nMetula, the northernmost town in Israel, "
                                    + "lies about 6 km from the border with Lebanon, residents said.\n"));
            org.junit.jupiter.api.Assertions.assertEquals(201, response.status(), response.text());

            // the line ends on the Israel–Lebanon border; Metula is surrounded by it on three sides, so its
            // nearest point is within 3 km of the town (independent of the program: the town's GeoNames point
            // is 33.28 N, 35.58 E)
            var claims = new com.fasterxml.jackson.databind.ObjectMapper().readTree(context.request()
                    .get("http://localhost:" + port + "/api/claims").text());
            com.fasterxml.jackson.databind.JsonNode border = null;
            for (var c : claims) {
                if (c.path("to").path("kind").asText().equals("border")) {
                    border = c;
                }
            }
            org.junit.jupiter.api.Assertions.assertNotNull(border, claims.toString());
            org.junit.jupiter.api.Assertions.assertEquals("border:IL-LB", border.path("to").path("id").asText());
            double km = org.placemap.distance.Geodesy.distanceMetres(new org.placemap.distance.GeoPoint(33.28, 35.58),
                    new org.placemap.distance.GeoPoint(border.path("to").path("lat").asDouble(),
                            border.path("to").path("lon").asDouble())) / 1_000.0;
            assertTrue(km < 3, "nearest border point " + km + " km from Metula");

            // the map draws it, pushed to the open page, labelled with the border it is measured to
            Locator line = page.locator("placemap-map path.pm-line[aria-label^='to Israel–Lebanon border · cited ≈6 km']");
            assertThat(line).hasCount(1, new LocatorAssertions.HasCountOptions().setTimeout(30_000));
            // a new user's trial: "a claim line can end where no marker is drawn": the border end gets a dot of its own,
            // the ends at markers (Metula here, the seed claims' towns) none: fewer dots than ends of claim lines
            assertThat(page.locator("placemap-map path.pm-line-end").first()).isAttached();
            int ends = page.locator("placemap-map path.pm-line-end").count();
            int claimLines = page.locator("placemap-map path.pm-line:not(.pm-line-measure)").count();
            assertTrue(ends < 2 * claimLines, ends + " end dots for " + claimLines + " claim lines");
            line.dispatchEvent("click"); // 1.2 km: a pixel long at the whole map's zoom, too short to hit with the mouse
            assertThat(page.locator("#excerpts h2")).hasText("Metula → border with Lebanon",
                    new LocatorAssertions.HasTextOptions().setTimeout(30_000));
            assertThat(page.locator("#excerpts .pm-excerpt")).containsText("about 6 km from the border with Lebanon");
            assertThat(page.locator("#excerpts .pm-gazetteer-entry")).containsText("Israel–Lebanon border");
            screenshot(page, "border-claim.png", 800);
            // the chosen claim's label does not cover Metula's marker: a 1.2 km line's middle is the marker itself
            Locator chosenLabel = page.locator("placemap-map .pm-label-line-selected");
            assertThat(chosenLabel).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
            var labelBox = chosenLabel.boundingBox();
            var metula = page.locator("placemap-map .pm-marker[aria-label='Metula']").boundingBox();
            boolean overlap = labelBox.x < metula.x + metula.width && metula.x < labelBox.x + labelBox.width
                    && labelBox.y < metula.y + metula.height && metula.y < labelBox.y + labelBox.height;
            assertFalse(overlap, "the claim's label covers the marker: label " + labelBox.x + "," + labelBox.y + " "
                    + labelBox.width + "x" + labelBox.height + ", marker " + metula.x + "," + metula.y);
        }
    }

    @Test
    void theMapReadsOnItsOwnAndFollowsALinkToAPlaceFarAway() throws Exception {
        try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 850))) {
            Page page = openMap(context);
            // names without hovering: the most-mentioned places are labelled, never two labels on one another
            Locator labels = page.locator("placemap-map .pm-label:not(.pm-label-country)");
            assertThat(labels.first()).isAttached();
            assertTrue(labels.count() >= 5, labels.count() + " place labels");
            assertThat(page.locator("placemap-map .pm-label-country").first()).isAttached();

            List<?> boxes = (List<?>) page.evaluate("() => [...document.querySelector('placemap-map').shadowRoot"
                    + ".querySelectorAll('.pm-label')].map(e => { const r = e.getBoundingClientRect();"
                    + " return [r.left, r.top, r.right, r.bottom]; })");
            for (int a = 0; a < boxes.size(); a++) {
                for (int b = a + 1; b < boxes.size(); b++) {
                    List<?> x = (List<?>) boxes.get(a);
                    List<?> y = (List<?>) boxes.get(b);
                    boolean overlap = num(x.get(0)) < num(y.get(2)) - 0.5 && num(y.get(0)) < num(x.get(2)) - 0.5
                            && num(x.get(1)) < num(y.get(3)) - 0.5 && num(y.get(1)) < num(x.get(3)) - 0.5;
                    assertTrue(!overlap, "labels " + x + " and " + y + " overlap");
                }
            }
            // a chosen place is always named, even where its neighbours crowd it
            page.locator("placemap-map .pm-marker[aria-label='Hama']").click();
            assertThat(page.locator("placemap-map .pm-label-chosen")).hasText("Hama", new LocatorAssertions.HasTextOptions().setTimeout(30_000));
            // close in (zoom 10 at Tartus), the 1:10m land replaces the 1:50m outlines: the land cells are fetched
            // and drawn as opaque fills, then the 1:50m fill is emptied (fill-opacity 0)
            page.evaluate("() => document.querySelector('placemap-map').map.setView([34.889, 35.887], 10, {animate: false})");
            Locator landFill = page.locator("placemap-map .leaflet-closeland-pane path[fill='#edeeeb']");
            assertThat(landFill.first()).isAttached(new LocatorAssertions.IsAttachedOptions().setTimeout(30_000));
            assertTrue(page.locator("placemap-map .leaflet-basemap-pane path[fill-opacity='0']").count() > 100,
                    "the 1:50m countries are no longer filled");
            // and the 1:10m borders are drawn above the land (the opaque land cells once hid every border)
            assertTrue(page.locator("placemap-map .leaflet-basemap-pane path.pm-border-close").count() > 0,
                    "the close-zoom borders are drawn");
            assertThat(landFill.first()).isAttached();
            assertTrue(page.locator("placemap-map .leaflet-closeland-pane path[fill='#edeeeb']").count() > 0,
                    "the land lies in its own pane, under the borders");
            screenshot(page, "close-zoom.png", 300);
            // zoomed out again, the 1:50m outlines are filled again and the close-zoom land is hidden
            page.evaluate("() => document.querySelector('placemap-map').map.setView([34.889, 35.887], 4, {animate: false})");
            assertThat(page.locator("placemap-map .leaflet-basemap-pane path[fill-opacity='0']")).hasCount(0);
            // at this zoom the seas are named (the Black Sea lies in view, north of Turkey; the Mediterranean is
            // named by the marker of its own mention, so its sea label gives way)
            assertThat(page.locator("placemap-map .pm-label-sea").filter(new Locator.FilterOptions()
                    .setHasText("Black Sea")).first()).isAttached();
            screenshot(page, "seas.png", 300);
            // a scale bar in metric and imperial units
            assertThat(page.locator("placemap-map .leaflet-control-scale-line")).hasCount(2);
            // the legend folds away and opens again
            Locator legendToggle = page.locator("placemap-map .pm-legend-toggle");
            assertThat(legendToggle).hasAttribute("aria-expanded", "true");
            legendToggle.click();
            assertThat(legendToggle).hasAttribute("aria-expanded", "false");
            assertThat(page.locator("placemap-map .pm-legend-row").first()).isHidden();
            legendToggle.click();
            assertThat(page.locator("placemap-map .pm-legend-row").first()).isVisible();

            // a place on another continent: a link to it moves the map there
            var response = context.request().post("http://localhost:" + port + "/api/articles",
                    com.microsoft.playwright.options.RequestOptions.create()
                            .setHeader("Content-Type", "text/plain; charset=utf-8")
                            .setData("Ferry strike ends\n\nFerries between Punta Arenas and Porvenir ran again on "
                                    + "Monday after a week-long strike.\n"));
            org.junit.jupiter.api.Assertions.assertEquals(201, response.status(), response.text());
            var places = new com.fasterxml.jackson.databind.ObjectMapper().readTree(context.request()
                    .get("http://localhost:" + port + "/api/places").text());
            String id = null;
            for (var f : places.path("features")) {
                if (f.path("properties").path("label").asText().equals("Punta Arenas")) {
                    id = f.path("properties").path("id").asText();
                }
            }
            org.junit.jupiter.api.Assertions.assertNotNull(id, "Punta Arenas is on the map");
            page.navigate("http://localhost:" + port + "/place/" + id);
            Locator selected = page.locator("placemap-map .pm-marker.pm-selected");
            assertThat(selected).hasAttribute("aria-label", "Punta Arenas",
                    new LocatorAssertions.HasAttributeOptions().setTimeout(60_000));
            page.waitForTimeout(800); // the move may be animated
            assertInsideTheMap(page, selected, "the selected marker");
            assertThat(labels.filter(new Locator.FilterOptions().setHasText("Punta Arenas")).first()).isAttached();

            // a link to nothing says so
            page.navigate("http://localhost:" + port + "/place/geonames:0");
            assertThat(page.locator("vaadin-notification-card")).containsText("No place “geonames:0”", SLOW);
        }
    }

    @Test
    void theExportMenuDownloadsFromAnywhereOnAnItemAndFromTheKeyboard() {
        try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 850).setAcceptDownloads(true))) {
            Page page = openMap(context);
            page.locator("#export vaadin-menu-bar-button").first().click();
            Locator placesCsv = page.locator("#export-places-csv");
            placesCsv.waitFor();
            var box = placesCsv.boundingBox();
            // a click on the item's right edge, away from its text
            var download = page.waitForDownload(() -> placesCsv.click(new Locator.ClickOptions()
                    .setPosition(box.width - 4, box.height / 2)));
            // the server's Content-Disposition names the file
            org.junit.jupiter.api.Assertions.assertEquals("places.csv", download.suggestedFilename());

            page.locator("#export vaadin-menu-bar-button").first().focus();
            page.keyboard().press("Enter"); // opens the menu
            Locator claimsCsv = page.locator("#export-claims-csv");
            claimsCsv.waitFor();
            claimsCsv.focus();
            var byKey = page.waitForDownload(() -> page.keyboard().press("Enter"));
            org.junit.jupiter.api.Assertions.assertEquals("claims.csv", byKey.suggestedFilename());
        }
    }

    @Test
    void theSearchBoxFindsAPlaceInAnotherSpellingAndOneNoArticleMentions() throws Exception {
        try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 850))) {
            Page page = openMap(context);
            Locator input = page.locator("#place-search input");
            input.fill("Tartous");
            // each suggestion names its kind, country and point, so same-name places can be told apart
            Locator item = page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("34.89, 35.89"));
            item.first().waitFor(new Locator.WaitForOptions().setTimeout(30_000));
            page.keyboard().press("Enter"); // no suggestion chosen: Enter takes the best match
            // mentioned in the samples: selected like any place
            assertThat(page.locator("placemap-map .pm-marker.pm-selected")).hasAttribute("aria-label", "Tartus",
                    new LocatorAssertions.HasAttributeOptions().setTimeout(30_000));

            input.fill("Kiruna");
            Locator kiruna = page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("Kiruna"));
            kiruna.first().waitFor(new Locator.WaitForOptions().setTimeout(30_000));
            page.keyboard().press("ArrowDown");
            page.keyboard().press("Enter");
            // not mentioned: a marker of its own, in view, and a measurement can start from it
            Locator found = page.locator("placemap-map .pm-marker.pm-selected");
            assertThat(found).hasAttribute("aria-label", java.util.regex.Pattern.compile("^Kiruna"),
                    new LocatorAssertions.HasAttributeOptions().setTimeout(30_000));
            assertThat(page.locator("#excerpts")).containsText("not mentioned");
            page.waitForTimeout(800);
            assertInsideTheMap(page, found, "Kiruna's pin");
            page.locator("#measure-from-here").click();
            screenshot(page, "search.png", 300);
        }
    }

    @Test
    void theKeyboardReachesTheListsBeforeTheMarkersAndNoBadgeCoversAMarker() {
        try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 850))) {
            Page page = openMap(context);
            page.waitForTimeout(500);
            // every marker on screen is the topmost element at its centre: no "+N" badge or label on it
            Object covered = page.evaluate("() => { const map = document.querySelector('placemap-map');"
                    + " const box = map.getBoundingClientRect(); const out = [];"
                    + " for (const m of map.shadowRoot.querySelectorAll('.pm-marker')) {"
                    + "  const r = m.getBoundingClientRect(); const x = r.left + r.width / 2, y = r.top + r.height / 2;"
                    + "  if (x < box.left || y < box.top || x > box.right || y > box.bottom) continue;"
                    + "  const top = map.shadowRoot.elementFromPoint(x, y);"
                    + "  if (!top || top.closest('.pm-marker') !== m) out.push(m.getAttribute('aria-label') + ' under '"
                    + "   + (top ? top.className : 'nothing')); }"
                    + " return out; }");
            assertTrue(((List<?>) covered).isEmpty(), "markers covered: " + covered);

            // the skip link comes first and leads to the lists; the lists come before the markers
            page.keyboard().press("Tab");
            assertThat(page.locator(".pm-skip-link")).isFocused();
            page.keyboard().press("Enter");
            page.keyboard().press("Tab");
            Object inLists = page.evaluate("() => { let e = document.activeElement; while (e && e.shadowRoot && e.shadowRoot.activeElement)"
                    + " e = e.shadowRoot.activeElement; return !!document.querySelector('#lists').contains(document.activeElement); }");
            assertTrue(Boolean.TRUE.equals(inLists), "after the skip link, Tab lands in the lists");
            Object listsFirst = page.evaluate("() => !!(document.querySelector('#lists').compareDocumentPosition("
                    + "document.querySelector('placemap-map')) & Node.DOCUMENT_POSITION_FOLLOWING)");
            assertTrue(Boolean.TRUE.equals(listsFirst), "the lists come before the map in the page");
        }
    }

    @Test
    void anAddressThatIsNotTheMapsSaysSoWithAWayBack() {
        try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 850))) {
            // (the HTTP status stays 200: Vaadin sends the same bootstrap page for every address and routes
            // in the browser)
            Page page = context.newPage();
            page.navigate("http://localhost:" + port + "/nonexistent");
            assertThat(page.locator(".pm-not-found")).containsText("There is no page at “/nonexistent”", SLOW);
            page.locator("#not-found-back").click();
            page.locator("placemap-map .pm-marker[aria-label='Hama']").waitFor(new Locator.WaitForOptions().setTimeout(60_000));
        }
    }

    /**
     * axe-core (npm, pinned in package.json; node_modules/axe-core) finds no accessibility violation on the
     * map, the article view and the add dialog. Each violation is listed with its rule and elements.
     */
    @Test
    void axeFindsNoViolationsOnTheMapTheArticleViewAndTheAddDialog() {
        Path axe = Path.of("node_modules/axe-core/axe.min.js");
        assertTrue(Files.isReadable(axe), "axe-core is installed by the frontend build (package.json)");
        try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 850))) {
            Page page = openMap(context);
            page.waitForTimeout(500);
            assertNoViolations(page, axe, "the map");

            page.getByRole(com.microsoft.playwright.options.AriaRole.TAB,
                    new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^Articles"))).click();
            page.locator("#article-list vaadin-grid-cell-content").filter(new Locator.FilterOptions().setVisible(true))
                    .getByText("What the Fall of Aleppo Means for Russia").click();
            assertThat(page.locator("#excerpts a.pm-mention").first()).isVisible();
            assertNoViolations(page, axe, "the article view");

            page.locator("#add-articles").click();
            page.locator("#add-text textarea").waitFor();
            assertNoViolations(page, axe, "the add dialog");
        }
    }

    private static void assertNoViolations(Page page, Path axe, String what) {
        if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe !== 'undefined'"))) {
            page.addScriptTag(new Page.AddScriptTagOptions().setPath(axe));
        }
        Object result = page.evaluate("async () => { const r = await axe.run(document); return r.violations.map(v =>"
                + " v.id + ' (' + v.impact + '): ' + v.help + ' — ' + v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' '"
                + " + n.html.slice(0, 200) + ' ' + n.failureSummary).join(' | ')); }");
        List<?> violations = (List<?>) result;
        assertTrue(violations.isEmpty(), "axe on " + what + ":\n" + String.join("\n", violations.stream().map(String::valueOf).toList()));
    }

    /**
     * Issue 12 in a browser: an article's names corrected in its article view for the whole article, undone,
     * a missed name added from words selected with the mouse, a claim end corrected from the claim view with
     * its new verdict, the "To check" filter and the date filter; axe finds nothing wrong with the dialog.
     */
    @Test
    void aReaderCorrectsNamesAddsAMissedOneAndFixesAClaimEnd() throws Exception {
        Path axe = Path.of("node_modules/axe-core/axe.min.js");
        try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 850))) {
            Page page = openMap(context);
            String text = "Fair in Palmyra\n\nThe county fair in Palmyra opened on Friday, and the mayor of Palmyra spoke. "
                    + "The port was quiet. The city of Hama lies about 50 miles from Tartus, officials said on day "
                    + System.nanoTime() + ".\n";
            var response = context.request().post("http://localhost:" + port + "/api/articles",
                    com.microsoft.playwright.options.RequestOptions.create()
                            .setHeader("Content-Type", "text/plain; charset=utf-8").setData(text));
            org.junit.jupiter.api.Assertions.assertEquals(201, response.status(), response.text());
            String id = new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.text()).at("/article/id").asText();
            try {
                page.navigate("http://localhost:" + port + "/article/" + id);
                assertThat(page.locator("#excerpts h2")).hasText("Fair in Palmyra", new LocatorAssertions.HasTextOptions().setTimeout(30_000));
                page.locator("#correct-places").click();
                int first = text.indexOf("Palmyra", 20);
                Locator palmyra = page.locator("#excerpts mark.pm-correctable[data-span='" + first + "-" + (first + 7) + "']");
                palmyra.click();
                Locator dialog = page.locator("#correction-dialog");
                assertThat(dialog).containsText("the parser's reading", SLOW);
                assertNoViolations(page, axe, "the correction dialog");
                dialog.getByText("in this article").click();
                screenshot(page, "correct-dialog.png", 300);
                Locator others = dialog.locator(".pm-correction-choice:not(:has-text('Keep:'))");
                Locator sameName = others.filter(new Locator.FilterOptions().setHasText("Palmyra"));
                Locator choice = sameName.count() > 0 ? sameName.first() : others.first();
                String chosen = choice.getAttribute("data-place");
                choice.click();
                assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText("Corrected"))).hasCount(1, new LocatorAssertions.HasCountOptions().setTimeout(30_000));
                assertThat(page.locator("#excerpts mark.pm-decided")).hasCount(2, new LocatorAssertions.HasCountOptions().setTimeout(30_000));
                screenshot(page, "correct.png", 500);
                var mention = context.request().get("http://localhost:" + port + "/api/articles/" + id + "/mentions/" + first + "-" + (first + 7));
                org.junit.jupiter.api.Assertions.assertTrue(mention.text().contains("\"placeId\":\"" + chosen + "\""), mention.text());
                org.junit.jupiter.api.Assertions.assertTrue(mention.text().contains("\"decidedBy\":\"reader\""), mention.text());

                page.locator("#undo-correction").click();
                assertThat(page.locator("#excerpts mark.pm-decided")).hasCount(0, new LocatorAssertions.HasCountOptions().setTimeout(30_000));

                // select "port" with the mouse's range, then add it
                page.evaluate("() => { const p = [...document.querySelectorAll('#excerpts .pm-article-paragraph')]"
                        + ".find(e => e.textContent.includes('The port was quiet'));"
                        + " const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT); let n;"
                        + " while ((n = walker.nextNode())) { const i = n.data.indexOf('port was'); if (i >= 0) {"
                        + " const r = document.createRange(); r.setStart(n, i); r.setEnd(n, i + 4);"
                        + " const s = window.getSelection(); s.removeAllRanges(); s.addRange(r); return; } } }");
                page.locator("#add-selected-place").click();
                assertThat(dialog).containsText("not found by the parser", SLOW);
                page.locator("#correction-search input").fill("Tartus");
                page.locator("vaadin-combo-box-item").first().click();
                int portAt = text.indexOf("port");
                assertThat(page.locator("#excerpts mark.pm-decided[data-span='" + portAt + "-" + (portAt + 4) + "']")).hasCount(1, new LocatorAssertions.HasCountOptions().setTimeout(30_000));

                // the claim's far end, corrected from the claim view: Hama–Aleppo is about 120 km, not 50 miles
                var claims = context.request().get("http://localhost:" + port + "/api/claims?article=" + id);
                String cid = new com.fasterxml.jackson.databind.ObjectMapper().readTree(claims.text()).get(0).get("id").asText();
                page.navigate("http://localhost:" + port + "/claim/" + MapView.encode(cid));
                assertThat(page.locator("#excerpts .pm-claim-verdict")).containsText("✓ consistent", SLOW);
                page.locator("#excerpts .pm-fix-end", new Page.LocatorOptions().setHasText("Tartus")).click();
                page.locator("#correction-search input").fill("Aleppo");
                page.locator("vaadin-combo-box-item").first().click();
                assertThat(page.locator("#excerpts .pm-claim-verdict")).containsText("inconsistent", SLOW);
                assertThat(page.locator("#excerpts .pm-gazetteer-entry")).containsText("Aleppo");

                // the "To check" filter leaves only flagged places; a date range after every article empties the map
                page.getByRole(com.microsoft.playwright.options.AriaRole.TAB,
                        new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^Places"))).click();
                page.locator("#review-filter").click();
                assertThat(page.locator("placemap-map .pm-marker.pm-flag-check").first()).isAttached(new LocatorAssertions.IsAttachedOptions().setTimeout(30_000));
                assertThat(page.locator("placemap-map .pm-marker:not(.pm-flag-check)")).hasCount(0);
                page.locator("#review-filter").click();
                // typed in ISO form, whatever the browser's locale (DateFields)
                page.locator("#date-from input").fill("2099-01-01");
                page.locator("#date-from input").press("Enter");
                assertThat(page.locator(".pm-summary")).containsText("0 places in 0 articles", SLOW);
                assertThat(page.locator(".pm-summary")).containsText("undated hidden");
            } finally {
                context.request().delete("http://localhost:" + port + "/api/articles/" + id);
            }
        }
    }

    @Test
    void onAPhoneACorrectionAndItsUndoButtonKeepThePageItsWidth() throws Exception {
        var options = new Browser.NewContextOptions().setViewportSize(390, 844).setHasTouch(true).setIsMobile(true);
        try (var context = browser.newContext(options)) {
            Page page = openMap(context);
            String text = "Fair in Palmyra\n\nThe county fair in Palmyra opened on Friday, and the mayor of Palmyra spoke. "
                    + "The city of Hama lies about 50 miles from Tartus, officials said on day " + System.nanoTime() + ".\n";
            var response = context.request().post("http://localhost:" + port + "/api/articles",
                    com.microsoft.playwright.options.RequestOptions.create()
                            .setHeader("Content-Type", "text/plain; charset=utf-8").setData(text));
            org.junit.jupiter.api.Assertions.assertEquals(201, response.status(), response.text());
            String id = new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.text()).at("/article/id").asText();
            try {
                page.navigate("http://localhost:" + port + "/article/" + id);
                assertThat(page.locator("#excerpts h2")).hasText("Fair in Palmyra", new LocatorAssertions.HasTextOptions().setTimeout(30_000));
                page.locator("#correct-places").tap();
                int first = text.indexOf("Palmyra", 20);
                page.locator("#excerpts mark.pm-correctable[data-span='" + first + "-" + (first + 7) + "']").tap();
                Locator dialog = page.locator("#correction-dialog");
                assertThat(dialog).containsText("the parser's reading", SLOW);
                dialog.locator(".pm-correction-choice:not(:has-text('Keep:'))").first().tap();
                assertThat(page.locator("#undo-correction")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
                Number width = (Number) page.evaluate("() => document.documentElement.scrollWidth");
                assertTrue(width.intValue() <= 390, "the page scrolls sideways: " + width + " px wide");
                var undo = page.locator("#undo-correction").boundingBox();
                assertTrue(undo.x + undo.width <= 390, "Undo lies on screen: " + undo.x);
                screenshot(page, "phone-correct.png", 300);
            } finally {
                context.request().delete("http://localhost:" + port + "/api/articles/" + id);
            }
        }
    }

    @Test
    void onAPhoneTheMapAndThePanelShareTheScreen() throws Exception {
        var options = new Browser.NewContextOptions().setViewportSize(390, 844).setHasTouch(true).setIsMobile(true);
        try (var context = browser.newContext(options)) {
            Page page = openMap(context);
            // the legend starts folded on a narrow map, so it does not cover it
            assertThat(page.locator("placemap-map .pm-legend-toggle")).hasAttribute("aria-expanded", "false");
            screenshot(page, "phone-map.png", 800);
            // a new user's trial: "To check (22)" wrapped onto three lines, "Find a plac…" and "Articles (3…" were cut
            Locator toCheck = page.locator(".pm-place-list-tools vaadin-checkbox");
            var toCheckBox = toCheck.boundingBox();
            var filterBox = page.getByLabel("Filter places").boundingBox();
            assertTrue(toCheckBox.height <= filterBox.height + 1, "the To check switch keeps to one line: "
                    + toCheckBox.height + " px high beside a " + filterBox.height + " px filter");
            for (Locator tab : page.locator(".pm-lists vaadin-tab").all()) {
                var tabBox = tab.boundingBox();
                assertTrue(tabBox.x >= 0 && tabBox.x + tabBox.width <= 390, "the tab '" + tab.textContent().strip()
                        + "' is on screen: x=" + tabBox.x + ", width " + tabBox.width);
            }
            Number placeholderCut = (Number) page.evaluate("() => { const input = document.querySelector('.pm-place-search input');"
                    + " const probe = document.createElement('span'); const style = getComputedStyle(input);"
                    + " probe.style.font = style.font; probe.style.position = 'absolute'; probe.style.whiteSpace = 'pre';"
                    + " probe.textContent = input.placeholder; document.body.appendChild(probe);"
                    + " const cut = probe.getBoundingClientRect().width - input.clientWidth; probe.remove(); return cut; }");
            assertTrue(placeholderCut.doubleValue() <= 0, "the place search's placeholder fits its box: "
                    + placeholderCut + " px cut");
            page.locator("placemap-map .pm-marker[aria-label='Hama']").tap();
            assertThat(page.locator("#excerpts .pm-excerpt").first()).containsText("Hama", SLOW);
            screenshot(page, "phone-place.png", 800);
            var panel = page.locator(".pm-side").boundingBox();
            assertTrue(panel.height >= 0.3 * 844, "the panel under the map takes a usable part of the screen: " + panel.height + " px");

            // a place chosen in the list, below the details in the scrolling panel: the details come into view
            page.getByLabel("Filter places").fill("Tartus");
            Locator cells = page.locator("#place-list vaadin-grid-cell-content").filter(new Locator.FilterOptions().setVisible(true));
            assertThat(cells.getByText("Hama", new Locator.GetByTextOptions().setExact(true))).hasCount(0);
            cells.getByText("Tartus", new Locator.GetByTextOptions().setExact(true)).tap();
            assertThat(page.locator("#excerpts h2")).hasText("Tartus", new LocatorAssertions.HasTextOptions().setTimeout(30_000));
            page.waitForTimeout(1000); // the smooth scroll
            var heading = page.locator("#excerpts h2").boundingBox();
            assertTrue(heading.y >= panel.y - 1 && heading.y + heading.height <= 844,
                    "the chosen place's details are on screen: heading at y=" + heading.y);
            screenshot(page, "phone-list-choice.png", 300);

            // dates and kinds are folded away on a phone, one tap from the search row
            assertThat(page.locator("#kind-filter")).isHidden();
            page.locator("#filters-toggle").tap();
            assertThat(page.locator("#kind-filter")).isVisible();
            assertThat(page.locator("#filters-toggle")).hasAttribute("aria-expanded", "true");
            Number width = (Number) page.evaluate("() => document.documentElement.scrollWidth");
            assertTrue(width.intValue() <= 390, "the unfolded filters keep the page its width: " + width + " px");
            screenshot(page, "phone-filters.png", 300);
            page.locator("#filters-toggle").tap();

            // the claims table fits the phone: every column, the verdict last, is on screen without a sideways scroll
            page.getByRole(com.microsoft.playwright.options.AriaRole.TAB,
                    new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^Distance claims"))).tap();
            Locator verdictHeader = page.locator("#claim-list vaadin-grid-cell-content")
                    .filter(new Locator.FilterOptions().setVisible(true)).getByText("Verdict", new Locator.GetByTextOptions().setExact(true));
            assertThat(verdictHeader).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
            var verdictBox = verdictHeader.boundingBox();
            assertTrue(verdictBox.x >= 0 && verdictBox.x + verdictBox.width <= 390,
                    "the Verdict column is on screen: x=" + verdictBox.x + ", width " + verdictBox.width);
            screenshot(page, "phone-claims.png", 300);

            // the chosen claim's label is always drawn: on a phone a long one wraps and stays inside the map
            page.evaluate("() => { const map = document.querySelector('placemap-map');"
                    + " const line = map.lines.find(l => l.style !== 'measure');"
                    + " map.lines = map.lines.map(l => l.id === line.id ? { ...l, label: 'Hama – Tartus: about 50 miles"
                    + " (80 km) as cited, 92 km measured along the geodesic, within the tolerance' } : l);"
                    + " map.selectedLineId = line.id; }");
            Locator chosen = page.locator("placemap-map .pm-label-line-selected");
            assertThat(chosen).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
            assertInsideTheMap(page, chosen, "the chosen claim's long label");
            screenshot(page, "phone-claim-label.png", 300);
        }
    }

    /** The element's box lies wholly inside the map's: it is in view. */
    private static void assertInsideTheMap(Page page, Locator element, String what) {
        var box = element.boundingBox();
        var map = page.locator("placemap-map").boundingBox();
        assertTrue(box.x >= map.x && box.x + box.width <= map.x + map.width
                && box.y >= map.y && box.y + box.height <= map.y + map.height,
                what + " lies inside the map: " + box.x + "," + box.y);
    }

    private static double num(Object o) {
        return ((Number) o).doubleValue();
    }

    /** Saves a picture for the README, after {@code settleMillis} for the map to finish moving. */
    private static void screenshot(Page page, String name, int settleMillis) throws java.io.IOException {
        Path dir = Path.of(System.getProperty("placemap.screenshot.dir", "target/screenshots"));
        Files.createDirectories(dir);
        page.waitForTimeout(settleMillis);
        page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(name)));
    }

    /** A new page on the map, once the Hama marker is there (the map has drawn its markers). */
    private Page openMap(BrowserContext context) {
        Page page = context.newPage();
        page.navigate("http://localhost:" + port + "/");
        page.locator("placemap-map .pm-marker[aria-label='Hama']").waitFor(new Locator.WaitForOptions().setTimeout(60_000));
        return page;
    }
}
