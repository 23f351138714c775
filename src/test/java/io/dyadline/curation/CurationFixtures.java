package io.dyadline.curation;

import io.dyadline.Api;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static io.dyadline.Api.editor;

/** Articles with one event each, on days no other test uses, and the analyst who curates them. */
final class CurationFixtures {

    private static final AtomicInteger WEEK = new AtomicInteger();

    private CurationFixtures() {
    }

    /** A Wednesday of its own, for an article whose event no other test's article joins. */
    static String freshDay() {
        return LocalDate.of(2012, 1, 4).plusWeeks(WEEK.incrementAndGet()).toString();
    }

    static RequestSpecification analyst() {
        return Api.account("analyst1", "analyst");
    }

    /** Posts an article and answers it; its events are under "events". */
    static Response article(String title, String text, String published) {
        return editor().contentType(ContentType.JSON)
                .body(Map.of("title", title, "publishedAt", published, "text", text))
                .post("/api/articles").then().statusCode(201).extract().response();
    }

    /** The id of the one event an article about Germany and Brazil meeting reports. */
    static long meeting(String published, String extra) {
        Response a = article("Germany and Brazil talk energy " + extra,
                "Germany and Brazil met in Berlin on Monday to discuss energy cooperation. " + extra, published);
        return a.jsonPath().getLong("events[0].id");
    }

    static String etag(long id) {
        return io.restassured.RestAssured.given().get("/api/events/" + id).then().statusCode(200).extract().header("ETag");
    }
}
