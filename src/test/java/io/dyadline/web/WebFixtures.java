package io.dyadline.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dyadline.article.Article;
import io.dyadline.article.ArticleFormat;
import io.dyadline.event.EventStore;
import io.dyadline.extraction.Actor;
import io.dyadline.extraction.EventDate;
import io.dyadline.extraction.EventStatus;
import io.dyadline.extraction.EventType;
import io.dyadline.extraction.Evidence;
import io.dyadline.extraction.ExtractedEvent;
import io.dyadline.extraction.Precision;
import io.dyadline.extraction.Span;
import io.dyadline.ingest.Ingestion;
import io.quarkus.narayana.jta.QuarkusTransaction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Articles and events made for the page tests, with evidence spans at offsets found in the stored text. */
final class WebFixtures {

    private static final ObjectMapper JSON = new ObjectMapper();

    private WebFixtures() {
    }

    /**
     * Stores an article through the service, then drops the events the extractor found in it, so that the events a
     * test records are the only ones the article reports.
     */
    static Article article(Ingestion articles, EventStore store, String title, String published, String text) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("publishedAt", published);
        body.put("source", "Fixture News");
        body.put("url", "https://example.org/" + Math.abs((title + text).hashCode()));
        body.put("text", text);
        try {
            Article a = articles.ingest(ArticleFormat.JSON, JSON.writeValueAsBytes(body)).article();
            QuarkusTransaction.requiringNew().run(() -> store.forgetArticle(a.id));
            return a;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Removes every stored event (the articles stay), so that a page test sees only the events it records: other test
     * classes share the test database.
     */
    static void clearEvents() {
        QuarkusTransaction.requiringNew().run(() -> io.dyadline.event.Event.getEntityManager()
                .createNativeQuery("delete from event").executeUpdate());
        jakarta.enterprise.inject.spi.CDI.current().select(io.dyadline.event.ReadCache.class).get().forget();
    }

    static void record(EventStore store, long articleId, List<ExtractedEvent> events) {
        QuarkusTransaction.requiringNew().run(() -> store.record(articleId, events));
    }

    /** One sentence of a field that states an event, with the given words (kind:word) marked inside it. */
    static Evidence evidence(Span.Field field, String fieldText, String sentence, String dateValue, String... marks) {
        int start = fieldText.indexOf(sentence);
        if (start < 0) {
            throw new IllegalArgumentException("Not in the text: " + sentence);
        }
        List<Span> spans = new ArrayList<>();
        for (String mark : marks) {
            String[] kindWord = mark.split(":", 2);
            int at = sentence.indexOf(kindWord[1]);
            if (at < 0) {
                throw new IllegalArgumentException("Not in the sentence: " + kindWord[1]);
            }
            spans.add(new Span(field, start + at, start + at + kindWord[1].length(), kindWord[0],
                    kindWord[0] + ".fixture", kindWord[0].equals("date") ? dateValue : kindWord[1]));
        }
        return new Evidence(field, sentence, start, start + sentence.length(), spans);
    }

    static ExtractedEvent event(EventType type, EventStatus status, String a, String b, EventDate date,
                                Set<String> sectors, List<Actor> actors, String summary, Evidence... evidence) {
        return new ExtractedEvent(type, status, "043", List.of(a, b), date, actors, sectors,
                null, summary, 0.9, List.of(evidence));
    }

    static EventDate day(int y, int m, int d) {
        LocalDate day = LocalDate.of(y, m, d);
        return new EventDate(day, day, Precision.DAY, day.toString(), "time.fixture_day");
    }

    static EventDate month(int y, int m) {
        LocalDate first = LocalDate.of(y, m, 1);
        return new EventDate(first, first.withDayOfMonth(first.lengthOfMonth()), Precision.MONTH,
                first.toString().substring(0, 7), "time.fixture_month");
    }

    static EventDate year(int y) {
        return new EventDate(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), Precision.YEAR, String.valueOf(y),
                "time.fixture_year");
    }

    static EventDate since(int y) {
        return new EventDate(LocalDate.of(y, 1, 1), null, Precision.YEAR, y + "/..", "time.fixture_since");
    }
}
