package io.dyadline.article;

import io.dyadline.event.ExtractionService;
import io.dyadline.extraction.Document;
import io.dyadline.extraction.Extraction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.dyadline.Api.editor;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.startsWith;

/** An article whose extraction throws is still stored, flagged, counted, and put right by re-extraction. */
@QuarkusTest
class ExtractionFailureTest {

    /** An extractor that always fails, as a bug in a rule would make it. */
    static class BrokenExtraction extends ExtractionService {
        BrokenExtraction() {
            super(null);
        }

        @Override
        public Extraction extract(Document document) {
            throw new IllegalStateException("rule exploded");
        }

        @Override
        public String version() {
            return "broken";
        }
    }

    @Test
    void aFailingExtractionKeepsTheArticleAndIsRetried() {
        QuarkusMock.installMockForType(new BrokenExtraction(), ExtractionService.class);
        String text = "Iran and Russia discussed telecommunication on Sunday. " + UUID.randomUUID();
        int id = editor().contentType(ContentType.JSON)
                .body("{\"title\":\"Broken\",\"publishedAt\":\"2023-09-24\",\"text\":\"" + text + "\"}")
                .post("/api/articles").then().statusCode(201)
                .body("extraction.status", equalTo("FAILED"))
                .body("extraction.error", startsWith("IllegalStateException: rule exploded"))
                .body("eventCount", equalTo(0))
                .extract().path("id");
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'extraction' }.data.failedArticles", greaterThanOrEqualTo(1));
    }

    @Test
    void reextractionRepairsFlaggedArticles() {
        QuarkusMock.installMockForType(new BrokenExtraction(), ExtractionService.class);
        String text = "Iran and Russia discussed telecommunication on Sunday. " + UUID.randomUUID();
        int id = editor().contentType(ContentType.JSON)
                .body("{\"title\":\"Broken again\",\"publishedAt\":\"2023-09-24\",\"text\":\"" + text + "\"}")
                .post("/api/articles").then().statusCode(201).extract().path("id");
        // the real extractor is back for the next call only once the mock is gone: re-extract that article through it
        QuarkusMock.installMockForType(new ExtractionService(io.dyadline.extraction.Extractor.load()), ExtractionService.class);
        editor().contentType(ContentType.JSON).post("/api/articles/reextract").then().statusCode(200).body("articles", greaterThanOrEqualTo(1));
        given().get("/api/articles/" + id).then().statusCode(200)
                .body("extraction.status", equalTo("OK"))
                .body("eventCount", greaterThanOrEqualTo(1))
                .body("events[0].pair", equalTo("IR-RU"))
                .body("events[0].date.start", equalTo("2023-09-24"));
    }
}
