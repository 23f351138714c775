package io.dyadline.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dyadline.common.Page;
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
import jakarta.persistence.TypedQuery;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.hibernate.query.NativeQuery;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps events and merges the same real-world event reported by several articles into one, with the evidence and
 * sources of each. Callers hold the transaction.
 */
@ApplicationScoped
public class EventStore {

    private static final LocalDate END_OF_TIME = LocalDate.of(9999, 12, 31);
    private static final int CHANGES_KEPT = 1000;

    private final EntityManager em;
    private final ObjectMapper json;
    private final ReadCache cache;
    private final EventDocuments documents;
    private final TransactionSynchronizationRegistry transactions;
    /** The key of a transaction's {@link Writing} in the transaction's resources. */
    private final Object writingKey = new Object();

    public EventStore(EntityManager em, ObjectMapper json, ReadCache cache, EventDocuments documents,
                      TransactionSynchronizationRegistry transactions) {
        this.em = em;
        this.json = json;
        this.cache = cache;
        this.documents = documents;
        this.transactions = transactions;
    }

    /** What the current transaction has done already: the pairs it holds, whether it noted a change in the log. */
    private static final class Writing {
        final Set<String> held = new HashSet<>();
        boolean logged;
    }

    /** The current transaction's {@link Writing}, or a fresh one outside a transaction. */
    private Writing writing() {
        if (transactions.getTransactionKey() == null) {
            return new Writing();
        }
        Writing w = (Writing) transactions.getResource(writingKey);
        if (w == null) {
            w = new Writing();
            transactions.putResource(writingKey, w);
        }
        return w;
    }

    /**
     * Stores what one article reports: each event joins a stored one that it matches (same pair and type, a
     * compatible date, compatible actors), else becomes a new event.
     *
     * @return the number of events the article now contributes to
     */
    public int record(long articleId, List<ExtractedEvent> extracted) {
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
        documents.recorded(created, joined);
        if (!extracted.isEmpty()) {
            logChange();
        }
        em.flush();
        return extracted.size();
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
        Writing writing = writing();
        List<String> sorted = pairs.stream().distinct().filter(p -> !writing.held.contains(p)).sorted().toList();
        if (sorted.isEmpty()) {
            return;
        }
        if (lock(sorted) < sorted.size()) {
            createLockRows(sorted);
            lock(sorted);
        }
        writing.held.addAll(sorted);
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
            logChange();
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
        logChange();
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
        logChange();
    }

