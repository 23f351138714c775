package io.dyadline.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.List;

/** The start page: every country pair with its activity, a search by country, and the article upload form. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class DashboardPage {

    static final String AUTO = "auto";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(Dashboard page);
    }

    private final PairsDashboard pairs;

    public DashboardPage(PairsDashboard pairs) {
        this.pairs = pairs;
    }

    @GET
    public TemplateInstance dashboard(@RestQuery String country) {
        return Templates.dashboard(pairs.build(country, Upload.empty()));
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
                            Upload upload, List<FormatOption> formats, List<ImportRow> imports,
                            FeedsPage.Feeds feeds) {
    }
}
