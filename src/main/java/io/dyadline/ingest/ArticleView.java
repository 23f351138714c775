package io.dyadline.ingest;

import io.dyadline.article.Article;
import io.dyadline.event.EventView;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An article as the API shows it, with its text. */
public record ArticleView(long id, String title, LocalDate publishedAt, String source, String url, String mediaType,
                          String contentHash, Instant createdAt, Extraction extraction, int eventCount, String text,
                          List<EventView> events) {

    /** What extraction made of the article. */
    public record Extraction(String status, String version, String error) {
    }

    static ArticleView of(Article a, List<EventView> events) {
        return new ArticleView(a.id, a.title, a.publishedAt, a.source, a.url, a.mediaType, a.contentHash, a.createdAt,
                new Extraction(a.extractionStatus, a.extractionVersion, a.extractionError), a.eventCount, a.body,
                events);
    }
}
