package io.dyadline.web;

import io.dyadline.article.Article;
import io.dyadline.ingest.Ingestion;
import io.dyadline.event.EventStore;
import io.dyadline.extraction.EventStatus;
import io.dyadline.extraction.EventType;
import io.dyadline.extraction.ExtractedEvent;
import io.dyadline.extraction.Span;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.dyadline.web.WebFixtures.event;
import static io.dyadline.web.WebFixtures.evidence;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The start page at hundreds of pairs: a page of them at a time, in the order the analyst asks for. */
@QuarkusTest
@TestProfile(DashboardPagingTest.OwnDatabase.class)
class DashboardPagingTest {

    /** Its own database, so that the count of pairs is this test's. */
    public static class OwnDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:mem:dashboard;DB_CLOSE_DELAY=-1");
        }
    }

    static final String[] CODES = {"AD", "AE", "AF", "AG", "AL", "AM", "AO", "AR", "AT", "AU", "AZ", "BA", "BB", "BD",
            "BE", "BF", "BG", "BH", "BI", "BJ", "BN", "BO", "BR", "BS", "BT", "BW", "BY", "BZ", "CA", "CD"};

    @Inject
    Ingestion articles;

    @Inject
    EventStore store;

    static boolean seeded;

    /**
     * 120 pairs of Andorra's neighbours in the alphabet: pair i has i+1 events two years ago; BZ-CA has one event
     * this month and nothing before (the largest change), CA-CD three in the last months (the most recent).
     */
    @BeforeEach
    void seed() {
        if (seeded) {
            return;
        }
        seeded = true;
        String sentence = "Officials met to discuss cooperation.";
        Article article = WebFixtures.article(articles, store, "Dashboard batch", "2024-01-01", "Batch. " + sentence);
        List<ExtractedEvent> events = new ArrayList<>();
        LocalDate old = LocalDate.now(ZoneOffset.UTC).minusYears(2).withDayOfMonth(1);
        int pair = 0;
        for (int i = 0; i < CODES.length && pair < 120; i++) {
            for (int j = i + 1; j < CODES.length && pair < 120; j++) {
                if (CODES[i].equals("BZ") || CODES[i].equals("CA")) {
                    continue;
                }
                for (int k = 0; k <= pair % 7; k++) {
                    LocalDate d = old.plusDays(k);
                    events.add(event(EventType.MEETING, EventStatus.OCCURRED, CODES[i], CODES[j],
                            WebFixtures.day(d.getYear(), d.getMonthValue(), d.getDayOfMonth()), Set.of("trade"),
                            List.of(), "Meeting", evidence(Span.Field.TEXT, "Batch. " + sentence, sentence,
                                    d.toString(), "trigger:met")));
                }
                pair++;
            }
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        events.add(event(EventType.CALL, EventStatus.OCCURRED, "BZ", "CA",
                WebFixtures.day(today.getYear(), today.getMonthValue(), 1), Set.of("trade"), List.of(), "Call",
                evidence(Span.Field.TEXT, "Batch. " + sentence, sentence, today.toString(), "trigger:met")));
        for (int m = 0; m < 3; m++) {
            LocalDate d = today.withDayOfMonth(1).minusMonths(m);
            events.add(event(EventType.VISIT, EventStatus.OCCURRED, "CA", "CD",
                    WebFixtures.day(d.getYear(), d.getMonthValue(), 1), Set.of("trade"), List.of(), "Visit",
                    evidence(Span.Field.TEXT, "Batch. " + sentence, sentence, d.toString(), "trigger:met")));
        }
        WebFixtures.record(store, article.id, events);
    }

    private Document page(String query) {
        return Jsoup.parse(given().accept("text/html").get("/" + query).then().statusCode(200).extract().asString());
    }

    private List<String> pairs(Document d) {
        return d.select("#pairs tbody tr").eachAttr("data-pair");
    }

    @Test
    void pairsComeFiftyAPageWithLinksToTheNext() {
        Document first = page("");
        assertEquals(50, pairs(first).size());
        assertTrue(first.selectFirst("#pair-paging").text().startsWith("Pairs 1–50 of 122"), first.selectFirst("#pair-paging").text());
        assertEquals("/?sort=events&page=1", first.selectFirst("#pairs-next").attr("href"));
        Document last = page("?page=2");
        assertEquals(22, pairs(last).size());
        assertTrue(last.select("#pairs-next").isEmpty());
        List<String> all = new ArrayList<>(pairs(first));
        all.addAll(pairs(page("?page=1")));
        all.addAll(pairs(last));
        assertEquals(122, Set.copyOf(all).size(), "each pair on one page only");
        // a country search pages the matching pairs only
        Document andorra = page("?country=andorra");
        assertTrue(pairs(andorra).stream().allMatch(p -> p.startsWith("AD-")), pairs(andorra).toString());
    }

    @Test
    void pairsSortByEventsRecentActivityChangeAndName() {
        List<String> byEvents = pairs(page("?sort=events"));
        assertEquals("descending", page("?sort=events").select("#pairs th[aria-sort]").attr("aria-sort"));
        // seven events each for the busiest pairs
        assertTrue(page("?sort=events").select("#pairs tbody tr").first().select("td.num").first().text().equals("7"));
        assertEquals("CA-CD", pairs(page("?sort=recent")).get(0));
        assertEquals("BZ-CA", pairs(page("?sort=change")).get(0));
        Document change = page("?sort=change");
        assertEquals("1 (+1.0)", change.select("#pairs tbody tr").first().select("td.change").text());
        List<String> names = page("?sort=pair").select("#pairs tbody tr th a").eachText();
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(null);
        assertEquals(sorted, names);
        assertTrue(!byEvents.equals(pairs(page("?sort=pair"))));
        // an unknown order is the default one
        assertEquals(byEvents, pairs(page("?sort=colour")));
    }
}
