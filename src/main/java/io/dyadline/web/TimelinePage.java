package io.dyadline.web;

import io.dyadline.event.Countries;
import io.dyadline.event.EventFilters;
import io.dyadline.event.EventOverview;
import io.dyadline.event.EventQuery;
import io.dyadline.event.EventService;
import io.dyadline.event.PairView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestQuery;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The timeline: a page whose form holds every filter (so the URL is the view), and the compact events its script
 * draws. Details of one event come from {@code /api/events/{id}}.
 */
@Path("/timeline")
public class TimelinePage {

    /** The most events one timeline view loads; past it the page asks for narrower filters. */
    static final int CAP = 20_000;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance timeline(Timeline page);
    }

    private final EventService events;
    private final EventOverview overview;

    public TimelinePage(EventService events, EventOverview overview) {
        this.events = events;
        this.overview = overview;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@RestQuery String pair, @RestQuery List<String> country,
                                 @RestQuery List<String> sector, @RestQuery List<String> type,
                                 @RestQuery String status, @RestQuery String from, @RestQuery String to,
                                 @RestQuery String q) {
        List<PairOption> pairs = new ArrayList<>();
        String wanted = pair == null ? "" : pair.strip().toUpperCase(Locale.ROOT);
        for (PairView p : events.pairs()) {
            pairs.add(new PairOption(p.pair(), p.countries().get(0).name() + " – " + p.countries().get(1).name()
                    + " (" + p.events() + ")"));
        }
        if (!wanted.isEmpty() && pairs.stream().noneMatch(p -> p.code().equals(wanted))) {
            pairs.add(0, new PairOption(wanted, wanted));
        }
        Filters f = new Filters(wanted, String.join(",", values(country)).toUpperCase(Locale.ROOT),
                values(sector), upper(values(type)), status == null ? "" : status.toUpperCase(Locale.ROOT),
                blank(from), blank(to), blank(q));
        return Templates.timeline(new Timeline(f, pairs, Legend.sectors(), Legend.types()));
    }

    /** The events of a view, oldest first, without their evidence; at most {@link #CAP}. */
    @GET
    @Path("/events")
    @Produces(MediaType.APPLICATION_JSON)
    public TimelineData data(@RestQuery String pair, @RestQuery List<String> country, @RestQuery List<String> sector,
                             @RestQuery List<String> type, @RestQuery String status, @RestQuery String from,
                             @RestQuery String to, @RestQuery String q) {
        EventQuery query = EventFilters.parse(pair, country, sector, type, status, from, to, q, 0, CAP, "date");
        EventOverview.TimelineSlice slice = overview.timeline(query, CAP);
        Map<String, String> names = new LinkedHashMap<>();
        for (EventOverview.TimelineEvent e : slice.events()) {
            names.computeIfAbsent(e.pair(), TimelinePage::pairName);
        }
        return new TimelineData(slice.events(), slice.total(), slice.total() > slice.events().size(), names);
    }

    static String pairName(String pair) {
        String[] codes = pair.split("-");
        return codes.length == 2 ? Countries.name(codes[0]) + " – " + Countries.name(codes[1]) : pair;
    }

    public record TimelineData(List<EventOverview.TimelineEvent> events, long total, boolean capped,
                               Map<String, String> pairs) {
    }

    public record PairOption(String code, String label) {
    }

    /** The filters as the URL gave them, to fill the form in again. */
    public record Filters(String pair, String country, Set<String> sectors, Set<String> types, String status,
                          String from, String to, String q) {

        public boolean hasSector(String slug) {
            return sectors.contains(slug);
        }

        public boolean hasType(String type) {
            return types.contains(type);
        }

        /** The filters as a query string, for the feed and calendar of this view ({@code /api/events.atom?...}). */
        public String query() {
            StringJoiner out = new StringJoiner("&");
            add(out, "pair", pair);
            add(out, "country", country);
            sectors.forEach(s -> add(out, "sector", s));
            types.forEach(t -> add(out, "type", t));
            add(out, "status", status);
            add(out, "from", from);
            add(out, "to", to);
            add(out, "q", q);
            String query = out.toString();
            return query.isEmpty() ? "" : "?" + query;
        }

        private static void add(StringJoiner out, String name, String value) {
            if (value != null && !value.isBlank()) {
                out.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
    }

    public record Timeline(Filters filters, List<PairOption> pairs, List<Legend.SectorKey> sectors,
                           List<Legend.TypeKey> types) {
    }

    /** Repeated parameters and comma-separated lists, read as the event API reads them, without repeats. */
    private static Set<String> values(List<String> raw) {
        return new LinkedHashSet<>(EventFilters.values(raw));
    }

    private static Set<String> upper(Set<String> in) {
        Set<String> out = new LinkedHashSet<>();
        in.forEach(s -> out.add(s.toUpperCase(Locale.ROOT)));
        return out;
    }

    private static String blank(String s) {
        return s == null ? "" : s.strip();
    }
}
