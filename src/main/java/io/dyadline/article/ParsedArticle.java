package io.dyadline.article;

import java.time.LocalDate;

/**
 * An article's fields as read from one input format, before it is stored.
 *
 * @param publishedAt null when the input has no publication date
 */
public record ParsedArticle(String title, LocalDate publishedAt, String source, String url, String text) {
}