    /** The event that a merged event's id now stands for, or null. */
    public Long survivorOf(long id) {
        List<?> found = em.createNativeQuery("select to_id from event_redirect where from_id = :id")
                .setParameter("id", id).getResultList();
        return found.isEmpty() ? null : ((Number) found.get(0)).longValue();
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

    /** How many events match, remembered until events change. Every match is counted, so q reads its rarest word first. */
    long count(EventQuery q) {
        Map<String, Object> params = new HashMap<>();
        String where = whereFor(q, params, Long.MAX_VALUE);
        return cache.get(List.of("total", where, params), () -> {
            TypedQuery<Long> count = em.createQuery("select count(e) from Event e where " + where, Long.class);
            params.forEach(count::setParameter);
            return count.getSingleResult();
        });
    }

    /**
     * Notes in the change log that events changed, for the other instances' caches, once per transaction (they see
     * its changes together, at its commit); keeps the newest thousand.
     */
    private void logChange() {
        Writing writing = writing();
        if (writing.logged) {
            return;
        }
        writing.logged = true;
        EventChange change = new EventChange();
        em.persist(change);
        if (change.id % CHANGES_KEPT == 0) {
            em.createQuery("delete from EventChange c where c.id <= :old").setParameter("old", change.id - CHANGES_KEPT)
                    .executeUpdate();
        }
    }

    /**
     * A page of events as their stored documents (an event stored before documents existed has none yet), with the
     * cursor of the next page when this one is full.
     */
    public Page<Stored> find(EventQuery q) {
        return find(q, true);
    }

    /**
     * A page of events like {@link #find(EventQuery)}, without counting the matches (its total is -1): for walking the
     * whole list by cursor, where a count at every page would scan the matches again and again.
     */
    public Page<Stored> findUncounted(EventQuery q) {
        return find(q, false);
    }

    private Page<Stored> find(EventQuery q, boolean counted) {
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
        String where = whereFor(q, params, q.after() != null ? q.size() : (long) q.page() * q.size() + q.size());
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
    private List<Stored> documents(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Stored> byId = new HashMap<>();
        em.createQuery("select new io.dyadline.event.EventStore$Stored(e.id, e.doc) from Event e where e.id in :ids",
                Stored.class).setParameter("ids", ids).getResultList().forEach(s -> byId.put(s.id(), s));
        List<Stored> out = new ArrayList<>(ids.size());
        for (Long id : ids) {
            Stored s = byId.get(id);
            if (s != null) {
                out.add(s);
            }
        }
        return out;
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

    /**
     * The where clause of an event query of which about {@code wanted} events are read: with the way to look up
     * {@code q} that reads fewest rows ({@link #drivingWord}), and, for several words with few common events, those
     * events themselves ({@link #textMatches}).
     */
    String whereFor(EventQuery q, Map<String, Object> params, long wanted) {
        String driving = drivingWord(q, wanted);
        return where(q, params, driving, driving == null ? null : textMatches(q));
    }

    static String where(EventQuery q, Map<String, Object> params, String drivingWord) {
        return where(q, params, drivingWord, null);
    }

    /**
     * The where clause of an event query. Each word of {@code q} is checked for each event read in date order, except
     * the driving word, whose matches are read from the word index first: see {@link #drivingWord}. When the events
     * that have every word are known ({@code textIds}), they stand for {@code q}.
     */
    static String where(EventQuery q, Map<String, Object> params, String drivingWord, List<Long> textIds) {
        List<String> clauses = new ArrayList<>();
        clauses.add("1 = 1");
        if (q.pair() != null) {
            clauses.add("e.pair = :pair");
            params.put("pair", q.pair());
        }
        if (!q.countries().isEmpty()) {
            clauses.add("(e.countryA in :countries or e.countryB in :countries)");
            params.put("countries", q.countries());
        }
        if (!q.types().isEmpty()) {
            clauses.add("e.type in :types");
            params.put("types", q.types());
        }
        if (q.status() != null) {
            clauses.add("e.status = :status");
            params.put("status", q.status());
        }
        if (q.initiator() != null) {
            clauses.add("e.initiator = :initiator");
            params.put("initiator", q.initiator());
        }
        if (!q.sectors().isEmpty()) {
            // correlated, so that a page can be read in date order and stop at its last event
            clauses.add("exists (select 1 from e.sectors s where s in :sectors)");
            params.put("sectors", q.sectors());
        }
        if (q.from() != null) {
            clauses.add("e.dateStart is not null and coalesce(e.dateEnd, :endOfTime) >= :from");
            params.put("from", q.from());
            params.put("endOfTime", END_OF_TIME);
        }
        if (q.to() != null) {
            clauses.add("e.dateStart <= :to");
            params.put("to", q.to());
        }
        if (q.text() != null && textIds != null) {
            clauses.add(textIds.isEmpty() ? "1 = 0" : "e.id in :qids");
            if (!textIds.isEmpty()) {
                params.put("qids", textIds);
            }
        } else if (q.text() != null) {
            List<String> words = SearchWords.query(q.text());
            if (words.isEmpty()) {
                clauses.add("1 = 0");
            }
            for (int i = 0; i < words.size(); i++) {
                String word = words.get(i);
                params.put("qlo" + i, word);
                params.put("qhi" + i, SearchWords.pastPrefix(word));
            }
            int driving = words.indexOf(drivingWord);
            if (driving >= 0) {
                // the driving word's events, narrowed in the word index by the other words, then read by id
                StringBuilder in = new StringBuilder("e.id in (select w" + driving + ".eventId from EventWord w" + driving
                        + " where " + range(driving));
                for (int i = 0; i < words.size(); i++) {
                    if (i != driving) {
                        in.append(" and exists (select 1 from EventWord w").append(i).append(" where w").append(i)
                                .append(".eventId = w").append(driving).append(".eventId and ").append(range(i)).append(')');
                    }
                }
                clauses.add(in.append(')').toString());
            } else {
                for (int i = 0; i < words.size(); i++) {
                    clauses.add("exists (select 1 from EventWord w" + i + " where w" + i + ".eventId = e.id and " + range(i) + ")");
                }
            }
        }
        if (q.curation() == null) {
            clauses.add("e.curationState <> 'REJECTED'");
        } else if (!q.curation().isEmpty()) {
            clauses.add("e.curationState in :curation");
            params.put("curation", q.curation());
        }
        if (q.articleId() != null) {
            clauses.add("e.id in (select v.event.id from EventEvidence v where v.articleId = :article)");
            params.put("article", q.articleId());
        }
        return String.join(" and ", clauses);
    }

    /** The words of the index that begin with query word i: a range of the word index (see SearchWords). */
    private static String range(int i) {
        return "w" + i + ".word >= :qlo" + i + " and w" + i + ".word < :qhi" + i;
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
                        + "and e.dateStart <= :end and coalesce(e.dateEnd, :endOfTime) >= :start and not exists "
                        + "(select 1 from EventEvidence v where v.event = e and v.articleId = :article)", Event.class)
                .setParameter("pair", x.pair())
                .setParameter("type", x.type().name())
                .setParameter("start", d.start()).setParameter("end", d.end() == null ? END_OF_TIME : d.end())
                .setParameter("endOfTime", END_OF_TIME)
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
