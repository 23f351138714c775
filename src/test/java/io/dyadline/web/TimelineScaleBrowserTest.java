package io.dyadline.web;

import com.microsoft.playwright.Page;
import io.dyadline.article.Article;
import io.dyadline.event.EventStore;
import io.dyadline.extraction.EventDate;
import io.dyadline.extraction.EventStatus;
import io.dyadline.extraction.EventType;
import io.dyadline.extraction.ExtractedEvent;
import io.dyadline.extraction.Span;
import io.dyadline.ingest.Ingestion;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static io.dyadline.web.WebFixtures.event;
import static io.dyadline.web.WebFixtures.evidence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A timeline of 10,000 events in many pairs and sectors renders and stays responsive. Prints the figures the page
 * reports; asserts only generous bounds, as the machine is shared.
 */
@QuarkusTest
@TestProfile(TimelineScaleBrowserTest.OwnDatabase.class)
class TimelineScaleBrowserTest {

    /** Its own in-memory database, so the 10,000 events do not crowd the other tests' pages. */
    public static class OwnDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:mem:scale;DB_CLOSE_DELAY=-1");
        }
    }

    static final int EVENTS = 10_000;
    static final int PER_ARTICLE = 1_000;
    static final String[] COUNTRIES = {"IR", "RU", "CN", "IN", "TR", "SA", "AE", "QA", "EG", "PK", "KZ", "UZ", "BR",
            "ZA", "DE", "FR", "US", "JP", "KR", "ID"};
    static final String[] SECTORS = {"telecom", "ict", "ai", "science-tech", "space", "energy", "trade", "finance",
            "transport", "defense", "health", "agriculture", "education", "environment", "diplomacy"};

    @Inject
    Ingestion articles;

    @Inject
    EventStore store;

    @TestHTTPResource("/")
    URL base;

    @Test
    void tenThousandEventsRenderAndZoomQuickly() {
        Assumptions.assumeTrue(Chromium.available(), "Chromium is not installed at " + Chromium.EXECUTABLE);
        long seeded = System.nanoTime();
        seed();
        System.out.printf("[timeline-scale] seeded %d events in %d ms%n", EVENTS, (System.nanoTime() - seeded) / 1_000_000);
        try (Chromium chromium = Chromium.launch()) {
            Page page = chromium.page();
            List<String> errors = new ArrayList<>();
            page.onPageError(errors::add);
            long start = System.nanoTime();
            page.navigate(base.toString() + "timeline");
            page.waitForFunction("() => document.getElementById('timeline').dataset.ready === 'true'", null,
                    new Page.WaitForFunctionOptions().setTimeout(60_000));
            long wall = (System.nanoTime() - start) / 1_000_000;
            String count = page.locator("#timeline").getAttribute("data-count");
            double load = Double.parseDouble(page.locator("#timeline").getAttribute("data-load-ms"));
            double render = Double.parseDouble(page.locator("#timeline").getAttribute("data-render-ms"));
            // the overview comes from the histogram: all 10,000 counted, at most 20,000 events held in the page
            assertTrue(page.locator("#status").textContent().startsWith(EVENTS + " events in "),
                    page.locator("#status").textContent());
            assertTrue(Integer.parseInt(count) <= 20_000, count);
            double firstRender = Double.parseDouble(page.locator("#timeline").getAttribute("data-first-render-ms"));
            System.out.printf("[timeline-scale] first render from the histogram %.1f ms%n", firstRender);

            List<Double> zooms = new ArrayList<>();
            for (double factor : new double[] {0.5, 0.5, 0.25, 0.25, 4, 4, 2, 2}) {
                zooms.add(((Number) page.evaluate("f => document.getElementById('timeline').timeline.zoom(f)", factor))
                        .doubleValue());
            }
            page.locator("#chart").hover();
            page.mouse().wheel(0, -300);
            page.waitForTimeout(50);
            double wheel = Double.parseDouble(page.locator("#timeline").getAttribute("data-zoom-ms"));
            Chromium.screenshot(page, "timeline-10k-zoomed", false);
            page.evaluate("() => document.getElementById('timeline').timeline.fit()");
            page.waitForTimeout(300);
            Chromium.screenshot(page, "timeline-10k", false);

            double worstZoom = zooms.stream().mapToDouble(Double::doubleValue).max().orElse(0);
            double meanZoom = zooms.stream().mapToDouble(Double::doubleValue).average().orElse(0);
            System.out.printf("[timeline-scale] %s events: page ready in %d ms (fetch+parse %.1f ms, first render "
                            + "%.1f ms); zoom mean %.1f ms, worst %.1f ms, wheel %.1f ms; zooms %s%n",
                    count, wall, load, render, meanZoom, worstZoom, wheel, zooms);
            assertTrue(errors.isEmpty(), errors.toString());
            // generous bounds: the goals are 1.5 s and 100 ms, on a machine shared with other builds
            assertTrue(render < 5_000, "first render took " + render + " ms");
            assertTrue(worstZoom < 500, "a zoom took " + worstZoom + " ms");
        }
    }

    private void seed() {
        Random random = new Random(42);
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < COUNTRIES.length; i++) {
            for (int j = i + 1; j < COUNTRIES.length && pairs.size() < 60; j += 3) {
                pairs.add(COUNTRIES[i] + "-" + COUNTRIES[j]);
            }
        }
        EventType[] types = EventType.values();
        Set<String> used = new LinkedHashSet<>();
        for (int a = 0; a < EVENTS / PER_ARTICLE; a++) {
            String text = "Batch " + a + " of generated events. Officials met to discuss cooperation.";
            Article article = WebFixtures.article(articles, store, "Generated batch " + a, "2024-01-01", text);
            List<ExtractedEvent> batch = new ArrayList<>();
            while (batch.size() < PER_ARTICLE) {
                // busy pairs get more events: a skewed pick, as in real news
                String pair = pairs.get((int) (Math.pow(random.nextDouble(), 2) * pairs.size()));
                EventType type = types[random.nextInt(types.length)];
                LocalDate day = LocalDate.of(2000, 1, 1).plusDays(random.nextInt(25 * 365));
                int p = random.nextInt(10);
                EventDate date = p < 7 ? WebFixtures.day(day.getYear(), day.getMonthValue(), day.getDayOfMonth())
                        : p < 9 ? WebFixtures.month(day.getYear(), day.getMonthValue()) : WebFixtures.year(day.getYear());
                if (!used.add(pair + type + date.edtf())) {
                    continue;
                }
                Set<String> sectors = new LinkedHashSet<>();
                sectors.add(SECTORS[(int) (Math.pow(random.nextDouble(), 1.5) * SECTORS.length)]);
                if (random.nextInt(4) == 0) {
                    sectors.add(SECTORS[random.nextInt(SECTORS.length)]);
                }
                String[] codes = pair.split("-");
                batch.add(event(type, random.nextInt(6) == 0 ? EventStatus.PLANNED : EventStatus.OCCURRED,
                        codes[0], codes[1], date, sectors, List.of(), type + " between " + pair + " on " + date.edtf(),
                        evidence(Span.Field.TEXT, text, "Officials met to discuss cooperation.", date.edtf(),
                                "trigger:met")));
            }
            WebFixtures.record(store, article.id, batch);
        }
    }
}
