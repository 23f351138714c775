package io.dyadline.web;

import io.dyadline.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/** The pages' curation forms: CSRF tokens, roles, going back, refusals, the review queue and the dashboard. */
@QuarkusTest
class CurationPagesTest {

    private static long event(String day) {
        return Api.editor().contentType(ContentType.JSON)
                .body(Map.of("title", "Ghana, Togo talk power", "publishedAt", day,
                        "text", "Ghana and Togo met in Accra on Monday to discuss electricity trade. " + day))
                .post("/api/articles").then().statusCode(201).extract().jsonPath().getLong("events[0].id");
    }

    @Test
    void theFormsNeedTheirCsrfTokenAndAnAnalyst() {
        long id = event("2015-06-10");
        var analyst = Api.account("page.analyst", "analyst");
        // anonymous and editors see the state, not the actions
        given().get("/curation/events/" + id + "/actions").then().statusCode(200)
                .body(containsString("Extracted, not reviewed")).body(not(containsString("curation-actions")));
        Api.editor().get("/curation/events/" + id + "/actions").then().statusCode(200)
                .body(not(containsString("curation-actions")));
        Response fragment = Api.as("page.analyst", "page.analyst-test-password")
                .get("/curation/events/" + id + "/actions?back=/timeline");
        fragment.then().statusCode(200).body(containsString("curation-actions"));
        String csrf = fragment.cookie("csrf-token");
        String token = fragment.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value");

        given().cookie("csrf-token", csrf).formParam("csrf-token", token).formParam("back", "/timeline")
                .post("/curation/events/" + id + "/confirm").then().statusCode(401);
        Api.editor().cookie("csrf-token", csrf).formParam("csrf-token", token).formParam("back", "/timeline")
                .post("/curation/events/" + id + "/confirm").then().statusCode(403);
        analyst.formParam("back", "/timeline").post("/curation/events/" + id + "/confirm").then().statusCode(400);
        Api.as("page.analyst", "page.analyst-test-password").redirects().follow(false).cookie("csrf-token", csrf)
                .formParam("csrf-token", token).formParam("back", "https://elsewhere.example/")
                .post("/curation/events/" + id + "/confirm").then().statusCode(303).header("Location", endsWithPath("/"));
        given().get("/api/events/" + id).then().body("curation.state", equalTo("CONFIRMED"));

        // a refusal is a page that says why
        Api.as("page.analyst", "page.analyst-test-password").cookie("csrf-token", csrf).formParam("csrf-token", token)
                .formParam("back", "/timeline").post("/curation/events/" + id + "/reject").then().statusCode(422)
                .contentType(ContentType.HTML).body(containsString("note"));
        Api.as("page.analyst", "page.analyst-test-password").cookie("csrf-token", csrf).formParam("csrf-token", token)
                .formParam("date", "2015-02-30").formParam("dateWas", "").formParam("back", "/timeline")
                .post("/curation/events/" + id + "/edit").then().statusCode(422).body(containsString("date"));
        given().get("/curation/events/" + id + "/history").then().statusCode(200).body(containsString("CONFIRM"))
                .body(containsString("page.analyst"));
    }

    @Test
    void theReviewQueueIsForAnalystsAndTheDashboardCountsReviewedEvents() {
        long id = event("2015-07-15");
        given().redirects().follow(false).accept(ContentType.HTML).get("/review").then().statusCode(303)
                .header("Location", startsWith("/login?next="));
        Api.editor().get("/review").then().statusCode(403);
        // the extractor gives this event a confidence below 0.8: it is queued until someone decides
        Api.account("queue.analyst", "analyst").get("/review").then().statusCode(200)
                .body(containsString("data-event-id=\"" + id + "\"")).body(containsString("low confidence"));
        Api.as("queue.analyst", "queue.analyst-test-password").contentType(ContentType.JSON).body("{}")
                .post("/api/events/" + id + "/confirm").then().statusCode(200);
        Api.as("queue.analyst", "queue.analyst-test-password").get("/review").then().statusCode(200)
                .body(not(containsString("data-event-id=\"" + id + "\"")));
        given().get("/?country=GH").then().statusCode(200).body(containsString("Reviewed"))
                .body(containsString("confirmed or corrected"));
    }

    private static org.hamcrest.Matcher<String> endsWithPath(String path) {
        return org.hamcrest.Matchers.endsWith(path);
    }
}
