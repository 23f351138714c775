package io.dyadline.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dyadline.common.Transactions;
import io.dyadline.extraction.Actor;
import io.dyadline.extraction.EventDate;
import io.dyadline.extraction.EventStatus;
import io.dyadline.extraction.Evidence;
import io.dyadline.extraction.ExtractedEvent;
import io.dyadline.extraction.Precision;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.hibernate.query.NativeQuery;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps events and merges the same real-world event reported by several articles into one, with the evidence and
 * sources of each. Callers hold the transaction. The read side lives beside it: {@link EventPages} (the list, paged),
 * {@link EventQueryPlanner} and {@link EventJpql} (how a query reads), {@link EventAggregates} (figures per pair and
 * sector); {@link EventChangeLog} tells the other instances.
 */
@ApplicationScoped
public class EventStore {

    private static final LocalDate END_OF_TIME = LocalDate.of(9999, 12, 31);

    private final EntityManager em;
    private final ObjectMapper json;
    private final ReadCache cache;
    private final EventDocuments documents;
    private final EventChangeLog changeLog;
    private final TransactionSynchronizationRegistry transactions;
    /** The key, in the transaction's resources, of the pairs it holds. */
    private final Object heldKey = new Object();

    public EventStore(EntityManager em, ObjectMapper json, ReadCache cache, EventDocuments documents,
                      EventChangeLog changeLog, TransactionSynchronizationRegistry transactions) {
        this.em = em;
        this.json = json;
        this.cache = cache;
        this.documents = documents;
        this.changeLog = changeLog;
        this.transactions = transactions;
    }

    /** The pairs whose locks the current transaction holds (none outside a transaction). */
    @SuppressWarnings("unchecked")
    private Set<String> heldPairs() {
        if (transactions.getTransactionKey() == null) {
            return new HashSet<>();
        }
        Set<String> held = (Set<String>) transactions.getResource(heldKey);
        if (held == null) {
            held = new HashSet<>();
            transactions.putResource(heldKey, held);
        }
        return held;
    }

    /**
     * Stores what one article reports: each event joins a stored one that it matches (same pair and type, a
     * compatible date, compatible actors), else becomes a new event.
     *
     * @return how many events the article now contributes to, and whether one of them is an event analysts decided on
     */
    public Recorded record(long articleId, List<ExtractedEvent> extracted) {
        if (!extracted.isEmpty()) {
            cache.changing();
        }
        lockPairs(extracted.stream().map(ExtractedEvent::pair).toList());
        // what the transaction wrote before this article is in the database for the lookups below
        em.flush();
        Set<Event> created = new LinkedHashSet<>();
        Map<Event, List<EventEvidence>> joined = new LinkedHashMap<>();
        for (ExtractedEvent x : extracted) {
            Event target = findSameEvent(articleId, x, created, joined.keySet());
            boolean isNew = target == null;
            if (isNew) {
                target = newEvent(x);
                em.persist(target);
                created.add(target);
            } else {
                mergeInto(target, x);
            }
            List<EventEvidence> added = new ArrayList<>();
            for (Evidence ev : x.evidence()) {
                EventEvidence v = evidence(target, articleId, ev);
                // a stored event's evidence is not loaded to add to it: the addition is queued, the row persisted
                target.evidence.add(v);
                em.persist(v);
                added.add(v);
            }
            if (!isNew) {
                joined.computeIfAbsent(target, k -> new ArrayList<>()).addAll(added);
            }
        }
        documents.recorded(articleId, created, joined);
        if (!extracted.isEmpty()) {
            changeLog.changed();
        }
        em.flush();
        return new Recorded(extracted.size(), joined.keySet().stream().anyMatch(e -> e.curationId != null));
    }

    /** What {@link #record} did: the events the article contributes to; whether it joined a curated one. */
    public record Recorded(int events, boolean joinedCurated) {
    }

