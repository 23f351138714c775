package io.dyadline.web;

import io.dyadline.curation.CurationService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/**
 * The review queue, for analysts to work through, newest first: events flagged needs review, and events nobody
 * decided on whose confidence is low or whose sources date them differently.
 */
@Path("/review")
@Produces(MediaType.TEXT_HTML)
public class ReviewPage {

    /** What the queue takes in. */
    @ConfigMapping(prefix = "dyadline.review")
    public interface ReviewConfig {

        /** Below this confidence an event is queued (on the dev sets, events at 0.80 or more are right 99 % of the time). */
        @WithDefault("0.8")
        double lowConfidence();

        /** The most events the page lists. */
        @WithDefault("200")
        int limit();
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance review(List<CurationService.ReviewItem> items, double lowConfidence);
    }

    private final CurationService curation;
    private final ReviewConfig config;

    public ReviewPage(CurationService curation, ReviewConfig config) {
        this.curation = curation;
        this.config = config;
    }

    @GET
    public TemplateInstance queue() {
        return Templates.review(curation.reviewQueue(config.lowConfidence(), config.limit()), config.lowConfidence());
    }
}
