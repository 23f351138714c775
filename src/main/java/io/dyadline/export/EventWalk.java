package io.dyadline.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dyadline.common.Page;
import io.dyadline.event.EventCursor;
import io.dyadline.event.EventDocument;
import io.dyadline.event.EventQuery;
import io.dyadline.event.EventService;
import io.dyadline.event.EventView;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the events of a query for an export: the first few into memory, or all of them batch by batch by cursor, each
 * batch in its own transaction, so that a whole export holds one batch at a time however many events match.
 */
@ApplicationScoped
public class EventWalk {

    /** Takes the events of a walk one at a time; it may write them out as they come. */
    @FunctionalInterface
    public interface Sink {
        void accept(EventDocument event) throws IOException;
    }

    private final EventService events;
    private final ExportConfig config;
    private final ObjectMapper json;

    public EventWalk(EventService events, ExportConfig config, ObjectMapper json) {
        this.events = events;
        this.config = config;
        this.json = json;
    }

    /** Every event of the query (its page and size are ignored), in its order; returns how many. */
    public long each(EventQuery query, Sink sink) throws IOException {
        EventQuery batch = ExportFilters.after(withSize(query, config.batch()), null);
        long count = 0;
        while (true) {
            Page<EventDocument> found = events.batch(batch);
            for (EventDocument d : found.items()) {
                sink.accept(d);
                count++;
            }
            if (found.next() == null) {
                return count;
            }
            batch = ExportFilters.after(batch, EventCursor.decode(found.next()));
        }
    }

    /** The first {@code query.size()} events of the query, read into views. */
    public List<EventView> first(EventQuery query) {
        List<EventView> out = new ArrayList<>();
        for (EventDocument d : events.batch(query).items()) {
            out.add(view(d));
        }
        return out;
    }

    EventView view(EventDocument doc) {
        try {
            return json.readValue(doc.json(), EventView.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static EventQuery withSize(EventQuery q, int size) {
        return new EventQuery(q.pair(), q.countries(), q.sectors(), q.types(), q.status(), q.from(), q.to(), q.text(),
                q.articleId(), 0, size, q.ascending(), null, q.initiator(), q.curation());
    }
}
