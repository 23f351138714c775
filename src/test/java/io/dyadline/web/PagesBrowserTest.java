package io.dyadline.web;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.Media;
import io.dyadline.article.Article;
import io.dyadline.article.ArticleService;
import io.dyadline.bulk.ImportJob;
import io.dyadline.event.EventStore;
import io.dyadline.extraction.Actor;
import io.dyadline.extraction.EventStatus;
import io.dyadline.extraction.EventType;
import io.dyadline.extraction.Evidence;
import io.dyadline.extraction.Span;
import io.dyadline.ingest.Ingestion;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.dyadline.web.WebFixtures.day;
import static io.dyadline.web.WebFixtures.event;
import static io.dyadline.web.WebFixtures.evidence;
import static io.dyadline.web.WebFixtures.month;
import static io.dyadline.web.WebFixtures.since;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The three pages in a real Chromium: what an analyst sees, clicks and types. */
@QuarkusTest
class PagesBrowserTest {

    static final String TITLE = "Tehran, Moscow discuss telecom cooperation";
    static final String TEXT = """
            TEHRAN – Iran and Russia discussed avenues for increased cooperation in telecommunication.

            Iranian telecoms minister Issa Zarepour met the head of Roskomnadzor, Andrei Lipov, in Tehran on 24 September 2023.

            The two countries will sign a frequency spectrum agreement in October 2023, the ministry said.

            Since 2016 an Iran–Russia working group on energy has met every year.

            President Putin called President Raisi on 10 March 2022 to discuss gas supplies.""";

    static final String XSS_TITLE = "<script>window.__pwned='title'</script> Lima & Quito <b>talks</b>";
    static final String XSS_SENTENCE = "Peru and Ecuador met in Lima <img src=x onerror=\"window.__pwned='img';alert(1)\">.";
    static final String XSS_TEXT = XSS_SENTENCE + "\n\n<script>window.__pwned='script';alert(2)</script> onerror=alert(3)";

    static Chromium chromium;
    static long articleId;
    static long xssArticleId;

    @Inject
    ArticleService articles;

    @Inject
    Ingestion ingestion;

    @Inject
    EventStore store;

    @TestHTTPResource("/")
    URL base;

    Page page;
    final List<String> dialogs = new ArrayList<>();
    final List<String> errors = new ArrayList<>();

    @BeforeAll
    static void browser() {
        Assumptions.assumeTrue(Chromium.available(), "Chromium is not installed at " + Chromium.EXECUTABLE);
        chromium = Chromium.launch();
    }

