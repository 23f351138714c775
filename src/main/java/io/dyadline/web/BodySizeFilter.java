package io.dyadline.web;

import io.dyadline.article.ArticleConfig;
import io.dyadline.bulk.ImportConfig;
import io.dyadline.common.Problem;
import io.dyadline.common.ProblemException;
import io.dyadline.common.ProblemMapper;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;

/**
 * Refuses a declared body larger than its endpoint's limit before it is read, with a problem+json 413: the bulk
 * import has its own limit, every other endpoint the article limit. Bodies that declare no length are bounded as
 * they are read ({@link Bodies}).
 */
public class BodySizeFilter {

    static final String BULK = "/api/articles/bulk";

    private final ArticleConfig articles;
    private final ImportConfig imports;

    public BodySizeFilter(ArticleConfig articles, ImportConfig imports) {
        this.articles = articles;
        this.imports = imports;
    }

    @ServerRequestFilter(preMatching = true)
    public RestResponse<Problem> limit(ContainerRequestContext request) {
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        String path = request.getUriInfo().getPath();
        if (declared == null || !path.startsWith("/api/")) {
            return null;
        }
        long length;
        try {
            length = Long.parseLong(declared.strip());
        } catch (NumberFormatException e) {
            return ProblemMapper.respond(400, "Bad request", "Content-Length is not a number", null, List.of());
        }
        long limit = path.equals(BULK) ? imports.maxBytes() : articles.maxBytes();
        if (length <= limit) {
            return null;
        }
        ProblemException tooLarge = ProblemException.tooLarge(limit);
        return ProblemMapper.respond(413, tooLarge.title(), tooLarge.getMessage(), null, List.of());
    }
}
