package io.dyadline.article;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.dyadline.Api.editor;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
public class ArticleResourceTest {

    static final String PROBLEM = "application/problem+json";

    static String unique(String text) {
        return text + " Ref " + UUID.randomUUID() + ".";
    }

    @Test
    void seedIsStoredOnceAndReadBack() throws Exception {
        byte[] seed = ArticleFormatTest.resource("seed.txt");
        Response first = editor().contentType("text/plain; charset=utf-8").body(seed)
                .post("/api/articles");
        // the seed may have been stored by another test already: then this is the 200 answer
        int id = first.then().contentType(ContentType.JSON)
                .body("title", equalTo("Tehran, Moscow discuss telecom cooperation"))
                .body("publishedAt", equalTo("2023-09-24"))
                .body("text", startsWith("TEHRAN – Iran and Russia"))
                .body("contentHash", notNullValue())
                .extract().path("id");
        editor().contentType("text/plain").body(seed).post("/api/articles")
                .then().statusCode(200).body("id", equalTo(id));
        given().get("/api/articles/" + id).then().statusCode(200)
                .body("title", equalTo("Tehran, Moscow discuss telecom cooperation"))
                .body("mediaType", equalTo("text/plain"));
    }

    @Test
    void newContentAnswers201WithLocation() {
        String text = unique("Iran and Oman discussed avenues for increased cooperation in shipping.");
        Response created = editor().contentType(ContentType.JSON)
                .body("{\"title\":\"Iran, Oman discuss shipping\",\"publishedAt\":\"2023-09-24\",\"text\":\"" + text + "\"}")
                .post("/api/articles");
        created.then().statusCode(201).header("Location", endsWith("/api/articles/" + created.path("id")))
                .body("title", equalTo("Iran, Oman discuss shipping"))
                .body("publishedAt", equalTo("2023-09-24"));
        editor().contentType(ContentType.JSON)
                .body("{\"title\":\"Iran, Oman discuss shipping\",\"publishedAt\":\"2023-09-24\",\"text\":\"" + text + "\"}")
                .post("/api/articles").then().statusCode(200).body("id", equalTo(created.<Integer>path("id")));
    }

    @Test
    void readsMarkdownAndHtml() throws Exception {
        editor().contentType("text/markdown").body(ArticleFormatTest.resource("readout.md")).post("/api/articles")
                .then().statusCode(anyOf201or200())
                .body("publishedAt", equalTo("2021-01-26"))
                .body("url", equalTo("https://example.gov/briefing-room/2021/01/26/readout-call/"));
        editor().contentType("text/html").body(ArticleFormatTest.resource("page.html")).post("/api/articles")
                .then().statusCode(anyOf201or200())
                .body("title", equalTo("Iran, Azerbaijan discuss expansion of energy ties"))
                .body("publishedAt", equalTo("2022-04-18"))
                .body("text", not(org.hamcrest.Matchers.containsString("newsletter")));
    }

    private static org.hamcrest.Matcher<Integer> anyOf201or200() {
        return org.hamcrest.Matchers.anyOf(is(201), is(200));
    }

    @Test
    void concurrentPostsOfTheSameContentMakeOneArticle() throws Exception {
        String body = "{\"title\":\"Race\",\"text\":\"" + unique("Iran and Iraq signed a memorandum on electricity.") + "\"}";
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<Response>> posts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            posts.add(() -> editor().contentType(ContentType.JSON).body(body).post("/api/articles"));
        }
        List<Integer> statuses = new ArrayList<>();
        List<Integer> ids = new ArrayList<>();
        for (Future<Response> f : pool.invokeAll(posts)) {
            statuses.add(f.get().statusCode());
            ids.add(f.get().path("id"));
        }
        pool.shutdown();
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(7, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertEquals(1, ids.stream().distinct().count(), ids.toString());
    }

