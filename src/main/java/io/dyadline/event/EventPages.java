package io.dyadline.event;

import io.dyadline.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pages of the event list in date order, found by offset or, however deep, by keyset (the cursor of the previous
 * page), with the count of their matches remembered until events change.
 */
@ApplicationScoped
public class EventPages {

    private final EntityManager em;
    private final ReadCache cache;
    private final EventQueryPlanner planner;

    public EventPages(EntityManager em, ReadCache cache, EventQueryPlanner planner) {
        this.em = em;
        this.cache = cache;
        this.planner = planner;
    }

    /**
     * A page of events as their stored documents (an event stored before documents existed has none yet), with the
     * cursor of the next page when this one is full.
     */
    public Page<EventStore.Stored> find(EventQuery q) {
        return find(q, true);
    }

    /**
     * A page of events like {@link #find(EventQuery)}, without counting the matches (its total is -1): for walking the
     * whole list by cursor, where a count at every page would scan the matches again and again.
     */
    public Page<EventStore.Stored> findUncounted(EventQuery q) {
        return find(q, false);
    }

    private Page<EventStore.Stored> find(EventQuery q, boolean counted) {
        List<Row> rows = pageRows(q);
        // a total costs a scan of the matches; it is the same for every page and sort of one filter
        long total = !counted ? -1 : rows.isEmpty() && q.page() == 0 && q.after() == null ? 0 : count(q);
        List<Long> ids = rows.stream().map(Row::id).toList();
        String next = rows.size() < q.size() ? null
                : new EventCursor(rows.get(rows.size() - 1).date(), rows.get(rows.size() - 1).id()).encode();
        return new Page<>(documents(ids), q.page(), q.size(), total, next);
    }

    /** An event's place in the list's order. */
    private record Row(long id, LocalDate date) {
    }

    /**
     * The events of one page, in order. Only ids and dates are read to find the page, so a deep page is found in an
     * index, not in event rows; after a cursor, it starts where the cursor points in the date index. (The page itself
     * is remembered by {@link EventService#findDocuments}.)
     */
    private List<Row> pageRows(EventQuery q) {
        Map<String, Object> params = new HashMap<>();
        String where = planner.whereFor(q, params, q.after() != null ? q.size() : (long) q.page() * q.size() + q.size());
        String select = "select e.id, e.dateStart from Event e where " + where;
        String dir = q.ascending() ? "asc" : "desc";
        EventCursor after = q.after();
        if (after == null) {
            return rows(select + " order by e.dateStart " + dir + " nulls last, e.id " + dir, params,
                    q.page() * q.size(), q.size());
        }
        // the list is the dated events in date order, then the undated ones in id order, either way
        String beyond = q.ascending() ? ">" : "<";
        List<Row> out = new ArrayList<>();
        Map<String, Object> keyed = new HashMap<>(params);
        keyed.put("afterId", after.id());
        if (after.date() != null) {
            keyed.put("afterDate", after.date());
            out.addAll(rows(select + " and e.dateStart " + beyond + "= :afterDate and (e.dateStart " + beyond
                    + " :afterDate or e.id " + beyond + " :afterId) order by e.dateStart " + dir + ", e.id " + dir,
                    keyed, 0, q.size()));
            if (out.size() < q.size()) {
                out.addAll(rows(select + " and e.dateStart is null order by e.id " + dir, params, 0,
                        q.size() - out.size()));
            }
        } else {
            out.addAll(rows(select + " and e.dateStart is null and e.id " + beyond + " :afterId order by e.id " + dir,
                    keyed, 0, q.size()));
        }
        return out;
    }

    private List<Row> rows(String query, Map<String, Object> params, int first, int max) {
        TypedQuery<Object[]> select = em.createQuery(query, Object[].class);
        params.forEach(select::setParameter);
        List<Row> out = new ArrayList<>();
        for (Object[] r : select.setFirstResult(first).setMaxResults(max).getResultList()) {
            out.add(new Row((Long) r[0], (LocalDate) r[1]));
        }
        return out;
    }

    /** The stored documents of these events, in the order given; an event removed meanwhile is left out. */
    private List<EventStore.Stored> documents(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, EventStore.Stored> byId = new HashMap<>();
        em.createQuery("select new io.dyadline.event.EventStore$Stored(e.id, e.doc) from Event e where e.id in :ids",
                EventStore.Stored.class).setParameter("ids", ids).getResultList().forEach(s -> byId.put(s.id(), s));
        List<EventStore.Stored> out = new ArrayList<>(ids.size());
        for (Long id : ids) {
            EventStore.Stored s = byId.get(id);
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    /** How many events match, remembered until events change. Every match is counted, so q reads its rarest word first. */
    long count(EventQuery q) {
        Map<String, Object> params = new HashMap<>();
        String where = planner.whereFor(q, params, Long.MAX_VALUE);
        return cache.get(List.of("total", where, params), () -> {
            TypedQuery<Long> count = em.createQuery("select count(e) from Event e where " + where, Long.class);
            params.forEach(count::setParameter);
            return count.getSingleResult();
        });
    }
}
