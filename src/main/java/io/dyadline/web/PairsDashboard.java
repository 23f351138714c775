package io.dyadline.web;

import io.dyadline.bulk.ImportService;
import io.dyadline.feed.FeedService;
import io.dyadline.event.EventOverview;
import io.dyadline.event.EventService;
import io.dyadline.event.PairView;
import io.dyadline.web.DashboardPage.Dashboard;
import io.dyadline.web.DashboardPage.Upload;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Builds the start page's model: pairs with their yearly activity on one shared year axis. */
@ApplicationScoped
class PairsDashboard {

    /** The imports the start page shows, newest first. */
    static final int IMPORTS_SHOWN = 5;

    /** The followed feeds the start page shows; the feeds page has them all. */
    static final int FEEDS_SHOWN = 10;

    private final EventService events;
    private final EventOverview overview;
    private final ImportService imports;
    private final FeedService feeds;

    PairsDashboard(EventService events, EventOverview overview, ImportService imports, FeedService feeds) {
        this.events = events;
        this.overview = overview;
        this.imports = imports;
        this.feeds = feeds;
    }

    Dashboard build(String country, Upload upload) {
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
        return new DashboardPage.Dashboard(rows, pairs.size(), total, filter, maxYear >= minYear ? minYear + "–" + maxYear : "",
                upload, DashboardPage.FORMATS,
                imports.list(0, IMPORTS_SHOWN).items().stream().map(ImportRow::of).toList(),
                FeedsPage.rows(feeds.list(0, FEEDS_SHOWN)));
    }

}
