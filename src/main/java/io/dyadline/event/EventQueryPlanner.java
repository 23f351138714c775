package io.dyadline.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Plans how an event query reads the text filter {@code q}: along the dates checking every word, from the word index
 * by its rarest word, or as the few events known to have every word; then writes the where clause
 * ({@link EventJpql}) that way. What it counts in the word index is remembered until events change.
 */
@ApplicationScoped
public class EventQueryPlanner {

    private final EntityManager em;
    private final ReadCache cache;

    public EventQueryPlanner(EntityManager em, ReadCache cache) {
        this.em = em;
        this.cache = cache;
    }

    /**
     * The where clause of an event query of which about {@code wanted} events are read: with the way to look up
     * {@code q} that reads fewest rows ({@link #drivingWord}), and, for several words with few common events, those
     * events themselves ({@link #textMatches}).
     */
    String whereFor(EventQuery q, Map<String, Object> params, long wanted) {
        String driving = drivingWord(q, wanted);
        return EventJpql.where(q, params, driving, driving == null ? null : textMatches(q),
                q.from() == null ? null : earliestStart(q.from()));
    }

    /**
     * The earliest start of an event whose range reaches {@code from}: no earlier than the longest range of the store
     * before it, or the earliest open one's (no end). Given as a lower bound of the start, it lets a window be read
     * from the date index from there, instead of from the first event of all (a busy pair's 100,000 earlier events).
     * Both figures are remembered until events change.
     */
    LocalDate earliestStart(LocalDate from) {
        long longest = cache.get("longest-range", () -> {
            Number days = em.createQuery("select max((e.dateEnd - e.dateStart) by day) from Event e "
                    + "where e.dateStart is not null and e.dateEnd is not null", Number.class).getSingleResult();
            return days == null ? 0L : days.longValue();
        });
        Optional<LocalDate> open = cache.get("earliest-open", () -> Optional.ofNullable(em.createQuery(
                "select min(e.dateStart) from Event e where e.dateEnd is null", LocalDate.class).getSingleResult()));
        LocalDate bound = from.minusDays(Math.max(0, longest));
        return open.filter(o -> o.isBefore(bound)).orElse(bound);
    }

    /**
     * The word of {@code q} to read from the word index first, or null to read events in date order and check every
     * word of each. Reading along the dates costs about {@code wanted} divided by the share of events that match (taken
     * as the product of each word's share); reading the index costs the rarest word's matches, narrowed by the other
     * words in the index, then the matching events. The cheaper way is taken: common words along the dates, a rare
     * word or a rare combination from the index.
     */
    String drivingWord(EventQuery q, long wanted) {
        if (q.text() == null) {
            return null;
        }
        long events = Math.max(1, cache.get("events",
                () -> em.createQuery("select count(e) from Event e", Long.class).getSingleResult()));
        String rarest = null;
        long fewest = Long.MAX_VALUE;
        double share = 1;
        for (String word : SearchWords.query(q.text())) {
            long n = wordMatches(word);
            share *= Math.min(1.0, (double) n / events);
            if (n < fewest) {
                fewest = n;
                rarest = word;
            }
        }
        if (rarest == null) {
            return null;
        }
        double expected = events * share;
        double alongDates = share == 0 ? Double.POSITIVE_INFINITY : wanted / share;
        return fewest + expected <= alongDates ? rarest : null;
    }

    /** Several words of q whose common events are listed rather than looked up in SQL: at most this many events. */
    static final int LISTED_TEXT_MATCHES = 1000;
    private static final int RAREST_READ = 20_000;
    private static final int NARROWED_BY_ID = 2_000;

    /**
     * The events whose evidence has every word of {@code q}, for two words or more, found in the word index: the
     * rarest word's events, narrowed by each other word (by id while they are few, else by intersecting its events),
     * remembered until events change. Null for one word, when the rarest word is too common to read its events, or
     * when more than {@link #LISTED_TEXT_MATCHES} events match: SQL looks them up then.
     */
    List<Long> textMatches(EventQuery q) {
        List<String> words = SearchWords.query(q.text());
        if (words.size() < 2) {
            return null;
        }
        List<String> byRarity = new ArrayList<>(words);
        byRarity.sort(Comparator.comparingLong(this::wordMatches));
        if (wordMatches(byRarity.get(0)) > RAREST_READ) {
            return null;
        }
        return cache.get(List.of("text", byRarity), () -> {
            Set<Long> events = new HashSet<>(eventsWith(byRarity.get(0), null));
            for (String word : byRarity.subList(1, byRarity.size())) {
                if (events.isEmpty()) {
                    break;
                }
                if (events.size() <= NARROWED_BY_ID) {
                    List<Long> all = new ArrayList<>(events);
                    Set<Long> kept = new HashSet<>();
                    for (int from = 0; from < all.size(); from += 500) {
                        kept.addAll(eventsWith(word, all.subList(from, Math.min(all.size(), from + 500))));
                    }
                    events = kept;
                } else {
                    events.retainAll(new HashSet<>(eventsWith(word, null)));
                }
            }
            if (events.size() > LISTED_TEXT_MATCHES) {
                return null;
            }
            List<Long> sorted = new ArrayList<>(events);
            sorted.sort(null);
            return List.copyOf(sorted);
        });
    }

    /** The events with a word beginning with this one, among some events or among all. */
    private List<Long> eventsWith(String word, List<Long> among) {
        TypedQuery<Long> select = em.createQuery("select w.eventId from EventWord w where w.word >= :lo and w.word < :hi"
                + (among == null ? "" : " and w.eventId in :among"), Long.class)
                .setParameter("lo", word).setParameter("hi", SearchWords.pastPrefix(word));
        if (among != null) {
            select.setParameter("among", among);
        }
        return select.getResultList();
    }

    /** How many stored words begin with this word: at most the events that match it. */
    private long wordMatches(String word) {
        return cache.get(List.of("word", word), () -> em.createQuery("select count(w) from EventWord w "
                + "where w.word >= :lo and w.word < :hi", Long.class)
                .setParameter("lo", word).setParameter("hi", SearchWords.pastPrefix(word)).getSingleResult());
    }
}
