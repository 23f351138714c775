package io.dyadline.event;

import io.dyadline.extraction.Actor;
import io.dyadline.extraction.EventStatus;
import io.dyadline.extraction.EventType;
import io.dyadline.extraction.Precision;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static io.dyadline.event.EventApiTest.article;
import static io.dyadline.event.EventApiTest.event;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Events are served from documents written when they change; events without one are served the same. */
@QuarkusTest
public class EventDocumentsTest {

    @Inject
    EventStore store;

    @Inject
    EventDocumentBackfill backfill;

    @Inject
    EntityManager em;

    /** The test changes rows past the event store, so it tells the cache itself. */
    @Inject
    ReadCache cache;

    @Test
    void anEventWithoutItsDocumentIsServedTheSameAndTheBackfillWritesIt() {
        long first = article("Fixture D1", "2019-11-05");
        long second = article("Fixture D2", "2019-11-06");
        LocalDate day = LocalDate.of(2019, 11, 4);
        QuarkusTransaction.requiringNew().run(() -> store.record(first, List.of(
                event(EventType.MEETING, EventStatus.PLANNED, "BT", "NP", day, Precision.DAY, Set.of("energy"),
                        "Bhutan will meet Nepal on Monday.", new Actor("Tshering Tobgay", "prime minister", "BT")),
                event(EventType.AGREEMENT, EventStatus.OCCURRED, "BT", "NP", day.minusMonths(1), Precision.MONTH,
                        Set.of("trade"), "Bhutan and Nepal signed a trade deal in October."))));
        QuarkusTransaction.requiringNew().run(() -> store.record(second, List.of(
                event(EventType.MEETING, EventStatus.OCCURRED, "BT", "NP", day, Precision.DAY, Set.of("transport"),
                        "Nepal met Bhutan on Monday.", new Actor("Tobgay", null, "BT")))));

        String page = given().queryParam("pair", "NP-BT").get("/api/events").then().statusCode(200).extract().asString();
        List<Integer> ids = given().queryParam("pair", "NP-BT").get("/api/events").then()
                .extract().path("items.id");
        assertEquals(2, ids.size());
        long merged = given().queryParam("pair", "NP-BT").queryParam("type", "MEETING").get("/api/events").then()
                .extract().<Integer>path("items[0].id");
        String one = given().get("/api/events/" + merged).then().statusCode(200).extract().asString();
        // the merged meeting's document was rewritten by the second article: held, both sources, both sectors
        given().get("/api/events/" + merged).then()
                .body("status", org.hamcrest.Matchers.equalTo("OCCURRED"))
                .body("sources.articleId", org.hamcrest.Matchers.contains((int) first, (int) second))
                .body("sectors", org.hamcrest.Matchers.contains("energy", "transport"));

        QuarkusTransaction.requiringNew().run(() -> em.createQuery("update Event e set e.doc = null where e.pair = 'BT-NP'")
                .executeUpdate());
        cache.forget();
        assertEquals(page, given().queryParam("pair", "NP-BT").get("/api/events").then().statusCode(200).extract().asString());
        assertEquals(one, given().get("/api/events/" + merged).then().statusCode(200).extract().asString());

        assertEquals(2, backfill.run());
        QuarkusTransaction.requiringNew().run(() -> {
            for (Integer id : ids) {
                assertNotNull(em.find(Event.class, id.longValue()).doc);
            }
        });
        assertEquals(page, given().queryParam("pair", "NP-BT").get("/api/events").then().extract().asString());
        assertEquals(0, backfill.run());
    }

