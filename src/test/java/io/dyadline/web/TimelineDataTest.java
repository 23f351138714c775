package io.dyadline.web;

import io.dyadline.article.Article;
import io.dyadline.event.EventStore;
import io.dyadline.extraction.EventStatus;
import io.dyadline.extraction.EventType;
import io.dyadline.extraction.ExtractedEvent;
import io.dyadline.extraction.Span;
import io.dyadline.ingest.Ingestion;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.DecoderConfig;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static io.dyadline.web.WebFixtures.event;
import static io.dyadline.web.WebFixtures.evidence;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** The timeline's compact events and the pages' HTTP answers, without a browser. */
@QuarkusTest
class TimelineDataTest {

    @Inject
    Ingestion articles;

    @Inject
    EventStore store;

    @Test
    void theTimelineGetsCompactEventsWithTheirSectorsAndPairNames() {
        String text = "Armenia and Georgia signed a transit deal. Armenia will visit Georgia in 2025.";
        Article a = WebFixtures.article(articles, store, "Yerevan, Tbilisi", "2024-06-01", text);
        WebFixtures.record(store, a.id, List.of(
                event(EventType.AGREEMENT, EventStatus.OCCURRED, "GE", "AM", WebFixtures.day(2024, 5, 30),
                        Set.of("transport", "trade"), List.of(), "Transit deal",
                        evidence(Span.Field.TEXT, text, "Armenia and Georgia signed a transit deal.", "2024-05-30",
                                "trigger:signed")),
                event(EventType.VISIT, EventStatus.PLANNED, "AM", "GE", WebFixtures.year(2025), Set.of(), List.of(),
                        "Visit in 2025", evidence(Span.Field.TEXT, text, "Armenia will visit Georgia in 2025.", "2025",
                                "trigger:visit"))));
        given().queryParam("pair", "GE-AM").get("/timeline/events").then().statusCode(200)
                .body("total", equalTo(2)).body("capped", equalTo(false))
                .body("pairs.AM-GE", equalTo("Armenia – Georgia"))
                .body("events.type", contains("AGREEMENT", "VISIT"))
                .body("events[0].sectors", contains("trade", "transport"))
                .body("events[0]", not(hasKey("evidence")))
                .body("events[1].precision", equalTo("YEAR"))
                .body("events[1].end", equalTo("2025-12-31"))
                .body("events[1].status", equalTo("PLANNED"));
        // a window is loaded slice by slice: each slice names the cursor of the next
        String next = given().queryParam("pair", "GE-AM").queryParam("limit", 1).get("/timeline/events").then()
                .statusCode(200).body("events.type", contains("AGREEMENT")).body("events[0].quad",
                        equalTo("VERBAL_COOPERATION")).body("capped", equalTo(true)).body("total", equalTo(2))
                .extract().path("next");
        given().queryParam("pair", "GE-AM").queryParam("limit", 1).queryParam("after", next).get("/timeline/events")
                .then().statusCode(200).body("events.type", contains("VISIT")).body("next", nullValue());
        given().queryParam("pair", "GE-AM").queryParam("limit", 20_001).get("/timeline/events").then().statusCode(400);
        given().queryParam("pair", "AM-GE").queryParam("sector", "trade").get("/timeline/events").then()
                .body("events.type", contains("AGREEMENT"));
        given().queryParam("pair", "AM-GEO").get("/timeline/events").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("pair"));
    }

    @Test
    void largeAnswersGoGzippedToClientsThatAcceptIt_andAsWrittenToOthers() {
        // a pair of its own: the tests share one database, and others write events of Bhutan and Nepal
        String text = "Lesotho and Eswatini met. ".repeat(20);
        Article a = WebFixtures.article(articles, store, "Maseru, Mbabane", "2024-06-01", text);
        List<ExtractedEvent> many = new ArrayList<>();
        for (int day = 1; day <= 20; day++) {
            many.add(event(EventType.MEETING, EventStatus.OCCURRED, "LS", "SZ", WebFixtures.day(2024, 5, day),
                    Set.of("diplomacy"), List.of(), "Lesotho and Eswatini hold their talks on the border, day " + day,
                    evidence(Span.Field.TEXT, text, "Lesotho and Eswatini met.",
                            "2024-05-" + (day < 10 ? "0" : "") + day, "trigger:met")));
        }
        WebFixtures.record(store, a.id, many);
        for (String path : List.of("/timeline/events?pair=LS-SZ", "/api/events/histogram?pair=LS-SZ&interval=day")) {
            // REST Assured unzips what it is sent, as a browser does
            String zipped = given().header("Accept-Encoding", "gzip").get(path).then().statusCode(200)
                    .header("Content-Encoding", "gzip").header("Vary", "Accept-Encoding")
                    .contentType(containsString("application/json")).extract().asString();
            // without its decoders REST Assured adds no Accept-Encoding of its own
            String plain = given().config(RestAssured.config().decoderConfig(DecoderConfig.decoderConfig()
                            .noContentDecoders())).header("Accept-Encoding", "identity").get(path).then().statusCode(200)
                    .header("Content-Encoding", nullValue()).contentType(containsString("application/json"))
                    .extract().asString();
            org.junit.jupiter.api.Assertions.assertEquals(plain, zipped, path);
        }
        // pages are gzipped on the fly
        given().header("Accept-Encoding", "gzip").accept("text/html").get("/").then().statusCode(200)
                .header("Content-Encoding", "gzip").body(containsString("Country pairs"));
        given().header("Accept-Encoding", "gzip").get("/timeline/events?pair=LS-SZ").then()
                .body("total", equalTo(20)).body("events[19].summary", containsString("day 20"));
        given().header("Accept-Encoding", "gzip").get("/api/events/histogram?pair=LS-SZ&interval=day").then()
                .body("interval", equalTo("day")).body("by", equalTo("pair")).body("buckets.size()", equalTo(20));
    }

    @Test
    void pagesAreHtmlAndKeepTheirFiltersInTheForm() {
        given().accept("text/html").get("/").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("Country pairs"));
        given().accept("text/html").queryParam("pair", "ir-ru").queryParam("type", "MEETING,CALL")
                .queryParam("q", "\"><script>alert(1)</script>").get("/timeline").then().statusCode(200)
                .body(containsString("value=\"MEETING\" checked"))
                .body(containsString("value=\"CALL\" checked"))
                .body(containsString("&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"))
                .body(not(containsString("<script>alert(1)")))
                // no inline script anywhere: a Content-Security-Policy without 'unsafe-inline' will hold
                .body(not(containsString("<script>")))
                .body(not(containsString("onclick=")));
        given().accept("text/html").get("/articles/0").then().statusCode(404).contentType(containsString("text/html"));
    }

    @Test
    void theScriptsAndD3AreServed() {
        given().get("/js/timeline.js").then().statusCode(200);
        given().get("/css/dyadline.css").then().statusCode(200);
        given().get("/webjars/d3/dist/d3.min.js").then().statusCode(200);
    }
}
