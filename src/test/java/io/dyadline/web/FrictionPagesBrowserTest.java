package io.dyadline.web;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.dyadline.article.Article;
import io.dyadline.event.EventStore;
import io.dyadline.extraction.EventDate;
import io.dyadline.extraction.EventStatus;
import io.dyadline.extraction.EventType;
import io.dyadline.extraction.Evidence;
import io.dyadline.extraction.ExtractedEvent;
import io.dyadline.extraction.Span;
import io.dyadline.ingest.Ingestion;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static io.dyadline.web.WebFixtures.day;
import static io.dyadline.web.WebFixtures.evidence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Cooperation and conflict on the pages, in a real Chromium: the balance charts, the filters, who acts. */
@QuarkusTest
class FrictionPagesBrowserTest {

    static final String TEXT = """
            Maldives and Seychelles held talks in Male on 2 March 2022.

            Maldives summoned the Seychelles envoy on 9 March 2022.

            Seychelles expelled two Maldivian diplomats on 16 March 2022.

            Seychelles seized a Maldivian ship on 4 May 2022.""";

    static Chromium chromium;
    static long articleId;

    @Inject
    Ingestion ingestion;

    @Inject
    EventStore store;

    @TestHTTPResource("/")
    URL base;

    Page page;
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

    static ExtractedEvent directed(EventType type, String cameo, String initiator, String target, EventDate date,
                                   String summary, Evidence evidence) {
        boolean symmetric = type == EventType.MEETING;
        return new ExtractedEvent(type, EventStatus.OCCURRED, cameo, List.of(initiator, target), date, List.of(),
                Set.of("diplomacy"), null, summary, 0.9, List.of(evidence), List.of(), symmetric ? null : initiator,
                symmetric ? null : target);
    }

