package io.dyadline.web;

import io.dyadline.article.Article;
import io.dyadline.article.ArticleFormat;
import io.dyadline.article.ArticleService;
import io.dyadline.common.ProblemException;
import io.dyadline.event.EventService;
import io.dyadline.event.EventView;
import io.dyadline.event.ExtractionService;
import io.dyadline.extraction.Decision;
import io.dyadline.extraction.Document;
import io.dyadline.extraction.ExtractedEvent;
import io.dyadline.extraction.Extraction;
import io.dyadline.extraction.Span;
import io.dyadline.ingest.Ingestion;
import io.quarkus.logging.Log;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** The upload form's target, and one article with every extracted span marked and the events extracted from it. */
@Path("/articles")
@Produces(MediaType.TEXT_HTML)
public class ArticlePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance article(ArticleModel page);

        static native TemplateInstance notFound(String what);
    }

    private final ArticleService articles;
    private final Ingestion ingestion;
    private final ExtractionService extractor;
    private final PairsDashboard pairs;
    private final EventService eventService;

    public ArticlePage(ArticleService articles, Ingestion ingestion, ExtractionService extractor,
                       PairsDashboard pairs, EventService eventService) {
        this.eventService = eventService;
        this.articles = articles;
        this.ingestion = ingestion;
        this.extractor = extractor;
        this.pairs = pairs;
    }

    /** The start page's upload form, with a file field; a CSRF token field can join the form's fields. */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@RestForm String format, @RestForm String text, @RestForm("file") FileUpload file) {
        return ingest(format, text, file);
    }

    /** The same upload from a form without a file field (pasted text only). */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response uploadText(@RestForm String format, @RestForm String text) {
        return ingest(format, text, null);
    }

    private Response ingest(String format, String text, FileUpload file) {
        boolean hasFile = file != null && file.fileName() != null && !file.fileName().isBlank() && file.size() > 0;
        String chosen = format == null || format.isBlank() ? DashboardPage.AUTO : format;
        try {
            ArticleFormat articleFormat = format(chosen, hasFile ? file.fileName() : null);
            byte[] body;
            if (hasFile) {
                body = Files.readAllBytes(file.uploadedFile());
            } else if (text != null && !text.isBlank()) {
                body = text.getBytes(StandardCharsets.UTF_8);
            } else {
                throw ProblemException.badRequest("text", "Paste an article's text or choose a file");
            }
            Ingestion.Ingested ingested = ingestion.ingest(articleFormat, body);
            return Response.seeOther(URI.create("/articles/" + ingested.article().id)).build();
        } catch (ProblemException e) {
            DashboardPage.Upload failed = new DashboardPage.Upload(chosen, text == null ? "" : text, e.getMessage());
            return Response.status(e.status()).type(MediaType.TEXT_HTML_TYPE)
                    .entity(DashboardPage.Templates.dashboard(pairs.build(null, failed))).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ArticleFormat format(String chosen, String fileName) {
        if (!DashboardPage.AUTO.equals(chosen)) {
            return ArticleFormat.ofMediaType(chosen).orElseThrow(() -> ProblemException.badRequest("format",
                    "Choose text, Markdown, HTML or JSON"));
        }
        if (fileName == null) {
            return ArticleFormat.ofMediaType("text/plain").orElseThrow();
        }
        return ArticleFormat.ofFileName(fileName).orElseThrow(() -> ProblemException.badRequest("format",
                "Cannot tell the format of '" + fileName + "' from its name: choose one"));
    }

    @GET
    @Path("/{id}")
    public RestResponse<TemplateInstance> article(@RestPath String id) {
        Optional<Article> found = parseId(id).flatMap(articles::find);
        if (found.isEmpty()) {
            return RestResponse.status(RestResponse.Status.NOT_FOUND, Templates.notFound("No article with id " + id));
        }
        Article a = found.get();
        List<EventView> events = ingestion.view(a).events();
        Set<Span> spans = new LinkedHashSet<>();
        String note = null;
        List<ExtractedEvent> fresh = List.of();
        List<Decision> dropped = List.of();
        try {
            Extraction extraction = extractor.extract(new Document(a.title, a.body, a.publishedAt));
            spans.addAll(extraction.spans());
            fresh = extraction.events();
            dropped = extraction.dropped();
        } catch (RuntimeException e) {
            Log.warnf(e, "Extraction failed on the page of article %d", a.id);
            note = "The extractor failed on this article; only the spans of its stored events are marked.";
        }
        // the stored evidence of this article marks what made each of its events, also from an older extractor
        spans.addAll(eventService.spansOfArticle(a.id));
        List<Span> all = new ArrayList<>(spans);
        Map<String, Integer> counts = new TreeMap<>();
        all.forEach(s -> counts.merge(s.kind(), 1, Integer::sum));
        List<ExtractedEvent> extracted = fresh;
        List<EventRow> rows = events.stream().map(e -> EventRow.of(e, why(e, extracted))).toList();
        return RestResponse.ok(Templates.article(new ArticleModel(a.id, a.title == null ? "(untitled)" : a.title,
                Dates.day(a.publishedAt), a.source, safeUrl(a.url), Highlights.title(a.title, all),
                Highlights.paragraphs(a.body, all), rows, counts, a.extractionStatus, a.extractionVersion, note,
                dropped.stream().map(ArticlePage::describe).toList())));
    }

    /**
     * Why the extractor of this build makes a stored event: the decisions of the fresh event of the same pair, type
     * and start date (none when the event came from another article or an older extractor).
     */
    private static List<String> why(EventView e, List<ExtractedEvent> fresh) {
        for (ExtractedEvent x : fresh) {
            boolean sameStart = e.date() == null ? x.date() == null
                    : x.date() != null && java.util.Objects.equals(e.date().start(), x.date().start());
            if (x.pair().equals(e.pair()) && x.type().name().equals(e.type()) && sameStart) {
                return x.provenance().stream().map(ArticlePage::describe).toList();
            }
        }
        return List.of();
    }

    private static String describe(Decision d) {
        return d.stage() + " · " + d.rule() + (d.detail() == null || d.detail().isEmpty() ? "" : " — " + d.detail());
    }

    private static Optional<Long> parseId(String id) {
        try {
            return Optional.of(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Only web addresses become links: a stored "javascript:" URL must never be clickable. */
    static String safeUrl(String url) {
        if (url == null) {
            return null;
        }
        String lower = url.strip().toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") ? url.strip() : null;
    }

    public record ArticleModel(long id, String title, String published, String source, String url,
                               Highlights.Block headline, List<Highlights.Block> paragraphs, List<EventRow> events,
                               Map<String, Integer> spanCounts, String extractionStatus, String extractionVersion,
                               String note, List<String> dropped) {
    }

    /** An event as the article page lists it. */
    public record EventRow(long id, String type, String typeLabel, String shape, String status, String date,
                           String precision, String pair, String pairName, List<String> sectors, String summary,
                           List<String> why) {

        static EventRow of(EventView e, List<String> why) {
            String date = e.date() == null ? "undated"
                    : Dates.withPrecision(e.date().start(), e.date().precision(), e.date().edtf());
            return new EventRow(e.id(), e.type(), Legend.typeLabel(e.type()), Legend.path(e.type()), e.status(), date,
                    e.date() == null ? "" : e.date().precision(), e.pair(), TimelinePage.pairName(e.pair()),
                    e.sectors().stream().map(Legend::sectorLabel).toList(), e.summary(), why);
        }

        public String timelineUrl() {
            return "/timeline?pair=" + pair + "&event=" + id;
        }

        public boolean planned() {
            return "PLANNED".equals(status);
        }
    }
}
