package io.dyadline.common;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Errors that the HTTP layer answers before any resource runs are problem+json like all others. */
@QuarkusTest
class HttpErrorsTest {

    @Test
    void aRequestTargetOverTheLimitIs414WithAProblem() {
        given().queryParam("q", "a".repeat(HttpErrors.MAX_REQUEST_TARGET)).get("/api/events").then()
                .statusCode(414).contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(414)).body("title", equalTo("URI too long"))
                .body("instance", equalTo("/api/events"));
        // the same on a page and on the service's own endpoints
        given().queryParam("q", "b".repeat(20_000)).get("/timeline").then().statusCode(414).contentType(Problem.MEDIA_TYPE);
        given().queryParam("x", "c".repeat(20_000)).get("/q/health").then().statusCode(414).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void aLongQueryWithinTheLimitIsAValidationProblem() {
        given().queryParam("q", "telecom ".repeat(600)).get("/api/events").then()
                .statusCode(400).contentType(Problem.MEDIA_TYPE).body("violations[0].field", equalTo("q"));
    }

    @Test
    void headersOverTheLimitAre431WithAProblem() {
        given().header("X-Padding", "p".repeat(HttpErrors.MAX_HEADER_BYTES)).get("/api/events").then()
                .statusCode(431).contentType(Problem.MEDIA_TYPE).body("status", equalTo(431));
        given().header("X-A", "p".repeat(9_000)).header("X-B", "p".repeat(9_000)).get("/").then()
                .statusCode(431).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void aWriteWithoutCredentialsIs401WithAProblemAndAChallenge() {
        given().contentType(ContentType.JSON).body("{\"text\":\"x\"}").post("/api/articles").then()
                .statusCode(401).contentType(Problem.MEDIA_TYPE)
                .header("WWW-Authenticate", containsString("Basic realm=\"Dyadline\""))
                .body("status", equalTo(401)).body("instance", equalTo("/api/articles"));
    }

    @Test
    void wrongCredentialsAre401WithAProblem() {
        given().auth().preemptive().basic("editor", "wrong").contentType(ContentType.JSON).body("{\"text\":\"x\"}")
                .post("/api/articles").then().statusCode(401).contentType(Problem.MEDIA_TYPE)
                .header("WWW-Authenticate", containsString("Basic"));
        given().auth().preemptive().basic("editor", "wrong").get("/api/events").then()
                .statusCode(401).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void ordinaryRequestsPassTheLimits() {
        given().queryParam("q", "telecom").header("X-Trace", "t".repeat(2_000)).get("/api/events").then().statusCode(200);
    }
}
