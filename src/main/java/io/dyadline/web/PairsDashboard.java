package io.dyadline.web;

import io.dyadline.bulk.ImportService;
import io.dyadline.event.EventHistogram;
import io.dyadline.feed.FeedService;
import io.dyadline.event.EventOverview;
import io.dyadline.event.EventQuery;
import io.dyadline.event.EventService;
import io.dyadline.event.PairView;
import io.dyadline.event.ReadCache;
import io.dyadline.web.DashboardPage.Upload;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;

/** Builds the start page's model: pairs with their yearly activity on one shared year axis. */
@ApplicationScoped
class PairsDashboard {

    /** The imports the start page shows, newest first. */
    static final int IMPORTS_SHOWN = 5;

    /** The followed feeds the start page shows; the feeds page has them all. */
    static final int FEEDS_SHOWN = 10;

    private final EventService events;
    private final EventOverview overview;
    private final EventHistogram histogram;
    private final ImportService imports;
    private final FeedService feeds;
    private final ReadCache cache;

    PairsDashboard(EventService events, EventOverview overview, EventHistogram histogram, ImportService imports,
                   FeedService feeds, ReadCache cache) {
        this.cache = cache;
        this.events = events;
        this.overview = overview;
        this.histogram = histogram;
        this.imports = imports;
        this.feeds = feeds;
    }

    DashboardPage.Dashboard build(String country, Upload upload) {
        return build(country, upload, null, 0, PAGE_SIZE);
    }

    /** Rows per page of the start page. */
    static final int PAGE_SIZE = 50;
    static final List<String> SORTS = List.of("events", "recent", "change", "pair");

    /**
     * The start page at one page of pairs: those matching the country search, sorted by events (the default), recent
     * activity (events of the reference month and the two before), change (the reference month against the mean of
     * the twelve before) or name. The reference month is the last month with events, up to this one
     * ({@link #referenceMonth}).
     */
    DashboardPage.Dashboard build(String country, Upload upload, String sort, int page, int size) {
        String filter = country == null ? "" : country.strip();
        String order = sort != null && SORTS.contains(sort.strip().toLowerCase(Locale.ROOT))
                ? sort.strip().toLowerCase(Locale.ROOT) : "events";
        YearMonth now = YearMonth.now(ZoneOffset.UTC);
        // the ranking of every pair is remembered until events change: at hundreds of pairs it was most of the page
        Ranking ranking = cache.get(List.of("start-page", filter, order, now), () -> rank(filter, order, now));
        int pages = Math.max(1, (ranking.rows().size() + size - 1) / size);
        int shown = Math.min(Math.max(0, page), pages - 1);
        // the section of pairs is rendered once until events change: rendering its rows was most of the page's time
        String section = cache.get(List.of("start-page-section", filter, order, now, shown, size),
                () -> DashboardPage.Templates.pairs(pairs(ranking, filter, order, shown, pages, size)).render(),
                String::length);
        return new DashboardPage.Dashboard(section, upload, DashboardPage.FORMATS,
                imports.list(0, IMPORTS_SHOWN).items().stream().map(ImportRow::of).toList(),
                FeedsPage.rows(feeds.list(0, FEEDS_SHOWN)));
    }

    /** One page of the ranked pairs, with their charts. */
    private DashboardPage.Pairs pairs(Ranking ranking, String filter, String order, int shown, int pages, int size) {
        List<PairRow> rows = ranking.rows();
        Map<String, Map<YearMonth, Map<String, Long>>> quadMonths = overview.quadMonthsByPair();
        Map<String, Map<Integer, Long>> years = overview.yearsByPair();
        int minYear = ranking.minYear();
        int maxYear = ranking.maxYear();
        YearMonth thisMonth = ranking.thisMonth();
        // only the rows shown get their charts
        List<PairRow> slice = new ArrayList<>();
        for (PairRow r : rows.subList(shown * size, Math.min(rows.size(), shown * size + size))) {
            slice.add(r.withCharts(Histogram.of(years.getOrDefault(r.pair(), Map.of()), minYear, maxYear),
                    Balance.of(quadMonths.get(r.pair()))));
        }
        return new DashboardPage.Pairs(List.copyOf(slice), ranking.pairCount(), ranking.eventCount(), filter,
                maxYear >= minYear ? minYear + "–" + maxYear : "",
                new DashboardPage.Paging(order, shown, pages, rows.size(), size, filter),
                minYear <= maxYear ? String.valueOf(minYear) : "", minYear <= maxYear ? String.valueOf(maxYear) : "",
                thisMonth.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + thisMonth.getYear());
    }

