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
    private final EventQueryPlanner planner;
    private final EventPages pages;
    private final ReadCache cache;

    public EventOverview(EntityManager em, EventQueryPlanner planner, EventPages pages, ReadCache cache) {
        this.em = em;
        this.planner = planner;
        this.pages = pages;
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
     * Events of each pair per month (by the month their date starts in) and quad class; undated events are left out.
     * Remembered until events change.
     */
    @Transactional
    public Map<String, Map<java.time.YearMonth, Map<String, Long>>> quadMonthsByPair() {
        return cache.get("quad-months", this::countQuadMonths);
    }

    private Map<String, Map<java.time.YearMonth, Map<String, Long>>> countQuadMonths() {
        Map<String, Map<java.time.YearMonth, Map<String, Long>>> out = new HashMap<>();
        for (Object[] r : em.createQuery("select e.pair, year(e.dateStart), month(e.dateStart), e.type, count(e) "
                + "from Event e where e.dateStart is not null group by e.pair, year(e.dateStart), month(e.dateStart), "
                + "e.type", Object[].class).getResultList()) {
            java.time.YearMonth month = java.time.YearMonth.of(((Number) r[1]).intValue(), ((Number) r[2]).intValue());
            out.computeIfAbsent((String) r[0], k -> new TreeMap<>()).computeIfAbsent(month, k -> new HashMap<>())
                    .merge(Quads.of((String) r[3]), (Long) r[4], Long::sum);
        }
        return out;
    }

    /** Events of each pair by quad class, counted from their types; remembered until events change. */
    @Transactional
    public Map<String, Map<String, Long>> quadsByPair() {
        return cache.get("quads", this::countQuads);
    }

    private Map<String, Map<String, Long>> countQuads() {
        Map<String, Map<String, Long>> out = new HashMap<>();
        for (Object[] r : em.createQuery("select e.pair, e.type, count(e) from Event e group by e.pair, e.type",
                Object[].class).getResultList()) {
            out.computeIfAbsent((String) r[0], k -> new HashMap<>()).merge(Quads.of((String) r[1]), (Long) r[2],
                    Long::sum);
        }
        out.replaceAll((pair, quads) -> Map.copyOf(quads));
        return Map.copyOf(out);
    }

    /**
     * The events matching a query, oldest first, at most {@code cap} of them (paging fields of the query are
     * ignored), without evidence: what a timeline needs to draw them.
     */
    @Transactional
    public TimelineSlice timeline(EventQuery q, int cap) {
        return timeline(q, cap, null);
    }

    /**
     * The events matching a query after a cursor (in the list's order: date, then id, undated last), at most
     * {@code cap}, with the cursor of the next slice when there are more: a timeline loads a window slice by slice.
     */
    @Transactional
    public TimelineSlice timeline(EventQuery q, int cap, EventCursor after) {
        Map<String, Object> params = new HashMap<>();
        String where = planner.whereFor(q, params, cap);
        String keyed = where;
        Map<String, Object> keyedParams = new HashMap<>(params);
        if (after != null && after.date() != null) {
            keyed += " and ((e.dateStart = :afterDate and e.id > :afterId) or e.dateStart > :afterDate"
                    + " or e.dateStart is null)";
            keyedParams.put("afterDate", after.date());
            keyedParams.put("afterId", after.id());
        } else if (after != null) {
            keyed += " and e.dateStart is null and e.id > :afterId";
            keyedParams.put("afterId", after.id());
        }
        // not remembered here: the timeline remembers its answer, written and compressed once (TimelinePage)
        return readSlice(q, keyed, keyedParams, cap);
    }

    private TimelineSlice readSlice(EventQuery q, String keyed, Map<String, Object> keyedParams, int cap) {
        TypedQuery<Object[]> select = em.createQuery("select e.id, e.type, e.status, e.pair, e.dateStart, e.dateEnd, "
                + "e.precision, e.edtf, e.openEnd, e.summary, e.curationState from Event e where " + keyed
                + " order by e.dateStart asc nulls last, e.id asc", Object[].class);
        keyedParams.forEach(select::setParameter);
        List<Object[]> rows = select.setMaxResults(cap + 1).getResultList();
        boolean more = rows.size() > cap;
        if (more) {
            rows = rows.subList(0, cap);
        }
        Map<Long, List<String>> sectorsOf = new HashMap<>();
        for (Object[] r : rows) {
            sectorsOf.put((Long) r[0], new ArrayList<>(2));
        }
        List<Long> ids = new ArrayList<>(sectorsOf.keySet());
        for (int from = 0; from < ids.size(); from += 1000) {
            for (Object[] r : em.createQuery("select e.id, s from Event e join e.sectors s where e.id in :ids",
                    Object[].class).setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))
                    .getResultList()) {
                sectorsOf.get((Long) r[0]).add((String) r[1]);
            }
        }
        List<TimelineEvent> events = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            List<String> s = sectorsOf.get((Long) r[0]);
            s.sort(null);
            events.add(new TimelineEvent((Long) r[0], (String) r[1], (String) r[2], (String) r[3], (LocalDate) r[4],
                    (LocalDate) r[5], (String) r[6], (String) r[7], (Boolean) r[8], (String) r[9], List.copyOf(s),
                    Quads.of((String) r[1]), (String) r[10]));
        }
        long total = pages.count(q);
        String next = null;
        if (more) {
            TimelineEvent last = events.get(events.size() - 1);
            next = new EventCursor(last.start(), last.id()).encode();
        }
        return new TimelineSlice(List.copyOf(events), total, next);
    }

    /** What the timeline needs of one event; details come from {@code /api/events/{id}} when it is opened. */
    public record TimelineEvent(long id, String type, String status, String pair, LocalDate start, LocalDate end,
                                String precision, String edtf, boolean open, String summary, List<String> sectors,
                                String quad, String curation) {
    }

    /** Up to a cap of the matching events, how many match in all, and the cursor of the next slice if any. */
    public record TimelineSlice(List<TimelineEvent> events, long total, String next) {
    }
}
