package io.dyadline.event;

import io.dyadline.extraction.Actor;
import io.dyadline.extraction.EventDate;
import io.dyadline.extraction.EventStatus;
import io.dyadline.extraction.EventType;
import io.dyadline.extraction.Evidence;
import io.dyadline.extraction.ExtractedEvent;
import io.dyadline.extraction.Precision;
import io.dyadline.extraction.Span;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static io.dyadline.Api.editor;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
public class EventApiTest {

    @Inject
    EventStore store;

    /** An article whose own text yields no event, so that the test's events are the only ones. */
    static long article(String title, String published) {
        String text = "Fixture text with nothing to extract, " + UUID.randomUUID();
        return editor().contentType(ContentType.JSON)
                .body("{\"title\":\"" + title + "\",\"publishedAt\":\"" + published + "\",\"text\":\"" + text + "\"}")
                .post("/api/articles").then().statusCode(201).extract().<Number>path("id").longValue();
    }

    static ExtractedEvent event(EventType type, EventStatus status, String a, String b, LocalDate start, Precision precision,
                                Set<String> sectors, String sentence, Actor... actors) {
        LocalDate end = switch (precision) {
            case DAY -> start;
            case MONTH -> start.withDayOfMonth(start.lengthOfMonth());
            case YEAR -> start.withDayOfYear(start.lengthOfYear());
        };
        String edtf = switch (precision) {
            case DAY -> start.toString();
            case MONTH -> start.toString().substring(0, 7);
            case YEAR -> start.toString().substring(0, 4);
        };
        Evidence ev = new Evidence(Span.Field.TEXT, sentence, 0, sentence.length(),
                List.of(new Span(Span.Field.TEXT, 0, 3, "trigger", "trigger.test", type.name())));
        return new ExtractedEvent(type, status, "043", List.of(a, b), new EventDate(start, end, precision, edtf, "test"),
                List.of(actors), sectors, null, sentence, 0.9, List.of(ev));
    }

    void record(long articleId, ExtractedEvent... events) {
        QuarkusTransaction.requiringNew().run(() -> store.record(articleId, List.of(events)));
    }

