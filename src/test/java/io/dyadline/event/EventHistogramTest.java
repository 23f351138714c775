package io.dyadline.event;

import io.dyadline.extraction.EventStatus;
import io.dyadline.extraction.EventType;
import io.dyadline.extraction.ExtractedEvent;
import io.dyadline.extraction.Precision;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.dyadline.event.EventApiTest.article;
import static io.dyadline.event.EventApiTest.event;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** GET /api/events/histogram counts the matching events per lane and period, in the database. */
@QuarkusTest
public class EventHistogramTest {

    @Inject
    EventStore store;

    /** Tuvalu's events (no other test uses TV): two pairs, three months, several sectors and types. */
    @BeforeEach
    void monacosEvents() {
        // once per database (the PostgreSQL variant runs the same tests on its own)
        int stored = given().queryParam("country", "TV").get("/api/events").then().extract().path("total");
        if (stored > 0) {
            return;
        }
        long a = article("Histogram 1", "2024-03-01");
        List<ExtractedEvent> events = List.of(
                ev(EventType.MEETING, "TV", "KI", "2024-01-03", "energy", "diplomacy"),
                ev(EventType.CALL, "TV", "KI", "2024-01-09", "trade"),
                ev(EventType.AGREEMENT, "TV", "KI", "2024-01-20", "trade", "energy"),
                ev(EventType.VISIT, "TV", "KI", "2024-02-29", "diplomacy"),
                ev(EventType.MEETING, "TV", "FM", "2024-01-08", "health"),
                ev(EventType.MEETING, "TV", "FM", "2023-12-31", "health"),
                ev(EventType.PROPOSAL, "TV", "FM", "2019-06-15", "education"));
        QuarkusTransaction.requiringNew().run(() -> store.record(a, events));
    }

    private static ExtractedEvent ev(EventType type, String a, String b, String date, String... sectors) {
        return event(type, EventStatus.OCCURRED, a, b, LocalDate.parse(date), Precision.DAY, Set.of(sectors),
                "Fixture " + type + " of " + a + " and " + b + " on " + date + ".");
    }

    /** The buckets as "lane start count" lines, in the answer's order. */
    private static List<String> buckets(Map<String, ?> params) {
        JsonPath json = given().queryParams(params).get("/api/events/histogram").then().statusCode(200)
                .contentType("application/json").extract().jsonPath();
        List<String> out = new ArrayList<>();
        List<Map<String, Object>> buckets = json.getList("buckets");
        for (Map<String, Object> b : buckets) {
            out.add(b.get("lane") + " " + b.get("start") + " " + b.get("count"));
        }
        return out;
    }

    @Test
    void countsPerPairAndMonthByTheMonthTheDateStartsIn() {
        given().queryParam("country", "TV").get("/api/events/histogram").then().statusCode(200)
                .body("interval", equalTo("month")).body("by", equalTo("pair"));
        assertEquals(List.of("FM-TV 2019-06-01 1", "FM-TV 2023-12-01 1", "FM-TV 2024-01-01 1", "KI-TV 2024-01-01 3",
                "KI-TV 2024-02-01 1"), buckets(Map.of("country", "TV")));
    }

    @Test
    void countsByDayWeekAndYear() {
        assertEquals(List.of("KI-TV 2024-01-03 1", "KI-TV 2024-01-09 1", "KI-TV 2024-01-20 1", "KI-TV 2024-02-29 1"),
                buckets(Map.of("pair", "TV-KI", "interval", "day")));
        // ISO weeks start on Monday: 2024-01-08 and 2024-01-09 fall in one week, 2023-12-31 in the week before
        assertEquals(List.of("all 2019-06-10 1", "all 2023-12-25 1", "all 2024-01-01 1", "all 2024-01-08 2",
                        "all 2024-01-15 1", "all 2024-02-26 1"),
                buckets(Map.of("country", "TV", "interval", "week", "by", "none")));
        assertEquals(List.of("FM-TV 2019-01-01 1", "FM-TV 2023-01-01 1", "FM-TV 2024-01-01 1", "KI-TV 2024-01-01 4"),
                buckets(Map.of("country", "TV", "interval", "YEAR")));
    }

    @Test
    void anEventCountsInItsPrimarySectorUnlessEverySectorIsAsked() {
        // energy comes before trade, and every sector before diplomacy, in the taxonomy
        assertEquals(List.of("energy 2024-01-01 2", "diplomacy 2024-01-01 1", "trade 2024-01-01 1")
                        .stream().sorted().toList(),
                buckets(Map.of("pair", "KI-TV", "by", "sector", "interval", "year", "sectorLanes", "primary"))
                        .stream().filter(s -> s.contains("2024")).sorted().toList());
        assertEquals(List.of("diplomacy 2024-01-01 2", "energy 2024-01-01 2", "trade 2024-01-01 2"),
                buckets(Map.of("pair", "KI-TV", "by", "sector", "interval", "year", "sectorLanes", "every")));
    }

    @Test
    void lanesNestPairThenTypeOrQuadAndFiltersApply() {
        assertEquals(List.of("KI-TV/AGREEMENT 2024-01-01 1", "KI-TV/CALL 2024-01-01 1", "KI-TV/MEETING 2024-01-01 1",
                        "KI-TV/VISIT 2024-01-01 1"),
                buckets(Map.of("pair", "KI-TV", "by", "pair,type", "interval", "year")));
        // the quad class comes from the type, through the table: the four types are all verbal cooperation
        assertEquals(List.of("KI-TV/VERBAL_COOPERATION 2024-01-01 4"),
                buckets(Map.of("pair", "KI-TV", "by", "pair,quad", "interval", "year")));
        assertEquals(List.of("FM-TV 2023-12-01 1", "FM-TV 2024-01-01 1"),
                buckets(Map.of("country", "TV", "sector", "health")));
        assertEquals(List.of("FM-TV 2024-01-01 1", "KI-TV 2024-01-01 2"),
                buckets(Map.of("country", "TV", "from", "2024-01-05", "to", "2024-01-31")));
        assertEquals(List.of(), buckets(Map.of("country", "TV", "type", "WORKING_GROUP")));
    }

    @Test
    void aNewEventIsCountedAtOnce() {
        // Kiribati and the Marshall Islands (a pair of no other test), so that Tuvalu's counts stay as the others expect
        long b = article("Histogram 2", "2019-07-01");
        QuarkusTransaction.requiringNew().run(() -> store.record(b, List.of(
                ev(EventType.ANNOUNCEMENT, "KI", "MH", "2019-06-20", "education"))));
        assertEquals(List.of("KI-MH 2019-06-01 1"), buckets(Map.of("pair", "KI-MH")));
        long c = article("Histogram 3", "2019-07-02");
        QuarkusTransaction.requiringNew().run(() -> store.record(c, List.of(
                ev(EventType.MEETING, "KI", "MH", "2019-06-21", "education"))));
        assertEquals(List.of("KI-MH 2019-06-01 2"), buckets(Map.of("pair", "KI-MH")));
    }

    @Test
    void anIntervalOrGroupingThatCannotBeReadIsAProblem() {
        for (Map<String, String> bad : List.of(Map.of("interval", "fortnight"), Map.of("by", "colour"),
                Map.of("by", "pair,sector,type"), Map.of("sectorLanes", "some"), Map.of("from", "2024-13-01"))) {
            given().queryParams(bad).get("/api/events/histogram").then().statusCode(400)
                    .contentType(startsWith("application/problem+json"));
        }
    }
}
