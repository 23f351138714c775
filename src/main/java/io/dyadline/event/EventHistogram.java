package io.dyadline.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.dyadline.common.Precompressed;
import io.dyadline.common.ProblemException;
import io.dyadline.extraction.sector.SectorTaxonomy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Events counted per lane and period, for the timeline's overview: counted in the database (grouped by the lane and
 * the period the event's date starts in), remembered until events change like the other counts. Undated events are
 * not counted.
 */
@ApplicationScoped
public class EventHistogram {

    /** The periods a histogram counts by. */
    public enum Interval {
        DAY, WEEK, MONTH, YEAR;

        public static Interval parse(String raw) {
            try {
                return raw == null || raw.isBlank() ? MONTH : valueOf(raw.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ProblemException.badRequest("interval", "interval is day, week, month or year");
            }
        }
    }

    /** What a lane is: the event's pair, sector, type, quad class, or one lane for all. */
    public enum Grouping {
        PAIR, SECTOR, TYPE, QUAD, NONE;

        /** {@code pair}, {@code sector}, ..., or two of them joined by a comma ({@code pair,sector}). */
        public static List<Grouping> parse(String raw) {
            if (raw == null || raw.isBlank()) {
                return List.of(PAIR);
            }
            List<Grouping> out = new ArrayList<>();
            for (String part : raw.split(",")) {
                try {
                    Grouping g = valueOf(part.strip().toUpperCase(Locale.ROOT));
                    if (!out.contains(g) && g != NONE) {
                        out.add(g);
                    }
                } catch (IllegalArgumentException e) {
                    throw ProblemException.badRequest("by", "by is pair, sector, type, quad or none, or two of them "
                            + "joined by a comma (pair,sector)");
                }
            }
            if (out.size() > 2) {
                throw ProblemException.badRequest("by", "by groups lanes by at most two things (pair,sector)");
            }
            return List.copyOf(out);
        }
    }

    /** Events of one lane whose date starts in the period beginning on {@code start}. */
    public record Bucket(String lane, LocalDate start, long count) {
    }

    /** The answer: {@code by} as asked, lanes of two groupings joined by '/' ({@code IL-US/trade}). */
    @JsonSerialize(using = Histogram.Writer.class)
    public record Histogram(String interval, String by, List<Bucket> buckets,
                            @JsonIgnore @Schema(hidden = true) Precompressed body) {

        /** Writes the answer as it was written once when counted: tens of thousands of buckets for all pairs. */
        static final class Writer extends JsonSerializer<Histogram> {
            @Override
            public void serialize(Histogram h, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                gen.writeRawValue(h.body().json());
            }
        }
    }

    /** Buckets as counted, and the answer as JSON and gzipped. */
    private record Counted(List<Bucket> buckets, Precompressed body) {
    }

    /**
     * A pair's balance over time: per month or year (by the day its events' dates start in), the events of each quad
     * class, every class present (0 when none); periods without events are left out.
     */
    public record Activity(String pair, String by, List<Period> periods) {
    }

    /** @param start the first day of the period; {@code period} the period as ISO writes it: 2023-05 or 2023 */
    public record Period(String period, LocalDate start, Map<String, Long> counts) {
    }

    /** The activity of one pair by month or year ({@code by}); 400 for another period or a malformed pair. */
    @Transactional
    public Activity activity(String pair, String by) {
        String period = by == null || by.isBlank() ? "month" : by.strip().toLowerCase(Locale.ROOT);
        if (!period.equals("month") && !period.equals("year")) {
            throw ProblemException.badRequest("by", "by is month or year");
        }
        String code = EventFilters.pair(pair);
        EventQuery query = new EventQuery(code, List.of(), List.of(), List.of(), null, null, null, null, null, 0, 1,
                true);
        Interval interval = period.equals("month") ? Interval.MONTH : Interval.YEAR;
        Map<LocalDate, Map<String, Long>> byStart = new java.util.TreeMap<>();
        for (Bucket b : count(query, interval, List.of(Grouping.QUAD), false).buckets()) {
            byStart.computeIfAbsent(b.start(), k -> {
                Map<String, Long> zero = new java.util.LinkedHashMap<>();
                Quads.QUADS.forEach(q -> zero.put(q, 0L));
                return zero;
            }).merge(b.lane(), b.count(), Long::sum);
        }
        List<Period> periods = new ArrayList<>();
        byStart.forEach((start, counts) -> periods.add(new Period(interval == Interval.MONTH
                ? start.toString().substring(0, 7) : String.valueOf(start.getYear()), start, counts)));
        return new Activity(code, period, periods);
    }

    /** More buckets than this is not an overview: the caller asks for a coarser interval or a narrower window. */
    static final int MAX_BUCKETS = 100_000;
    private static final String NO_SECTOR = "none";

    private final EntityManager em;
    private final EventQueryPlanner planner;
    private final ReadCache cache;
    private final ObjectMapper json;

    public EventHistogram(EntityManager em, EventQueryPlanner planner, ReadCache cache, ObjectMapper json) {
        this.em = em;
        this.planner = planner;
        this.cache = cache;
        this.json = json;
        Quads.of("MEETING"); // the type table is read at start, so a malformed line fails there
    }

