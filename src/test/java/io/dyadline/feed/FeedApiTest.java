package io.dyadline.feed;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static io.dyadline.Api.editor;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Following feeds served by a site on this machine ({@link FeedSite}): real-shape RSS 2.0, Atom and RSS 1.0 files and
 * article pages, and hosts that are slow, fail, redirect in a loop or send far too much.
 */
@QuarkusTest
class FeedApiTest {

    static FeedSite site;

    @Inject
    FeedService feeds;

    @Inject
    FeedPoller poller;

    @BeforeAll
    static void startSite() throws Exception {
        site = new FeedSite();
        site.put("/robots.txt", FeedSite.Answer.of("text/plain", "User-agent: *\nDisallow: /main/private/\n"));
    }

    @AfterAll
    static void stopSite() throws Exception {
        site.close();
    }

    static long follow(String url, String name) {
        return editor().contentType(ContentType.JSON).body(Map.of("url", url, "name", name, "interval", "PT30M"))
                .post("/api/feeds").then().statusCode(201).contentType(ContentType.JSON)
                .header("Location", containsString("/api/feeds/")).body("state", equalTo("NEW"))
                .extract().<Number>path("id").longValue();
    }

    static JsonPath poll(long id) {
        return editor().contentType(ContentType.JSON).post("/api/feeds/" + id + "/poll").then().statusCode(200).extract().jsonPath();
    }

    static long articleTotal() {
        return given().get("/api/articles?size=1").then().extract().<Number>path("total").longValue();
    }

    static Map<String, Object> articleTitled(String title) {
        List<Map<String, Object>> items = given().get("/api/articles?size=500").then().extract().path("items");
        return items.stream().filter(a -> title.equals(a.get("title"))).findFirst()
                .orElseThrow(() -> new AssertionError("no article titled " + title + " in " + items));
    }