    @Test
    void listsArticlesNewestFirstInPages() {
        editor().contentType(ContentType.JSON).body("{\"publishedAt\":\"2999-01-01\",\"text\":\"" + unique("Newest.") + "\"}")
                .post("/api/articles").then().statusCode(201);
        given().queryParam("size", 2).get("/api/articles").then().statusCode(200)
                .body("page", equalTo(0)).body("size", equalTo(2))
                .body("items.size()", lessThanOrEqualTo(2))
                .body("items[0].publishedAt", equalTo("2999-01-01"))
                .body("total", greaterThanOrEqualTo(1))
                .body("items[0].text", nullValue());
    }

    @Test
    void emptyOrMissingTextIsA400NamingTheField() {
        editor().contentType(ContentType.JSON).body("{\"title\":\"No text\"}").post("/api/articles")
                .then().statusCode(400).contentType(PROBLEM)
                .body("status", equalTo(400)).body("violations.field", hasItem("text"));
        editor().contentType("text/plain").body("   \n\n  ").post("/api/articles")
                .then().statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("text"));
    }

    @Test
    void malformedJsonIsA400() {
        editor().contentType(ContentType.JSON).body("{\"text\": \"unterminated").post("/api/articles")
                .then().statusCode(400).contentType(PROBLEM).body("title", equalTo("Bad request"))
                .body("detail", startsWith("Malformed JSON"));
        editor().contentType(ContentType.JSON).body("[1,2,3]").post("/api/articles")
                .then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void aDateThatDoesNotExistIsA422() {
        editor().contentType(ContentType.JSON).body("{\"publishedAt\":\"2023-02-30\",\"text\":\"Body.\"}")
                .post("/api/articles").then().statusCode(422).contentType(PROBLEM)
                .body("violations[0].field", equalTo("publishedAt"));
        editor().contentType(ContentType.JSON).body("{\"publishedAt\":\"04/09/2023\",\"text\":\"Body.\"}")
                .post("/api/articles").then().statusCode(422).contentType(PROBLEM)
                .body("detail", startsWith("Ambiguous date"));
    }

    @Test
    void textThatIsNotUtf8IsA400() {
        byte[] latin1 = "Caf\u00e9 diplomacy in Paris and Rome.".getBytes(StandardCharsets.ISO_8859_1);
        editor().contentType("text/plain").body(latin1).post("/api/articles")
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("body"));
    }

    @Test
    void anUnreadMediaTypeIsA415() {
        editor().contentType("application/pdf").body(new byte[]{1, 2, 3}).post("/api/articles")
                .then().statusCode(415).contentType(PROBLEM).body("status", equalTo(415));
    }

    @Test
    void aBodyOverTheLimitIsA413AndNothingIsStored() {
        long before = given().get("/api/articles").then().extract().<Number>path("total").longValue();
        byte[] big = new byte[5 * 1024 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        editor().contentType("text/plain").body(big).post("/api/articles")
                .then().statusCode(413).contentType(PROBLEM).body("status", equalTo(413));
        long after = given().get("/api/articles").then().extract().<Number>path("total").longValue();
        assertEquals(before, after);
    }

    @Test
    void anUnknownIdIsA404() {
        given().get("/api/articles/987654321").then().statusCode(404).contentType(PROBLEM)
                .body("detail", equalTo("No article with id 987654321"));
        given().get("/api/articles/not-a-number").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void pagingOutOfRangeIsA400() {
        given().queryParam("size", 501).get("/api/articles").then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("size"));
        given().queryParam("page", -1).get("/api/articles").then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("page"));
    }

    @Test
    void noStackTraceInAnyProblem() {
        editor().contentType(ContentType.JSON).body("{\"text\": {\"deep\": [[[[1]]]]}}").post("/api/articles")
                .then().statusCode(400).contentType(PROBLEM)
                .body(not(org.hamcrest.Matchers.containsString("at io.")));
    }

    @Test
    void serviceEndpointsAnswer() {
        given().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/articles'.post.responses.keySet()", everyItem(notNullValue()))
                .body("paths.'/api/articles'.post.responses.'413'", notNullValue());
    }
}
