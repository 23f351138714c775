package io.dyadline.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestQuery;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The start page: every country pair with its activity, a search by country, and the article upload form. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class DashboardPage {

    static final String AUTO = "auto";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(Dashboard page);

        /** The pairs' section of the start page, rendered once per change of the events (PairsDashboard). */
        static native TemplateInstance pairs(Pairs page);
    }

    private final PairsDashboard pairs;

    public DashboardPage(PairsDashboard pairs) {
        this.pairs = pairs;
    }

    @GET
    public TemplateInstance dashboard(@RestQuery String country, @RestQuery String sort,
                                      @RestQuery @DefaultValue("0") @Min(0) @Max(100_000) int page,
                                      @RestQuery @DefaultValue("50") @Min(1) @Max(500) int size) {
        return Templates.dashboard(pairs.build(country, Upload.empty(), sort, page, size));
    }

    /** Which page of pairs is shown, in which order, with the links to the others and to each order. */
    public record Paging(String sort, int page, int pages, int matches, int size, String country) {

        /** The page's number as people count, from 1. */
        public int number() {
            return page + 1;
        }

        public boolean hasPrevious() {
            return page > 0;
        }

        public boolean hasNext() {
            return page < pages - 1;
        }

        public String previousUrl() {
            return url(sort, page - 1);
        }

        public String nextUrl() {
            return url(sort, page + 1);
        }

        /** The first page in another order. */
        public String sortUrl(String by) {
            return url(by, 0);
        }

        public boolean sortedBy(String by) {
            return sort.equals(by);
        }

        public int first() {
            return matches == 0 ? 0 : page * size + 1;
        }

        public int last() {
            return Math.min(matches, (page + 1) * size);
        }

        private String url(String by, int p) {
            StringBuilder u = new StringBuilder("/?sort=").append(by);
            if (p > 0) {
                u.append("&page=").append(p);
            }
            if (size != PairsDashboard.PAGE_SIZE) {
                u.append("&size=").append(size);
            }
            if (!country.isEmpty()) {
                u.append("&country=").append(URLEncoder.encode(country, StandardCharsets.UTF_8));
            }
            return u.toString();
        }
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

    /** The start page: {@code pairs} is the pairs' section as HTML, remembered until events change. */
    public record Dashboard(String pairs, Upload upload, List<FormatOption> formats, List<ImportRow> imports,
                            FeedsPage.Feeds feeds) {
    }

    /** One page of pairs, with what the section says of all of them. */
    public record Pairs(List<PairRow> pairs, int pairCount, long eventCount, String country, String years,
                        Paging paging, String firstYear, String lastYear, String thisMonth) {
    }
}
