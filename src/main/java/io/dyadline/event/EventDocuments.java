package io.dyadline.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dyadline.extraction.Actor;
import io.dyadline.extraction.Span;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes each event as the API shows it (an {@link EventView} in JSON), so that a page of events is read as stored
 * documents instead of being assembled from events, evidence, sectors and sources at every request. The event store
 * rewrites an event's document whenever the event changes; events stored before documents existed are rendered here
 * on demand until {@link EventDocumentBackfill} has written theirs.
 */
@ApplicationScoped
public class EventDocuments {

    private final EntityManager em;
    private final ObjectMapper json;

    public EventDocuments(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    /**
     * Sets the document and the search words of each event from its current state (the events have their ids): one
     * query for the sources of all of them, one for their stored words.
     */
    void refresh(Collection<Event> events) {
        render(events).forEach((event, doc) -> event.doc = doc);
        index(events);
    }

    /** Stores the words of each event's evidence, adding and removing only what changed. */
    void index(Collection<Event> events) {
        if (events.isEmpty()) {
            return;
        }
        Map<Long, Set<String>> wanted = new HashMap<>();
        for (Event e : events) {
            Set<String> words = new LinkedHashSet<>();
            e.evidence.forEach(v -> words.addAll(SearchWords.of(v.sentence)));
            wanted.put(e.id, words);
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

    /** The document of each event, in the order given, without changing the events. */
    Map<Event, String> render(Collection<Event> events) {
        Set<Long> articleIds = new LinkedHashSet<>();
        for (Event e : events) {
            e.evidence.forEach(v -> articleIds.add(v.articleId));
        }
        Map<Long, EventView.SourceView> sources = sources(articleIds);
        Map<Event, String> out = new LinkedHashMap<>();
        for (Event e : events) {
            out.put(e, write(view(e, sources)));
        }
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

    /** The sources of some events: only the fields a source shows, not the articles' text. */
    private Map<Long, EventView.SourceView> sources(Collection<Long> ids) {
        Map<Long, EventView.SourceView> out = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select new io.dyadline.event.EventView$SourceView(a.id, a.title, a.publishedAt, a.url) "
                            + "from Article a where a.id in :ids", EventView.SourceView.class)
                    .setParameter("ids", ids).getResultList().forEach(a -> out.put(a.articleId(), a));
        }
        return out;
    }

    private EventView view(Event e, Map<Long, EventView.SourceView> articles) {
        List<EventView.EvidenceView> evidence = new ArrayList<>();
        Set<Long> sourceIds = new LinkedHashSet<>();
        List<EventEvidence> ordered = new ArrayList<>(e.evidence);
        // the order the collection is loaded in (@OrderBy), also for evidence added in this transaction
        ordered.sort(Comparator.comparingLong((EventEvidence v) -> v.articleId).thenComparingInt(v -> v.startOffset));
        for (EventEvidence v : ordered) {
            evidence.add(new EventView.EvidenceView(v.articleId, v.field, v.sentence, v.startOffset, v.endOffset, spans(v)));
            sourceIds.add(v.articleId);
        }
        List<EventView.SourceView> sources = new ArrayList<>();
        for (Long id : sourceIds) {
            EventView.SourceView a = articles.get(id);
            if (a != null) {
                sources.add(a);
            }
        }
        EventView.DateView date = e.precision == null ? null
                : new EventView.DateView(e.dateStart, e.dateEnd, e.precision, e.edtf, e.dateSource);
        return new EventView(e.id, e.type, e.status, date, e.pair, List.of(e.countryA, e.countryB), actors(e),
                e.sectors.stream().sorted().toList(), e.location, e.summary, e.cameo, e.confidence, evidence, sources);
    }

    private List<Span> spans(EventEvidence v) {
        try {
            return List.of(json.readValue(v.spans, Span[].class));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("Stored spans of evidence " + v.id + " are not JSON", ex);
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