    /**
     * Holds the pairs' locks until the transaction ends, so that writers of the same pair take turns: a writer looks
     * for the event it reports only once the previous writer of the pair has committed, and finds that writer's
     * event. Locks are taken in the pairs' order; a transaction that stores several articles takes all its pairs
     * first, so two writers never wait for each other (should they, the database ends one and
     * {@link io.dyadline.common.Transactions#retrying} runs it again). A pair the transaction holds already is not
     * asked for again.
     */
    public void lockPairs(Collection<String> pairs) {
        Set<String> held = heldPairs();
        List<String> sorted = pairs.stream().distinct().filter(p -> !held.contains(p)).sorted().toList();
        if (sorted.isEmpty()) {
            return;
        }
        if (lock(sorted) < sorted.size()) {
            createLockRows(sorted);
            lock(sorted);
        }
        held.addAll(sorted);
    }

    private int lock(List<String> pairs) {
        // the lock table is the query's only space: no flush of the pending writes before it
        return em.createNativeQuery("select pair from event_pair_lock where pair in (:pairs) order by pair for update")
                .unwrap(NativeQuery.class).addSynchronizedQuerySpace("event_pair_lock")
                .setParameter("pairs", pairs).getResultList().size();
    }

    /**
     * Adds the lock rows of new pairs, together in a transaction of their own; should another writer add one of them
     * first, each in a transaction of its own, where a row another writer adds first is fine.
     */
    private void createLockRows(List<String> pairs) {
        try {
            QuarkusTransaction.requiringNew().run(() -> pairs.forEach(this::insertLockRow));
            return;
        } catch (RuntimeException e) {
            if (!Transactions.isUniqueViolation(e)) {
                throw e;
            }
        }
        for (String pair : pairs) {
            try {
                QuarkusTransaction.requiringNew().run(() -> insertLockRow(pair));
            } catch (RuntimeException e) {
                if (!Transactions.isUniqueViolation(e)) {
                    throw e;
                }
            }
        }
    }

    private void insertLockRow(String pair) {
        em.createNativeQuery("insert into event_pair_lock (pair) select :pair where not exists "
                        + "(select 1 from event_pair_lock where pair = :pair)")
                .setParameter("pair", pair).executeUpdate();
    }

    /**
     * Removes one article's evidence, and the events that no other article reports, except those analysts decided on:
     * they stay, for the article's evidence to come back to when it is extracted again (see io.dyadline.curation).
     */
    public void forgetArticle(long articleId) {
        cache.changing();
        // the pairs first, the events once their other writers have committed: read before the lock, they could be stale
        lockPairs(em.createQuery("select distinct v.event.pair from EventEvidence v where v.articleId = :article",
                String.class).setParameter("article", articleId).getResultList());
        List<Event> touched = em.createQuery(
                "select distinct v.event from EventEvidence v where v.articleId = :article", Event.class)
                .setParameter("article", articleId).getResultList();
        List<Event> kept = new ArrayList<>();
        for (Event e : touched) {
            e.evidence.removeIf(v -> v.articleId == articleId);
            if (e.evidence.isEmpty() && e.curationId == null) {
                em.remove(e);
            } else {
                kept.add(e);
            }
        }
        documents.reduced(kept);
        if (!touched.isEmpty()) {
            changeLog.changed();
        }
        em.flush();
    }

    /**
     * Rewrites the documents and words of events changed outside {@link #record} (by analysts), and tells the caches
     * and the other instances. Their evidence is loaded as needed.
     */
    public void changed(Collection<Event> events) {
        if (events.isEmpty()) {
            return;
        }
        cache.changing();
        em.flush();
        documents.reduced(events);
        changeLog.changed();
        em.flush();
    }

