package io.dyadline.curation;

import io.dyadline.event.ExtractionService;
import io.dyadline.extraction.Extractor;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.dyadline.Api.editor;
import static io.dyadline.curation.CurationFixtures.analyst;
import static io.dyadline.curation.CurationFixtures.article;
import static io.dyadline.curation.CurationFixtures.freshDay;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every kind of decision outlives the machine: a re-extraction by an extractor whose lexicon changed (another type,
 * other trigger words, new rule ids and summaries), a re-import of the same articles, and a new article about the
 * same event. Event ids stay what clients know.
 */
@QuarkusTest
public class CurationSurvivesReextractionTest {

    private final List<Long> articles = new ArrayList<>();

    private long[] report(String title, String text, String day) {
        Response a = article(title, text, day);
        articles.add(a.jsonPath().getLong("id"));
        Long event = a.jsonPath().getObject("events[0].id", Long.class);
        return new long[]{a.jsonPath().getLong("id"), event == null ? -1 : event};
    }

    private static String meeting(String extra) {
        return "Germany and Brazil met in Berlin on Monday to discuss energy cooperation. " + extra;
    }

    @Test
    void everyDecisionOutlivesAChangedExtractorAReimportAndNewArticles() {
        String confirmedDay = freshDay();
        long confirmed = report("Confirmed meeting", meeting("Confirmed for the record."), confirmedDay)[1];
        String rejectedDay = freshDay();
        long rejected = report("Rejected meeting", meeting("Rejected for the record."), rejectedDay)[1];
        long corrected = report("Corrected meeting", meeting("Corrected for the record."), freshDay())[1];
        long survivor = report("Merged meeting one", meeting("Merged, first report."), freshDay())[1];
        long merged = report("Merged meeting two", meeting("Merged, second report."), freshDay())[1];
        String splitDay = freshDay();
        long split = report("Split meeting one", meeting("Split, first report."), splitDay)[1];
        assertEquals(split, report("Split meeting two", meeting("Split, second report."), splitDay)[1]);

        analyst().contentType(ContentType.JSON).body("{}").post("/api/events/" + confirmed + "/confirm").then().statusCode(200);
        analyst().contentType(ContentType.JSON).body(Map.of("note", "not a meeting"))
                .post("/api/events/" + rejected + "/reject").then().statusCode(200);
        analyst().contentType("application/merge-patch+json").body(Map.of("date", "2012-12-12", "summary", "Analyst's summary"))
                .patch("/api/events/" + corrected).then().statusCode(200);
        analyst().contentType(ContentType.JSON).body(Map.of("with", List.of(merged)))
                .post("/api/events/" + survivor + "/merge").then().statusCode(200);
        List<Integer> evidence = given().get("/api/events/" + split).then().extract().path("evidence.id");
        long splitOff = analyst().contentType(ContentType.JSON).body(Map.of("evidence", List.of(evidence.get(1))))
                .post("/api/events/" + split + "/split").then().statusCode(201).extract().jsonPath().getLong("id");
        int splitOffArticle = given().get("/api/events/" + splitOff).then().extract().path("evidence[0].articleId");

        // the extractor changes: every article is extracted again
        QuarkusMock.installMockForType(new ChangedLexicon(), ExtractionService.class);
        for (long a : articles) {
            editor().contentType(ContentType.JSON).post("/api/articles/" + a + "/reextract").then().statusCode(200);
        }
        given().get("/api/articles/" + articles.get(0)).then().body("extraction.version", equalTo(ChangedLexicon.VERSION));
        checkDecisions(confirmed, rejected, corrected, survivor, merged, split, splitOff, splitOffArticle);
        given().get("/api/events/" + confirmed).then().body("curation.needsReview", equalTo(true))
                .body("curation.proposed.type", equalTo("VISIT"))
                .body("curation.proposed.summary", org.hamcrest.Matchers.startsWith("v2: "));

        // and back: the first extractor again
        QuarkusMock.installMockForType(new ExtractionService(Extractor.load()), ExtractionService.class);
        for (long a : articles) {
            editor().contentType(ContentType.JSON).post("/api/articles/" + a + "/reextract").then().statusCode(200);
        }
        checkDecisions(confirmed, rejected, corrected, survivor, merged, split, splitOff, splitOffArticle);

        // a re-import of the same article stores nothing new and changes nothing
        editor().contentType(ContentType.JSON).body(Map.of("title", "Confirmed meeting", "publishedAt", confirmedDay,
                "text", meeting("Confirmed for the record."))).post("/api/articles").then().statusCode(200);
        // new articles join the confirmed and the rejected event, which stay as the analyst left them
        report("Confirmed meeting, again", meeting("Another paper confirms it."), confirmedDay);
        // (an article's own list leaves the rejected event out, like every list)
        assertEquals(-1, report("Rejected meeting, again", meeting("Another paper repeats it."), rejectedDay)[1]);
        given().get("/api/events/" + confirmed).then().body("curation.state", equalTo("CONFIRMED"))
                .body("evidenceCount", equalTo(2)).body("type", equalTo("MEETING"));
        given().get("/api/events/" + rejected).then().body("curation.state", equalTo("REJECTED"))
                .body("evidenceCount", equalTo(2));
        given().get("/api/events?pair=BR-DE&size=500").then().body("items.id", not(hasItem((int) rejected)));
    }