    @BeforeEach
    void fixture() {
        if (articleId == 0) {
            WebFixtures.clearEvents();
            Article a = WebFixtures.article(ingestion, store, "Maldives and Seychelles: talks, then a row",
                    "2022-05-05", TEXT);
            articleId = a.id;
            String body = a.body;
            WebFixtures.record(store, articleId, List.of(
                    directed(EventType.MEETING, "043", "MV", "SC", day(2022, 3, 2), "Maldives meets Seychelles",
                            evidence(Span.Field.TEXT, body, "Maldives and Seychelles held talks in Male on 2 March 2022.",
                                    "2022-03-02", "trigger:held talks")),
                    directed(EventType.PROTEST, "114", "MV", "SC", day(2022, 3, 9), "Maldives protests to Seychelles",
                            evidence(Span.Field.TEXT, body, "Maldives summoned the Seychelles envoy on 9 March 2022.",
                                    "2022-03-09", "trigger:summoned")),
                    directed(EventType.SANCTION, "166", "SC", "MV", day(2022, 3, 16),
                            "Seychelles imposes measures on Maldives",
                            evidence(Span.Field.TEXT, body, "Seychelles expelled two Maldivian diplomats on 16 March 2022.",
                                    "2022-03-16", "trigger:expelled")),
                    directed(EventType.FORCE, "171", "SC", "MV", day(2022, 5, 4),
                            "Seychelles uses force against Maldives",
                            evidence(Span.Field.TEXT, body, "Seychelles seized a Maldivian ship on 4 May 2022.",
                                    "2022-05-04", "trigger:seized"))));
        }
        page = chromium.page();
        page.onPageError(errors::add);
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

    /** The panel opens before it is filled in: wait until it tells the event asked for (or time out and fail). */
    private void waitForPanel(String text) {
        page.waitForSelector("#panel:not([hidden])");
        page.waitForFunction("t => document.getElementById('panel').textContent.includes(t)", text);
    }

    private Locator rows() {
        return page.locator("#events-table tbody tr");
    }

    @Test
    void thePairsTimelineShowsItsMonthlyBalanceAndALegendForIt() {
        page.navigate(url("/timeline?pair=MV-SC"));
        waitForTimeline("!document.getElementById('balance').hidden");
        Locator balance = page.locator("#balance");
        assertEquals(List.of("2022-03", "2022-05"), balance.locator("g[data-month]").evaluateAll(
                "gs => gs.map(g => g.dataset.month)"));
        // March: cooperation above the axis, conflict below it; May: only material conflict
        Locator march = balance.locator("g[data-month='2022-03']");
        assertEquals(1, march.locator("rect.quad-vc").count());
        assertEquals(1, march.locator("rect.quad-vx").count());
        assertEquals(1, march.locator("rect.quad-mx").count());
        double axis = Double.parseDouble(balance.locator("line.axis").getAttribute("y1"));
        double coopBottom = Double.parseDouble(march.locator("rect.quad-vc").getAttribute("y"))
                + Double.parseDouble(march.locator("rect.quad-vc").getAttribute("height"));
        assertTrue(coopBottom <= axis + 0.01, "cooperation ends on the axis");
        assertTrue(Double.parseDouble(march.locator("rect.quad-vx").getAttribute("y")) >= axis, "conflict below");
        assertTrue(march.locator("title").textContent().contains("1 cooperation"), march.locator("title").textContent());
        assertTrue(page.locator("#balance-caption").textContent().contains("conflict (3 events"));
        assertTrue(page.locator("#legend-quads").textContent().contains("conflict: below it"));
        assertEquals("true", page.locator(".legend-item[data-type=SANCTION]").getAttribute("data-conflict"));
        assertEquals("false", page.locator(".legend-item[data-type=MEETING]").getAttribute("data-conflict"));
        Chromium.screenshot(page, "timeline-balance");
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void quadAndInitiatorFilterTheTimelineAndStayInTheUrl() {
        page.navigate(url("/timeline?pair=MV-SC"));
        waitForTimeline("document.querySelectorAll('#events-table tbody tr').length === 4");
        page.locator("#f-quad").selectOption("MATERIAL_CONFLICT");
        waitForTimeline("location.search.includes('quad=MATERIAL_CONFLICT') && "
                + "document.querySelectorAll('#events-table tbody tr').length === 2");
        String table = page.locator("#events-table tbody").textContent();
        assertTrue(table.contains("Sanction") && table.contains("Force") && !table.contains("Meeting"), table);

        page.navigate(url("/timeline?pair=MV-SC&initiator=MV"));
        waitForTimeline("document.querySelectorAll('#events-table tbody tr').length === 1");
        assertEquals("MV", page.locator("#f-initiator").inputValue());
        assertTrue(rows().first().textContent().contains("Protest"));
        page.locator("#f-initiator").fill("SC");
        page.locator("#f-initiator").press("Enter");
        waitForTimeline("location.search.includes('initiator=SC') && "
                + "document.querySelectorAll('#events-table tbody tr').length === 2");
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void theEventPanelSaysWhoActedTowardsWhom() {
        page.navigate(url("/timeline?pair=MV-SC&type=SANCTION"));
        waitForTimeline("document.querySelectorAll('#events-table tbody tr').length === 1");
        rows().first().click();
        waitForPanel("Seychelles (SC)");
        Locator panel = page.locator("#panel");
        assertEquals("Seychelles (SC) → Maldives (MV)", panel.locator(".direction").textContent());
        assertTrue(panel.textContent().contains("material conflict"), panel.textContent());
        assertTrue(panel.textContent().contains("SANCTION (expel)"), panel.textContent());
        Chromium.screenshot(page, "timeline-direction-panel");

        page.navigate(url("/timeline?pair=MV-SC&type=MEETING"));
        waitForTimeline("document.querySelectorAll('#events-table tbody tr').length === 1");
        rows().first().click();
        waitForPanel("both sides together");
        assertTrue(page.locator("#panel").textContent().contains("both sides together (no direction)"));
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void eachPairRowOnTheStartPageShowsItsBalance() {
        page.navigate(url("/"));
        Locator row = page.locator("tr[data-pair=MV-SC]");
        Locator chart = row.locator("svg.balance-chart");
        assertTrue(chart.getAttribute("aria-label").startsWith("Cooperation 1 and conflict 3 events by month"),
                chart.getAttribute("aria-label"));
        assertEquals(1, ((Number) chart.locator("rect.quad-mx").evaluateAll("rs => rs.filter(r => "
                + "r.querySelector('title').textContent.startsWith('May 2022')).length")).intValue());
        assertTrue(chart.locator("rect.quad-vc").count() >= 1);
        assertTrue(chart.locator("rect.quad-mx").count() >= 2);
        assertTrue(row.locator(".balance-counts").textContent().contains("▲ 1"));
        assertTrue(row.locator(".balance-counts").textContent().contains("▼ 3"));
        Chromium.screenshot(page, "pairs-balance");
        assertTrue(errors.isEmpty(), errors.toString());
    }
}
