package io.dyadline.web;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.dyadline.TestFiles;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URL;

import static io.dyadline.Api.editor;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The seed article through the real extractor, as an analyst sees it on the timeline and on its own page. */
@QuarkusTest
class SeedPagesBrowserTest {

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

    /** Stores the seed, or rebuilds its events when another test stored it (and perhaps cleared the events). */
    static int seedArticle() {
        Response posted = editor().contentType("text/plain").body(TestFiles.article("seed.txt")).post("/api/articles");
        int id = posted.then().extract().path("id");
        if (posted.statusCode() == 200) {
            editor().contentType(ContentType.JSON).post("/api/articles/" + id + "/reextract").then().statusCode(200);
        }
        return id;
    }

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    @Test
    void theSeedsEventsAppearOnTheIranRussiaTimeline() {
        seedArticle();
        Page page = chromium.page();
        try {
            page.navigate(url("/timeline?pair=IR-RU"));
            page.waitForFunction("() => document.getElementById('timeline').dataset.ready === 'true'");
            String table = page.locator("#events-table tbody").textContent();
            assertTrue(table.contains("24 Sep 2023"), table);
            assertTrue(table.contains("25 Sep 2023"), table);
            assertTrue(table.contains("November 2022"), table);
            assertTrue(table.contains("May 2023"), table);
            assertTrue(table.contains("since 2016"), table);
            Locator planned = page.locator("#events-table tbody tr.planned", new Page.LocatorOptions().setHasText("25 Sep 2023"));
            assertTrue(planned.count() >= 1, "the Monday meeting is planned");
            Chromium.screenshot(page, "timeline-seed");
        } finally {
            page.close();
        }
    }

    @Test
    void theSeedsArticlePageMarksItsDatesAndActors() {
        int id = seedArticle();
        Page page = chromium.page();
        try {
            page.navigate(url("/articles/" + id));
            Locator sunday = page.locator("#article-text mark[data-kind=date]", new Page.LocatorOptions().setHasText("Sunday"));
            assertTrue(sunday.count() >= 1, "'on Sunday' is marked as a date");
            assertTrue(sunday.first().getAttribute("title").contains("2023-09-24"), sunday.first().getAttribute("title"));
            Locator since = page.locator("#article-text mark[data-kind=date]", new Page.LocatorOptions().setHasText("2016"));
            assertTrue(since.first().getAttribute("title").contains("2016"), since.first().getAttribute("title"));
            assertTrue(page.locator("#article-text mark[data-kind=actor]", new Page.LocatorOptions().setHasText("Zarepour")).count() >= 1);
            assertTrue(page.locator("#article-text mark[data-kind=actor]", new Page.LocatorOptions().setHasText("Roskomnadzor")).count() >= 1);
            assertTrue(page.locator("#article-title mark[data-kind=actor]", new Page.LocatorOptions().setHasText("Tehran")).count() >= 1);
            assertTrue(page.locator("#article-text mark[data-kind=trigger]").count() >= 5);
            assertTrue(page.locator(".event-item").count() >= 5, "the article lists its events");
            Chromium.screenshot(page, "article-seed");
        } finally {
            page.close();
        }
    }
}