    /**
     * Moves pieces of evidence to another event. An event left with no evidence is removed unless analysts decided
     * on it. Returns the events that lost or gained evidence and remain, their documents not yet rewritten.
     */
    public Set<Event> moveEvidence(Collection<Long> evidenceIds, Event target) {
        Set<Event> touched = new LinkedHashSet<>();
        if (evidenceIds.isEmpty()) {
            return touched;
        }
        cache.changing();
        em.flush();
        List<Event> sources = em.createQuery("select distinct v.event from EventEvidence v where v.id in :ids", Event.class)
                .setParameter("ids", evidenceIds).getResultList();
        // one update, not a move between collections: orphan removal would delete a piece it sees leave one
        em.createQuery("update EventEvidence v set v.event = :target where v.id in :ids")
                .setParameter("target", target).setParameter("ids", evidenceIds).executeUpdate();
        em.refresh(target);
        touched.add(target);
        for (Event source : sources) {
            if (source.equals(target)) {
                continue;
            }
            em.refresh(source);
            if (source.evidence.isEmpty() && source.curationId == null) {
                em.remove(source);
            } else {
                touched.add(source);
            }
        }
        return touched;
    }

    /** A new event with the fields of another (and none of its evidence), to split evidence off into. */
    public Event copy(Event from) {
        Event e = new Event();
        e.type = from.type;
        e.status = from.status;
        e.countryA = from.countryA;
        e.countryB = from.countryB;
        e.pair = from.pair;
        e.dateStart = from.dateStart;
        e.dateEnd = from.dateEnd;
        e.precision = from.precision;
        e.edtf = from.edtf;
        e.dateSource = from.dateSource;
        e.openEnd = from.openEnd;
        e.location = from.location;
        e.summary = from.summary;
        e.cameo = from.cameo;
        e.confidence = from.confidence;
        e.actors = from.actors;
        e.sectors.addAll(from.sectors);
        e.createdAt = Instant.now();
        em.persist(e);
        em.flush();
        return e;
    }

    /** Removes an event merged into another, whose id answers with the survivor from now on. */
    public void mergedAway(Event gone, Event survivor) {
        cache.changing();
        em.createNativeQuery("update event_redirect set to_id = :survivor where to_id = :gone")
                .setParameter("survivor", survivor.id).setParameter("gone", gone.id).executeUpdate();
        em.createNativeQuery("insert into event_redirect (from_id, to_id) values (:gone, :survivor)")
                .setParameter("gone", gone.id).setParameter("survivor", survivor.id).executeUpdate();
        if (em.contains(gone)) {
            em.remove(gone);
        }
        changeLog.changed();
    }

    /** The event that a merged event's id now stands for, or null. */
    public Long survivorOf(long id) {
        List<?> found = em.createNativeQuery("select to_id from event_redirect where from_id = :id")
                .setParameter("id", id).getResultList();
        return found.isEmpty() ? null : ((Number) found.get(0)).longValue();
    }

    public Event get(long id) {
        return em.find(Event.class, id);
    }

    /**
     * One event's document if it shows the whole event, or null when there is no such event. {@link Stored#doc()}
     * is null when the document is not yet written or lists only part of the evidence: the event is then rendered.
     */
    public Stored getStored(long id) {
        List<Object[]> found = em.createQuery("select e.doc, e.evidenceCount from Event e where e.id = :id", Object[].class)
                .setParameter("id", id).getResultList();
        if (found.isEmpty()) {
            return null;
        }
        boolean whole = ((Number) found.get(0)[1]).intValue() <= EventDocuments.LISTED;
        return new Stored(id, whole ? (String) found.get(0)[0] : null);
    }

    /** The stored spans (JSON arrays) of every piece of evidence from one article. */
    public List<String> evidenceSpans(long articleId) {
        return em.createQuery("select v.spans from EventEvidence v where v.articleId = :article", String.class)
                .setParameter("article", articleId).getResultList();
    }

    /** These events, to render their documents. */
    public List<Event> events(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select e from Event e where e.id in :ids", Event.class)
                .setParameter("ids", ids).getResultList();
    }

    /** An event's id and stored document. */
    public record Stored(long id, String doc) {
    }

