package io.dyadline.article;

/**
 * An article that has been read and validated, ready to store: its fields, the text it came as, and the hash that
 * makes the same content the same article.
 */
public record Submission(ParsedArticle parsed, String raw, ArticleFormat format, String contentHash) {
}