    @Test
    void newItemsBecomeArticlesOnceAndTheSameStoryInASecondFeedIsADuplicate() {
        String rss = site.resource("tehran-rss2.xml", "/main");
        site.put("/main/rss/politics.xml", FeedSite.Answer.of("application/rss+xml; charset=utf-8", rss).withEtag("\"v1\""));
        site.put("/main/news/488101/iran-russia-satellite",
                FeedSite.Answer.of("text/html; charset=utf-8", site.resource("satellite.html", "/main")).gzipped());
        site.put("/main/news/488103/iran-armenia-commission",
                FeedSite.Answer.of("text/html", site.resource("commission.html", "/main")));
        site.put("/main/news/huge", FeedSite.Answer.of("text/html",
                "<html><body><article><p>" + "Far too long. ".repeat(400_000) + "</p></article></body></html>"));
        site.put("/main/private/488104", FeedSite.Answer.of("text/html", "<html><body><p>Private</p></body></html>"));
        long before = articleTotal();
        int firstHit = site.hits.size();

        long id = follow(site.url("/main/rss/politics.xml"), "Tehran Times");
        JsonPath first = poll(id);
        assertEquals(5, first.getInt("itemsSeen"));
        assertEquals(3, first.getInt("articlesCreated"), first.prettify());
        assertEquals(0, first.getInt("duplicates"));
        assertEquals(2, first.getInt("itemErrors"), "the huge page and the page robots.txt disallows");
        assertEquals(200, first.getInt("lastStatus"));
        assertEquals("OK", first.getString("state"));
        assertTrue(first.getString("lastError").startsWith("2 items could not be read"), first.getString("lastError"));
        assertNotNull(first.getString("lastPolledAt"));
        assertTrue(Instant.parse(first.getString("nextPollAt")).isAfter(Instant.now().plus(Duration.ofMinutes(29))));
        assertEquals(before + 3, articleTotal());

        // the item with its full text in the feed was stored from it; robots.txt kept the private page unread
        assertTrue(site.hitsOf("/main/news/488102/amir-abdollahian-lavrov").isEmpty());
        assertTrue(site.hitsOf("/main/private/488104").isEmpty());
        assertEquals(1, site.hitsOf("/robots.txt").size(), "robots.txt is read once per host");
        // a good citizen: named, gzip-accepting, and at most one request per host per interval (0.2 s in tests)
        List<FeedSite.Hit> mine = site.hits.subList(firstHit, site.hits.size());
        for (FeedSite.Hit h : mine) {
            assertTrue(h.headers().get("User-Agent").startsWith("Dyadline/"), h.headers().get("User-Agent"));
            assertTrue(h.headers().get("Accept-Encoding").contains("gzip"));
        }
        for (int i = 1; i < mine.size(); i++) {
            long gap = mine.get(i).atMillis() - mine.get(i - 1).atMillis();
            assertTrue(gap >= 180, "requests " + (i - 1) + " and " + i + " to one host " + gap + " ms apart");
        }

        Map<String, Object> satellite = articleTitled("Iran, Russia sign memorandum on satellite communications");
        assertEquals(site.url("/main/news/488101/iran-russia-satellite"), satellite.get("url"), "tracking parameters go");
        assertEquals("2023-10-02", satellite.get("publishedAt"), "the item's date");
        Map<String, Object> lavrov = articleTitled("Amir-Abdollahian meets Lavrov in Tehran");
        assertEquals("2023-10-03", lavrov.get("publishedAt"));
        String lavrovText = given().get("/api/articles/" + lavrov.get("id")).then().extract().path("text");
        assertTrue(lavrovText.contains("North–South transport corridor"), lavrovText);
        List<String> pairs = given().get("/api/articles/" + lavrov.get("id")).then().extract().path("events.pair");
        assertTrue(pairs.contains("IR-RU"), "the feed's article is extracted like any other: " + pairs);

        // polled again: the site says nothing changed
        JsonPath second = poll(id);
        assertEquals(304, second.getInt("lastStatus"));
        assertEquals(5, second.getInt("itemsSeen"));
        assertEquals(3, second.getInt("articlesCreated"));
        List<FeedSite.Hit> feedHits = site.hitsOf("/main/rss/politics.xml");
        assertEquals("\"v1\"", feedHits.get(feedHits.size() - 1).headers().get("If-None-Match"));
        assertEquals(before + 3, articleTotal());

        // changed: one new item; the others are known, and the huge page is not fetched again
        site.put("/main/rss/politics.xml", FeedSite.Answer.of("application/rss+xml", rss.replace("<item>",
                "<item><title>Kremlin: Putin and Raisi spoke by phone</title><link>" + site.url("/main/news/488105")
                        + "</link><pubDate>Wed, 04 Oct 2023 09:00:00 +0300</pubDate><description>Call.</description>"
                        + "</item>\n    <item>")).withEtag("\"v2\""));
        site.put("/main/news/488105", FeedSite.Answer.of("text/html", site.resource("satellite.html", "/main")
                .replace("signed a memorandum", "signed a second memorandum")));
        JsonPath third = poll(id);
        assertEquals(200, third.getInt("lastStatus"));
        assertEquals(6, third.getInt("itemsSeen"));
        assertEquals(4, third.getInt("articlesCreated"));
        assertEquals(1, site.hitsOf("/main/news/huge").size());
        assertEquals(1, site.hitsOf("/main/news/488101/iran-russia-satellite").size());

        // a second outlet lists the same story with other tracking parameters, and one story of its own
        site.put("/main/atom/world", FeedSite.Answer.of("application/atom+xml", site.resource("tass-atom.xml", "/main")));
        // its second entry's link is relative: read against the feed's address
        site.put("/world/1702002", FeedSite.Answer.of("text/html", site.resource("consultations.html", "/main")));
        long atom = follow(site.url("/main/atom/world"), "TASS");
        JsonPath tass = poll(atom);
        assertEquals(2, tass.getInt("itemsSeen"));
        assertEquals(1, tass.getInt("articlesCreated"));
        assertEquals(1, tass.getInt("duplicates"));
        assertNull(tass.getString("lastError"));
        assertEquals(1, site.hitsOf("/main/news/488101/iran-russia-satellite").size(), "a known link is not fetched");
        assertEquals(before + 5, articleTotal());
        // no validators: the whole feed comes again, and adds nothing
        JsonPath again = poll(atom);
        assertEquals(200, again.getInt("lastStatus"));
        assertEquals(2, again.getInt("itemsSeen"));
        assertEquals(1, again.getInt("articlesCreated"));
        assertEquals(1, again.getInt("duplicates"));
        assertEquals(before + 5, articleTotal());

        given().get("/api/feeds").then().statusCode(200).body("items.find { it.id == " + id + " }.name",
                equalTo("Tehran Times"));
    }

    @Test
    void anRdfFeedIsReadLikeTheOthers() {
        site.put("/rdf/mfa/rss", FeedSite.Answer.of("application/rdf+xml", site.resource("mfa-rdf.xml", "/rdf")));
        site.put("/rdf/mfa/press/2023/10/01", FeedSite.Answer.of("text/html", site.resource("kz-cn.html", "/rdf")));
        site.put("/rdf/mfa/press/2023/10/02", FeedSite.Answer.of("text/html", site.resource("kz-uz.html", "/rdf")));
        long id = follow(site.url("/rdf/mfa/rss"), "MFA");
        JsonPath polled = poll(id);
        assertEquals(2, polled.getInt("articlesCreated"), polled.prettify());
        Map<String, Object> call = articleTitled("Telephone conversation between the foreign ministers of Kazakhstan and China");
        assertEquals("2023-10-01", call.get("publishedAt"));
    }

