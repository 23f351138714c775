package io.dyadline.ingest;

import io.dyadline.article.Article;
import io.dyadline.article.ArticleConfig;
import io.dyadline.article.ArticleFormat;
import io.dyadline.article.ArticleInput;
import io.dyadline.article.ArticleService;
import io.dyadline.article.ArticleSummary;
import io.dyadline.common.Bodies;
import io.dyadline.common.Page;
import io.dyadline.common.Problem;
import io.dyadline.common.ProblemException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import java.io.InputStream;

@Path("/api/articles")
@Tag(name = "Articles", description = "News articles: ingest and read back")
public class ArticleResource {

    private final ArticleService articles;
    private final Ingestion ingestion;
    private final ArticleConfig config;
    private final Reextraction reextraction;

    public ArticleResource(ArticleService articles, Ingestion ingestion, ArticleConfig config,
                           Reextraction reextraction) {
        this.articles = articles;
        this.ingestion = ingestion;
        this.config = config;
        this.reextraction = reextraction;
    }

    /** How many articles a re-extraction went through. */
    public record Reextracted(int articles) {
    }

    @POST
    @Path("/reextract")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Extract again every article whose extraction failed or came from an older extractor",
            description = "The service does this at start-up too; events are rebuilt without duplicates.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Reextracted.class)))
    public Reextracted reextractStale() {
        return new Reextracted(reextraction.reextractStale());
    }

    @POST
    @Consumes({MediaType.TEXT_PLAIN, "text/markdown", MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ingest an article",
            description = "text/plain in the scraped-page format (first line the publication date, then site lines, "
                    + "headline, body); text/markdown with YAML front matter (title, date, source_url); text/html "
                    + "(title, date and body from the page's markup); application/json "
                    + "{\"title\",\"publishedAt\",\"source\",\"url\",\"text\"}. The same content again answers 200 "
                    + "with the stored article.")
    @RequestBody(content = {
            @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
            @Content(mediaType = "text/markdown", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleInput.class))})
    @APIResponse(responseCode = "201", description = "Stored; Location names it",
            content = @Content(schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "200", description = "The same content was stored before: that article",
            content = @Content(schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "400", description = "Malformed: no text, bad JSON, not UTF-8",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Larger than the configured limit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "A media type Dyadline does not read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A date that does not exist or is ambiguous",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<ArticleView> create(InputStream body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                                            UriInfo uri) {
        ArticleFormat format = ArticleFormat.ofMediaType(contentType)
                .orElseThrow(() -> new ProblemException(415, "Unsupported media type",
                        "Send text/plain, text/markdown, text/html or application/json", java.util.List.of()));
        Ingestion.Ingested ingested = ingestion.ingest(format, Bodies.read(body, config.maxBytes()));
        ArticleView view = ingestion.view(ingested.article());
        if (!ingested.created()) {
            return RestResponse.ok(view);
        }
        return RestResponse.ResponseBuilder.<ArticleView>created(
                uri.getBaseUriBuilder().path("api/articles/{id}").build(view.id())).entity(view).build();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One article, with its text")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "404", description = "No such article",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ArticleView get(@RestPath long id) {
        return articles.find(id).map(ingestion::view)
                .orElseThrow(() -> ProblemException.notFound("No article with id " + id));
    }

    @POST
    @Path("/{id}/reextract")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Extract one article's events again with the current extractor",
            description = "Replaces what earlier extractor versions found in this article; events that other articles "
                    + "also report keep their other evidence.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "404", description = "No such article",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ArticleView reextract(@RestPath long id) {
        return ingestion.reextract(id).map(ingestion::view)
                .orElseThrow(() -> ProblemException.notFound("No article with id " + id));
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A page of articles, newest first")
    @APIResponse(responseCode = "200", description = "{items, page, size, total}")
    @APIResponse(responseCode = "400", description = "Paging out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<ArticleSummary> list(@RestQuery @DefaultValue("0") @Min(0) @Max(1_000_000) int page,
                                     @RestQuery @DefaultValue("50") @Min(1) @Max(500) int size) {
        Page<Article> found = articles.list(page, size);
        return new Page<>(found.items().stream().map(ArticleSummary::of).toList(), page, size, found.total());
    }
}
