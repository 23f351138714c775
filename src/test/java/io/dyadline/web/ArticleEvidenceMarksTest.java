package io.dyadline.web;

import io.dyadline.article.Article;
import io.dyadline.event.EventDocuments;
import io.dyadline.event.EventStore;
import io.dyadline.extraction.EventStatus;
import io.dyadline.extraction.EventType;
import io.dyadline.extraction.Span;
import io.dyadline.ingest.Ingestion;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * An article's page marks what its stored evidence marked, also when the article is one of more sources than an
 * event's list shows.
 */
@QuarkusTest
class ArticleEvidenceMarksTest {

    @Inject
    Ingestion articles;

    @Inject
    EventStore store;

    @Test
    void theLastOfManySourcesOfAnEventStillShowsItsOwnMarks() {
        int reports = EventDocuments.LISTED + 2;
        long last = 0;
        for (int i = 0; i < reports; i++) {
            String sentence = "Zorblat inked a quibbling pact, dispatch " + i + ".";
            Article a = WebFixtures.article(articles, store, "Fixture marks " + i, "2014-05-06", sentence);
            WebFixtures.record(store, a.id, List.of(WebFixtures.event(EventType.AGREEMENT, EventStatus.OCCURRED, "BZ", "GT",
                    WebFixtures.day(2014, 5, 5), Set.of("trade"), List.of(), "Belize and Guatemala sign a pact",
                    WebFixtures.evidence(Span.Field.TEXT, a.body, sentence, null, "trigger:inked", "actor:Zorblat"))));
            last = a.id;
        }
        // the event lists its first sources only, so the last article's mark comes from its own stored evidence
        given().queryParam("pair", "BZ-GT").get("/api/events").then()
                .body("items[0].sourceCount", equalTo(reports))
                .body("items[0].sources.articleId", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem((int) last)));
        given().get("/articles/" + last).then().statusCode(200)
                .body(containsString("data-kind=\"trigger\""))
                .body(containsString("trigger · trigger.fixture"))
                .body(containsString("actor · actor.fixture"));
    }
}
