package io.dyadline.web;

import io.dyadline.article.ArticleFormat;
import io.dyadline.article.ArticleService;
import io.dyadline.common.ProblemException;
import io.dyadline.event.EventOverview;
import io.dyadline.event.EventService;
import io.dyadline.event.PairView;
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
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The start page: every country pair with its activity, a search by country, and the article upload. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class DashboardPage {

    static final String AUTO = "auto";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(Dashboard page);
    }

    private final EventService events;
    private final EventOverview overview;
    private final ArticleService articles;

    public DashboardPage(EventService events, EventOverview overview, ArticleService articles) {
        this.events = events;
        this.overview = overview;
        this.articles = articles;
    }

    @GET
    public TemplateInstance dashboard(@RestQuery String country) {
        return Templates.dashboard(model(country, Upload.empty()));
    }

    /** Upload from a form with a file field; a CSRF token field can join the form's fields. */
    @POST
    @Path("articles")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@RestForm String format, @RestForm String text, @RestForm("file") FileUpload file) {
        return ingest(format, text, file);
    }

    /** The same upload from a form without a file field (pasted text only). */
    @POST
    @Path("articles")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response uploadText(@RestForm String format, @RestForm String text) {
        return ingest(format, text, null);
    }

    private Response ingest(String format, String text, FileUpload file) {
        boolean hasFile = file != null && file.fileName() != null && !file.fileName().isBlank() && file.size() > 0;
        String chosen = format == null || format.isBlank() ? AUTO : format;
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
            ArticleService.Ingested ingested = articles.ingest(articleFormat, body);
            return Response.seeOther(URI.create("/articles/" + ingested.article().id)).build();
        } catch (ProblemException e) {
            Upload failed = new Upload(chosen, text == null ? "" : text, e.getMessage());
            return Response.status(e.status()).type(MediaType.TEXT_HTML_TYPE)
                    .entity(Templates.dashboard(model(null, failed))).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ArticleFormat format(String chosen, String fileName) {
        if (!AUTO.equals(chosen)) {
            return ArticleFormat.ofMediaType(chosen).orElseThrow(() -> ProblemException.badRequest("format",
                    "Choose text, Markdown, HTML or JSON"));
        }
        if (fileName == null) {
            return ArticleFormat.ofMediaType("text/plain").orElseThrow();
        }
        return ArticleFormat.ofFileName(fileName).orElseThrow(() -> ProblemException.badRequest("format",
                "Cannot tell the format of '" + fileName + "' from its name: choose one"));
    }

    private Dashboard model(String country, Upload upload) {
        List<PairView> pairs = events.pairs();
        Map<String, Map<Integer, Long>> years = overview.yearsByPair();
        int maxYear = Integer.MIN_VALUE;
        int minYear = Integer.MAX_VALUE;
        for (Map<Integer, Long> y : years.values()) {
            for (int year : y.keySet()) {
                maxYear = Math.max(maxYear, year);
                minYear = Math.min(minYear, year);
            }
        }
        // one year axis for every row, so rows compare; at most the last 30 years
        minYear = Math.max(minYear, maxYear - (Histogram.MAX_YEARS - 1));
        String filter = country == null ? "" : country.strip();
        List<PairRow> rows = new ArrayList<>();
        for (PairView p : pairs) {
            PairRow row = PairRow.of(p, Histogram.of(years.getOrDefault(p.pair(), Map.of()), minYear, maxYear));
            if (filter.isEmpty() || row.search().contains(filter.toLowerCase(Locale.ROOT))) {
                rows.add(row);
            }
        }
        long total = pairs.stream().mapToLong(PairView::events).sum();
        return new Dashboard(rows, pairs.size(), total, filter, maxYear >= minYear ? minYear + "–" + maxYear : "",
                upload, FORMATS);
    }

    static final List<FormatOption> FORMATS = List.of(
            new FormatOption(AUTO, "Detect (plain text, or by file name)"),
            new FormatOption("text/plain", "Plain text (first line the date)"),
            new FormatOption("text/markdown", "Markdown with front matter"),
            new FormatOption("text/html", "HTML page"),
            new FormatOption("application/json", "JSON {title, publishedAt, text, …}"));

    public record FormatOption(String value, String label) {
    }

    /** What the upload form shows again after a failed upload. */
    public record Upload(String format, String text, String error) {
        static Upload empty() {
            return new Upload(AUTO, "", null);
        }

        public boolean selected(String value) {
            return value.equals(format);
        }
    }

    public record Dashboard(List<PairRow> pairs, int pairCount, long eventCount, String country, String years,
                            Upload upload, List<FormatOption> formats) {
    }
}