    /** Every pair matching the search, in order and without charts, and what the page says of all of them. */
    record Ranking(List<PairRow> rows, int pairCount, long eventCount, int minYear, int maxYear, YearMonth thisMonth) {
    }

    private Ranking rank(String filter, String order, YearMonth now) {
        List<PairView> pairs = events.pairs();
        YearMonth thisMonth = referenceMonth(overview.quadMonthsByPair(), now);
        Map<String, Map<YearMonth, Long>> months = monthsByPair(thisMonth);
        // one year axis for every row, so rows compare: where the events are
        YearAxis axis = YearAxis.of(overview.yearsByPair());
        Map<String, long[]> reviewed = events.reviewedPerPair();
        List<PairRow> rows = new ArrayList<>();
        for (PairView p : pairs) {
            PairRow row = PairRow.of(p, null, Activity.of(months.getOrDefault(p.pair(), Map.of()), thisMonth),
                    reviewed.getOrDefault(p.pair(), new long[]{p.events(), 0})[1], null);
            if (filter.isEmpty() || row.search().contains(filter.toLowerCase(Locale.ROOT))) {
                rows.add(row);
            }
        }
        Comparator<PairRow> byEvents = Comparator.comparingLong(PairRow::events).reversed();
        Comparator<PairRow> comparator = switch (order) {
            case "recent" -> Comparator.comparingLong((PairRow r) -> r.activity().recent()).reversed().thenComparing(byEvents);
            case "change" -> Comparator.comparingDouble((PairRow r) -> r.activity().change()).reversed().thenComparing(byEvents);
            case "pair" -> Comparator.comparing((PairRow r) -> r.a().name() + " " + r.b().name());
            default -> byEvents;
        };
        rows.sort(comparator.thenComparing(PairRow::pair));
        return new Ranking(List.copyOf(rows), pairs.size(), pairs.stream().mapToLong(PairView::events).sum(),
                axis.first(), axis.last(), thisMonth);
    }

    /**
     * The month that recent activity and change are measured on: the last month, up to this one, in which some pair
     * has an event, so that an archive that ends before today is not measured on empty months; this month when there
     * is none. (A month after this one holds plans, not activity.)
     */
    static YearMonth referenceMonth(Map<String, Map<YearMonth, Map<String, Long>>> monthsByPair, YearMonth thisMonth) {
        YearMonth last = null;
        for (Map<YearMonth, Map<String, Long>> months : monthsByPair.values()) {
            if (months instanceof NavigableMap<YearMonth, Map<String, Long>> ordered) {
                // the counts come ordered by month: one look-up per pair, not a walk through its twenty years
                YearMonth m = ordered.floorKey(thisMonth);
                if (m != null && (last == null || m.isAfter(last))) {
                    last = m;
                }
                continue;
            }
            for (YearMonth m : months.keySet()) {
                if (!m.isAfter(thisMonth) && (last == null || m.isAfter(last))) {
                    last = m;
                }
            }
        }
        return last == null ? thisMonth : last;
    }

    /** Each pair's events per month, the reference month and the twelve before it, counted in the database. */
    private Map<String, Map<YearMonth, Long>> monthsByPair(YearMonth thisMonth) {
        EventQuery since = new EventQuery(null, List.of(), List.of(), List.of(), null,
                thisMonth.minusMonths(12).atDay(1), thisMonth.atEndOfMonth(), null, null, 0, 1, true);
        Map<String, Map<YearMonth, Long>> out = new HashMap<>();
        for (EventHistogram.Bucket b : histogram.count(since, EventHistogram.Interval.MONTH,
                List.of(EventHistogram.Grouping.PAIR), false).buckets()) {
            if (!b.start().isBefore(thisMonth.minusMonths(12).atDay(1))) {
                out.computeIfAbsent(b.lane(), k -> new HashMap<>()).put(YearMonth.from(b.start()), b.count());
            }
        }
        return out;
    }

}
