package io.dyadline.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads many events at once for the pages, in a few grouped queries rather than one per pair or per event: the
 * yearly activity of every pair, and the compact rows the timeline draws.
 */
@ApplicationScoped
public class EventOverview {

    private final EntityManager em;
    private final EventStore store;
    private final ReadCache cache;

    public EventOverview(EntityManager em, EventStore store, ReadCache cache) {
        this.em = em;
        this.store = store;
        this.cache = cache;
    }

    /**
     * Events per year of each pair (by the year their date starts in); undated events are left out. Remembered until
     * events change, like the pair counts.
     */
    @Transactional
    public Map<String, Map<Integer, Long>> yearsByPair() {
        return cache.get("years", this::countYears);
    }

    private Map<String, Map<Integer, Long>> countYears() {
        Map<String, Map<Integer, Long>> out = new HashMap<>();
        for (Object[] r : em.createQuery("select e.pair, year(e.dateStart), count(e) from Event e "
                + "where e.dateStart is not null group by e.pair, year(e.dateStart)", Object[].class).getResultList()) {
            out.computeIfAbsent((String) r[0], k -> new TreeMap<>()).put(((Number) r[1]).intValue(), (Long) r[2]);
        }
        out.replaceAll((pair, years) -> Collections.unmodifiableMap(years));
        return Map.copyOf(out);
    }

    /**
     * The events matching a query, oldest first, at most {@code cap} of them (paging fields of the query are
     * ignored), without evidence: what a timeline needs to draw them.
     */
    @Transactional
    public TimelineSlice timeline(EventQuery q, int cap) {
        Map<String, Object> params = new HashMap<>();
        String where = store.whereFor(q, params, cap);
        TypedQuery<Object[]> select = em.createQuery("select e.id, e.type, e.status, e.pair, e.dateStart, e.dateEnd, "
                + "e.precision, e.edtf, e.openEnd, e.summary from Event e where " + where
                + " order by e.dateStart asc nulls last, e.id asc", Object[].class);
        TypedQuery<Long> count = em.createQuery("select count(e) from Event e where " + where, Long.class);
        TypedQuery<Object[]> sectors = em.createQuery("select e.id, s from Event e join e.sectors s where " + where,
                Object[].class);
        params.forEach((k, v) -> {
            select.setParameter(k, v);
            count.setParameter(k, v);
            sectors.setParameter(k, v);
        });
        List<Object[]> rows = select.setMaxResults(cap).getResultList();
        Map<Long, List<String>> sectorsOf = new HashMap<>();
        for (Object[] r : rows) {
            sectorsOf.put((Long) r[0], new ArrayList<>(2));
        }
        for (Object[] r : sectors.getResultList()) {
            List<String> list = sectorsOf.get((Long) r[0]);
            if (list != null) {
                list.add((String) r[1]);
            }
        }
        List<TimelineEvent> events = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            List<String> s = sectorsOf.get((Long) r[0]);
            s.sort(null);
            events.add(new TimelineEvent((Long) r[0], (String) r[1], (String) r[2], (String) r[3], (LocalDate) r[4],
                    (LocalDate) r[5], (String) r[6], (String) r[7], (Boolean) r[8], (String) r[9], s));
        }
        return new TimelineSlice(events, count.getSingleResult());
    }

    /** What the timeline needs of one event; details come from {@code /api/events/{id}} when it is opened. */
    public record TimelineEvent(long id, String type, String status, String pair, LocalDate start, LocalDate end,
                                String precision, String edtf, boolean open, String summary, List<String> sectors) {
    }

    /** Up to a cap of the matching events, and how many match in all. */
    public record TimelineSlice(List<TimelineEvent> events, long total) {
    }
}
