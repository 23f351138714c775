package io.dyadline.curation;

import io.dyadline.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.dyadline.Api.editor;
import static io.dyadline.curation.CurationFixtures.analyst;
import static io.dyadline.curation.CurationFixtures.etag;
import static io.dyadline.curation.CurationFixtures.freshDay;
import static io.dyadline.curation.CurationFixtures.meeting;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Every curation action and its errors, through the API. */
@QuarkusTest
public class CurationApiTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String MERGE_PATCH = "application/merge-patch+json; charset=UTF-8";

    @Test
    void everyEventShowsItsCurationExtractedUntilAnAnalystDecides() {
        long id = meeting(freshDay(), "shown");
        given().get("/api/events/" + id).then().statusCode(200).header("ETag", notNullValue())
                .body("curation.state", equalTo("EXTRACTED")).body("curation.by", nullValue())
                .body("evidence[0].id", notNullValue());
        given().get("/api/events?pair=BR-DE&size=500").then().statusCode(200)
                .body("items.curation.state", hasItem("EXTRACTED"));
    }

    @Test
    void curationNeedsAnAnalyst() {
        long id = meeting(freshDay(), "access");
        given().contentType(ContentType.JSON).body("{}").post("/api/events/" + id + "/confirm").then().statusCode(401)
                .contentType(PROBLEM).header("WWW-Authenticate", notNullValue());
        given().contentType(MERGE_PATCH).body("{\"summary\":\"x\"}").patch("/api/events/" + id).then().statusCode(401);
        editor().contentType(ContentType.JSON).body("{}").post("/api/events/" + id + "/confirm").then().statusCode(403)
                .contentType(PROBLEM);
        Api.account("reader1", "reader").contentType(ContentType.JSON).body("{\"note\":\"no\"}")
                .post("/api/events/" + id + "/reject").then().statusCode(403);
        Api.account("reader1", "reader").contentType(MERGE_PATCH).body("{\"summary\":\"x\"}")
                .patch("/api/events/" + id).then().statusCode(403);
        given().get("/api/events/" + id).then().body("curation.state", equalTo("EXTRACTED"));
        // the admin holds every role
        Api.admin().contentType(ContentType.JSON).body("{}").post("/api/events/" + id + "/confirm").then().statusCode(200)
                .body("curation.by", equalTo("admin"));
    }

    @Test
    void unknownEventsAre404() {
        for (String action : List.of("confirm", "reject", "merge", "split", "revert")) {
            analyst().contentType(ContentType.JSON).body("{\"note\":\"n\",\"with\":[1],\"evidence\":[1],\"revision\":0}")
                    .post("/api/events/987654321/" + action).then().statusCode(404).contentType(PROBLEM);
        }
        analyst().contentType(MERGE_PATCH).body("{\"summary\":\"x\"}").patch("/api/events/987654321").then().statusCode(404);
        given().get("/api/events/987654321/history").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void confirmingKeepsWhoWhenAndTheNote() {
        long id = meeting(freshDay(), "confirm");
        analyst().contentType(ContentType.JSON).body(Map.of("note", "checked against the ministry's readout"))
                .post("/api/events/" + id + "/confirm").then().statusCode(200).contentType(ContentType.JSON)
                .header("ETag", notNullValue())
                .body("curation.state", equalTo("CONFIRMED")).body("curation.by", equalTo("analyst1"))
                .body("curation.at", notNullValue()).body("curation.note", equalTo("checked against the ministry's readout"))
                .body("curation.needsReview", equalTo(false));
        given().get("/api/events?pair=BR-DE&curation=CONFIRMED&size=500").then().statusCode(200)
                .body("items.id", hasItem((int) id)).body("items.curation.state", not(hasItem("EXTRACTED")));
    }

    @Test
    void aRejectedEventLeavesTheListsUnlessAskedFor() {
        String day = freshDay();
        long id = meeting(day, "reject");
        analyst().contentType(ContentType.JSON).body("{}").post("/api/events/" + id + "/reject").then().statusCode(422)
                .contentType(PROBLEM).body("violations[0].field", equalTo("note"));
        analyst().contentType(ContentType.JSON).body(Map.of("note", "a courtesy call, not a meeting"))
                .post("/api/events/" + id + "/reject").then().statusCode(200)
                .body("curation.state", equalTo("REJECTED")).body("curation.note", equalTo("a courtesy call, not a meeting"));
        String window = "&from=" + day + "&to=" + day;
        java.time.LocalDate d = java.time.LocalDate.parse(day);
        window = "&from=" + d.minusDays(7) + "&to=" + d;
        given().get("/api/events?pair=BR-DE&size=500" + window).then().statusCode(200).body("items.id", not(hasItem((int) id)));
        given().get("/api/events?pair=BR-DE&size=500&curation=REJECTED" + window).then().statusCode(200)
                .body("items.id", hasItem((int) id));
        given().get("/api/events?pair=BR-DE&size=500&curation=any" + window).then().statusCode(200)
                .body("items.id", hasItem((int) id));
        given().get("/api/events?curation=maybe").then().statusCode(400).body("violations[0].field", equalTo("curation"));
        given().get("/api/events/" + id).then().statusCode(200).body("curation.state", equalTo("REJECTED"));
    }

    @Test
    void aPatchCorrectsFieldsAndShowsWhatTheExtractorProposed() {
        long id = meeting(freshDay(), "patch");
        String proposedStart = given().get("/api/events/" + id).then().extract().path("date.start");
        analyst().contentType(MERGE_PATCH).header("If-Match", etag(id))
                .body(Map.of("date", "2012-03-05", "type", "VISIT", "sectors", List.of("energy", "trade"),
                        "location", "Brasília", "note", "the visit was a week later"))
                .patch("/api/events/" + id).then().statusCode(200)
                .body("date.start", equalTo("2012-03-05")).body("date.precision", equalTo("DAY"))
                .body("date.source", equalTo("curation"))
                .body("type", equalTo("VISIT")).body("sectors", equalTo(List.of("energy", "trade")))
                .body("location", equalTo("Brasília"))
                .body("curation.state", equalTo("CORRECTED")).body("curation.note", equalTo("the visit was a week later"))
                .body("curation.proposed.date.start", equalTo(proposedStart))
                .body("curation.proposed.type", equalTo("MEETING"));
        // a month, or a range with its precision
        analyst().contentType(MERGE_PATCH).body(Map.of("date", "2012-03")).patch("/api/events/" + id).then()
                .statusCode(200).body("date.start", equalTo("2012-03-01")).body("date.end", equalTo("2012-03-31"))
                .body("date.edtf", equalTo("2012-03")).body("date.precision", equalTo("MONTH"));
        analyst().contentType(MERGE_PATCH).body(Map.of("initiator", "de")).patch("/api/events/" + id).then()
                .statusCode(200).body("initiator", equalTo("DE")).body("target", equalTo("BR"));
        analyst().contentType(MERGE_PATCH).body(Map.of("initiator", "FR")).patch("/api/events/" + id).then()
                .statusCode(422).body("violations[0].field", equalTo("initiator"));
        analyst().contentType(MERGE_PATCH).body("{\"initiator\": null}").patch("/api/events/" + id).then()
                .statusCode(200).body("initiator", equalTo(null)).body("target", equalTo(null));
        analyst().contentType(ContentType.JSON).body(Map.of("countries", List.of("DE", "AR")))
                .patch("/api/events/" + id).then().log().ifValidationFails().statusCode(200).body("pair", equalTo("AR-DE"))
                .body("countries", equalTo(List.of("AR", "DE")));
    }

    @Test
    void invalidPatchesAre422AndChangeNothing() {
        long id = meeting(freshDay(), "invalid");
        String before = etag(id);
        Map<String, Object> bad = Map.of(
                "date", "2012-02-30",
                "type", "PICNIC",
                "status", "MAYBE",
                "pair", "DE-DE",
                "sectors", List.of("astrology"),
                "summary", "",
                "actors", List.of(),
                "id", 5);
        bad.forEach((field, value) -> analyst().contentType(MERGE_PATCH).body(Map.of(field, value))
                .patch("/api/events/" + id).then().statusCode(422).contentType(PROBLEM)
                .body("violations[0].field", equalTo(field)));
        analyst().contentType(MERGE_PATCH).body(Map.of("date", Map.of("start", "2012-03-09", "end", "2012-03-01")))
                .patch("/api/events/" + id).then().statusCode(422).body("violations[0].field", equalTo("date"));
        analyst().contentType(MERGE_PATCH).body("{\"note\":\"nothing\"}").patch("/api/events/" + id).then().statusCode(422);
        analyst().contentType(MERGE_PATCH).body("[1,2]").patch("/api/events/" + id).then().statusCode(400);
        analyst().contentType(MERGE_PATCH).body("{not json").patch("/api/events/" + id).then().statusCode(400);
        org.junit.jupiter.api.Assertions.assertEquals(before, etag(id), "a refused patch changes nothing");
    }

    @Test
    void aStaleIfMatchIs412AndNeverOverwrites() {
        long id = meeting(freshDay(), "stale");
        String first = etag(id);
        analyst().contentType(MERGE_PATCH).header("If-Match", first).body(Map.of("summary", "First analyst's summary"))
                .patch("/api/events/" + id).then().statusCode(200);
        String second = etag(id);
        assertNotEquals(first, second);
        analyst().contentType(MERGE_PATCH).header("If-Match", first).body(Map.of("summary", "Second analyst's summary"))
                .patch("/api/events/" + id).then().statusCode(412).contentType(PROBLEM);
        analyst().contentType(ContentType.JSON).header("If-Match", first).body("{}")
                .post("/api/events/" + id + "/confirm").then().statusCode(412);
        given().get("/api/events/" + id).then().body("summary", equalTo("First analyst's summary"));
        analyst().contentType(MERGE_PATCH).header("If-Match", second).body(Map.of("summary", "Second analyst's summary"))
                .patch("/api/events/" + id).then().statusCode(200).body("summary", equalTo("Second analyst's summary"));
    }

    @Test
    void mergedEventsAnswerWithTheSurvivor() {
        long a = meeting(freshDay(), "merge one");
        long b = meeting(freshDay(), "merge two");
        long c = meeting(freshDay(), "merge three");
        analyst().contentType(ContentType.JSON).body(Map.of("with", List.of(a))).post("/api/events/" + a + "/merge")
                .then().statusCode(422).body("violations[0].field", equalTo("with"));
        analyst().contentType(ContentType.JSON).body(Map.of("with", List.of(987654321))).post("/api/events/" + a + "/merge")
                .then().statusCode(422);
        analyst().contentType(ContentType.JSON).body(Map.of("with", List.of(b, c), "note", "one meeting, reported thrice"))
                .post("/api/events/" + a + "/merge").then().statusCode(200)
                .body("id", equalTo((int) a)).body("evidenceCount", equalTo(3)).body("sourceCount", equalTo(3))
                .body("curation.state", equalTo("CORRECTED"));
        given().redirects().follow(false).get("/api/events/" + b).then().statusCode(301)
                .header("Location", endsWith("/api/events/" + a));
        given().redirects().follow(false).get("/api/events/" + c + "/history").then().statusCode(301)
                .header("Location", endsWith("/api/events/" + a + "/history"));
        given().get("/api/events/" + b).then().statusCode(200).body("id", equalTo((int) a));
        analyst().contentType(ContentType.JSON).body("{}").post("/api/events/" + b + "/confirm").then().statusCode(409)
                .header("Location", endsWith("/api/events/" + a));
        analyst().contentType(ContentType.JSON).body(Map.of("with", List.of(b))).post("/api/events/" + a + "/merge")
                .then().statusCode(422).body("detail", containsString("merged"));
        given().get("/api/events/" + a + "/history").then().statusCode(200)
                .body("[0].action", equalTo("MERGE")).body("[0].changes.merged.to", equalTo(List.of((int) b, (int) c)));
    }

    @Test
    void splitEvidenceBecomesAnEventOfItsOwn() {
        String day = freshDay();
        long a = meeting(day, "split one");
        long b = meeting(day, "split two");
        org.junit.jupiter.api.Assertions.assertEquals(a, b, "two articles about one meeting make one event");
        given().get("/api/events/" + a).then().body("evidenceCount", equalTo(2));
        List<Integer> evidence = given().get("/api/events/" + a).then().extract().path("evidence.id");
        analyst().contentType(ContentType.JSON).body(Map.of("evidence", evidence)).post("/api/events/" + a + "/split")
                .then().statusCode(422).body("violations[0].field", equalTo("evidence"));
        analyst().contentType(ContentType.JSON).body(Map.of("evidence", List.of(123456789)))
                .post("/api/events/" + a + "/split").then().statusCode(422);
        int created = analyst().contentType(ContentType.JSON)
                .body(Map.of("evidence", List.of(evidence.get(1)), "note", "two meetings after all"))
                .post("/api/events/" + a + "/split").then().statusCode(201)
                .header("Location", containsString("/api/events/"))
                .body("evidenceCount", equalTo(1)).body("evidence[0].id", equalTo(evidence.get(1)))
                .body("curation.state", equalTo("CORRECTED")).extract().path("id");
        given().get("/api/events/" + a).then().body("evidenceCount", equalTo(1)).body("evidence[0].id", equalTo(evidence.get(0)));
        given().get("/api/events/" + created + "/history").then().body("[0].action", equalTo("SPLIT"))
                .body("[0].changes.splitFrom.to", equalTo((int) a));
    }

    @Test
    void theHistoryTellsWhoChangedWhatFromWhatToWhatAndRevertGoesBack() {
        long id = meeting(freshDay(), "history");
        given().get("/api/events/" + id + "/history").then().statusCode(200).body("$", empty());
        String start = given().get("/api/events/" + id).then().extract().path("date.start");
        analyst().contentType(MERGE_PATCH).body(Map.of("date", "2012-05-07", "note", "wrong week")).patch("/api/events/" + id)
                .then().statusCode(200);
        analyst().contentType(ContentType.JSON).body("{}").post("/api/events/" + id + "/confirm").then().statusCode(200);
        given().get("/api/events/" + id + "/history").then().statusCode(200).body("$", hasSize(2))
                .body("[0].number", equalTo(1)).body("[0].action", equalTo("PATCH")).body("[0].by", equalTo("analyst1"))
                .body("[0].at", notNullValue()).body("[0].note", equalTo("wrong week"))
                .body("[0].changes.date.from.start", equalTo(start)).body("[0].changes.date.to.start", equalTo("2012-05-07"))
                .body("[0].changes.state.from", equalTo("EXTRACTED")).body("[0].changes.state.to", equalTo("CORRECTED"))
                .body("[1].action", equalTo("CONFIRM")).body("[1].changes.state.to", equalTo("CONFIRMED"));
        analyst().contentType(ContentType.JSON).body(Map.of("revision", 1)).post("/api/events/" + id + "/revert")
                .then().statusCode(200).body("curation.state", equalTo("CORRECTED")).body("date.start", equalTo("2012-05-07"));
        analyst().contentType(ContentType.JSON).body(Map.of("revision", 0, "note", "as extracted"))
                .post("/api/events/" + id + "/revert").then().statusCode(200)
                .body("curation.state", equalTo("EXTRACTED")).body("date.start", equalTo(start));
        analyst().contentType(ContentType.JSON).body(Map.of("revision", 99)).post("/api/events/" + id + "/revert")
                .then().statusCode(422).body("violations[0].field", equalTo("revision"));
        given().get("/api/events/" + id + "/history").then().body("$", hasSize(4)).body("[3].action", equalTo("REVERT"))
                .body("[3].changes.date.to.start", equalTo(start));
    }
}
