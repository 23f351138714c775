package io.dyadline.event;

import io.dyadline.TestFiles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static io.dyadline.Api.editor;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The seed article through the service: its five gold events, and nothing that the gold forbids. */
@QuarkusTest
public class SeedEventsTest {

    @Test
    void postingTheSeedAnswersWithItsFiveEvents() throws Exception {
        List<Map<String, Object>> events = editor().contentType("text/plain")
                .body(TestFiles.article("seed.txt")).post("/api/articles")
                .then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(201), equalTo(200)))
                .body("events.pair", everyItem(equalTo("IR-RU")))
                .body("events.evidence.flatten().articleId", everyItem(notNullValue()))
                .extract().path("events");
        assertHas(events, "MEETING", "OCCURRED", "2023-09-24", "DAY");
        assertHas(events, "MEETING", "PLANNED", "2023-09-25", "DAY");
        assertHas(events, "MEETING", "OCCURRED", "2022-11-01", "MONTH");
        assertHas(events, "MEETING", "OCCURRED", "2023-05-01", "MONTH");
        assertHas(events, "WORKING_GROUP", "OCCURRED", "2016-01-01", "YEAR");
        Map<String, Object> since = events.stream().filter(e -> e.get("type").equals("WORKING_GROUP")
                && date(e).get("start").equals("2016-01-01")).findFirst().orElseThrow();
        assertEquals("2016/..", date(since).get("edtf"));
        // one event per real-world event: the Sunday meeting gathers the headline, the lead and its restatements
        Map<String, Object> sunday = events.stream().filter(e -> date(e).get("start").equals("2023-09-24")).findFirst().orElseThrow();
        List<?> evidence = (List<?>) sunday.get("evidence");
        assertTrue(evidence.size() >= 3, "headline, lead and the 'met ... on Sunday' sentence: " + evidence.size());
        assertTrue(events.size() <= 8, "the five required events and at most the three optional ones: " + events.size());
    }

    @Test
    void extractReturnsTheSeedsTimeExpressionsAndEventsWithoutStoringThem() throws Exception {
        String text = new String(TestFiles.article("seed.txt"), StandardCharsets.UTF_8);
        String body = text.substring(text.indexOf("TEHRAN"));
        long before = given().get("/api/events").then().extract().<Number>path("total").longValue();
        editor().contentType(ContentType.JSON)
                .body(Map.of("text", body, "publishedAt", "2023-09-24"))
                .post("/api/extract").then().statusCode(200)
                .body("timexes.find { it.text == 'Sunday' }.value", equalTo("2023-09-24"))
                .body("timexes.find { it.text == 'Sunday' }.type", equalTo("DATE"))
                .body("timexes.find { it.text == 'November 2022' }.value", equalTo("2022-11"))
                .body("timexes.find { it.text == '2016' }.value", equalTo("2016"))
                .body("timexes.find { it.text == 'Sunday' }.start", equalTo(body.indexOf("Sunday")))
                .body("events.size()", greaterThanOrEqualTo(5))
                .body("events.pair", everyItem(equalTo("IR-RU")))
                .body("events.date.edtf", hasItems("2023-09-24", "2023-09-25", "2022-11", "2023-05", "2016/.."));
        assertEquals(before, given().get("/api/events").then().extract().<Number>path("total").longValue());
    }

    @Test
    void withoutAPublicationDateRelativeDatesStayUnresolved() {
        editor().contentType(ContentType.JSON)
                .body(Map.of("text", "Iran and Russia will sign the agreement in May, officials said."))
                .post("/api/extract").then().statusCode(200)
                .body("timexes.value", hasItem("XXXX-05"))
                .body("timexes.value", not(hasItem(org.hamcrest.Matchers.startsWith("20"))));
    }

    @Test
    void extractRefusesBadInput() {
        editor().contentType(ContentType.JSON).body("{}").post("/api/extract").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("text"));
        editor().contentType(ContentType.JSON).body("{\"text\":\"x\",\"publishedAt\":\"2023-02-30\"}").post("/api/extract")
                .then().statusCode(422).body("violations[0].field", equalTo("publishedAt"));
        editor().contentType(ContentType.JSON).body("{\"text\":").post("/api/extract").then().statusCode(400)
                .contentType("application/problem+json");
        editor().contentType("text/plain").body("Iran").post("/api/extract").then().statusCode(415);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> date(Map<String, Object> event) {
        return (Map<String, Object>) event.get("date");
    }

    private static void assertHas(List<Map<String, Object>> events, String type, String status, String start, String precision) {
        boolean found = events.stream().anyMatch(e -> e.get("type").equals(type) && e.get("status").equals(status)
                && date(e).get("start").equals(start) && date(e).get("precision").equals(precision));
        assertTrue(found, type + " " + status + " " + start + " " + precision + " in " + events.stream()
                .map(e -> e.get("type") + " " + e.get("status") + " " + date(e)).toList());
    }
}
