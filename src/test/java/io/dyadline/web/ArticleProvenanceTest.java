package io.dyadline.web;

import io.dyadline.article.Article;
import io.dyadline.ingest.Ingestion;
import io.dyadline.event.EventStore;
import io.dyadline.extraction.EventStatus;
import io.dyadline.extraction.EventType;
import io.dyadline.extraction.Span;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

/**
 * Why an event exists, and why a trigger made none: the rule ids of the assembler's decisions, in the answer of
 * POST /api/extract and on the article page.
 */
@QuarkusTest
class ArticleProvenanceTest {

    private static final String TEXT = "Iranian Foreign Minister Araghchi met his Russian counterpart Lavrov in Moscow "
            + "on Monday.\n\nQ   Will he visit China next week?";

    @Inject
    Ingestion articles;

    @Inject
    EventStore store;

    @Test
    void extractAnswersTheDecisionsOfEachEventAndTheDroppedTriggers() {
        given().contentType(ContentType.JSON).body(Map.of("text", TEXT, "publishedAt", "2025-04-09"))
                .post("/api/extract").then().statusCode(200)
                .body("events.size()", equalTo(1))
                .body("events[0].pair", equalTo("IR-RU"))
                .body("events[0].provenance.stage", hasItems("trigger", "party", "date", "status", "sector"))
                .body("events[0].provenance.rule", hasItem("party.subject_object"))
                .body("dropped.rule", hasItem("veto.reported_question"));
    }

    @Test
    void theArticlePageTellsWhyEachEventAndWhyNotTheOthers() {
        Article a = WebFixtures.article(articles, store, "Araghchi in Moscow", "2025-04-09", TEXT);
        WebFixtures.record(store, a.id, List.of(WebFixtures.event(EventType.MEETING, EventStatus.OCCURRED, "IR", "RU",
                WebFixtures.day(2025, 4, 7), Set.of("diplomacy"), List.of(), "Araghchi meets Lavrov",
                WebFixtures.evidence(Span.Field.TEXT, a.body, a.body.substring(0, a.body.indexOf('.') + 1), null))));
        given().get("/articles/" + a.id).then().statusCode(200)
                .body(containsString("Why this event, pair and date"))
                .body(containsString("party · party.subject_object"))
                .body(containsString("Triggers that made no event"))
                .body(containsString("veto.reported_question"));
    }
}
