package io.dyadline.export;

import io.dyadline.event.EventCursor;
import io.dyadline.event.EventFilters;
import io.dyadline.event.EventQuery;
import org.jboss.resteasy.reactive.RestQuery;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/** The filters of {@code GET /api/events}, as every export takes them. */
public class ExportFilters {

    @RestQuery
    String pair;
    @RestQuery
    List<String> country;
    @RestQuery
    List<String> sector;
    @RestQuery
    List<String> type;
    @RestQuery
    String status;
    @RestQuery
    String from;
    @RestQuery
    String to;
    @RestQuery
    String q;
    @RestQuery
    List<String> quad;
    @RestQuery
    String initiator;
    @RestQuery
    String sort;

    public ExportFilters() {
    }

    /** The query of the first {@code size} events, in the given order unless {@code sort} says otherwise; a 400 names a bad filter. */
    EventQuery query(int size, String defaultSort) {
        return EventFilters.directed(EventFilters.parse(pair, country, sector, type, status, from, to, q, 0, size,
                sort == null || sort.isBlank() ? defaultSort : sort), quad, initiator);
    }

    /** The same query from a cursor on. */
    static EventQuery after(EventQuery q, EventCursor cursor) {
        return new EventQuery(q.pair(), q.countries(), q.sectors(), q.types(), q.status(), q.from(), q.to(), q.text(),
                q.articleId(), 0, q.size(), q.ascending(), cursor, q.initiator(), q.curation());
    }

    /**
     * The filters of a query, as the event list reads them (pair sorted, lists split), as a query string
     * ({@code pair=IR-RU&sector=telecom}) without sort: for links to the same view.
     */
    static String queryString(EventQuery query) {
        StringJoiner out = new StringJoiner("&");
        add(out, "pair", query.pair());
        query.countries().forEach(c -> add(out, "country", c));
        query.sectors().forEach(s -> add(out, "sector", s));
        query.types().forEach(t -> add(out, "type", t));
        add(out, "status", query.status());
        add(out, "initiator", query.initiator());
        add(out, "from", query.from() == null ? null : query.from().toString());
        add(out, "to", query.to() == null ? null : query.to().toString());
        add(out, "q", query.text());
        return out.toString();
    }

    /** What a query selects, in words, for a feed's or calendar's title. */
    static String describe(EventQuery query) {
        List<String> parts = new ArrayList<>();
        if (query.pair() != null) {
            parts.add(query.pair());
        }
        if (!query.countries().isEmpty()) {
            parts.add(String.join(", ", query.countries()));
        }
        parts.addAll(query.sectors());
        parts.addAll(query.types());
        if (query.status() != null) {
            parts.add(query.status().toLowerCase(Locale.ROOT));
        }
        if (query.initiator() != null) {
            parts.add("by " + query.initiator());
        }
        if (query.from() != null || query.to() != null) {
            parts.add((query.from() == null ? "" : query.from().toString()) + "–"
                    + (query.to() == null ? "" : query.to().toString()));
        }
        if (query.text() != null) {
            parts.add("“" + query.text() + "”");
        }
        return parts.isEmpty() ? "all events" : String.join(" · ", parts);
    }

    /** The timeline with the same filters, opening one event when {@code event} is given. */
    static String timeline(String base, EventQuery filters, Long event) {
        String query = queryString(filters);
        if (event != null) {
            query = query.isEmpty() ? "event=" + event : query + "&event=" + event;
        }
        return base + "timeline" + (query.isEmpty() ? "" : "?" + query);
    }

    private static void add(StringJoiner out, String name, String value) {
        if (value != null && !value.isBlank()) {
            out.add(name + "=" + URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
        }
    }
}