    @Test
    void theSameMeetingReportedByTwoArticlesIsOneEventWithTwoSources() {
        long first = article("Fixture 1", "2023-03-02");
        long second = article("Fixture 2", "2023-03-03");
        LocalDate day = LocalDate.of(2023, 3, 1);
        record(first, event(EventType.MEETING, EventStatus.OCCURRED, "AD", "LI", day, Precision.DAY, Set.of("trade"),
                "Andorra met Liechtenstein on Wednesday.", new Actor("Xavier Espot", "prime minister", "AD")));
        record(second, event(EventType.MEETING, EventStatus.OCCURRED, "AD", "LI", day, Precision.DAY, Set.of("finance"),
                "Liechtenstein's premier met Andorra's Espot.", new Actor("Espot", "head of government", "AD")));
        given().queryParam("pair", "LI-AD").get("/api/events").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].pair", equalTo("AD-LI"))
                .body("items[0].countries", contains("AD", "LI"))
                .body("items[0].date.start", equalTo("2023-03-01"))
                .body("items[0].date.precision", equalTo("DAY"))
                .body("items[0].sectors", containsInAnyOrder("finance", "trade"))
                .body("items[0].evidence", hasSize(2))
                .body("items[0].sources.articleId", containsInAnyOrder((int) first, (int) second))
                .body("items[0].sources[0].title", equalTo("Fixture 1"));
        given().get("/api/articles/" + second).then().statusCode(200).body("events", hasSize(1))
                .body("events[0].evidence.articleId", hasItem((int) first));
    }

    @Test
    void differentDaysOrDifferentPeopleStaySeparate() {
        long first = article("Fixture 3", "2023-04-02");
        long second = article("Fixture 4", "2023-04-10");
        long third = article("Fixture 5", "2023-04-11");
        record(first, event(EventType.CALL, EventStatus.OCCURRED, "MC", "MT", LocalDate.of(2023, 4, 1), Precision.DAY,
                Set.of("diplomacy"), "Malta called Monaco.", new Actor("Robert Abela", "prime minister", "MT")));
        record(second, event(EventType.CALL, EventStatus.OCCURRED, "MC", "MT", LocalDate.of(2023, 4, 9), Precision.DAY,
                Set.of("diplomacy"), "Malta called Monaco again.", new Actor("Robert Abela", "prime minister", "MT")));
        record(third, event(EventType.CALL, EventStatus.OCCURRED, "MC", "MT", LocalDate.of(2023, 4, 9), Precision.DAY,
                Set.of("diplomacy"), "Malta's president called Monaco.", new Actor("George Vella", "president", "MT")));
        given().queryParam("pair", "MC-MT").get("/api/events").then().body("total", equalTo(3));
    }

    @Test
    void aPlannedMeetingLaterReportedAsHeldBecomesOneOccurredEvent() {
        long before = article("Fixture 6", "2023-05-01");
        long after = article("Fixture 7", "2023-05-03");
        LocalDate day = LocalDate.of(2023, 5, 2);
        record(before, event(EventType.MEETING, EventStatus.PLANNED, "SM", "VA", day, Precision.DAY, Set.of("diplomacy"),
                "San Marino will meet the Holy See on Tuesday."));
        record(after, event(EventType.MEETING, EventStatus.OCCURRED, "SM", "VA", day, Precision.DAY, Set.of("diplomacy"),
                "San Marino met the Holy See on Tuesday."));
        given().queryParam("pair", "SM-VA").get("/api/events").then().body("total", equalTo(1))
                .body("items[0].status", equalTo("OCCURRED"));
    }

    @Test
    void filtersCombineAndDateRangesOverlap() {
        long a = article("Fixture 8", "2021-07-15");
        record(a,
                event(EventType.AGREEMENT, EventStatus.OCCURRED, "FJ", "TO", LocalDate.of(2021, 7, 1), Precision.MONTH,
                        Set.of("agriculture"), "Fiji and Tonga signed a fisheries accord in July."),
                event(EventType.VISIT, EventStatus.PLANNED, "FJ", "TO", LocalDate.of(2021, 9, 20), Precision.DAY,
                        Set.of("education"), "Tonga's king will visit Suva on September 20."),
                event(EventType.WORKING_GROUP, EventStatus.OCCURRED, "FJ", "TO", LocalDate.of(2016, 1, 1), Precision.YEAR,
                        Set.of("environment"), "Since 2016 a climate working group has met."));
        given().queryParam("pair", "FJ-TO").get("/api/events").then().body("total", equalTo(3))
                .body("items.date.start", contains("2016-01-01", "2021-07-01", "2021-09-20"));
        given().queryParam("pair", "FJ-TO").queryParam("sort", "-date").get("/api/events").then()
                .body("items.date.start", contains("2021-09-20", "2021-07-01", "2016-01-01"));
        given().queryParam("pair", "FJ-TO").queryParam("from", "2021-07-31").queryParam("to", "2021-07-31")
                .get("/api/events").then().body("items.type", contains("AGREEMENT"));
        given().queryParam("pair", "FJ-TO").queryParam("status", "planned").get("/api/events").then()
                .body("items.type", contains("VISIT"));
        given().queryParam("country", "TO").queryParam("sector", "environment").queryParam("sector", "agriculture")
                .get("/api/events").then().body("items.type", containsInAnyOrder("WORKING_GROUP", "AGREEMENT"));
        given().queryParam("pair", "FJ-TO").queryParam("type", "VISIT,AGREEMENT").get("/api/events").then()
                .body("total", equalTo(2));
        given().queryParam("q", "FISHERIES accord").get("/api/events").then().body("items.type", contains("AGREEMENT"));
        given().queryParam("q", "100%_match").get("/api/events").then().body("total", equalTo(0));
        given().queryParam("pair", "FJ-TO").queryParam("size", 1).queryParam("page", 2).get("/api/events").then()
                .body("items.type", contains("VISIT")).body("page", equalTo(2)).body("size", equalTo(1))
                .body("total", equalTo(3));
        long id = given().queryParam("pair", "FJ-TO").queryParam("type", "VISIT").get("/api/events").then()
                .extract().<Number>path("items[0].id").longValue();
        given().get("/api/events/" + id).then().statusCode(200).body("status", equalTo("PLANNED"))
                .body("evidence[0].spans[0].kind", equalTo("trigger"));
    }

    @Test
    void pairsAndSectorsCountEvents() {
        long a = article("Fixture 9", "2022-02-02");
        record(a,
                event(EventType.MEETING, EventStatus.OCCURRED, "PW", "NR", LocalDate.of(2022, 2, 1), Precision.DAY,
                        Set.of("transport", "trade"), "Nauru and Palau met."),
                event(EventType.CALL, EventStatus.OCCURRED, "PW", "NR", LocalDate.of(2019, 1, 1), Precision.YEAR,
                        Set.of("transport"), "Nauru called Palau in 2019."));
        given().queryParam("size", 500).get("/api/pairs").then().statusCode(200)
                .body("items.find { it.pair == 'NR-PW' }.events", equalTo(2))
                .body("items.find { it.pair == 'NR-PW' }.first", equalTo("2019-01-01"))
                .body("items.find { it.pair == 'NR-PW' }.last", equalTo("2022-02-01"))
                .body("items.find { it.pair == 'NR-PW' }.countries.name", contains("Nauru", "Palau"))
                .body("items.find { it.pair == 'NR-PW' }.sectors.transport", equalTo(2))
                .body("items.find { it.pair == 'NR-PW' }.sectors.trade", equalTo(1));
        given().get("/api/sectors").then().statusCode(200).body("total", equalTo(15))
                .body("items.slug", hasItem("science-tech"));
    }

    @Test
    void reextractionKeepsWhatOtherArticlesReport() {
        long first = article("Fixture 10", "2020-06-02");
        long second = article("Fixture 11", "2020-06-03");
        LocalDate day = LocalDate.of(2020, 6, 1);
        record(first, event(EventType.MEETING, EventStatus.OCCURRED, "NE", "TD", day, Precision.DAY, Set.of("defense"),
                "Chad and Niger met on Monday."));
        record(second, event(EventType.MEETING, EventStatus.OCCURRED, "NE", "TD", day, Precision.DAY, Set.of("defense"),
                "Niger and Chad held talks on Monday."));
        QuarkusTransaction.requiringNew().run(() -> store.forgetArticle(first));
        given().queryParam("pair", "NE-TD").get("/api/events").then().body("total", equalTo(1))
                .body("items[0].sources.articleId", contains((int) second));
        QuarkusTransaction.requiringNew().run(() -> store.forgetArticle(second));
        given().queryParam("pair", "NE-TD").get("/api/events").then().body("total", equalTo(0));
    }

    @Test
    void theTextFilterFindsEventsWhoseEvidenceHasWordsBeginningWithEachQueryWord() {
        long a = article("Fixture 12", "2018-02-10");
        long b = article("Fixture 13", "2018-02-11");
        record(a, event(EventType.AGREEMENT, EventStatus.OCCURRED, "BO", "PY", LocalDate.of(2018, 2, 9), Precision.DAY,
                        Set.of("telecom"), "Bolivia and Paraguay signed a telecommunications accord in Asunción."),
                event(EventType.MEETING, EventStatus.OCCURRED, "BO", "PY", LocalDate.of(2018, 2, 1), Precision.DAY,
                        Set.of("energy"), "Bolivian and Paraguayan ministers met on gas exports."));
        record(b, event(EventType.MEETING, EventStatus.OCCURRED, "BO", "PY", LocalDate.of(2018, 2, 1), Precision.DAY,
                Set.of("energy"), "The Itaipú talks on hydropower went on."));
        // query word -> the types of the BO-PY events it finds
        String[][] table = {
                {"telecom", "AGREEMENT"}, {"TELECOMMUNICATIONS", "AGREEMENT"}, {"asuncion", "AGREEMENT"},
                {"Asunción accord", "AGREEMENT"}, {"gas", "MEETING"}, {"itaipu hydro", "MEETING"},
                {"paraguay", "AGREEMENT,MEETING"}, {"met", "MEETING"},
                // every word must begin a word of the evidence; inner parts of words do not count
                {"communications", ""}, {"accord gas", ""}, {"ower", ""}, {"!!!", ""}, {"100%_match", ""}};
        for (String[] row : table) {
            List<String> expected = row[1].isEmpty() ? List.of() : List.of(row[1].split(","));
            List<String> found = given().queryParam("pair", "BO-PY").queryParam("q", row[0]).get("/api/events").then()
                    .statusCode(200).extract().path("items.type");
            org.junit.jupiter.api.Assertions.assertEquals(expected, found.stream().sorted().toList(), "q=" + row[0]);
        }
        // the words of an article that is forgotten are no longer found; the other article's still are
        QuarkusTransaction.requiringNew().run(() -> store.forgetArticle(b));
        given().queryParam("pair", "BO-PY").queryParam("q", "itaipu").get("/api/events").then().body("total", equalTo(0));
        given().queryParam("pair", "BO-PY").queryParam("q", "gas").get("/api/events").then().body("total", equalTo(1));
    }

    @Test
    void walkingByCursorGivesTheSameEventsInTheSameOrderAsPageNumbers() {
        long a = article("Fixture 14", "2019-01-31");
        List<ExtractedEvent> events = new java.util.ArrayList<>();
        for (int day = 1; day <= 5; day++) {
            // two events a day on days 1 to 5, one of them only on odd days
            events.add(event(EventType.CALL, EventStatus.OCCURRED, "GY", "SR", LocalDate.of(2019, 1, day), Precision.DAY,
                    Set.of("trade"), "Guyana phoned Suriname, call " + day + "."));
            if (day % 2 == 1) {
                events.add(event(EventType.AGREEMENT, EventStatus.OCCURRED, "GY", "SR", LocalDate.of(2019, 1, day),
                        Precision.DAY, Set.of("energy"), "Guyana and Suriname signed deal " + day + "."));
            }
        }
        for (int i = 0; i < 3; i++) {
            // undated events come last in either order
            ExtractedEvent dated = event(EventType.PROPOSAL, EventStatus.OCCURRED, "GY", "SR", LocalDate.of(2019, 1, 1),
                    Precision.DAY, Set.of("diplomacy"), "Suriname proposed talks " + i + ".");
            events.add(new ExtractedEvent(dated.type(), dated.status(), dated.cameo(), dated.countries(), null,
                    dated.actors(), dated.sectors(), null, dated.summary(), dated.confidence(), dated.evidence()));
        }
        record(a, events.toArray(ExtractedEvent[]::new));
        for (String sort : List.of("date", "-date")) {
            List<Integer> byPage = given().queryParam("pair", "GY-SR").queryParam("sort", sort).queryParam("size", 100)
                    .get("/api/events").then().statusCode(200).body("total", equalTo(11)).extract().path("items.id");
            assertEquals(11, byPage.size());
            for (int size : List.of(1, 2, 3, 4, 11)) {
                List<Integer> walked = new java.util.ArrayList<>();
                String after = null;
                for (int step = 0; step < 20; step++) {
                    var request = given().queryParam("pair", "GY-SR").queryParam("sort", sort).queryParam("size", size);
                    if (after != null) {
                        request.queryParam("after", after);
                    }
                    var body = request.get("/api/events").then().statusCode(200).body("total", equalTo(11)).extract();
                    walked.addAll(body.path("items.id"));
                    after = body.path("next");
                    if (after == null) {
                        break;
                    }
                }
                assertEquals(byPage, walked, "sort=" + sort + ", size=" + size);
            }
        }
        given().queryParam("pair", "GY-SR").queryParam("size", 3).queryParam("page", 3).get("/api/events").then()
                .body("items", hasSize(2)).body("next", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void unreadableFiltersAre400sNamingTheParameter() {
        given().queryParam("pair", "IRAN-RU").get("/api/events").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("pair"));
        given().queryParam("sector", "cooking").get("/api/events").then().statusCode(400).body("violations[0].field", equalTo("sector"));
        given().queryParam("type", "PARTY").get("/api/events").then().statusCode(400).body("violations[0].field", equalTo("type"));
        given().queryParam("status", "MAYBE").get("/api/events").then().statusCode(400).body("violations[0].field", equalTo("status"));
        given().queryParam("from", "2023-13-01").get("/api/events").then().statusCode(400).body("violations[0].field", equalTo("from"));
        given().queryParam("from", "2023-02-01").queryParam("to", "2023-01-01").get("/api/events").then().statusCode(400);
        given().queryParam("country", "Iran").get("/api/events").then().statusCode(400).body("violations[0].field", equalTo("country"));
        given().queryParam("sort", "title").get("/api/events").then().statusCode(400).body("violations[0].field", equalTo("sort"));
        given().queryParam("size", 0).get("/api/events").then().statusCode(400).body("violations.field", hasItem("size"));
        given().get("/api/events/99999999").then().statusCode(404).contentType("application/problem+json");
        given().queryParam("after", "not-a-cursor").get("/api/events").then().statusCode(400)
                .body("violations[0].field", equalTo("after"));
        given().queryParam("after", "LV8xMg").queryParam("page", 2).get("/api/events").then().statusCode(400)
                .body("violations[0].field", equalTo("after"));
    }
}