    /**
     * The histogram of the events a query matches (its paging fields ignored). With {@code everySector}, an event of
     * several sectors counts in each of their lanes; else only in its primary sector's.
     */
    @Transactional
    public Histogram count(EventQuery q, Interval interval, List<Grouping> by, boolean everySector) {
        Map<String, Object> params = new HashMap<>();
        String where = planner.whereFor(q, params, Long.MAX_VALUE);
        String byName = by.isEmpty() ? "none" : String.join(",", by.stream().map(g -> g.name().toLowerCase(Locale.ROOT))
                .toList());
        String intervalName = interval.name().toLowerCase(Locale.ROOT);
        Counted counted = cache.get(List.of("histogram", where, params, interval, by, everySector), () -> {
            List<Bucket> buckets = buckets(where, params, interval, by, everySector);
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("interval", intervalName);
            answer.put("by", byName);
            answer.put("buckets", buckets);
            try {
                return new Counted(buckets, Precompressed.of(json.writeValueAsString(answer)));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }, c -> c.body().size());
        return new Histogram(intervalName, byName, counted.buckets(), counted.body());
    }

    private List<Bucket> buckets(String where, Map<String, Object> params, Interval interval, List<Grouping> by,
                                 boolean everySector) {
        boolean sectors = by.contains(Grouping.SECTOR);
        List<String> lanes = new ArrayList<>();
        for (Grouping g : by) {
            lanes.add(switch (g) {
                case PAIR -> "e.pair";
                case SECTOR -> "ls";
                // the quad class comes from the type, in the table; several types of one quad are added up below
                case TYPE, QUAD -> "e.type";
                case NONE -> throw new IllegalStateException();
            });
        }
        List<String> period = switch (interval) {
            // weeks are counted by day in the database and added up here: ISO weeks are not portable SQL
            case DAY, WEEK -> List.of("e.dateStart");
            case MONTH -> List.of("year(e.dateStart)", "month(e.dateStart)");
            case YEAR -> List.of("year(e.dateStart)");
        };
        List<String> groups = new ArrayList<>(lanes);
        groups.addAll(period);
        StringBuilder hql = new StringBuilder("select ").append(String.join(", ", groups)).append(", count(e) from Event e");
        if (sectors) {
            hql.append(" join e.sectors ls");
        }
        hql.append(" where ").append(where).append(" and e.dateStart is not null");
        if (sectors && !everySector) {
            // the primary sector: no other sector of the event comes before it in the taxonomy
            hql.append(" and not exists (select 1 from e.sectors ls2 where ").append(rank("ls2")).append(" < ")
                    .append(rank("ls")).append(")");
        }
        hql.append(" group by ").append(String.join(", ", groups));
        TypedQuery<Object[]> select = em.createQuery(hql.toString(), Object[].class);
        params.forEach(select::setParameter);
        List<Object[]> rows = select.setMaxResults(MAX_BUCKETS * 7 + 1).getResultList();
        if (rows.size() > MAX_BUCKETS * 7) {
            throw tooMany();
        }
        Map<String, Map<LocalDate, Long>> counts = new LinkedHashMap<>();
        for (Object[] r : rows) {
            List<String> parts = new ArrayList<>(by.size());
            for (int i = 0; i < by.size(); i++) {
                String value = r[i] == null ? NO_SECTOR : (String) r[i];
                parts.add(by.get(i) == Grouping.QUAD ? Quads.of(value) : value);
            }
            String lane = parts.isEmpty() ? "all" : String.join("/", parts);
            int p = by.size();
            LocalDate start = switch (interval) {
                case DAY -> (LocalDate) r[p];
                case WEEK -> ((LocalDate) r[p]).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                case MONTH -> LocalDate.of(((Number) r[p]).intValue(), ((Number) r[p + 1]).intValue(), 1);
                case YEAR -> LocalDate.of(((Number) r[p]).intValue(), 1, 1);
            };
            counts.computeIfAbsent(lane, k -> new HashMap<>()).merge(start, ((Number) r[r.length - 1]).longValue(),
                    Long::sum);
        }
        List<Bucket> out = new ArrayList<>();
        counts.forEach((lane, byStart) -> byStart.forEach((start, n) -> out.add(new Bucket(lane, start, n))));
        if (out.size() > MAX_BUCKETS) {
            throw tooMany();
        }
        out.sort(Comparator.comparing(Bucket::lane).thenComparing(Bucket::start));
        return List.copyOf(out);
    }

    private static ProblemException tooMany() {
        return ProblemException.badRequest("interval", "More than " + MAX_BUCKETS + " buckets: ask for a coarser "
                + "interval, or narrow the events with from and to");
    }

    /** The place of a sector in the taxonomy, as SQL: the slugs are the taxonomy's own (lower-case words). */
    private static String rank(String alias) {
        StringBuilder c = new StringBuilder("case ").append(alias);
        for (SectorTaxonomy.Sector s : SectorTaxonomy.standard().all()) {
            c.append(" when '").append(s.slug()).append("' then ").append(s.rank());
        }
        return c.append(" else ").append(SectorTaxonomy.standard().all().size()).append(" end").toString();
    }
}
