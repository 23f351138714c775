package io.dyadline.bulk;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static io.dyadline.Api.editor;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
public class ImportResourceTest {

    static final String JSONL = "application/x-ndjson";

    static String line(String title, String text) {
        return "{\"title\":\"" + title + "\",\"publishedAt\":\"2023-09-24\",\"text\":\"" + text + "\"}";
    }

    @Test
    void importsJsonLinesReportingDuplicatesAndFailedLinesWithoutStopping() {
        String tag = UUID.randomUUID().toString();
        String body = line("A " + tag, "Iran and Oman discussed shipping. " + tag) + "\n"
                + line("B " + tag, "Iran and Iraq discussed power lines. " + tag) + "\n"
                + "\n"
                + line("A " + tag, "Iran and Oman discussed shipping. " + tag) + "\n"
                + "{\"title\": \"broken\n"
                + "{\"title\":\"no text\"}\r\n"
                + "{\"text\":\"Bad date\",\"publishedAt\":\"2023-02-30\"}";
        Response done = editor().contentType(JSONL).queryParam("wait", true).queryParam("name", "test.jsonl")
                .body(body.getBytes(StandardCharsets.UTF_8)).post("/api/articles/bulk");
        done.then().statusCode(200).contentType("application/json")
                .body("status", equalTo("DONE")).body("kind", equalTo("JSONL")).body("source", equalTo("test.jsonl"))
                .body("total", equalTo(6)).body("processed", equalTo(6))
                .body("created", equalTo(2)).body("duplicates", equalTo(1)).body("failed", equalTo(3))
                .body("failures.item", contains(5, 6, 7))
                .body("failures[0].reason", startsWith("Malformed JSON"))
                .body("failures[1].reason", startsWith("text:"))
                .body("failures[2].reason", startsWith("publishedAt:"));
        editor().contentType(JSONL).queryParam("wait", true).body(body.getBytes(StandardCharsets.UTF_8)).post("/api/articles/bulk")
                .then().statusCode(200).body("created", equalTo(0)).body("duplicates", equalTo(3));
    }

    @Test
    void withoutWaitAnswers202AndTheJobCanBePolledToTheEnd() throws InterruptedException {
        StringBuilder body = new StringBuilder();
        String tag = UUID.randomUUID().toString();
        for (int i = 0; i < 450; i++) {
            body.append(line("Item " + i + " " + tag, "Japan and Korea met on Monday about item " + i + ". " + tag)).append('\n');
        }
        Response accepted = editor().contentType(JSONL).body(body.toString().getBytes(StandardCharsets.UTF_8)).post("/api/articles/bulk");
        accepted.then().statusCode(202).header("Location", containsString("/api/imports/"))
                .body("total", equalTo(450));
        String location = accepted.header("Location");
        String status = "RUNNING";
        for (int i = 0; i < 300 && status.equals("RUNNING"); i++) {
            Thread.sleep(100);
            status = given().get(location).then().statusCode(200).extract().path("status");
        }
        given().get(location).then().body("status", equalTo("DONE")).body("processed", equalTo(450))
                .body("created", equalTo(450)).body("failed", equalTo(0));
        int id = Integer.parseInt(location.substring(location.lastIndexOf('/') + 1));
        given().queryParam("size", 1).get("/api/imports").then().statusCode(200).body("items.id", contains(id))
                .body("items[0].failures", org.hamcrest.Matchers.empty());
    }

    @Test
    void importsAFolderUnderTheRootAndRefusesPathsOutsideIt() throws Exception {
        Path root = Files.createDirectories(Path.of("target", "test-imports", "batch-" + UUID.randomUUID()));
        Files.writeString(root.resolve("a.txt"), "September 24, 2023\n\nSite\n\nHeadline " + root.getFileName()
                + "\n\nTEHRAN – Iran and Russia discussed avenues for cooperation in telecommunication on Sunday.\n");
        Files.writeString(root.resolve("b.json"), "{\"text\": \"Russia and Iran met. " + root.getFileName() + "\"}");
        Files.writeString(root.resolve("c.pdf"), "%PDF");
        Files.writeString(root.resolve("d.md"), "---\ndate: 2023-02-30\n---\nBody");
        editor().contentType("application/json").queryParam("wait", true)
                .body("{\"path\":\"" + root.getFileName() + "\"}").post("/api/imports/folder")
                .then().statusCode(200).body("kind", equalTo("FOLDER")).body("source", endsWith(root.getFileName().toString()))
                .body("total", equalTo(4)).body("created", equalTo(2)).body("failed", equalTo(2))
                .body("failures.name", contains("c.pdf", "d.md"));
        editor().contentType("application/json").body("{\"path\":\"../../pom.xml\"}").post("/api/imports/folder")
                .then().statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("path"));
        editor().contentType("application/json").body("{\"path\":\"no-such-folder\"}").post("/api/imports/folder")
                .then().statusCode(422).contentType("application/problem+json");
        editor().contentType("application/json").body("{}").post("/api/imports/folder").then().statusCode(400);
    }

    @Test
    void anUploadOverTheLimitIsA413AndLeavesNoJob() {
        long before = given().get("/api/imports").then().extract().<Number>path("total").longValue();
        byte[] big = new byte[1024 * 1024 + 10];
        java.util.Arrays.fill(big, (byte) '\n');
        editor().contentType(JSONL).body(big).post("/api/articles/bulk").then().statusCode(413)
                .contentType("application/problem+json");
        assertEquals(before, given().get("/api/imports").then().extract().<Number>path("total").longValue());
        given().get("/api/imports/987654").then().statusCode(404).contentType("application/problem+json");
    }
}