    @Test
    void aSlowThenFailingHostBacksOffExponentiallyAndSaysWhy() {
        String empty = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Quiet</title></channel></rss>";
        site.put("/bad/feed.xml", FeedSite.Answer.of("application/rss+xml", empty));
        long id = follow(site.url("/bad/feed.xml"), "Flaky");

        site.put("/bad/feed.xml", FeedSite.Answer.of("application/rss+xml", empty).delayed(4000));
        JsonPath slow = poll(id);
        assertEquals("FAILING", slow.getString("state"));
        assertEquals(1, slow.getInt("failures"));
        assertNull(slow.get("lastStatus"));
        assertTrue(slow.getString("lastError").contains("within 2 s"), slow.getString("lastError"));
        assertWaits(slow, Duration.ofMinutes(30));

        site.put("/bad/feed.xml", FeedSite.Answer.status(500));
        JsonPath failing = poll(id);
        assertEquals(2, failing.getInt("failures"));
        assertEquals(500, failing.getInt("lastStatus"));
        assertTrue(failing.getString("lastError").startsWith("HTTP 500"), failing.getString("lastError"));
        assertWaits(failing, Duration.ofMinutes(60));
        assertWaits(poll(id), Duration.ofMinutes(120));
        JsonPath capped = null;
        for (int i = 0; i < 8; i++) {
            capped = poll(id);
        }
        assertWaits(capped, Duration.ofHours(24));

        site.put("/bad/feed.xml", FeedSite.Answer.of("application/rss+xml", empty));
        JsonPath back = poll(id);
        assertEquals("OK", back.getString("state"));
        assertEquals(0, back.getInt("failures"));
        assertNull(back.getString("lastError"));
        assertWaits(back, Duration.ofMinutes(30));
    }

    private static void assertWaits(JsonPath feed, Duration wait) {
        Duration actual = Duration.between(Instant.parse(feed.getString("lastPolledAt")),
                Instant.parse(feed.getString("nextPollAt")));
        assertTrue(Math.abs(actual.minus(wait).toSeconds()) <= 5, "waits " + actual + ", not " + wait);
    }

    @Test
    void aFeedThatCannotBeReadIsRefusedWithTheReason() {
        site.put("/loop/a", FeedSite.Answer.redirect("/loop/b"));
        site.put("/loop/b", FeedSite.Answer.redirect(site.url("/loop/a")));
        refused(site.url("/loop/a"), "redirect loop");
        for (int i = 0; i < 7; i++) {
            site.put("/chain/" + i, FeedSite.Answer.redirect("/chain/" + (i + 1)));
        }
        refused(site.url("/chain/0"), "more than 5 redirects");
        site.put("/page.html", FeedSite.Answer.of("text/html", site.resource("notafeed.html", "")));
        refused(site.url("/page.html"), "not an RSS or Atom feed");
        refused(site.url("/missing.xml"), "HTTP 404");
        refused("http://127.0.0.1:1/feed.xml", "cannot reach");
        refused("ftp://example.com/feed.xml", "Only http and https");

        // a bounded chain of redirects is followed
        site.put("/moved.xml", FeedSite.Answer.redirect("/moved/final.xml"));
        site.put("/moved/final.xml", FeedSite.Answer.of("application/rss+xml",
                "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Moved</title></channel></rss>"));
        long moved = editor().contentType(ContentType.JSON).body(Map.of("url", site.url("/moved.xml")))
                .post("/api/feeds").then().statusCode(201).body("name", equalTo("Moved"))
                .body("interval", equalTo("PT30M")).extract().<Number>path("id").longValue();
        assertEquals("OK", poll(moved).getString("state"));
    }

    private static void refused(String url, String reason) {
        editor().contentType(ContentType.JSON).body(Map.of("url", url)).post("/api/feeds").then().statusCode(422)
                .contentType(startsWith("application/problem+json")).body("violations[0].field", equalTo("url"))
                .body("detail", containsString(reason));
    }

