package org.placemap.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Page load and click latency of the map in Chromium, against a running server (bench/map-load.sh fills
 * one with a large library first). For each of {@code runs} fresh pages: the time from the start of the
 * navigation to the first marker in the DOM, and to the claim lines; then the time from a click on a
 * marker to its first excerpt in the detail panel. Prints each run and the medians.
 *
 * <p>Usage: {@code MapLoadBenchmark URL [runs]}. Chromium from {@code /usr/bin/chromium} (or the system
 * property {@code placemap.chromium}), never a downloaded one.
 */
public final class MapLoadBenchmark {
    private MapLoadBenchmark() {}

    public static void main(String[] args) {
        String url = args.length > 0 ? args[0] : "http://127.0.0.1:18091/";
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<Double> loads = new ArrayList<>();
        List<Double> lines = new ArrayList<>();
        List<Double> clicks = new ArrayList<>();
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(java.nio.file.Path.of(System.getProperty("placemap.chromium", "/usr/bin/chromium")))
                    .setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--no-first-run")));
            for (int run = 0; run <= runs; run++) { // run 0 warms the server and the browser cache up
                try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 850))) {
                    Page page = context.newPage();
                    long t0 = System.nanoTime();
                    page.navigate(url);
                    Locator marker = page.locator("placemap-map .pm-marker").first();
                    marker.waitFor(new Locator.WaitForOptions().setTimeout(120_000));
                    double load = (System.nanoTime() - t0) / 1e6;
                    page.locator("placemap-map path.pm-line").first()
                            .waitFor(new Locator.WaitForOptions().setTimeout(120_000)
                                    .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
                    double line = (System.nanoTime() - t0) / 1e6;
                    page.waitForTimeout(500);
                    // a marker well inside the map, so the click lands on it
                    String id = (String) page.evaluate("() => { const map = document.querySelector('placemap-map');"
                            + " const box = map.getBoundingClientRect();"
                            + " const inside = [...map.shadowRoot.querySelectorAll('.pm-marker')].filter(m => {"
                            + " const r = m.getBoundingClientRect(); return r.left > box.left + 60 && r.right < box.right - 60"
                            + " && r.top > box.top + 60 && r.bottom < box.bottom - 60; });"
                            + " return inside.length ? inside[Math.floor(inside.length / 2)].dataset.markerId : null; }");
                    Locator target = page.locator("placemap-map .pm-marker[data-marker-id='" + id + "']");
                    String name = target.getAttribute("aria-label");
                    long c0 = System.nanoTime();
                    target.click();
                    page.locator("#excerpts .pm-excerpt").first().waitFor(new Locator.WaitForOptions().setTimeout(60_000));
                    double click = (System.nanoTime() - c0) / 1e6;
                    long markers = page.locator("placemap-map .pm-marker").count();
                    long paths = page.locator("placemap-map path.pm-line").count();
                    System.out.printf(Locale.ROOT, "run %d: first marker %.0f ms, claim lines %.0f ms, click on %s → excerpt %.0f ms"
                            + " (%d markers, %d lines drawn)%n", run, load, line, name, click, markers, paths);
                    if (run > 0) {
                        loads.add(load);
                        lines.add(line);
                        clicks.add(click);
                    }
                }
            }
            browser.close();
        }
        System.out.printf(Locale.ROOT, "median of %d runs: first marker %.0f ms, claim lines %.0f ms, click → excerpt %.0f ms%n",
                runs, median(loads), median(lines), median(clicks));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
