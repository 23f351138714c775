package io.dyadline.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The filters of {@code GET /api/events}, already validated. Empty lists and nulls mean "any".
 *
 * @param countries events involving any of these countries
 * @param from      events whose date range ends on or after this day
 * @param to        events whose date range starts on or before this day
 * @param text      words that must occur in the evidence (case-insensitive)
 * @param ascending oldest first when true
 * @param after     the page starts after this event (keyset paging); {@code page} is then 0
 * @param initiator events in which this country acts (directed events only)
 * @param curation  the curation states listed; null for every state but REJECTED, empty for every state
 */
public record EventQuery(String pair, List<String> countries, List<String> sectors, List<String> types,
                         String status, LocalDate from, LocalDate to, String text, Long articleId,
                         int page, int size, boolean ascending, EventCursor after, String initiator,
                         Set<String> curation) {

    public EventQuery(String pair, List<String> countries, List<String> sectors, List<String> types, String status,
                      LocalDate from, LocalDate to, String text, Long articleId, int page, int size, boolean ascending,
                      EventCursor after) {
        this(pair, countries, sectors, types, status, from, to, text, articleId, page, size, ascending, after, null,
                null);
    }

    /** The same query, narrowed to the types of some quad classes and to events one country initiates. */
    public EventQuery narrowed(List<String> quadTypes, String initiatorCode) {
        List<String> kept = types;
        if (quadTypes != null) {
            kept = types.isEmpty() ? quadTypes : types.stream().filter(quadTypes::contains).toList();
            if (kept.isEmpty()) {
                kept = List.of(NO_TYPE); // a type outside the quads asked for: nothing matches
            }
        }
        return new EventQuery(pair, countries, sectors, kept, status, from, to, text, articleId, page, size,
                ascending, after, initiatorCode == null ? initiator : initiatorCode, curation);
    }

    /** A type no event has, for a query whose type and quad filters exclude each other. */
    static final String NO_TYPE = "NONE";

    public EventQuery(String pair, List<String> countries, List<String> sectors, List<String> types, String status,
                      LocalDate from, LocalDate to, String text, Long articleId, int page, int size, boolean ascending) {
        this(pair, countries, sectors, types, status, from, to, text, articleId, page, size, ascending, null, null,
                null);
    }

    /** The same filters over these curation states (null: all but REJECTED; empty: all). */
    public EventQuery withCuration(Set<String> states) {
        return new EventQuery(pair, countries, sectors, types, status, from, to, text, articleId, page, size, ascending,
                after, initiator, states == null ? null : Set.copyOf(states));
    }

    public static EventQuery all(int page, int size) {
        return new EventQuery(null, List.of(), List.of(), List.of(), null, null, null, null, null, page, size, true);
    }
}
