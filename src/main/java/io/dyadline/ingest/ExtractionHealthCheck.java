package io.dyadline.ingest;

import io.dyadline.article.ArticleService;
import io.dyadline.event.ExtractionService;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports extraction failures: the articles stored but flagged because extraction threw (they are retried at
 * start-up and by POST /api/articles/reextract). The service stays up: the raw articles are safe.
 */
@Readiness
@ApplicationScoped
public class ExtractionHealthCheck implements HealthCheck {

    private final ArticleService articles;
    private final ExtractionService extraction;

    public ExtractionHealthCheck(ArticleService articles, ExtractionService extraction) {
        this.articles = articles;
        this.extraction = extraction;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("extraction").up()
                .withData("extractorVersion", extraction.version())
                .withData("failedArticles", articles.failedExtractions())
                .withData("failuresSinceStart", extraction.failures())
                .build();
    }
}
