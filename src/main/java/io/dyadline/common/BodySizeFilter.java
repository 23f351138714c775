package io.dyadline.common;

import io.dyadline.article.ArticleConfig;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;

/**
 * Refuses a declared body larger than the article limit before it is read, with a problem+json 413 (the HTTP
 * layer's own limit, set a little higher, stops bodies that declare no length).
 */
public class BodySizeFilter {

    private final ArticleConfig config;

    public BodySizeFilter(ArticleConfig config) {
        this.config = config;
    }

    @ServerRequestFilter(preMatching = true)
    public RestResponse<Problem> limit(ContainerRequestContext request) {
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared == null || !request.getUriInfo().getPath().startsWith("/api/")) {
            return null;
        }
        long length;
        try {
            length = Long.parseLong(declared.strip());
        } catch (NumberFormatException e) {
            return ProblemMapper.respond(400, "Bad request", "Content-Length is not a number", null, List.of());
        }
        if (length <= config.maxBytes()) {
            return null;
        }
        ProblemException tooLarge = ProblemException.tooLarge(config.maxBytes());
        return ProblemMapper.respond(413, tooLarge.title(), tooLarge.getMessage(), null, List.of());
    }
}