    @Test
    void aListShowsTheFirstEvidenceOfAWidelyReportedEventAndItsTotalsTheEventShowsAll() {
        int reports = EventDocuments.LISTED + 5;
        long[] articles = new long[reports];
        LocalDate day = LocalDate.of(2016, 8, 15);
        for (int i = 0; i < reports; i++) {
            articles[i] = article("Fixture W" + i, "2016-08-16");
            int n = i;
            QuarkusTransaction.requiringNew().run(() -> store.record(articles[n], List.of(
                    event(EventType.VISIT, EventStatus.OCCURRED, "BB", "TT", day, Precision.DAY, Set.of("trade"),
                            "The Barbados premier visited Trinidad, report w" + n + "x."))));
        }
        given().queryParam("pair", "BB-TT").get("/api/events").then().statusCode(200)
                .body("total", org.hamcrest.Matchers.equalTo(1))
                .body("items[0].evidence", org.hamcrest.Matchers.hasSize(EventDocuments.LISTED))
                .body("items[0].evidenceCount", org.hamcrest.Matchers.equalTo(reports))
                .body("items[0].sources", org.hamcrest.Matchers.hasSize(EventDocuments.LISTED))
                .body("items[0].sourceCount", org.hamcrest.Matchers.equalTo(reports))
                .body("items[0].sources[0].articleId", org.hamcrest.Matchers.equalTo((int) articles[0]));
        long id = given().queryParam("pair", "BB-TT").get("/api/events").then().extract().<Integer>path("items[0].id");
        given().get("/api/events/" + id).then().statusCode(200)
                .body("evidence", org.hamcrest.Matchers.hasSize(reports))
                .body("evidenceCount", org.hamcrest.Matchers.equalTo(reports))
                .body("sources", org.hamcrest.Matchers.hasSize(reports))
                .body("sources[" + (reports - 1) + "].articleId", org.hamcrest.Matchers.equalTo((int) articles[reports - 1]));
        // the words of the last report, which the list does not show, are found
        given().queryParam("q", "w" + (reports - 1) + "x").get("/api/events").then()
                .body("items.id", org.hamcrest.Matchers.contains((int) id));
        QuarkusTransaction.requiringNew().run(() -> store.forgetArticle(articles[reports - 1]));
        given().queryParam("q", "w" + (reports - 1) + "x").get("/api/events").then()
                .body("total", org.hamcrest.Matchers.equalTo(0));
        given().get("/api/events/" + id).then().body("evidenceCount", org.hamcrest.Matchers.equalTo(reports - 1));
        QuarkusTransaction.requiringNew().run(() -> store.forgetArticle(articles[0]));
        given().queryParam("pair", "BB-TT").get("/api/events").then()
                .body("items[0].evidenceCount", org.hamcrest.Matchers.equalTo(reports - 2))
                .body("items[0].sources[0].articleId", org.hamcrest.Matchers.equalTo((int) articles[1]));
    }

    @Test
    void theBackfillAlsoIndexesTheWordsOfEventsStoredWithoutThem() {
        long a = article("Fixture D3", "2017-03-03");
        QuarkusTransaction.requiringNew().run(() -> store.record(a, List.of(
                event(EventType.CALL, EventStatus.OCCURRED, "LA", "MN", LocalDate.of(2017, 3, 2), Precision.DAY,
                        Set.of("agriculture"), "Laos phoned Mongolia about cashmere quotas."))));
        given().queryParam("q", "cashmere").get("/api/events").then().body("total", org.hamcrest.Matchers.equalTo(1));
        QuarkusTransaction.requiringNew().run(() -> {
            em.createQuery("delete from EventWord w where w.eventId in (select e.id from Event e where e.pair = 'LA-MN')")
                    .executeUpdate();
            em.createQuery("update Event e set e.doc = null where e.pair = 'LA-MN'").executeUpdate();
        });
        cache.forget();
        given().queryParam("q", "cashmere").get("/api/events").then().body("total", org.hamcrest.Matchers.equalTo(0));
        assertEquals(1, backfill.run());
        given().queryParam("q", "cashmere quota").get("/api/events").then().body("total", org.hamcrest.Matchers.equalTo(1))
                .body("items[0].pair", org.hamcrest.Matchers.equalTo("LA-MN"));
    }
}
