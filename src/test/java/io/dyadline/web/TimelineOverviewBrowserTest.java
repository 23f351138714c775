package io.dyadline.web;

import com.microsoft.playwright.Page;
import io.dyadline.article.Article;
import io.dyadline.ingest.Ingestion;
import io.dyadline.event.EventStore;
import io.dyadline.extraction.EventDate;
import io.dyadline.extraction.EventStatus;
import io.dyadline.extraction.EventType;
import io.dyadline.extraction.ExtractedEvent;
import io.dyadline.extraction.Span;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static io.dyadline.web.WebFixtures.event;
import static io.dyadline.web.WebFixtures.evidence;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The timeline of a busy archive: the overview is drawn from counts, events are loaded only for the window in view
 * and drawn as density or marks as the analyst zooms; the default window ignores stray dates; the arrangement of
 * lanes and pairs is in the URL; keyboard and table keep working.
 */
@QuarkusTest
@TestProfile(TimelineOverviewBrowserTest.OwnDatabase.class)
class TimelineOverviewBrowserTest {

    /** Its own in-memory database: thousands of events of one pair would crowd the other tests' pages. */
    public static class OwnDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:mem:overview;DB_CLOSE_DELAY=-1");
        }
    }

    /** More than the page loads at once for one window (5,000): the overview must come from the histogram. */
    static final int BUSY = 6_000;
    static final String[] SECTORS = {"defense", "trade", "energy", "diplomacy"};

    @Inject
    Ingestion articles;

    @Inject
    EventStore store;

    @TestHTTPResource("/")
    URL base;

    static Chromium chromium;
    static boolean seeded;
    Page page;
    final List<String> errors = new ArrayList<>();

    @BeforeAll
    static void browser() {
        if (Chromium.available()) {
            chromium = Chromium.launch();
        }
    }

    @AfterAll
    static void closeBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void fixture() {
        Assumptions.assumeTrue(chromium != null, "Chromium is not installed at " + Chromium.EXECUTABLE);
        if (!seeded) {
            seeded = true;
            seed();
        }
        page = chromium.page();
        page.onPageError(errors::add);
    }

    private void seed() {
        Random random = new Random(7);
        EventType[] types = EventType.values();
        Set<String> used = new HashSet<>();
        List<ExtractedEvent> israel = new ArrayList<>();
        while (israel.size() < BUSY) {
            // 2021-01-01 .. 2026-06-30, busier towards the end
            LocalDate day = LocalDate.of(2021, 1, 1).plusDays((long) (Math.sqrt(random.nextDouble()) * 2006));
            EventType type = types[random.nextInt(types.length)];
            if (used.add(type + " " + day)) {
                israel.add(generated(type, "IL", "US", WebFixtures.day(day.getYear(), day.getMonthValue(),
                        day.getDayOfMonth()), SECTORS[random.nextInt(SECTORS.length)]));
            }
        }
        // two stray dates: a treaty of 1783 and a plan for 2099
        israel.add(generated(EventType.AGREEMENT, "IL", "US", WebFixtures.year(1783), "diplomacy"));
        israel.add(generated(EventType.PROPOSAL, "IL", "US", WebFixtures.year(2099), "space"));
        for (int from = 0; from < israel.size(); from += 1000) {
            store(israel.subList(from, Math.min(israel.size(), from + 1000)), from);
        }
        List<ExtractedEvent> iran = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            LocalDate day = LocalDate.of(2022, 1, 1).plusDays(i * 7L);
            iran.add(generated(types[i % types.length], "IR", "RU", WebFixtures.day(day.getYear(), day.getMonthValue(),
                    day.getDayOfMonth()), i % 2 == 0 ? "energy" : "telecom"));
        }
        store(iran, BUSY + 10);
    }

    private ExtractedEvent generated(EventType type, String a, String b, EventDate date, String sector) {
        String sentence = "Officials met to discuss cooperation.";
        return event(type, EventStatus.OCCURRED, a, b, date, Set.of(sector), List.of(),
                type + " of " + a + " and " + b + " on " + date.edtf(),
                evidence(Span.Field.TEXT, sentence, sentence, date.edtf(), "trigger:met"));
    }

    private void store(List<ExtractedEvent> events, int batch) {
        Article article = WebFixtures.article(articles, store, "Overview batch " + batch, "2026-07-01",
                "Batch " + batch + " of generated events. Officials met to discuss cooperation.");
        WebFixtures.record(store, article.id, new ArrayList<>(events));
    }

    private void open(String query) {
        page.navigate(base.toString() + "timeline" + query);
        page.waitForFunction("() => document.getElementById('timeline').dataset.ready === 'true'", null,
                new Page.WaitForFunctionOptions().setTimeout(60_000));
    }

    private Object js(String expression) {
        return page.evaluate("() => document.getElementById('timeline').timeline." + expression);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> lanes() {
        return (List<Map<String, Object>>) js("lanes()");
    }

    private List<String> modes(String pair) {
        return lanes().stream().filter(l -> pair.equals(l.get("pair")) && "lane".equals(l.get("kind")))
                .map(l -> (String) l.get("mode")).toList();
    }

    private String windowStart() {
        return page.locator("#chart").getAttribute("data-window-start");
    }

    private String windowEnd() {
        return page.locator("#chart").getAttribute("data-window-end");
    }

    /** Waits until the caption describes the window the chart carries. */
    private String caption() {
        page.waitForFunction("() => { const c = document.getElementById('chart-caption'); return c.textContent.length > 0; }");
        page.waitForTimeout(200);
        return page.locator("#chart-caption").textContent();
    }

    private void waitForWindow() {
        page.waitForTimeout(250);
        page.waitForFunction("() => document.getElementById('timeline').dataset.windowReady !== 'false'");
    }

    @Test
    void theOverviewIsDrawnFromCountsAndZoomingInLoadsDensityThenMarks() {
        open("?pair=IL-US");
        // 6,002 events: more than one window loads, so the lanes are the histogram's and no event is held
        assertTrue(modes("IL-US").stream().allMatch("histogram"::equals), modes("IL-US").toString());
        assertEquals(0, ((Number) js("loaded()")).intValue());
        assertTrue(caption().matches("[A-Z][a-z]{2} \\d{4} – [A-Z][a-z]{2} \\d{4}, about \\d+ events"), caption());
        Chromium.screenshot(page, "timeline-overview-histogram", false);

        // half a year: its events are loaded, too many per lane to tell apart, drawn as density
        js("show('2025-01-01', '2025-06-30')");
        waitForWindow();
        assertEquals("2025-01-01", windowStart());
        assertEquals("2025-06-30", windowEnd());
        int loaded = ((Number) js("loaded()")).intValue();
        assertTrue(loaded > 0 && loaded <= 20_000, loaded + " events held");
        assertTrue(modes("IL-US").contains("density"), modes("IL-US").toString());
        Chromium.screenshot(page, "timeline-overview-density", false);

        // one month: marks, and the caption counts the events exactly as the API does
        js("show('2025-03-01', '2025-03-31')");
        waitForWindow();
        assertTrue(modes("IL-US").stream().allMatch("marks"::equals), modes("IL-US").toString());
        int total = given().queryParam("pair", "IL-US").queryParam("from", "2025-03-01").queryParam("to", "2025-03-31")
                .get("/api/events").then().statusCode(200).extract().path("total");
        assertEquals("Mar 2025 – Mar 2025, " + total + " events", caption());
        assertTrue(page.locator("#chart-caption").getAttribute("aria-live") != null);
        Chromium.screenshot(page, "timeline-overview-marks", false);
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void theDefaultWindowIgnoresStrayDatesThatStayReachable() {
        open("?pair=IL-US");
        // the events begin in 2021 (fewer at first): the 1st percentile falls in its first months
        assertTrue(windowStart().compareTo("2020-10-01") > 0 && windowStart().compareTo("2021-09-01") < 0, windowStart());
        assertTrue(windowEnd().compareTo("2026-05-01") > 0 && windowEnd().compareTo("2026-10-01") < 0, windowEnd());
        // "All dates" reaches the treaty of 1783 and the plan of 2099
        page.locator("button[data-action=all]").click();
        page.waitForTimeout(100);
        assertTrue(windowStart().compareTo("1783-01-01") < 0, windowStart());
        assertTrue(windowEnd().compareTo("2099-12-31") > 0, windowEnd());
        // Fit goes back to where the events are
        page.locator("button[data-action=fit]").click();
        page.waitForTimeout(100);
        assertTrue(windowStart().startsWith("2020") || windowStart().startsWith("2021"), windowStart());
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void comparedPairsLaneGroupingCollapseAndOrderLiveInTheUrl() {
        open("?compare=IR-RU,IL-US&lanes=type");
        assertEquals(List.of("IR-RU", "IL-US"), js("pairs()"));
        assertEquals("type", page.locator("#f-lanes").inputValue());
        List<Object> keys = lanes().stream().filter(l -> "IR-RU".equals(l.get("pair")) && "lane".equals(l.get("kind")))
                .map(l -> l.get("key")).toList();
        // a lane for every type, in the legend's order, cooperation first, then aid and friction
        assertEquals(java.util.Arrays.stream(io.dyadline.extraction.EventType.values()).map(Enum::name).toList(), keys);

        js("toggle('IL-US')");
        js("move('IL-US', -1)");
        page.waitForFunction("() => location.search.includes('collapsed=IL-US') && location.search.includes('order=IL-US')"
                + " && location.search.includes('view=')");
        String shared = page.url();
        assertTrue(shared.contains("compare=IR-RU") && shared.contains("lanes=type"), shared);
        Chromium.screenshot(page, "timeline-compare", false);

        // the same URL opens the same arrangement
        Page other = chromium.page();
        try {
            other.navigate(shared);
            other.waitForFunction("() => document.getElementById('timeline').dataset.ready === 'true'");
            assertEquals(List.of("IL-US", "IR-RU"),
                    other.evaluate("() => document.getElementById('timeline').timeline.pairs()"));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> lanes = (List<Map<String, Object>>) other.evaluate(
                    "() => document.getElementById('timeline').timeline.lanes()");
            assertEquals("collapsed", lanes.get(0).get("mode"));
            assertEquals("IL-US", lanes.get(0).get("pair"));
            assertEquals(page.locator("#chart").getAttribute("data-window-start"),
                    other.locator("#chart").getAttribute("data-window-start"));
        } finally {
            other.close();
        }

        // quad lanes: the fixture's events take every type in turn, so every quad class has a lane, in order
        open("?pair=IR-RU&lanes=quad");
        List<Object> quads = lanes().stream().filter(l -> "lane".equals(l.get("kind"))).map(l -> l.get("key")).toList();
        assertEquals(List.of("VERBAL_COOPERATION", "MATERIAL_COOPERATION", "VERBAL_CONFLICT", "MATERIAL_CONFLICT"), quads);
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void theKeyboardZoomsAndTheTableListsTheEventsInView() {
        open("?pair=IR-RU");
        // 120 events: loaded at once, so the table lists them all
        assertEquals(120, ((Number) js("loaded()")).intValue());
        assertTrue(page.locator("#table-status").textContent().startsWith("120 events"),
                page.locator("#table-status").textContent());
        String before = windowStart() + windowEnd();
        page.locator("#chart").focus();
        page.keyboard().press("+");
        page.keyboard().press("+");
        page.keyboard().press("ArrowRight");
        waitForWindow();
        assertTrue(!before.equals(windowStart() + windowEnd()), before);
        page.waitForTimeout(300);
        int rows = page.locator("#events-table tbody tr").count();
        assertTrue(rows > 0 && rows < 120, rows + " rows");
        page.locator("#events-table tbody tr").first().focus();
        page.keyboard().press("Enter");
        page.waitForSelector("#panel:not([hidden])");
        assertTrue(page.url().contains("event="), page.url());
        assertTrue(errors.isEmpty(), errors.toString());
    }
}