    @AfterAll
    static void closeBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void fixture() {
        if (articleId == 0) {
            WebFixtures.clearEvents();
            Article a = WebFixtures.article(ingestion, store, TITLE, "2023-09-24", TEXT);
            articleId = a.id;
            String body = a.body;
            Evidence meeting = evidence(Span.Field.TEXT, body,
                    "Iranian telecoms minister Issa Zarepour met the head of Roskomnadzor, Andrei Lipov, in Tehran on 24 September 2023.",
                    "2023-09-24", "actor:Iranian telecoms minister Issa Zarepour", "trigger:met", "actor:Roskomnadzor",
                    "actor:Andrei Lipov", "date:24 September 2023", "sector:telecoms");
            Evidence headline = evidence(Span.Field.TITLE, a.title, a.title, null, "actor:Tehran", "actor:Moscow",
                    "trigger:discuss", "sector:telecom");
            WebFixtures.record(store, articleId, List.of(
                    event(EventType.MEETING, EventStatus.OCCURRED, "IR", "RU", day(2023, 9, 24),
                            Set.of("telecom", "diplomacy"),
                            List.of(new Actor("Issa Zarepour", "telecoms minister", "IR"),
                                    new Actor("Andrei Lipov", "head of Roskomnadzor", "RU")),
                            "Iranian telecoms minister Zarepour meets Roskomnadzor head Lipov", meeting, headline),
                    event(EventType.AGREEMENT, EventStatus.PLANNED, "IR", "RU", month(2023, 10), Set.of("telecom"),
                            List.of(), "Iran and Russia to sign a frequency spectrum agreement",
                            evidence(Span.Field.TEXT, body,
                                    "The two countries will sign a frequency spectrum agreement in October 2023, the ministry said.",
                                    "2023-10", "trigger:sign", "date:October 2023")),
                    event(EventType.WORKING_GROUP, EventStatus.OCCURRED, "IR", "RU", since(2016), Set.of("energy"),
                            List.of(), "Iran–Russia energy working group meets yearly",
                            evidence(Span.Field.TEXT, body,
                                    "Since 2016 an Iran–Russia working group on energy has met every year.",
                                    "2016/..", "date:Since 2016", "trigger:working group", "actor:Iran", "sector:energy")),
                    event(EventType.CALL, EventStatus.OCCURRED, "IR", "RU", day(2022, 3, 10),
                            Set.of("energy", "diplomacy"),
                            List.of(new Actor("Vladimir Putin", "president", "RU"),
                                    new Actor("Ebrahim Raisi", "president", "IR")),
                            "Putin calls Raisi about gas supplies",
                            evidence(Span.Field.TEXT, body,
                                    "President Putin called President Raisi on 10 March 2022 to discuss gas supplies.",
                                    "2022-03-10", "actor:President Putin", "trigger:called", "actor:President Raisi",
                                    "date:10 March 2022"))));

            Article x = WebFixtures.article(ingestion, store, XSS_TITLE, "2023-05-02", XSS_TEXT);
            xssArticleId = x.id;
            WebFixtures.record(store, xssArticleId, List.of(
                    event(EventType.MEETING, EventStatus.OCCURRED, "PE", "EC", day(2023, 5, 1), Set.of("trade"),
                            List.of(new Actor("<img src=x onerror=alert(4)>", "<script>alert(5)</script>", "PE")),
                            "<img src=x onerror=\"window.__pwned='summary';alert(6)\"> Peru meets Ecuador",
                            evidence(Span.Field.TEXT, x.body, XSS_SENTENCE, "2023-05-01", "trigger:met",
                                    "actor:Peru", "actor:Lima <img"))));
        }
        page = chromium.page();
        page.onDialog(d -> {
            dialogs.add(d.message());
            d.dismiss();
        });
        page.onPageError(e -> errors.add(e));
    }

    @AfterEach
    void closePage() {
        if (page != null) {
            page.close();
        }
    }

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    private void waitForTimeline(String condition) {
        page.waitForFunction("() => { const t = document.getElementById('timeline');"
            + " return t.dataset.ready === 'true' && t.dataset.windowReady !== 'false' && (" + condition + "); }");
    }

    private Locator rows() {
        return page.locator("#events-table tbody tr");
    }