    @Test
    void aConfirmedEventTheExtractorNoLongerFindsStaysAndNeedsReview() {
        long[] reported = report("Lost meeting", meeting("Lost to a stricter lexicon."), freshDay());
        analyst().contentType(ContentType.JSON).body("{}").post("/api/events/" + reported[1] + "/confirm").then().statusCode(200);
        QuarkusMock.installMockForType(new ExtractionService(Extractor.load()) {
            @Override
            public io.dyadline.extraction.Extraction extract(io.dyadline.extraction.Document document) {
                io.dyadline.extraction.Extraction real = super.extract(document);
                return new io.dyadline.extraction.Extraction(real.timexes(), List.of(), real.spans(), real.dropped());
            }

            @Override
            public String version() {
                return "events-test-finds-nothing";
            }
        }, ExtractionService.class);
        editor().contentType(ContentType.JSON).post("/api/articles/" + reported[0] + "/reextract").then().statusCode(200);
        given().get("/api/events/" + reported[1]).then().statusCode(200)
                .body("curation.state", equalTo("CONFIRMED")).body("evidenceCount", equalTo(0))
                .body("curation.needsReview", equalTo(true));
        QuarkusMock.installMockForType(new ExtractionService(Extractor.load()), ExtractionService.class);
        editor().contentType(ContentType.JSON).post("/api/articles/" + reported[0] + "/reextract").then().statusCode(200);
        given().get("/api/events/" + reported[1]).then().statusCode(200)
                .body("curation.state", equalTo("CONFIRMED")).body("evidenceCount", equalTo(1));
    }

    private void checkDecisions(long confirmed, long rejected, long corrected, long survivor, long merged, long split,
                                long splitOff, int splitOffArticle) {
        given().get("/api/events/" + confirmed).then().statusCode(200)
                .body("curation.state", equalTo("CONFIRMED")).body("type", equalTo("MEETING"))
                .body("evidenceCount", equalTo(1)).body("curation.by", equalTo("analyst1"));
        given().get("/api/events/" + rejected).then().statusCode(200)
                .body("curation.state", equalTo("REJECTED")).body("evidenceCount", equalTo(1));
        given().get("/api/events?pair=BR-DE&size=500").then().body("items.id", not(hasItem((int) rejected)));
        given().get("/api/events/" + corrected).then().statusCode(200)
                .body("curation.state", equalTo("CORRECTED")).body("date.start", equalTo("2012-12-12"))
                .body("summary", equalTo("Analyst's summary")).body("evidenceCount", equalTo(1));
        given().get("/api/events/" + survivor).then().statusCode(200)
                .body("evidenceCount", equalTo(2)).body("sourceCount", equalTo(2));
        given().redirects().follow(false).get("/api/events/" + merged).then().statusCode(301)
                .header("Location", endsWith("/api/events/" + survivor));
        given().get("/api/events/" + split).then().statusCode(200).body("evidenceCount", equalTo(1))
                .body("evidence[0].articleId", not(equalTo(splitOffArticle)));
        given().get("/api/events/" + splitOff).then().statusCode(200).body("evidenceCount", equalTo(1))
                .body("evidence[0].articleId", equalTo(splitOffArticle));
    }
}
