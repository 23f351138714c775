package io.dyadline.article;

import java.time.LocalDate;

/** An article in a list: no text. */
public record ArticleSummary(long id, String title, LocalDate publishedAt, String source, String url, int eventCount) {

    public static ArticleSummary of(Article a) {
        return new ArticleSummary(a.id, a.title, a.publishedAt, a.source, a.url, a.eventCount);
    }
}