    @Test
    void feedsAreValidatedChangedAndRemoved() {
        site.put("/crud/feed.xml", FeedSite.Answer.of("application/rss+xml",
                "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Crud</title></channel></rss>"));
        String url = site.url("/crud/feed.xml");
        editor().contentType(ContentType.JSON).body(Map.of("url", url, "interval", "PT1M")).post("/api/feeds")
                .then().statusCode(422).body("violations[0].field", equalTo("interval"));
        editor().contentType(ContentType.JSON).body(Map.of("url", url, "interval", "thirty minutes"))
                .post("/api/feeds").then().statusCode(400).body("violations[0].field", equalTo("interval"));
        editor().contentType(ContentType.JSON).body(Map.of("name", "no url")).post("/api/feeds")
                .then().statusCode(400).body("violations[0].field", equalTo("url"));
        given().contentType(ContentType.JSON).body(Map.of("url", url)).post("/api/feeds").then().statusCode(401);

        long id = follow(url, "Crud");
        editor().contentType(ContentType.JSON).body(Map.of("url", url)).post("/api/feeds").then().statusCode(409);
        given().get("/api/feeds/" + id).then().statusCode(200).body("url", equalTo(url))
                .body("itemsSeen", equalTo(0)).body("lastPolledAt", equalTo(null));
        editor().contentType(ContentType.JSON).body(Map.of("name", "Renamed", "interval", "PT2H"))
                .patch("/api/feeds/" + id).then().statusCode(200).body("name", equalTo("Renamed"))
                .body("interval", equalTo("PT2H")).body("url", equalTo(url));
        given().contentType(ContentType.JSON).body(Map.of("name", "x")).patch("/api/feeds/" + id).then().statusCode(401);
        editor().contentType(ContentType.JSON).body(Map.of("url", site.url("/crud/none.xml")))
                .patch("/api/feeds/" + id).then().statusCode(422);
        editor().delete("/api/feeds/" + id).then().statusCode(204);
        given().get("/api/feeds/" + id).then().statusCode(404).contentType(startsWith("application/problem+json"));
        editor().contentType(ContentType.JSON).post("/api/feeds/" + id + "/poll").then().statusCode(404);
        editor().delete("/api/feeds/" + id).then().statusCode(404);
    }

    @Test
    void aFeedIsPolledByOneInstanceAtATime() throws Exception {
        site.put("/claim/feed.xml", FeedSite.Answer.of("application/rss+xml",
                "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Claimed</title></channel></rss>"));
        long id = follow(site.url("/claim/feed.xml"), "Claimed");
        // another instance holds the feed: a manual poll is refused, the scheduled ones pass it by
        assertTrue(poller.claim(id, true));
        editor().contentType(ContentType.JSON).post("/api/feeds/" + id + "/poll").then().statusCode(409);
        given().get("/api/feeds/" + id).then().body("state", equalTo("POLLING"));
        assertTrue(!poller.claim(id, true) && !poller.claim(id, false));
        poller.poll(id);
        assertEquals("OK", given().get("/api/feeds/" + id).then().extract().path("state"));

        // due again, with two instances looking at once: one of them polls it
        QuarkusTransaction.requiringNew().run(() -> {
            Feed.update("nextPollAt = ?1 where id <> ?2", Instant.now().plus(Duration.ofDays(1)), id);
            Feed.update("nextPollAt = ?1 where id = ?2", Instant.now().minusSeconds(1), id);
        });
        int hitsBefore = site.hitsOf("/claim/feed.xml").size();
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(feeds::pollDue);
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(feeds::pollDue);
        assertEquals(1, a.get() + b.get());
        assertEquals(hitsBefore + 1, site.hitsOf("/claim/feed.xml").size());
        assertEquals(0, feeds.pollDue(), "polled, it is not due until its interval has passed");
    }

    @Test
    void theFeedsPageAndTheStartPageShowEachFeedsStateAndWhyItFails() {
        site.put("/pages/feed.xml", FeedSite.Answer.of("application/rss+xml",
                "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Ministry press</title></channel></rss>"));
        long id = follow(site.url("/pages/feed.xml"), "Ministry <press> & releases");
        site.put("/pages/feed.xml", FeedSite.Answer.status(503));
        poll(id);
        String feedsPage = given().get("/feeds").then().statusCode(200).contentType(startsWith("text/html"))
                .extract().asString();
        String row = feedsPage.substring(feedsPage.indexOf("data-feed=\"" + id + "\""));
        row = row.substring(0, row.indexOf("</tr>"));
        assertTrue(row.contains("Ministry &lt;press&gt; &amp; releases"), "escaped: " + row);
        assertTrue(row.contains("data-state=\"FAILING\""), row);
        assertTrue(row.contains("Failing (1 in a row): HTTP 503 from " + site.url("/pages/feed.xml")), row);
        assertTrue(row.contains("30 min"), row);
        String start = given().get("/").then().statusCode(200).extract().asString();
        assertTrue(start.contains("id=\"dashboard-feeds\""), "the start page has a feeds section");
        assertTrue(start.contains("href=\"/feeds\""));
    }

    @Test
    void anOversizedFeedIsRefused() {
        site.put("/big/feed.xml", FeedSite.Answer.of("application/rss+xml",
                "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>" + "x".repeat(6 * 1024 * 1024)
                        + "</title></channel></rss>").gzipped());
        refused(site.url("/big/feed.xml"), "larger than the limit");
    }
}
