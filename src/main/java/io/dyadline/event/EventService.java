package io.dyadline.event;

import io.dyadline.common.Page;
import io.dyadline.extraction.Span;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads events, pairs and sectors for the API and the pages, as view records. */
@ApplicationScoped
public class EventService {

    private final EventStore store;
    private final EntityManager em;
    private final ObjectMapper json;

    public EventService(EventStore store, EntityManager em, ObjectMapper json) {
        this.store = store;
        this.em = em;
        this.json = json;
    }

    @Transactional
    public Page<EventView> find(EventQuery query) {
        Page<Event> found = store.find(query);
        return new Page<>(views(found.items()), found.page(), found.size(), found.total());
    }

    @Transactional
    public Optional<EventView> get(long id) {
        Event e = store.get(id);
        return e == null ? Optional.empty() : Optional.of(views(List.of(e)).get(0));
    }

    @Transactional
    public List<PairView> pairs() {
        List<PairView> out = new ArrayList<>();
        for (EventStore.PairStats p : store.pairs()) {
            out.add(new PairView(p.pair(),
                    List.of(new PairView.Country(p.countryA(), Countries.name(p.countryA())),
                            new PairView.Country(p.countryB(), Countries.name(p.countryB()))),
                    p.events(), p.first(), p.last(), p.sectors()));
        }
        return out;
    }

    @Transactional
    public List<SectorView> sectors() {
        Map<String, Long> counts = store.sectorCounts();
        List<SectorView> out = new ArrayList<>();
        for (Sector s : Sector.values()) {
            out.add(new SectorView(s.slug(), s.label(), counts.getOrDefault(s.slug(), 0L)));
        }
        return out;
    }

    private List<EventView> views(List<Event> events) {
        Set<Long> articleIds = new LinkedHashSet<>();
        for (Event e : events) {
            e.evidence.forEach(v -> articleIds.add(v.articleId));
        }
        Map<Long, EventView.SourceView> articles = articles(articleIds);
        List<EventView> out = new ArrayList<>(events.size());
        for (Event e : events) {
            out.add(view(e, articles));
        }
        return out;
    }

    /** The sources of a page of events: only the fields a source shows, not the articles' text. */
    private Map<Long, EventView.SourceView> articles(Collection<Long> ids) {
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
        for (EventEvidence v : e.evidence) {
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
        sources.sort(Comparator.comparing(EventView.SourceView::articleId));
        EventView.DateView date = e.precision == null ? null
                : new EventView.DateView(e.dateStart, e.dateEnd, e.precision, e.edtf, e.dateSource);
        return new EventView(e.id, e.type, e.status, date, e.pair, List.of(e.countryA, e.countryB),
                store.actorsOf(e), List.copyOf(e.sectors), e.location, e.summary, e.cameo, e.confidence,
                evidence, sources);
    }

    private List<Span> spans(EventEvidence v) {
        try {
            return List.of(json.readValue(v.spans, Span[].class));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("Stored spans of evidence " + v.id + " are not JSON", ex);
        }
    }
}
