package io.dyadline.event;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/** Who acts towards whom, quad classes and PLOVER codes in the API; the quad and initiator filters; a pair's activity. */
@QuarkusTest
public class DirectionApiTest {

    @Inject
    EventStore store;

    private static boolean recorded;

    static ExtractedEvent directed(EventType type, String cameo, String initiator, String target, LocalDate day,
                                   String sentence) {
        Evidence ev = new Evidence(Span.Field.TEXT, sentence, 0, sentence.length(),
                List.of(new Span(Span.Field.TEXT, 0, 3, "trigger", "trigger.test", type.name())));
        return new ExtractedEvent(type, EventStatus.OCCURRED, cameo, List.of(initiator, target),
                new EventDate(day, day, Precision.DAY, day.toString(), "test"), List.of(), Set.of("diplomacy"), null,
                sentence, 0.9, List.of(ev), List.of(), type == EventType.MEETING ? null : initiator,
                type == EventType.MEETING ? null : target);
    }

    @BeforeEach
    void events() {
        if (recorded) {
            return;
        }
        recorded = true;
        long a = EventApiTest.article("Direction fixture 1", "2022-03-20");
        long b = EventApiTest.article("Direction fixture 2", "2022-05-20");
        QuarkusTransaction.requiringNew().run(() -> store.record(a, List.of(
                directed(EventType.MEETING, "043", "MV", "SC", LocalDate.of(2022, 3, 2), "Maldives met Seychelles."),
                directed(EventType.PROTEST, "114", "MV", "SC", LocalDate.of(2022, 3, 9),
                        "Maldives summoned the Seychelles envoy."),
                directed(EventType.SANCTION, "166", "SC", "MV", LocalDate.of(2022, 3, 16),
                        "Seychelles expelled two Maldivian diplomats."))));
        QuarkusTransaction.requiringNew().run(() -> store.record(b, List.of(
                directed(EventType.FORCE, "171", "SC", "MV", LocalDate.of(2022, 5, 4),
                        "Seychelles seized a Maldivian ship."),
                directed(EventType.AID, "073", "MV", "SC", LocalDate.of(2022, 5, 11), "Maldives sent aid."))));
    }

    @Test
    void anEventSaysWhoActsTowardsWhomItsQuadAndItsPloverCode() {
        given().queryParam("pair", "SC-MV").queryParam("type", "SANCTION").get("/api/events").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].initiator", equalTo("SC"))
                .body("items[0].target", equalTo("MV"))
                .body("items[0].quad", equalTo("MATERIAL_CONFLICT"))
                .body("items[0].cameo", equalTo("166"))
                .body("items[0].plover.event", equalTo("SANCTION"))
                .body("items[0].plover.mode", equalTo("expel"));
        given().queryParam("pair", "MV-SC").queryParam("type", "MEETING").get("/api/events").then()
                .body("items[0].initiator", nullValue())
                .body("items[0].target", nullValue())
                .body("items[0].quad", equalTo("VERBAL_COOPERATION"))
                .body("items[0].plover.event", equalTo("CONSULT"));
    }

    @Test
    void quadAndInitiatorFilterTheList() {
        given().queryParam("pair", "MV-SC").queryParam("quad", "MATERIAL_CONFLICT").get("/api/events").then()
                .body("total", equalTo(2)).body("items.type", contains("SANCTION", "FORCE"));
        given().queryParam("pair", "MV-SC").queryParam("quad", "verbal_conflict,MATERIAL_COOPERATION")
                .get("/api/events").then().body("items.type", contains("PROTEST", "AID"));
        given().queryParam("pair", "MV-SC").queryParam("initiator", "mv").get("/api/events").then()
                .body("items.type", contains("PROTEST", "AID")).body("items.initiator", everyItem(equalTo("MV")));
        given().queryParam("pair", "MV-SC").queryParam("initiator", "SC").queryParam("quad", "VERBAL_CONFLICT")
                .get("/api/events").then().body("total", equalTo(0));
        given().queryParam("pair", "MV-SC").queryParam("type", "MEETING").queryParam("quad", "MATERIAL_CONFLICT")
                .get("/api/events").then().body("total", equalTo(0));
        given().queryParam("pair", "MV-SC").queryParam("quad", "MATERIAL_CONFLICT").get("/api/events.csv").then()
                .statusCode(200).body(containsString("SANCTION"), org.hamcrest.Matchers.not(containsString("MEETING")));
    }

    @Test
    void badDirectionFiltersAreProblems() {
        given().queryParam("quad", "HOSTILE").get("/api/events").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("quad"));
        given().queryParam("initiator", "Iran").get("/api/events").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("initiator"));
    }

    @Test
    void pairsCountTheirEventsByQuad() {
        given().queryParam("size", 500).get("/api/pairs").then().statusCode(200)
                .body("items.find { it.pair == 'MV-SC' }.quads.VERBAL_COOPERATION", equalTo(1))
                .body("items.find { it.pair == 'MV-SC' }.quads.MATERIAL_COOPERATION", equalTo(1))
                .body("items.find { it.pair == 'MV-SC' }.quads.VERBAL_CONFLICT", equalTo(1))
                .body("items.find { it.pair == 'MV-SC' }.quads.MATERIAL_CONFLICT", equalTo(2));
    }

    @Test
    void aPairsActivityCountsQuadsPerMonthOrYear() {
        given().get("/api/pairs/SC-MV/activity?by=month").then().statusCode(200).contentType(ContentType.JSON)
                .body("pair", equalTo("MV-SC")).body("by", equalTo("month"))
                .body("periods.period", contains("2022-03", "2022-05"))
                .body("periods[0].start", equalTo("2022-03-01"))
                .body("periods[0].counts.VERBAL_COOPERATION", equalTo(1))
                .body("periods[0].counts.VERBAL_CONFLICT", equalTo(1))
                .body("periods[0].counts.MATERIAL_CONFLICT", equalTo(1))
                .body("periods[0].counts.MATERIAL_COOPERATION", equalTo(0))
                .body("periods[1].counts.MATERIAL_CONFLICT", equalTo(1))
                .body("periods[1].counts.MATERIAL_COOPERATION", equalTo(1));
        given().get("/api/pairs/MV-SC/activity?by=year").then().statusCode(200)
                .body("periods", hasSize(1)).body("periods[0].period", equalTo("2022"))
                .body("periods[0].counts.MATERIAL_CONFLICT", equalTo(2));
        given().get("/api/pairs/MV-SC/activity").then().statusCode(200).body("by", equalTo("month"));
    }

    @Test
    void badActivityParametersAreProblems() {
        given().get("/api/pairs/MV-SC/activity?by=week").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("by"));
        given().get("/api/pairs/MVSC/activity").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("pair"));
    }
}
