package io.dyadline.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dyadline.article.Article;
import io.dyadline.extraction.Actor;
import io.dyadline.extraction.Span;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Hibernate;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes each event as a list shows it (an {@link EventView} in JSON), so that a page of events is read as stored
 * documents instead of being assembled from events, evidence, sectors and sources at every request; and keeps the
 * words of its evidence for the text filter. The event store rewrites both whenever an event changes, at a cost that
 * does not grow with the number of articles that report the event: a list shows an event's first {@link #LISTED}
 * pieces of evidence and sources, with their totals, and {@code GET /api/events/{id}} renders every one. Events stored
 * before documents existed are rendered when read until {@link EventDocumentBackfill} has written theirs.
 */
@ApplicationScoped
public class EventDocuments {

    /** The evidence and sources an event shows in a list; all of them are on the event itself. */
    public static final int LISTED = 20;

    /** Rows of event_word sent to the database at a time. */
    private static final int WORD_BATCH = 500;

    private static final Comparator<EventEvidence> BY_ARTICLE =
            Comparator.comparingLong((EventEvidence v) -> v.articleId).thenComparingInt(v -> v.startOffset);

    private final EntityManager em;
    private final ObjectMapper json;

    public EventDocuments(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    /** What an event shows of its evidence: the first pieces and sources, and the totals. */
    private record Shown(List<EventEvidence> evidence, int evidenceCount, List<Long> sourceIds, int sourceCount) {
    }

    /**
     * Rewrites the documents and search words of events that just changed. A created event has all its evidence in
     * hand; for one that an article joined, only the listed evidence, the totals and the new evidence's words are
     * read, never all of its evidence.
     *
     * @param articleId the article that reports them, held by the session
     * @param created   events persisted in this transaction, with their evidence
     * @param joined    stored events, each with the evidence just added to it
     */
    void recorded(long articleId, Collection<Event> created, Map<Event, List<EventEvidence>> joined) {
        Map<Event, Shown> shown = new LinkedHashMap<>();
        Map<Long, Set<String>> words = new LinkedHashMap<>();
        for (Event e : created) {
            shown.put(e, inMemory(e.evidence, LISTED));
            words.put(e.id, wordsOf(e.evidence));
        }
        if (!joined.isEmpty()) {
            em.flush();
        }
        for (Map.Entry<Event, List<EventEvidence>> j : joined.entrySet()) {
            shown.put(j.getKey(), stored(j.getKey()));
            words.put(j.getKey().id, newWords(j.getKey(), j.getValue()));
        }
        write(shown, articleId);
        insertWords(words);
    }

    /** Rewrites the documents and words of events that lost evidence; their evidence is loaded already. */
    void reduced(Collection<Event> events) {
        Map<Event, Shown> shown = new LinkedHashMap<>();
        for (Event e : events) {
            shown.put(e, inMemory(e.evidence, LISTED));
        }
        write(shown);
        reindex(events);
    }

    /** The list documents of these events, in the order given, without changing them (their evidence is loaded). */
    Map<Event, String> render(Collection<Event> events) {
        return render(events, LISTED);
    }

    /** The documents of these events with every piece of evidence and every source, as one event is shown. */
    Map<Event, String> renderWhole(Collection<Event> events) {
        return render(events, Integer.MAX_VALUE);
    }

    private Map<Event, String> render(Collection<Event> events, int listed) {
        Map<Event, Shown> shown = new LinkedHashMap<>();
        for (Event e : events) {
            shown.put(e, inMemory(e.evidence, listed));
        }
        Map<Long, EventView.SourceView> sources = sources(shown.values());
        Map<Event, String> out = new LinkedHashMap<>();
        shown.forEach((e, s) -> out.put(e, write(view(e, s, sources))));
        return out;
    }

    /** Reads a stored document back, for the pages that show events. */
    EventView read(String doc) {
        try {
            return json.readValue(doc, EventView.class);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("A stored event document is not an event", ex);
        }
    }

    List<Actor> actors(Event e) {
        try {
            return List.of(json.readValue(e.actors, Actor[].class));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("Stored actors of event " + e.id + " are not JSON", ex);
        }
    }

    /**
     * Stores the words of each event's evidence from scratch, adding and removing only what changed (after evidence
     * was removed, or when a document is written anew).
     */
    void reindex(Collection<Event> events) {
        if (events.isEmpty()) {
            return;
        }
        Map<Long, Set<String>> wanted = new HashMap<>();
        for (Event e : events) {
            wanted.put(e.id, wordsOf(e.evidence));
        }
        List<EventWord> stored = em.createQuery("select w from EventWord w where w.eventId in :ids", EventWord.class)
                .setParameter("ids", wanted.keySet()).getResultList();
        for (EventWord w : stored) {
            if (!wanted.get(w.eventId).remove(w.word)) {
                em.remove(w);
            }
        }
        wanted.forEach((id, words) -> words.forEach(word -> em.persist(new EventWord(id, word))));
    }

    /** The words of some new evidence that the event does not have yet. */
    private Set<String> newWords(Event e, List<EventEvidence> added) {
        Set<String> words = wordsOf(added);
        if (words.isEmpty()) {
            return words;
        }
        em.createQuery("select w.word from EventWord w where w.eventId = :id and w.word in :words", String.class)
                .setParameter("id", e.id).setParameter("words", words).getResultList().forEach(words::remove);
        return words;
    }

    /**
     * Adds words to events in JDBC batches, as rows rather than entities: an article's events bring dozens of words
     * each, and only queries read them. The events are flushed first, for the rows refer to them.
     */
    private void insertWords(Map<Long, Set<String>> words) {
        if (words.values().stream().allMatch(Set::isEmpty)) {
            return;
        }
        em.flush();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into event_word (event_id, word) values (?, ?)")) {
                int queued = 0;
                for (Map.Entry<Long, Set<String>> e : words.entrySet()) {
                    for (String word : e.getValue()) {
                        insert.setLong(1, e.getKey());
                        insert.setString(2, word);
                        insert.addBatch();
                        if (++queued % WORD_BATCH == 0) {
                            insert.executeBatch();
                        }
                    }
                }
                if (queued % WORD_BATCH != 0) {
                    insert.executeBatch();
                }
            }
        });
    }

    private static Set<String> wordsOf(List<EventEvidence> evidence) {
        Set<String> words = new LinkedHashSet<>();
        evidence.forEach(v -> words.addAll(SearchWords.of(v.sentence)));
        return words;
    }

    private Shown inMemory(List<EventEvidence> all, int listed) {
        List<EventEvidence> sorted = new ArrayList<>(all);
        sorted.sort(BY_ARTICLE);
        TreeSet<Long> articles = new TreeSet<>();
        sorted.forEach(v -> articles.add(v.articleId));
        return new Shown(sorted.subList(0, Math.min(listed, sorted.size())), sorted.size(),
                articles.stream().limit(listed).toList(), articles.size());
    }

    /** What a stored event shows, read with a few short queries whatever the size of its evidence. */
    private Shown stored(Event e) {
        List<EventEvidence> first = em.createQuery("select v from EventEvidence v where v.event.id = :id "
                + "order by v.articleId, v.startOffset", EventEvidence.class)
                .setParameter("id", e.id).setMaxResults(LISTED).getResultList();
        Object[] counts = em.createQuery("select count(v), count(distinct v.articleId) from EventEvidence v "
                + "where v.event.id = :id", Object[].class).setParameter("id", e.id).getSingleResult();
        List<Long> articles = em.createQuery("select distinct v.articleId from EventEvidence v where v.event.id = :id "
                + "order by v.articleId", Long.class).setParameter("id", e.id).setMaxResults(LISTED).getResultList();
        return new Shown(first, ((Number) counts[0]).intValue(), articles, ((Number) counts[1]).intValue());
    }

    private void write(Map<Event, Shown> shown) {
        write(shown, null);
    }

    private void write(Map<Event, Shown> shown, Long recording) {
        Map<Long, EventView.SourceView> sources = sources(shown.values(), recording);
        shown.forEach((e, s) -> {
            e.doc = write(view(e, s, sources));
            e.evidenceCount = s.evidenceCount();
        });
    }

    /** The sources the events show: only the fields a source shows, not the articles' text. */
    private Map<Long, EventView.SourceView> sources(Collection<Shown> shown) {
        return sources(shown, null);
    }

    /**
     * The sources the events show, where the article being recorded ({@code recording}, held by the session) is read
     * from memory: most events of a new article have no other source, and their documents then need no query.
     */
    private Map<Long, EventView.SourceView> sources(Collection<Shown> shown, Long recording) {
        Set<Long> ids = new LinkedHashSet<>();
        shown.forEach(s -> ids.addAll(s.sourceIds()));
        Map<Long, EventView.SourceView> out = new HashMap<>();
        if (recording != null && ids.contains(recording)) {
            // a reference reads nothing: it is the article itself when the session holds it, else an empty proxy
            Article held = em.unwrap(Session.class).getReference(Article.class, recording);
            if (Hibernate.isInitialized(held)) {
                out.put(recording, new EventView.SourceView(held.id, held.title, held.publishedAt, held.url));
                ids.remove(recording);
            }
        }
        if (!ids.isEmpty()) {
            em.createQuery("select new io.dyadline.event.EventView$SourceView(a.id, a.title, a.publishedAt, a.url) "
                            + "from Article a where a.id in :ids", EventView.SourceView.class)
                    .setParameter("ids", ids).getResultList().forEach(a -> out.put(a.articleId(), a));
        }
        return out;
    }

    private EventView view(Event e, Shown shown, Map<Long, EventView.SourceView> articles) {
        List<EventView.EvidenceView> evidence = new ArrayList<>();
        for (EventEvidence v : shown.evidence()) {
            evidence.add(new EventView.EvidenceView(v.articleId, v.field, v.sentence, v.startOffset, v.endOffset, spans(v), v.id));
        }
        List<EventView.SourceView> sources = new ArrayList<>();
        for (Long id : shown.sourceIds()) {
            EventView.SourceView a = articles.get(id);
            if (a != null) {
                sources.add(a);
            }
        }
        EventView.DateView date = e.precision == null ? null
                : new EventView.DateView(e.dateStart, e.dateEnd, e.precision, e.edtf, e.dateSource);
        return new EventView(e.id, e.type, e.status, date, e.pair, List.of(e.countryA, e.countryB), actors(e),
                e.sectors.stream().sorted().toList(), e.location, e.summary, e.cameo, e.confidence, evidence,
                shown.evidenceCount(), sources, shown.sourceCount(), e.initiator, e.target, Quads.of(e.type),
                CameoPlover.of(e.cameo), curation(e));
    }

    /** The event's curation: written by the curation package whenever analysts decide or the extractor changes it. */
    private EventView.Curation curation(Event e) {
        if (e.curationDoc == null) {
            return EventView.Curation.EXTRACTED;
        }
        try {
            return json.readValue(e.curationDoc, EventView.Curation.class);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("The curation of event " + e.id + " is not JSON", ex);
        }
    }

    private List<Span> spans(EventEvidence v) {
        return spans(v.spans);
    }

    /** Stored spans (a JSON array) read back. */
    List<Span> spans(String stored) {
        try {
            return List.of(json.readValue(stored, Span[].class));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("Stored spans of evidence are not JSON", ex);
        }
    }

    private String write(EventView view) {
        try {
            return json.writeValueAsString(view);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("Cannot write event " + view.id() + " as JSON", ex);
        }
    }
}
