package io.dyadline.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dyadline.common.Precompressed;
import io.dyadline.event.Countries;
import io.dyadline.event.EventCursor;
import io.dyadline.event.EventFilters;
import io.dyadline.event.EventOverview;
import io.dyadline.event.EventQuery;
import io.dyadline.event.EventService;
import io.dyadline.event.PairView;
import io.dyadline.event.ReadCache;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

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
    private final ReadCache cache;
    private final ObjectMapper json;

    public TimelinePage(EventService events, EventOverview overview, ReadCache cache, ObjectMapper json) {
        this.events = events;
        this.overview = overview;
        this.cache = cache;
        this.json = json;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@RestQuery String pair, @RestQuery List<String> country,
                                 @RestQuery List<String> sector, @RestQuery List<String> type,
                                 @RestQuery String status, @RestQuery String from, @RestQuery String to,
                                 @RestQuery String q, @RestQuery String compare, @RestQuery String lanes,
                                 @RestQuery String sectorLanes, @RestQuery String collapsed, @RestQuery String order,
                                 @RestQuery String view, @RestQuery String quad, @RestQuery String initiator,
                                 @RestQuery List<String> curation) {
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
                blank(from), blank(to), blank(q), blank(quad).toUpperCase(Locale.ROOT),
                blank(initiator).toUpperCase(Locale.ROOT), values(curation).contains("CONFIRMED"));
        String grouping = lanes == null ? "sector" : lanes.strip().toLowerCase(Locale.ROOT);
        View arrangement = new View(blank(compare).toUpperCase(Locale.ROOT),
                Set.of("sector", "type", "quad", "none").contains(grouping) ? grouping : "sector",
                "every".equalsIgnoreCase(blank(sectorLanes)), blank(collapsed).toUpperCase(Locale.ROOT),
                blank(order).toUpperCase(Locale.ROOT), blank(view));
        return Templates.timeline(new Timeline(f, arrangement, pairs, Legend.sectors(), Legend.types()));
    }

    /**
     * The events of a view, oldest first, without their evidence; at most {@code limit} (up to {@link #CAP}) after
     * the cursor {@code after}, with {@code next} when more follow: the page loads its visible window slice by slice.
     */
    @GET
    @Path("/events")
    @Produces(MediaType.APPLICATION_JSON)
    // gzipped once when read (Precompressed): the HTTP layer lets its Content-Encoding through
    @io.quarkus.vertx.http.Compressed
    public RestResponse<Object> data(@RestQuery String pair, @RestQuery List<String> country,
                                     @RestQuery List<String> sector, @RestQuery List<String> type,
                                     @RestQuery String status, @RestQuery String from, @RestQuery String to,
                                     @RestQuery String q, @RestQuery @DefaultValue("20000") @Min(1) @Max(CAP) int limit,
                                     @RestQuery String after, @RestQuery List<String> quad,
                                     @RestQuery String initiator, @RestQuery List<String> curation,
                                     @RestHeader("Accept-Encoding") String acceptEncoding) {
        EventQuery query = EventFilters.directed(EventFilters.parse(pair, country, sector, type, status, from, to, q, 0,
                limit, "date"), quad, initiator).withCuration(EventFilters.curation(curation));
        EventCursor cursor = after == null || after.isBlank() ? null : EventCursor.decode(after.strip());
        // remembered until events change, written and gzipped once: panning back and forth asks for the same windows
        return cache.get(List.of("timeline-events", query, limit, cursor == null ? "" : cursor.encode()),
                () -> answer(query, limit, cursor), Precompressed::size).answer(acceptEncoding);
    }

    private Precompressed answer(EventQuery query, int limit, EventCursor cursor) {
        EventOverview.TimelineSlice slice = overview.timeline(query, limit, cursor);
        Map<String, String> names = new LinkedHashMap<>();
        for (EventOverview.TimelineEvent e : slice.events()) {
            names.computeIfAbsent(e.pair(), TimelinePage::pairName);
        }
        try {
            return Precompressed.of(json.writeValueAsString(new TimelineData(slice.events(), slice.total(),
                    cursor == null && slice.next() != null, names, slice.next())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String pairName(String pair) {
        String[] codes = pair.split("-");
        return codes.length == 2 ? Countries.name(codes[0]) + " – " + Countries.name(codes[1]) : pair;
    }

    /** {@code capped}: the first slice does not hold every match; {@code next}: the cursor of the next slice. */
    public record TimelineData(List<EventOverview.TimelineEvent> events, long total, boolean capped,
                               Map<String, String> pairs, String next) {
    }

    public record PairOption(String code, String label) {
    }

    /** The filters as the URL gave them, to fill the form in again. */
    public record Filters(String pair, String country, Set<String> sectors, Set<String> types, String status,
                          String from, String to, String q, String quad, String initiator,
                          boolean confirmedOnly) {

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
            add(out, "quad", quad);
            add(out, "initiator", initiator);
            String query = out.toString();
            return query.isEmpty() ? "" : "?" + query;
        }

        private static void add(StringJoiner out, String name, String value) {
            if (value != null && !value.isBlank()) {
                out.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
    }

    /**
     * How the analyst arranged the view, as the URL gave it: pairs compared, lanes per pair (sector, type, quad or
     * none), every sector or the primary one, collapsed pairs, their order, the window in view (start,end).
     */
    public record View(String compare, String lanes, boolean everySector, String collapsed, String order,
                       String window) {
    }

    public record Timeline(Filters filters, View view, List<PairOption> pairs, List<Legend.SectorKey> sectors,
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
