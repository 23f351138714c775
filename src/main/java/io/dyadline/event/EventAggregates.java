package io.dyadline.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Figures over all events (per pair, per sector), remembered until events change. */
@ApplicationScoped
public class EventAggregates {

    private final EntityManager em;
    private final ReadCache cache;

    public EventAggregates(EntityManager em, ReadCache cache) {
        this.em = em;
        this.cache = cache;
    }

    /** Per pair: how many events it shows (all but rejected ones) and how many of them analysts confirmed or corrected. */
    public Map<String, long[]> reviewedPerPair() {
        return cache.get("reviewed", () -> {
            Map<String, long[]> out = new HashMap<>();
            for (Object[] r : em.createQuery("select e.pair, count(e), sum(case when e.curationState = 'EXTRACTED' "
                    + "then 0 else 1 end) from Event e where e.curationState <> 'REJECTED' group by e.pair",
                    Object[].class).getResultList()) {
                out.put((String) r[0], new long[]{((Number) r[1]).longValue(), ((Number) r[2]).longValue()});
            }
            return Map.copyOf(out);
        });
    }

    /** Each pair with its event count and date span, most active first. */
    public List<PairStats> pairs() {
        return cache.get("pairs", this::countPairs);
    }

    private List<PairStats> countPairs() {
        List<Object[]> rows = em.createQuery("select e.pair, e.countryA, e.countryB, count(e), min(e.dateStart), "
                + "max(coalesce(e.dateEnd, e.dateStart)) from Event e where e.curationState <> 'REJECTED' "
                + "group by e.pair, e.countryA, e.countryB "
                + "order by count(e) desc, e.pair", Object[].class).getResultList();
        Map<String, Map<String, Long>> sectors = new HashMap<>();
        for (Object[] r : em.createQuery("select e.pair, s, count(e) from Event e join e.sectors s "
                + "where e.curationState <> 'REJECTED' group by e.pair, s",
                Object[].class).getResultList()) {
            sectors.computeIfAbsent((String) r[0], k -> new LinkedHashMap<>()).put((String) r[1], (Long) r[2]);
        }
        List<PairStats> out = new ArrayList<>();
        for (Object[] r : rows) {
            out.add(new PairStats((String) r[0], (String) r[1], (String) r[2], (Long) r[3], (LocalDate) r[4],
                    (LocalDate) r[5], sectors.getOrDefault((String) r[0], Map.of())));
        }
        return List.copyOf(out);
    }

    /** Events per sector slug. */
    public Map<String, Long> sectorCounts() {
        return cache.get("sectors", this::countSectors);
    }

    private Map<String, Long> countSectors() {
        Map<String, Long> counts = new HashMap<>();
        for (Object[] r : em.createQuery("select s, count(e) from Event e join e.sectors s where e.curationState <> 'REJECTED' group by s", Object[].class)
                .getResultList()) {
            counts.put((String) r[0], (Long) r[1]);
        }
        return Map.copyOf(counts);
    }

    /** One pair's figures. */
    public record PairStats(String pair, String countryA, String countryB, long events, LocalDate first,
                            LocalDate last, Map<String, Long> sectors) {
    }
}