    @Test
    void theEventsOfIranAndRussiaAppearOnTheirTimeline() {
        page.navigate(url("/timeline?pair=IR-RU"));
        waitForTimeline("true");
        assertEquals("4", page.locator("#timeline").getAttribute("data-count"));
        assertEquals(4, rows().count());
        assertTrue(page.locator("#status").textContent().startsWith("4 events in 1 pair"));
        assertEquals("IR-RU", page.locator("#f-pair").inputValue());
        String table = page.locator("#events-table tbody").textContent();
        assertTrue(table.contains("Putin calls Raisi about gas supplies"), table);
        assertTrue(table.contains("since 2016"), table);
        assertTrue(table.contains("October 2023"), table);
        assertTrue(page.locator("#events-table tbody tr.planned").textContent().contains("Planned"));
        assertEquals("object", page.evaluate("typeof d3"), "D3 comes from its webjar");
        Chromium.screenshot(page, "timeline-ir-ru");

        // on paper the table stands for the chart
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertTrue(page.locator(".chart-wrap").isHidden());
        assertTrue(page.locator("#filters").isHidden());
        assertTrue(page.locator("#events-table").isVisible());
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void anEventInTwoSectorsIsOneEventOnTheChart() {
        page.navigate(url("/timeline?pair=IR-RU"));
        waitForTimeline("true");
        Number id = (Number) page.evaluate("() => Number([...document.querySelectorAll('#events-table tbody tr')]"
                + ".find(r => r.textContent.includes('Putin')).dataset.id)");
        // the call is in energy and diplomacy: by default one mark, in its primary sector's lane
        List<?> primary = (List<?>) page.evaluate("id => document.getElementById('timeline').timeline.marks(id)", id);
        assertEquals(1, primary.size(), primary.toString());
        assertEquals("energy", ((Map<?, ?>) primary.get(0)).get("sector"));
        // asked for every sector: a mark in each of its lanes, tied together
        page.locator("#f-every").check();
        waitForTimeline("location.search.includes('sectorLanes=every')");
        List<?> marks = (List<?>) page.evaluate("id => document.getElementById('timeline').timeline.marks(id)", id);
        assertEquals(2, marks.size(), marks.toString());
        Map<?, ?> first = (Map<?, ?>) marks.get(0);
        Map<?, ?> second = (Map<?, ?>) marks.get(1);
        var box = page.locator("#chart").boundingBox();
        double x = box.x + ((Number) first.get("x")).doubleValue();
        double y = box.y + ((Number) first.get("y")).doubleValue();
        page.mouse().move(x, y);
        assertEquals(id.longValue(), ((Number) page.evaluate("document.getElementById('timeline').timeline.hovered()")).longValue());
        assertTrue(page.locator("#tooltip").textContent().contains("Putin calls Raisi"));
        // the hover ring is drawn around both marks of the event
        String ringAt = "([x, y]) => { const c = document.getElementById('chart-overlay'); const r = window.devicePixelRatio || 1;"
                + " return c.getContext('2d').getImageData(Math.round((x + 8) * r), Math.round(y * r), 1, 1).data[3]; }";
        for (Map<?, ?> m : List.of(first, second)) {
            Number alpha = (Number) page.evaluate(ringAt, List.of(m.get("x"), m.get("y")));
            assertTrue(alpha.intValue() > 0, "no ring at " + m);
        }
        page.mouse().click(x, y);
        page.waitForSelector("#panel[data-event-id='" + id + "']");
        assertEquals("Putin calls Raisi about gas supplies", page.locator("#panel-title").textContent());
        Chromium.screenshot(page, "timeline-linked", false);
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void anUnreadableFilterIsExplainedOnThePage() {
        page.navigate(url("/timeline?pair=IRAN-RUSSIA"));
        waitForTimeline("true");
        assertTrue(page.locator("#status").textContent().contains("two different ISO country codes"),
                page.locator("#status").textContent());
        assertEquals(0, rows().count());
    }

    @Test
    void filtersChangeTheUrlAndTheEventsShown() {
        page.navigate(url("/timeline?pair=IR-RU"));
        waitForTimeline("true");
        page.locator("#f-types summary").click();
        page.locator("#f-types input[value=MEETING]").check();
        waitForTimeline("location.search.includes('type=MEETING')");
        assertTrue(page.url().contains("pair=IR-RU"), page.url());
        assertEquals(1, rows().count());
        assertTrue(rows().first().textContent().contains("Meeting"));

        page.locator("#f-types input[value=MEETING]").uncheck();
        page.locator("#f-types summary").click();
        page.locator("#f-status").selectOption("PLANNED");
        waitForTimeline("location.search.includes('status=PLANNED') && !location.search.includes('type=')");
        assertEquals(1, rows().count());
        assertTrue(rows().first().textContent().contains("Agreement"));

        page.locator("#f-status").selectOption("");
        page.locator("#f-q").fill("gas supplies");
        waitForTimeline("location.search.includes('q=gas+supplies') && !location.search.includes('status=')");
        assertEquals(1, rows().count());
        assertTrue(rows().first().textContent().contains("Putin"));

        page.locator("#f-q").fill("");
        page.locator("#f-from").fill("2023-01-01");
        waitForTimeline("location.search.includes('from=2023-01-01') && !location.search.includes('q=')");
        // the meeting, the October agreement and the open-ended working group overlap 2023; the 2022 call does not
        assertEquals(3, rows().count());

        // a shared link restores the same view
        page.navigate(url("/timeline?pair=IR-RU&sector=energy&type=CALL"));
        waitForTimeline("true");
        assertEquals(1, rows().count());
        assertTrue(page.locator("#f-sectors input[value=energy]").isChecked());
        assertTrue(page.locator("#f-types input[value=CALL]").isChecked());

        // back returns to the previous filters
        page.locator("#f-sectors summary").click();
        page.locator("#f-sectors input[value=energy]").uncheck();
        waitForTimeline("!location.search.includes('sector=')");
        assertEquals(1, rows().count());
        page.goBack();
        waitForTimeline("location.search.includes('sector=energy')");
        assertTrue(page.locator("#f-sectors input[value=energy]").isChecked());
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void subscribeGivesTheFeedOfTheFiltersOnScreenAndItsEntriesOpenTheirEvent() {
        page.navigate(url("/timeline?pair=IR-RU&type=MEETING"));
        waitForTimeline("true");
        Locator subscribe = page.locator("#subscribe");
        assertEquals("/api/events.atom?pair=IR-RU&type=MEETING", subscribe.getAttribute("href"));
        assertEquals("/api/events.atom?pair=IR-RU&type=MEETING",
                page.locator("link[rel=alternate][type='application/atom+xml']").getAttribute("href"));

        page.locator("#f-status").selectOption("OCCURRED");
        waitForTimeline("location.search.includes('status=OCCURRED')");
        assertEquals("/api/events.atom?pair=IR-RU&type=MEETING&status=OCCURRED", subscribe.getAttribute("href"));
        assertEquals("/api/events.ics?pair=IR-RU&type=MEETING&status=OCCURRED",
                page.locator("#calendar").getAttribute("href"));

        String feed = page.request().get(url(subscribe.getAttribute("href"))).text();
        int at = feed.indexOf("<link rel=\"alternate\" type=\"text/html\" href=\"", feed.indexOf("<entry>"));
        assertTrue(at > 0, feed);
        String entryLink = feed.substring(at).split("href=\"")[1].split("\"")[0].replace("&amp;", "&");
        assertTrue(entryLink.contains("/timeline?pair=IR-RU&type=MEETING&status=OCCURRED&event="), entryLink);
        page.navigate(entryLink);
        waitForTimeline("true");
        page.waitForSelector("#panel:not([hidden])");
        // the panel opens before its event is fetched: wait for the event, or fail after the default timeout
        page.waitForFunction("() => document.querySelector('#panel-body').textContent.includes('Zarepour')");
        assertTrue(page.locator("#panel-body").textContent().contains("Zarepour"));
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void theKeyboardReachesAnEventAndOpensItsPanel() {
        page.navigate(url("/timeline?pair=IR-RU"));
        waitForTimeline("true");
        // Tab from the table's last sort button lands on the first row
        page.locator("#events-table thead button[data-sort=summary]").focus();
        page.keyboard().press("Tab");
        String first = rows().nth(0).getAttribute("data-id");
        assertEquals(first, page.evaluate("document.activeElement.dataset.id"));
        page.keyboard().press("ArrowDown");
        assertEquals(rows().nth(1).getAttribute("data-id"), page.evaluate("document.activeElement.dataset.id"));
        page.keyboard().press("ArrowDown");
        // oldest first: the working group since 2016, the 2022 call, then the meeting
        String second = rows().nth(2).getAttribute("data-id");
        assertEquals(second, page.evaluate("document.activeElement.dataset.id"));
        page.keyboard().press("Enter");
        page.waitForSelector("#panel[data-event-id='" + second + "']");
        assertTrue(page.url().contains("event=" + second), page.url());
        Locator panel = page.locator("#panel");
        assertEquals("Iranian telecoms minister Zarepour meets Roskomnadzor head Lipov", panel.locator("#panel-title").textContent());
        assertTrue(panel.textContent().contains("24 Sep 2023 — day precision"), panel.textContent());
        assertTrue(panel.textContent().contains("Issa Zarepour, telecoms minister"));
        // the headline and the body sentence both state it: each is quoted with its marks
        assertEquals(2, panel.locator(".evidence").count());
        assertEquals(List.of("discuss", "met"), panel.locator(".evidence mark[data-kind=trigger]").allTextContents());
        assertEquals("24 September 2023", panel.locator(".evidence mark[data-kind=date]").first().textContent());
        assertTrue(panel.locator(".evidence mark[data-kind=actor]").count() >= 3);
        assertEquals("/articles/" + articleId, panel.locator(".cite a").first().getAttribute("href"));
        Chromium.screenshot(page, "timeline-panel");
        page.keyboard().press("Escape");
        assertTrue(panel.isHidden());
        assertEquals(second, page.evaluate("document.activeElement.dataset.id"));
        assertFalse(page.url().contains("event="));

        // a link to one event opens its panel
        page.navigate(url("/timeline?pair=IR-RU&event=" + first));
        page.waitForSelector("#panel[data-event-id='" + first + "']");

        // sorting by a column is a button in its header
        page.navigate(url("/timeline?pair=IR-RU"));
        waitForTimeline("true");
        page.locator("#events-table thead button[data-sort=type]").click();
        assertTrue(rows().first().textContent().contains("Agreement"));
        assertEquals("ascending", page.locator("#events-table thead th:nth-child(3)").getAttribute("aria-sort"));
        page.locator("#events-table thead button[data-sort=type]").click();
        assertTrue(rows().first().textContent().contains("Working group"));
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void zoomAndPanChangeTheTimeInViewAndTheTable() {
        page.navigate(url("/timeline?pair=IR-RU"));
        waitForTimeline("true");
        Object before = page.evaluate("document.getElementById('timeline').timeline.view()[1] - document.getElementById('timeline').timeline.view()[0]");
        page.locator("button[data-action=zoom-in]").click();
        Object after = page.evaluate("document.getElementById('timeline').timeline.view()[1] - document.getElementById('timeline').timeline.view()[0]");
        assertTrue(((Number) after).doubleValue() < ((Number) before).doubleValue());
        page.locator("#chart").focus();
        page.keyboard().press("-");
        page.keyboard().press("0");
        Object fitted = page.evaluate("document.getElementById('timeline').timeline.view()[1] - document.getElementById('timeline').timeline.view()[0]");
        assertEquals(((Number) before).doubleValue(), ((Number) fitted).doubleValue(), 1.0);
        page.mouse().move(900, 400);
        page.locator("#chart").hover();
        page.mouse().wheel(0, -400);
        assertTrue(page.locator("#timeline").getAttribute("data-zoom-ms") != null);
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void theArticlePageMarksWhatMadeEachEvent() {
        Response response = page.navigate(url("/articles/" + articleId));
        assertEquals(200, response.status());
        assertTrue(page.locator("#article-title").textContent().contains(TITLE));
        assertEquals(5, page.locator("#article-text > p").count());
        assertEquals("Tehran", page.locator("#article-title mark[data-kind=actor]").first().textContent());
        assertTrue(page.locator("#article-text mark[data-kind=date]").count() >= 4);
        assertTrue(page.locator("#article-text mark[data-kind=actor]").count() >= 4);
        assertTrue(page.locator("#article-text mark[data-kind=trigger]").count() >= 4);
        Locator date = page.locator("#article-text mark[data-kind=date]", new Page.LocatorOptions().setHasText("24 September 2023"));
        // the fixture's own evidence mark, and the extractor's reading of the same words
        assertTrue(date.getAttribute("title").startsWith("date · date.fixture → 2023-09-24"), date.getAttribute("title"));
        assertTrue(date.getAttribute("title").contains("→ 2023-09-24"), date.getAttribute("title"));
        // "telecoms" is a sector cue nested in an actor span: both are named on it
        Locator nested = page.locator("#article-text mark[data-kind=sector]", new Page.LocatorOptions().setHasText("telecoms"));
        assertEquals("sector actor", nested.getAttribute("data-kinds"));
        assertEquals(4, page.locator(".event-item").count());
        assertTrue(page.locator(".event-item a[href^='/timeline?pair=IR-RU&event=']").count() == 4);
        assertTrue(page.locator(".article-events").textContent().contains("since 2016"));
        Chromium.screenshot(page, "article");
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void anUnknownArticleIsAnHtml404() {
        Response response = page.navigate(url("/articles/987654321"));
        assertEquals(404, response.status());
        assertTrue(response.headerValue("content-type").startsWith("text/html"));
        assertTrue(page.locator("h1").textContent().contains("Not found"));
        assertEquals(404, page.navigate(url("/articles/not-a-number")).status());
        Chromium.screenshot(page, "not-found");
    }

    @Test
    void markupInArticlesAndEventsNeverRuns() {
        page.navigate(url("/articles/" + xssArticleId));
        assertTrue(page.locator("#article-title").textContent().contains("<script>window.__pwned='title'</script>"));
        assertTrue(page.locator("#article-text").textContent().contains("<img src=x onerror="));
        assertEquals(0, page.locator("#article-text img, #article-title b, #main script").count());
        assertNull(page.evaluate("window.__pwned"));
        Chromium.screenshot(page, "article-markup");

        page.navigate(url("/timeline?pair=EC-PE"));
        waitForTimeline("true");
        assertEquals(1, rows().count());
        rows().first().click();
        page.waitForSelector("#panel[data-event-id]");
        assertTrue(page.locator("#panel-title").textContent().startsWith("<img src=x"));
        assertEquals("met", page.locator("#panel .evidence mark[data-kind=trigger]").textContent());
        assertTrue(page.locator("#panel").textContent().contains("<script>alert(5)</script>"));
        assertEquals(0, page.locator("#panel img, #events-table img").count());

        page.navigate(url("/"));
        page.waitForTimeout(200);
        assertNull(page.evaluate("window.__pwned"));
        assertTrue(dialogs.isEmpty(), dialogs.toString());
    }

    @Test
    void thePairsPageListsPairsWithActivityAndFiltersByCountry() {
        page.navigate(url("/"));
        Locator row = page.locator("tr[data-pair=IR-RU]");
        assertTrue(row.textContent().contains("Iran"));
        assertTrue(row.textContent().contains("Russia"));
        assertTrue(row.textContent().contains("24 Sep 2023") || row.textContent().contains("31 Oct 2023"));
        assertTrue(row.locator("svg.histogram rect title").allTextContents().contains("2023: 2 events"));
        // the bars are drawn by the page from the counts the row carries, one a year, and said in the chart's label
        Locator spark = row.locator("svg.histogram");
        assertEquals(spark.getAttribute("data-years").split(",").length, spark.locator("rect").count());
        assertTrue(spark.getAttribute("aria-label").contains("2023: 2 events"), spark.getAttribute("aria-label"));
        assertEquals(0, ((Number) page.evaluate("fetch('/').then(r => r.text()).then(t => (t.match(/<rect/g) || [])"
                + ".length)")).intValue(), "no chart is written as SVG rectangles by the server");
        assertTrue(row.textContent().contains("Telecommunications"));
        assertEquals("/timeline?pair=IR-RU", row.locator("a").first().getAttribute("href"));
        Chromium.screenshot(page, "pairs");

        page.locator("#country-search").fill("ecuador");
        assertTrue(page.locator("tr[data-pair=IR-RU]").isHidden());
        assertTrue(page.locator("tr[data-pair=EC-PE]").isVisible());
        assertTrue(page.url().contains("country=ecuador"));
        page.navigate(url("/?country=russia"));
        assertEquals(0, page.locator("tr[data-pair=EC-PE]").count());
        assertEquals(1, page.locator("tr[data-pair=IR-RU]").count());
    }

    @Test
    void aRunningImportShowsItsProgressOnThePairsPageUntilItIsDone() {
        long job = QuarkusTransaction.requiringNew().call(() -> {
            ImportJob j = new ImportJob();
            j.kind = ImportJob.Kind.JSONL.name();
            j.source = "upload";
            j.status = ImportJob.Status.RUNNING.name();
            j.total = 10;
            j.processed = 3;
            j.created = 2;
            j.duplicates = 1;
            j.startedAt = Instant.now();
            j.persist();
            return j.id;
        });
        try {
            page.navigate(url("/"));
            Locator row = page.locator("li[data-import='" + job + "']");
            assertEquals("RUNNING", row.locator(".import-status").textContent());
            assertEquals("3", row.locator("progress").getAttribute("value"));
            assertEquals("10", row.locator("progress").getAttribute("max"));
            assertTrue(row.locator(".import-figures").textContent().contains("3 of 10 · 2 new · 1 duplicates · 0 failed"));
            assertTrue(page.locator("#imports-done").isHidden());
            Chromium.screenshot(page, "imports");

            QuarkusTransaction.requiringNew().run(() -> {
                ImportJob j = ImportJob.findById(job);
                j.processed = 7;
                j.created = 5;
            });
            page.waitForFunction("() => document.querySelector(\"li[data-import='" + job + "'] progress\").value === 7");
            assertTrue(row.locator(".import-figures").textContent().contains("7 of 10 · 5 new"));

            QuarkusTransaction.requiringNew().run(() -> {
                ImportJob j = ImportJob.findById(job);
                j.processed = 10;
                j.created = 8;
                j.failed = 1;
                j.status = ImportJob.Status.DONE.name();
                j.finishedAt = Instant.now();
            });
            page.waitForFunction("() => document.querySelector(\"li[data-import='" + job + "']\").dataset.status === 'DONE'");
            assertTrue(row.locator(".import-figures").textContent().contains("10 of 10 · 8 new · 1 duplicates · 1 failed"));
            assertTrue(page.locator("#imports-done").isVisible());
            assertTrue(errors.isEmpty(), errors.toString());
        } finally {
            QuarkusTransaction.requiringNew().run(() -> ImportJob.<ImportJob>findById(job).status = ImportJob.Status.DONE.name());
        }
    }

    @Test
    void pastedTextIsIngestedAndItsPageShown() {
        page.navigate(url("/"));
        String unique = UUID.randomUUID().toString();
        page.locator("#upload-text").fill("September 24, 2023\n\nPersian News\n\nTehran, Moscow talk " + unique
                + "\n\nTEHRAN – Iran and Russia discussed avenues for increased cooperation in various fields of telecommunication.");
        page.locator("#upload-format").selectOption("text/plain");
        page.locator("#upload-form button[type=submit]").click();
        page.waitForURL("**/articles/*");
        assertTrue(page.locator("#article-title").textContent().contains(unique));
        assertTrue(page.locator("#article-text").textContent().contains("Iran and Russia discussed"));
    }

    @Test
    void anUploadedFileIsReadInTheFormatOfItsName() {
        page.navigate(url("/"));
        String unique = UUID.randomUUID().toString();
        String json = "{\"title\":\"File upload " + unique + "\",\"publishedAt\":\"2024-01-02\","
                + "\"text\":\"Kazakhstan and Uzbekistan signed a water agreement.\"}";
        page.locator("#upload-file").setInputFiles(new FilePayload("article.json", "application/json",
                json.getBytes(StandardCharsets.UTF_8)));
        assertEquals("application/json", page.locator("#upload-format").inputValue());
        page.locator("#upload-format").selectOption("auto");
        page.locator("#upload-form button[type=submit]").click();
        page.waitForURL("**/articles/*");
        assertTrue(page.locator("#article-title").textContent().contains(unique));
    }

    @Test
    void anEmptyUploadExplainsWhatIsMissing() {
        page.navigate(url("/"));
        Response response = page.waitForNavigation(() -> page.locator("#upload-form button[type=submit]").click());
        assertEquals(400, response.status());
        assertTrue(page.locator("#upload-error").textContent().contains("Paste an article"));
    }

    @Test
    void anAnonymousUploadIsRefused() {
        Page anonymous = chromium.anonymousPage();
        try {
            anonymous.navigate(url("/"));
            long before = articles.list(0, 1).total();
            List<Integer> statuses = new java.util.concurrent.CopyOnWriteArrayList<>();
            anonymous.onResponse(r -> {
                if (r.request().method().equals("POST") && r.url().endsWith("/articles")) {
                    statuses.add(r.status());
                }
            });
            anonymous.locator("#upload-text").fill("Iran and Russia discussed telecommunication. " + UUID.randomUUID());
            try {
                anonymous.waitForNavigation(() -> anonymous.locator("#upload-form button[type=submit]").click());
            } catch (com.microsoft.playwright.PlaywrightException refused) {
                // a headless browser cannot ask for a password: the navigation ends in an authentication error
            }
            assertEquals(List.of(401), statuses);
            assertEquals(before, articles.list(0, 1).total());
        } finally {
            anonymous.close();
        }
    }
}
