package io.dyadline.web;

import io.dyadline.common.Page;
import io.dyadline.feed.FeedService;
import io.dyadline.feed.FeedView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The followed feeds with the state of their polls: what came in, and why a feed is failing. */
@Path("/feeds")
@Produces(MediaType.TEXT_HTML)
public class FeedsPage {

    static final int SHOWN = 500;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance feeds(Feeds page);
    }

    private final FeedService feeds;

    public FeedsPage(FeedService feeds) {
        this.feeds = feeds;
    }

    @GET
    public TemplateInstance page() {
        return Templates.feeds(rows(feeds.list(0, SHOWN)));
    }

    /** Feeds as rows, and how many there are in all. */
    public record Feeds(List<FeedRow> rows, long total) {
        public boolean more() {
            return total > rows.size();
        }
    }

    /**
     * One feed as a page shows it.
     *
     * @param status the last HTTP status as text ("304 not modified"), or "no answer"
     */
    public record FeedRow(long id, String name, String url, String state, String interval, String lastPolled,
                          String nextPoll, String status, long itemsSeen, long articlesCreated, long duplicates,
                          long itemErrors, int failures, String lastError) {

        public boolean failing() {
            return "FAILING".equals(state);
        }
    }

    static Feeds rows(Page<FeedView> page) {
        return new Feeds(page.items().stream().map(FeedsPage::row).toList(), page.total());
    }

    private static FeedRow row(FeedView f) {
        String status = f.lastPolledAt() == null ? "" : f.lastStatus() == null ? "no answer"
                : f.lastStatus() == 304 ? "304 not modified" : Integer.toString(f.lastStatus());
        return new FeedRow(f.id(), f.name() == null ? f.url() : f.name(), f.url(), f.state(),
                readable(Duration.parse(f.interval())), when(f.lastPolledAt()), when(f.nextPollAt()), status,
                f.itemsSeen(), f.articlesCreated(), f.duplicates(), f.itemErrors(), f.failures(), f.lastError());
    }

    private static String when(Instant t) {
        return t == null ? "" : WHEN.format(t);
    }

    /** PT30M as "30 min", PT2H as "2 h", P1D as "1 day". */
    static String readable(Duration d) {
        if (d.toDays() > 0 && d.equals(Duration.ofDays(d.toDays()))) {
            return d.toDays() + (d.toDays() == 1 ? " day" : " days");
        }
        if (d.toHours() > 0 && d.equals(Duration.ofHours(d.toHours()))) {
            return d.toHours() + " h";
        }
        return d.toMinutes() + " min";
    }
}
