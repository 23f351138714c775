package io.dyadline.event;

import io.dyadline.common.Page;
import io.dyadline.common.ProblemException;
import io.dyadline.extraction.Span;
import io.dyadline.extraction.sector.SectorTaxonomy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads events, pairs and sectors for the API and the pages. */
@ApplicationScoped
public class EventService {

    private final EventStore store;
    private final EventPages pages;
    private final EventAggregates aggregates;
    private final EventDocuments documents;
    private final ReadCache cache;

    private final EventOverview overview;

    public EventService(EventStore store, EventPages pages, EventAggregates aggregates, EventDocuments documents,
                        ReadCache cache, EventOverview overview) {
        this.store = store;
        this.pages = pages;
        this.aggregates = aggregates;
        this.documents = documents;
        this.cache = cache;
        this.overview = overview;
    }

    /**
     * A page of events as the API writes them: their stored documents, as they are. A page asked for again is
     * answered from memory until events change.
     */
    @Transactional
    public Page<EventDocument> findDocuments(EventQuery query) {
        return cache.get(List.of("documents", query), () -> {
            Page<EventStore.Stored> found = pages.find(query);
            return new Page<>(complete(found.items()), found.page(), found.size(), found.total(), found.next());
        }, page -> page.items().stream().mapToLong(d -> d.json().length()).sum());
    }

    /**
     * One batch of a walk over the whole list, by cursor ({@link EventQuery#after()}), not remembered and not counted:
     * exports call it batch after batch, each in its own transaction, so that memory holds one batch at a time.
     */
    @Transactional
    public Page<EventDocument> batch(EventQuery query) {
        Page<EventStore.Stored> found = pages.findUncounted(query);
        return new Page<>(complete(found.items()), found.page(), found.size(), found.total(), found.next());
    }

    /** A page of events, read back into views for the pages that show them. */
    @Transactional
    public Page<EventView> find(EventQuery query) {
        Page<EventDocument> found = findDocuments(query);
        List<EventView> views = new ArrayList<>(found.items().size());
        found.items().forEach(d -> views.add(documents.read(d.json())));
        return new Page<>(views, found.page(), found.size(), found.total(), found.next());
    }

    /** One event with all its evidence and sources. */
    @Transactional
    public Optional<EventDocument> get(long id) {
        EventStore.Stored stored = store.getStored(id);
        if (stored == null) {
            return Optional.empty();
        }
        if (stored.doc() != null) {
            return Optional.of(new EventDocument(stored.doc()));
        }
        return documents.renderWhole(store.events(List.of(id))).values().stream().findFirst().map(EventDocument::new);
    }

    /**
     * One event, or a 301 to the event it was merged into, or a 404.
     */
    @Transactional
    public EventDocument getOrRedirect(long id) {
        Optional<EventDocument> doc = get(id);
        if (doc.isPresent()) {
            return doc.get();
        }
        Long survivor = store.survivorOf(id);
        if (survivor != null) {
            throw EventMoved.to(survivor, "");
        }
        throw ProblemException.notFound("No event with id " + id);
    }

    /** Per pair: the events it shows and how many of them analysts confirmed or corrected. */
    @Transactional
    public Map<String, long[]> reviewedPerPair() {
        return aggregates.reviewedPerPair();
    }

    /** The event a merged event's id stands for now, or null. */
    @Transactional
    public Long survivorOf(long id) {
        return store.survivorOf(id);
    }

    /**
     * The marks of every piece of evidence one article gave its events, however many other articles report them
     * (a list shows only an event's first evidence).
     */
    @Transactional
    public List<Span> spansOfArticle(long articleId) {
        List<Span> out = new ArrayList<>();
        for (String stored : store.evidenceSpans(articleId)) {
            out.addAll(documents.spans(stored));
        }
        return out;
    }

    @Transactional
    public List<PairView> pairs() {
        List<PairView> out = new ArrayList<>();
        Map<String, Map<String, Long>> quads = overview.quadsByPair();
        for (EventAggregates.PairStats p : aggregates.pairs()) {
            Map<String, Long> counts = new java.util.LinkedHashMap<>();
            Quads.QUADS.forEach(q -> counts.put(q, quads.getOrDefault(p.pair(), Map.of()).getOrDefault(q, 0L)));
            out.add(new PairView(p.pair(),
                    List.of(new PairView.Country(p.countryA(), Countries.name(p.countryA())),
                            new PairView.Country(p.countryB(), Countries.name(p.countryB()))),
                    p.events(), p.first(), p.last(), p.sectors(), counts));
        }
        return out;
    }

    @Transactional
    public List<SectorView> sectors() {
        Map<String, Long> counts = aggregates.sectorCounts();
        List<SectorView> out = new ArrayList<>();
        for (SectorTaxonomy.Sector s : SectorTaxonomy.standard().all()) {
            out.add(new SectorView(s.slug(), s.label(), counts.getOrDefault(s.slug(), 0L)));
        }
        return out;
    }

    /**
     * The documents of these events, rendering those not written yet (events stored before documents existed, until
     * {@link EventDocumentBackfill} reaches them) without storing them: a read never writes an event.
     */
    private List<EventDocument> complete(List<EventStore.Stored> stored) {
        List<Long> missing = new ArrayList<>();
        stored.forEach(s -> {
            if (s.doc() == null) {
                missing.add(s.id());
            }
        });
        Map<Long, String> rendered = new HashMap<>();
        if (!missing.isEmpty()) {
            documents.render(store.events(missing)).forEach((event, doc) -> rendered.put(event.id, doc));
        }
        List<EventDocument> out = new ArrayList<>(stored.size());
        for (EventStore.Stored s : stored) {
            String doc = s.doc() != null ? s.doc() : rendered.get(s.id());
            if (doc != null) {
                out.add(new EventDocument(doc));
            }
        }
        return out;
    }
}
