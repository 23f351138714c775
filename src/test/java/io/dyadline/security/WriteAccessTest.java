package io.dyadline.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.dyadline.Api.editor;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class WriteAccessTest {

    static final String ARTICLE = "{\"text\":\"Iran and Oman discussed shipping on Wednesday, access test.\"}";

    @Test
    void writesWithoutCredentialsAre401AndStoreNothing() {
        long before = given().get("/api/articles").then().statusCode(200).extract().<Number>path("total").longValue();
        given().contentType(ContentType.JSON).body(ARTICLE).post("/api/articles").then().statusCode(401)
                .header("WWW-Authenticate", notNullValue());
        given().contentType("application/x-ndjson").body(ARTICLE.getBytes()).post("/api/articles/bulk").then().statusCode(401);
        given().contentType(ContentType.JSON).body("{\"path\":\"x\"}").post("/api/imports/folder").then().statusCode(401);
        given().post("/api/articles/1/reextract").then().statusCode(401);
        given().delete("/api/articles/1").then().statusCode(anyOf(is(401), is(405)));
        given().get("/api/articles").then().body("total", equalTo((int) before));
    }

    @Test
    void wrongCredentialsAre401() {
        given().auth().preemptive().basic("editor", "wrong").contentType(ContentType.JSON).body(ARTICLE)
                .post("/api/articles").then().statusCode(401);
        given().auth().preemptive().basic("admin", "editor-test-password").contentType(ContentType.JSON).body(ARTICLE)
                .post("/api/articles").then().statusCode(401);
    }

    @Test
    void theEditorMayWrite() {
        editor().contentType(ContentType.JSON).body(ARTICLE).post("/api/articles").then()
                .statusCode(anyOf(is(201), is(200)));
    }

    @Test
    void readsAndTheExtractorStayOpen() {
        given().get("/api/articles").then().statusCode(200);
        given().get("/api/events").then().statusCode(200);
        given().get("/api/pairs").then().statusCode(200);
        given().get("/api/sectors").then().statusCode(200);
        given().get("/q/health").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("text", "Iran and Russia met on Sunday.", "publishedAt", "2023-09-24"))
                .post("/api/extract").then().statusCode(200);
    }

    @Test
    void responsesCarryTheHardeningHeaders() {
        given().get("/api/events").then()
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self'"))
                .header("Content-Security-Policy", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("script-src 'self' 'unsafe-inline'")));
        given().get("/q/swagger-ui/").then().header("Content-Security-Policy", nullValue());
    }

    @Test
    void theUploadFormNeedsTheEditorAndItsCsrfToken() {
        given().multiPart("text", "Iran and Oman discussed shipping. csrf test").post("/articles").then().statusCode(401);
        editor().multiPart("text", "Iran and Oman discussed shipping. csrf test").post("/articles").then().statusCode(400);
        editor().formParam("text", "Iran and Oman discussed shipping. csrf test").post("/articles").then().statusCode(400);
    }
}
