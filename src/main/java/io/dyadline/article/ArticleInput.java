package io.dyadline.article;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON form of an article, for the API description; {@link JsonArticleParser} reads it. */
@Schema(name = "ArticleInput", description = "An article as JSON; only text is required")
public record ArticleInput(
        @Schema(description = "Headline") String title,
        @Schema(description = "Publication date, YYYY-MM-DD (other unambiguous forms are read too)", example = "2023-09-24") String publishedAt,
        @Schema(description = "Site or outlet") String source,
        @Schema(description = "Where the article was found") String url,
        @Schema(description = "The article body", required = true) String text) {
}