    /**
     * The stored event that x reports, among those this article does not report yet. The article's own events so far
     * ({@code created}, {@code joined}) are not written before the lookup (a flush per event would dirty-check the
     * whole transaction each time): those it created are not in the database yet, those it joined are left out here.
     */
    private Event findSameEvent(long articleId, ExtractedEvent x, Set<Event> created, Set<Event> joined) {
        EventDate d = x.date();
        if (d == null || d.start() == null) {
            return null;
        }
        // events this article already reports are left out in the query, so no candidate's evidence is loaded
        List<Event> candidates = em.createQuery("select e from Event e where e.pair = :pair and e.type = :type "
                        + "and e.dateStart <= :end and (e.dateEnd is null or e.dateEnd >= :start) and not exists "
                        + "(select 1 from EventEvidence v where v.event = e and v.articleId = :article)", Event.class)
                .setParameter("pair", x.pair())
                .setParameter("type", x.type().name())
                .setParameter("start", d.start()).setParameter("end", d.end() == null ? END_OF_TIME : d.end())
                .setParameter("article", articleId)
                .setFlushMode(FlushModeType.COMMIT)
                .getResultList();
        for (Event e : candidates) {
            if (joined.contains(e) || created.contains(e)) {
                continue;
            }
            if (EventMatching.sameEvent(e, x, actorsOf(e))) {
                return e;
            }
        }
        return null;
    }

    private Event newEvent(ExtractedEvent x) {
        Event e = new Event();
        e.type = x.type().name();
        e.status = x.status().name();
        e.countryA = x.countries().get(0);
        e.countryB = x.countries().get(1);
        e.pair = x.pair();
        setDate(e, x.date());
        e.location = truncate(x.location(), 200);
        e.summary = truncate(x.summary(), 1000);
        e.cameo = x.cameo();
        e.initiator = x.initiator();
        e.target = x.target();
        e.confidence = x.confidence();
        e.actors = write(x.actors());
        e.sectors.addAll(x.sectors());
        e.createdAt = Instant.now();
        return e;
    }

    private void mergeInto(Event e, ExtractedEvent x) {
        if (x.status() == EventStatus.OCCURRED) {
            e.status = EventStatus.OCCURRED.name();
        }
        if (x.date() != null && finer(x.date().precision(), e.precision)) {
            setDate(e, x.date());
        }
        if (e.location == null) {
            e.location = truncate(x.location(), 200);
        }
        e.confidence = Math.max(e.confidence, x.confidence());
        if (e.initiator == null && x.initiator() != null) {
            e.initiator = x.initiator(); // another article says who acted
            e.target = x.target();
        }
        Set<Actor> actors = new LinkedHashSet<>(actorsOf(e));
        actors.addAll(x.actors());
        e.actors = write(List.copyOf(actors));
        e.sectors.addAll(x.sectors());
    }

    private static boolean finer(Precision candidate, String current) {
        return current == null || (candidate != null && candidate.ordinal() < Precision.valueOf(current).ordinal());
    }

    private static void setDate(Event e, EventDate d) {
        if (d == null) {
            return;
        }
        e.dateStart = d.start();
        e.dateEnd = d.end();
        e.precision = d.precision() == null ? null : d.precision().name();
        e.edtf = d.edtf();
        e.dateSource = truncate(d.source(), 80);
        e.openEnd = d.edtf() != null && d.edtf().endsWith("/..");
    }

    private EventEvidence evidence(Event e, long articleId, Evidence ev) {
        EventEvidence v = new EventEvidence();
        v.event = e;
        v.articleId = articleId;
        v.field = ev.field().name();
        v.sentence = ev.sentence();
        v.startOffset = ev.start();
        v.endOffset = ev.end();
        v.spans = write(ev.spans());
        return v;
    }

    List<Actor> actorsOf(Event e) {
        return documents.actors(e);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("Cannot write " + value.getClass().getSimpleName() + " as JSON", ex);
        }
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
