package io.dyadline.web;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.dyadline.Api;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An analyst signs in, rejects one event and corrects the date of another from the timeline's panel, and sees both on
 * the timeline and in the events' history; in a real Chromium, with the pages' CSP in force.
 */
@QuarkusTest
class CurationBrowserTest {

    static final String TEXT = "Kenya and Tanzania met in Nairobi on Monday to discuss trade. "
            + "Kenyan and Tanzanian ministers will sign a railway agreement in June 2024, officials said.";

    static Chromium chromium;

    @TestHTTPResource("/")
    URL base;

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

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    @Test
    void anAnalystRejectsAnEventAndCorrectsADateAndSeesBoth() {
        List<Integer> ids = Api.editor().contentType(ContentType.JSON)
                .body(Map.of("title", "Kenya, Tanzania talk trade", "publishedAt", "2024-03-06", "text", TEXT))
                .post("/api/articles").then().statusCode(201).extract().path("events.id");
        assertEquals(2, ids.size(), "the article reports a meeting and a planned agreement");
        Api.account("browser.analyst", "analyst");
        int rejected = ids.get(0);
        int corrected = ids.get(1);

        Page page = chromium.anonymousPage();
        List<String> errors = new ArrayList<>();
        page.onPageError(errors::add);
        page.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy")) {
                errors.add(m.text());
            }
        });

        // signing in
        page.navigate(url("/timeline?pair=KE-TZ"));
        page.locator("header.site a[href='/login']").click();
        page.waitForURL("**/login");
        page.locator("#username").fill("browser.analyst");
        page.locator("#password").fill("browser.analyst-test-password");
        page.locator("#password").press("Enter");
        page.waitForURL("**/");
        assertTrue(page.locator("header.site .who").textContent().contains("browser.analyst"));

        page.navigate(url("/timeline?pair=KE-TZ"));
        waitForTimeline(page, "document.querySelectorAll('#events-table tbody tr').length === 2");

        // reject the meeting, from its panel: keyboard only
        Locator row = page.locator("#events-table tbody tr[data-id='" + rejected + "']");
        row.focus();
        row.press("Enter");
        Locator actions = page.locator("#panel .curation-actions");
        actions.waitFor();
        Chromium.screenshot(page, "curation-panel");
        Locator reject = page.locator("#panel details.curation-reject summary");
        reject.focus();
        reject.press("Enter");
        page.locator("#panel details.curation-reject textarea").fill("A courtesy call, not a meeting");
        page.locator("#panel details.curation-reject button[type=submit]").press("Enter");
        page.waitForURL("**/timeline?**event=" + rejected + "**");
        waitForTimeline(page, "document.querySelectorAll('#events-table tbody tr').length === 1");
        assertEquals(0, page.locator("#events-table tbody tr[data-id='" + rejected + "']").count(),
                "the rejected event leaves the timeline");
        given().get("/api/events/" + rejected).then().body("curation.state", org.hamcrest.Matchers.equalTo("REJECTED"));

        // correct the agreement's date, with the edit form
        page.locator("#events-table tbody tr[data-id='" + corrected + "']").click();
        page.locator("#panel .curation-actions a:text('Edit')").click();
        page.waitForURL("**/curation/events/" + corrected + "/edit**");
        Chromium.screenshot(page, "curation-edit");
        page.locator("#e-date").fill("2024-07-02");
        page.locator("#e-note").fill("signed a month late");
        page.locator(".edit-form button[type=submit]").click();
        page.waitForLoadState();
        assertTrue(page.url().contains("/timeline?"), page.url() + ": " + page.locator("main").textContent());
        waitForTimeline(page, "document.querySelectorAll('#events-table tbody tr').length === 1");
        String table = page.locator("#events-table tbody").textContent();
        assertTrue(table.contains("corrected"), table);
        assertTrue(table.contains("2024"), table);
        Chromium.screenshot(page, "curation-timeline-after");

        // confirmed only: nothing yet
        page.locator("#f-confirmed").check();
        waitForTimeline(page, "document.querySelectorAll('#events-table tbody tr').length === 0");
        page.locator("#f-confirmed").uncheck();
        waitForTimeline(page, "document.querySelectorAll('#events-table tbody tr').length === 1");

        // both in the history
        page.navigate(url("/curation/events/" + corrected + "/history"));
        String history = page.locator(".history-table").textContent();
        assertTrue(history.contains("PATCH") && history.contains("browser.analyst") && history.contains("2024-07-02")
                && history.contains("signed a month late"), history);
        Chromium.screenshot(page, "curation-history");
        page.navigate(url("/curation/events/" + rejected + "/history"));
        history = page.locator(".history-table").textContent();
        assertTrue(history.contains("REJECT") && history.contains("A courtesy call, not a meeting"), history);

        given().get("/api/events/" + corrected).then().statusCode(200)
                .body("date.start", org.hamcrest.Matchers.equalTo("2024-07-02"))
                .body("curation.state", org.hamcrest.Matchers.equalTo("CORRECTED"));
        assertTrue(errors.isEmpty(), errors.toString());

        // signing out
        page.navigate(url("/"));
        page.locator("header.site .sign-out button").click();
        page.waitForURL("**/");
        assertFalse(page.locator("header.site .who").isVisible());
        page.close();
    }

    private static void waitForTimeline(Page page, String condition) {
        page.waitForFunction("() => { const t = document.getElementById('timeline');"
            + " return t.dataset.ready === 'true' && t.dataset.windowReady !== 'false' && (" + condition + "); }");
    }
}
