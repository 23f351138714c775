package io.dyadline.curation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dyadline.common.ProblemException;
import io.dyadline.common.Transactions;
import io.dyadline.event.Event;
import io.dyadline.event.EventDocument;
import io.dyadline.event.EventEvidence;
import io.dyadline.event.EventMoved;
import io.dyadline.event.EventService;
import io.dyadline.event.EventStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;

/**
 * Analysts' decisions on events, and keeping them when the extractor runs again. Each action takes the event's pair
 * lock (as ingestion does), checks the event's ETag when one is given, changes the event, records a revision and
 * anchors the event's evidence to its curation, all in one transaction: once it is acknowledged, it is stored.
 */
@ApplicationScoped
public class CurationService {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final EntityManager em;
    private final EventStore store;
    private final EventService events;
    private final ObjectMapper json;

    public CurationService(EntityManager em, EventStore store, EventService events, ObjectMapper json) {
        this.em = em;
        this.store = store;
        this.events = events;
        this.json = json;
    }

    /** What an action changed, for its revision. */
    private record Change(String action, ObjectNode changes) {
    }

    /** The analyst checked the event: every field as it is now is theirs, and stays so. */
    public EventDocument confirm(long id, String user, String note, String ifMatch) {
        return decide(id, user, note, ifMatch, (e, c) -> {
            ObjectNode changes = NODES.objectNode();
            changeState(c, Curation.CONFIRMED, changes);
            c.pinned = write(CurationFields.read(e));
            c.needsReview = false;
            return new Change("CONFIRM", changes);
        });
    }

    /** The event did not happen, or is not bilateral: lists leave it out, and it stays out when found again. */
    public EventDocument reject(long id, String user, String note, String ifMatch) {
        if (note == null || note.isBlank()) {
            throw ProblemException.unprocessable("note", "A rejection says why, in a note");
        }
        return decide(id, user, note, ifMatch, (e, c) -> {
            ObjectNode changes = NODES.objectNode();
            changeState(c, Curation.REJECTED, changes);
            c.needsReview = false;
            return new Change("REJECT", changes);
        });
    }

    /** A JSON merge patch of the curated fields: each field set is the analyst's from now on. */
    public EventDocument patch(long id, String user, JsonNode patch, String ifMatch) {
        return patch(id, user, patch, ifMatch, true);
    }

    /**
     * A form's fields, all of them given: only those whose value differs from the event's become the analyst's, so
     * that saving a form unchanged pins nothing. A form that changes nothing is a 422.
     */
    public EventDocument correct(long id, String user, ObjectNode form) {
        return patch(id, user, form, null, false);
    }

    private EventDocument patch(long id, String user, JsonNode patch, String ifMatch, boolean pinGiven) {
        Map<String, JsonNode> given = CurationFields.check(patch);
        String note = patch.hasNonNull("note") ? patch.get("note").asText() : null;
        return decide(id, user, note, ifMatch, (e, c) -> {
            Map<String, JsonNode> fields = new LinkedHashMap<>(given);
            if (!pinGiven) {
                ObjectNode now = CurationFields.read(e);
                fields.entrySet().removeIf(f -> Objects.equals(now.get(f.getKey()), f.getValue()));
                if (fields.isEmpty()) {
                    throw ProblemException.unprocessable("patch", "Nothing was changed");
                }
            }
            if (fields.containsKey("pair")) {
                store.lockPairs(List.of(e.pair, fields.get("pair").asText()));
            }
            ObjectNode current = CurationFields.read(e);
            ObjectNode pinned = read(c.pinned);
            ObjectNode changes = NODES.objectNode();
            fields.forEach((f, v) -> {
                if (!Objects.equals(current.get(f), v)) {
                    changes.set(f, fromTo(current.get(f), v));
                    CurationFields.write(e, f, v);
                }
                pinned.set(f, v);
            });
            c.pinned = write(pinned);
            if (!Curation.REJECTED.equals(c.state)) {
                changeState(c, Curation.CORRECTED, changes);
            }
            c.needsReview = false;
            return new Change("PATCH", changes);
        });
    }

    /** Reverts the event's fields and state to what they were after a revision (0: as extracted). */
    public EventDocument revert(long id, String user, Integer revision, String note, String ifMatch) {
        if (revision == null || revision < 0) {
            throw ProblemException.unprocessable("revision", "revision is the number of a revision in the history, or 0");
        }
        return decide(id, user, note, ifMatch, (e, c) -> {
            if (revision >= c.revision) {
                throw ProblemException.unprocessable("revision", "The event's revisions are 0 to " + (c.revision - 1)
                        + " before the current " + c.revision);
            }
            ObjectNode snapshot = revision == 0 ? initialSnapshot() : read(CurationRevision.<CurationRevision>find(
                    "eventId = ?1 and number = ?2", e.id, revision).firstResult().snapshot);
            ObjectNode pinned = (ObjectNode) snapshot.get("pinned");
            ObjectNode proposed = read(c.proposed);
            ObjectNode current = CurationFields.read(e);
            ObjectNode changes = NODES.objectNode();
            for (String f : CurationFields.ALL) {
                JsonNode target = pinned.has(f) ? pinned.get(f) : proposed.get(f);
                if (target != null && !Objects.equals(current.get(f), target)) {
                    changes.set(f, fromTo(current.get(f), target));
                    CurationFields.write(e, f, target);
                }
            }
            c.pinned = write(pinned);
            changeState(c, snapshot.get("state").asText(), changes);
            c.needsReview = false;
            return new Change("REVERT", changes);
        });
    }

    /** The other events join this one: it keeps all their evidence and sources, their ids answer with it. */
    public EventDocument merge(long id, String user, List<Long> with, String note, String ifMatch) {
        if (with == null || with.isEmpty()) {
            throw ProblemException.unprocessable("with", "with lists the ids of the events to merge into this one");
        }
        return decide(id, user, note, ifMatch, (e, c) -> {
            List<Event> others = new ArrayList<>();
            for (Long other : new LinkedHashSet<>(with)) {
                if (other == null || other == e.id) {
                    throw ProblemException.unprocessable("with", "An event is not merged with itself");
                }
                Event o = em.find(Event.class, other);
                if (o == null) {
                    Long survivor = store.survivorOf(other);
                    throw ProblemException.unprocessable("with", survivor == null ? "No event " + other
                            : "Event " + other + " was merged into event " + survivor + " already");
                }
                others.add(o);
            }
            store.lockPairs(others.stream().map(o -> o.pair).toList());
            int before = e.evidence.size();
            for (Event o : others) {
                em.refresh(o);
                Curation oc = o.curationId == null ? null : Curation.findById(o.curationId);
                store.moveEvidence(o.evidence.stream().map(v -> v.id).toList(), e);
                e.sectors.addAll(o.sectors);
                e.confidence = Math.max(e.confidence, o.confidence);
                if (oc != null) {
                    oc.mergedInto = c.id;
                    em.createQuery("update CurationAnchor a set a.curationId = :c where a.curationId = :oc")
                            .setParameter("c", c.id).setParameter("oc", oc.id).executeUpdate();
                    em.createQuery("update Curation m set m.mergedInto = :c where m.mergedInto = :oc")
                            .setParameter("c", c.id).setParameter("oc", oc.id).executeUpdate();
                }
                store.mergedAway(o, e);
            }
            em.refresh(e);
            ObjectNode changes = NODES.objectNode();
            changes.set("merged", fromTo(null, json.valueToTree(others.stream().map(o -> o.id).toList())));
            changes.set("evidenceCount", fromTo(NODES.numberNode(before), NODES.numberNode(e.evidence.size())));
            if (Curation.EXTRACTED.equals(c.state)) {
                changeState(c, Curation.CORRECTED, changes);
            }
            return new Change("MERGE", changes);
        });
    }

    /** The event a split made. */
    public record Split(long id, EventDocument event) {
    }

    /** These pieces of evidence become an event of their own (with this event's fields); returns the new event. */
    public Split split(long id, String user, List<Long> evidence, String note, String ifMatch) {
        if (evidence == null || evidence.isEmpty()) {
            throw ProblemException.unprocessable("evidence", "evidence lists the ids of the evidence to split off");
        }
        long[] created = new long[1];
        decide(id, user, note, ifMatch, (e, c) -> {
            Set<Long> own = new HashSet<>();
            e.evidence.forEach(v -> own.add(v.id));
            Set<Long> moved = new TreeSet<>(evidence);
            if (!own.containsAll(moved)) {
                throw ProblemException.unprocessable("evidence", "Only this event's evidence can be split off from it");
            }
            if (moved.size() == own.size()) {
                throw ProblemException.unprocessable("evidence", "A split leaves some evidence on the event");
            }
            Event f = store.copy(e);
            store.moveEvidence(moved, f);
            em.refresh(e);
            Curation cf = newCuration(f);
            ObjectNode fChanges = NODES.objectNode();
            fChanges.set("splitFrom", fromTo(null, NODES.numberNode(e.id)));
            changeState(cf, Curation.CORRECTED, fChanges);
            record(f, cf, user, note, new Change("SPLIT", fChanges));
            created[0] = f.id;
            ObjectNode changes = NODES.objectNode();
            changes.set("splitInto", fromTo(null, NODES.numberNode(f.id)));
            changes.set("evidenceCount", fromTo(NODES.numberNode(own.size()), NODES.numberNode(e.evidence.size())));
            if (Curation.EXTRACTED.equals(c.state)) {
                changeState(c, Curation.CORRECTED, changes);
            }
            return new Change("SPLIT", changes);
        });
        return new Split(created[0], events.get(created[0]).orElseThrow());
    }

    /** A revision as the history shows it. */
    public record RevisionView(int number, String action, String by, Instant at, String note, JsonNode changes) {
    }

    /** Every change analysts made to the event, oldest first. */
    public List<RevisionView> history(long id) {
        return Transactions.retrying(() -> {
            if (em.find(Event.class, id) == null) {
                Long survivor = store.survivorOf(id);
                if (survivor != null) {
                    throw EventMoved.to(survivor, "/history");
                }
                throw ProblemException.notFound("No event with id " + id);
            }
            List<RevisionView> out = new ArrayList<>();
            for (CurationRevision r : CurationRevision.<CurationRevision>list("eventId = ?1 order by number", id)) {
                out.add(new RevisionView(r.number, r.action, r.madeBy, r.madeAt, r.note, read(r.changes)));
            }
            return out;
        });
    }

    /** An event for an analyst to look at, and why. */
    public record ReviewItem(io.dyadline.event.EventView event, List<String> reasons) {
    }

    /**
     * The review queue, newest first: events flagged needs review, and events nobody decided on yet whose confidence is
     * low or whose sources date them differently.
     */
    public List<ReviewItem> reviewQueue(double lowConfidence, int limit) {
        return Transactions.retrying(() -> {
            Map<Long, List<String>> reasons = new LinkedHashMap<>();
            for (Long id : em.createQuery("select c.eventId from Curation c where c.needsReview = true "
                    + "and c.mergedInto is null", Long.class).getResultList()) {
                reasons.computeIfAbsent(id, k -> new ArrayList<>()).add("needs review: the extractor now proposes otherwise");
            }
            for (Long id : em.createQuery("select e.id from Event e where e.curationState = 'EXTRACTED' "
                    + "and e.confidence < :low order by e.createdAt desc, e.id desc", Long.class)
                    .setParameter("low", lowConfidence).setMaxResults(limit).getResultList()) {
                reasons.computeIfAbsent(id, k -> new ArrayList<>()).add("low confidence");
            }
            List<Long> multi = em.createQuery("select e.id from Event e where e.curationState = 'EXTRACTED' "
                    + "and e.evidenceCount > 1 order by e.createdAt desc, e.id desc", Long.class)
                    .setMaxResults(limit).getResultList();
            if (!multi.isEmpty()) {
                Map<Long, Set<String>> dates = new HashMap<>();
                for (Object[] r : em.createQuery("select v.event.id, v.spans from EventEvidence v where v.event.id in :ids",
                        Object[].class).setParameter("ids", multi).getResultList()) {
                    for (io.dyadline.extraction.Span s : json.readValue((String) r[1], io.dyadline.extraction.Span[].class)) {
                        if ("date".equals(s.kind()) && s.value() != null) {
                            dates.computeIfAbsent((Long) r[0], k -> new TreeSet<>()).add(s.value());
                        }
                    }
                }
                dates.forEach((id, values) -> {
                    if (values.size() > 1) {
                        reasons.computeIfAbsent(id, k -> new ArrayList<>()).add("sources disagree on the date: "
                                + String.join(", ", values));
                    }
                });
            }
            if (reasons.isEmpty()) {
                return List.<ReviewItem>of();
            }
            List<Event> found = em.createQuery("select e from Event e where e.id in :ids "
                    + "order by e.createdAt desc, e.id desc", Event.class).setParameter("ids", reasons.keySet())
                    .setMaxResults(limit).getResultList();
            List<ReviewItem> out = new ArrayList<>();
            for (Event e : found) {
                events.get(e.id).ifPresent(doc -> out.add(new ReviewItem(view(doc), reasons.get(e.id))));
            }
            return out;
        });
    }

    /** An event's document read back, for the pages. */
    public io.dyadline.event.EventView view(EventDocument doc) {
        try {
            return json.readValue(doc.json(), io.dyadline.event.EventView.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored event document is not an event", e);
        }
    }

    private interface Action {
        Change apply(Event e, Curation c);
    }

    private EventDocument decide(long id, String user, String note, String ifMatch, Action action) {
        return Transactions.retrying((Callable<EventDocument>) () -> {
            List<String> pair = em.createQuery("select e.pair from Event e where e.id = :id", String.class)
                    .setParameter("id", id).getResultList();
            if (pair.isEmpty()) {
                Long survivor = store.survivorOf(id);
                if (survivor != null) {
                    throw EventMoved.conflict(survivor);
                }
                throw ProblemException.notFound("No event with id " + id);
            }
            store.lockPairs(pair);
            Event e = em.find(Event.class, id);
            if (ifMatch != null && !ifMatch.isBlank()) {
                String etag = events.get(id).orElseThrow().etag();
                if (!matches(ifMatch, etag)) {
                    throw new ProblemException(412, "Precondition failed", "The event changed since it was read "
                            + "(its ETag is now " + etag + "): read it again, then make the change", List.of());
                }
            }
            Curation c = e.curationId == null ? newCuration(e) : Curation.findById(e.curationId);
            Change change = action.apply(e, c);
            record(e, c, user, note, change);
            return events.get(id).orElseThrow();
        });
    }

    private static boolean matches(String ifMatch, String etag) {
        for (String candidate : ifMatch.split(",")) {
            String t = candidate.strip();
            if (t.equals("*") || t.equals(etag) || t.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    private Curation newCuration(Event e) {
        Curation c = new Curation();
        c.eventId = e.id;
        c.state = Curation.EXTRACTED;
        c.pinned = "{}";
        c.proposed = write(CurationFields.read(e));
        c.persist();
        e.curationId = c.id;
        return c;
    }

    /** Records the revision, anchors the event's evidence to its curation and writes the event's document. */
    private void record(Event e, Curation c, String user, String note, Change change) {
        c.revision++;
        c.decidedBy = user;
        c.decidedAt = Instant.now();
        c.note = note == null || note.isBlank() ? null : truncate(note.strip(), 2000);
        CurationRevision r = new CurationRevision();
        r.eventId = e.id;
        r.number = c.revision;
        r.action = change.action();
        r.madeBy = user;
        r.madeAt = c.decidedAt;
        r.note = c.note;
        r.changes = write(change.changes());
        ObjectNode snapshot = NODES.objectNode();
        snapshot.put("state", c.state);
        snapshot.set("pinned", read(c.pinned));
        r.snapshot = write(snapshot);
        r.persist();
        anchor(c, e.evidence);
        show(e, c);
        store.changed(List.of(e));
    }

    private static ObjectNode initialSnapshot() {
        ObjectNode s = NODES.objectNode();
        s.put("state", Curation.EXTRACTED);
        s.set("pinned", NODES.objectNode());
        return s;
    }

    /** Gives these pieces of evidence to the curation, taking them from any other. */
    private void anchor(Curation c, Collection<EventEvidence> evidence) {
        if (evidence.isEmpty()) {
            return;
        }
        Map<EvidenceKey, CurationAnchor> stored = anchorsOf(evidence.stream().map(v -> v.articleId).distinct().toList());
        for (EventEvidence v : evidence) {
            EvidenceKey k = EvidenceKey.of(v, json);
            CurationAnchor a = stored.get(k);
            if (a == null) {
                a = new CurationAnchor();
                a.articleId = k.articleId();
                a.sentenceHash = k.sentenceHash();
                a.triggerText = k.trigger();
                a.curationId = c.id;
                a.persist();
                stored.put(k, a);
            } else {
                a.curationId = c.id;
            }
        }
    }

    private Map<EvidenceKey, CurationAnchor> anchorsOf(Collection<Long> articles) {
        Map<EvidenceKey, CurationAnchor> out = new HashMap<>();
        // one article (each stored article asks) by equality: a list parameter makes Hibernate translate the query anew
        (articles.size() == 1 ? CurationAnchor.<CurationAnchor>list("articleId", articles.iterator().next())
                : CurationAnchor.<CurationAnchor>list("articleId in ?1", articles)).forEach(a -> out.put(a.key(), a));
        return out;
    }

    /** Puts the curation's state and its view (who, when, note, needs review, proposals) on the event. */
    private void show(Event e, Curation c) {
        e.curationState = c.state;
        ObjectNode view = NODES.objectNode();
        view.put("state", c.state);
        view.put("by", c.decidedBy);
        view.put("at", c.decidedAt == null ? null : c.decidedAt.toString());
        view.put("note", c.note);
        view.put("needsReview", c.needsReview);
        ObjectNode proposed = view.putObject("proposed");
        ObjectNode pinned = read(c.pinned);
        ObjectNode machine = read(c.proposed);
        pinned.properties().forEach(f -> {
            JsonNode m = machine.get(f.getKey());
            if (m != null && !m.equals(f.getValue())) {
                proposed.set(f.getKey(), m);
            }
        });
        e.curationDoc = write(view);
    }

    /**
     * After the extractor stored what an article reports (a new article, a re-import, a re-extraction): gives each
     * piece of the article's evidence back to the curation that owns it, moving it out of the event the extractor put
     * it in; adds new evidence of curated events to their curations; and keeps every field analysts set, noting what
     * the extractor proposes now. A confirmed event whose proposal changed, or a corrected field whose proposal
     * changed, is flagged for review. Runs in the caller's transaction, which holds the article's pair locks.
     */
    public void reconcile(long articleId) {
        List<EventEvidence> rows = em.createQuery("select v from EventEvidence v join fetch v.event "
                + "where v.articleId = :a", EventEvidence.class).setParameter("a", articleId).getResultList();
        Map<EvidenceKey, CurationAnchor> anchors = anchorsOf(List.of(articleId));
        if (anchors.isEmpty() && rows.stream().allMatch(v -> v.event.curationId == null)) {
            return;
        }
        Map<String, Set<Long>> bySentence = new HashMap<>();
        anchors.values().forEach(a -> bySentence.computeIfAbsent(a.sentenceHash, k -> new HashSet<>()).add(a.curationId));
        Map<Long, Curation> curations = new HashMap<>();
        Map<Event, List<Long>> moves = new LinkedHashMap<>();
        Map<Curation, List<ObjectNode>> observed = new LinkedHashMap<>();
        Map<Curation, Event> settled = new LinkedHashMap<>();
        List<EventEvidence> joined = new ArrayList<>();
        for (EventEvidence v : rows) {
            EvidenceKey key = EvidenceKey.of(v, json);
            CurationAnchor exact = anchors.get(key);
            Long owner = exact != null ? Long.valueOf(exact.curationId) : single(bySentence.get(key.sentenceHash()));
            Event e = v.event;
            if (owner == null) {
                if (e.curationId != null) {
                    joined.add(v);
                    Curation c = curations.computeIfAbsent(e.curationId, id -> Curation.findById(id));
                    settled.putIfAbsent(c, e);
                }
                continue;
            }
            Curation c = survivor(curations.computeIfAbsent(owner, id -> Curation.findById(id)), curations);
            Event home = em.find(Event.class, c.eventId);
            if (home == null) {
                // the curated event is gone (it cannot be removed while curated, but be safe): this event takes over
                c.eventId = e.id;
                e.curationId = c.id;
                home = e;
            }
            settled.putIfAbsent(c, home);
            if (exact == null) {
                joined.add(v);
            }
            if (!home.equals(e)) {
                observed.computeIfAbsent(c, k -> new ArrayList<>()).add(CurationFields.read(e));
                moves.computeIfAbsent(home, k -> new ArrayList<>()).add(v.id);
            }
        }
        Set<Event> touched = new LinkedHashSet<>();
        moves.forEach((home, ids) -> touched.addAll(store.moveEvidence(ids, home)));
        for (EventEvidence v : joined) {
            Event e = em.find(Event.class, v.event.id);
            if (e != null && e.curationId != null) {
                anchor(survivor(curations.computeIfAbsent(e.curationId, id -> Curation.findById(id)), curations),
                        List.of(v));
            }
        }
        settled.forEach((c, e) -> {
            settle(c, e, observed.getOrDefault(c, List.of()));
            show(e, c);
            touched.add(e);
        });
        touched.removeIf(e -> !em.contains(e));
        store.changed(touched);
        flagLost(anchors.values());
    }

    /**
     * A curated event whose evidence the extractor no longer finds stays (with its decision, and no evidence) and is
     * flagged for review, unless it was rejected.
     */
    private void flagLost(Collection<CurationAnchor> anchors) {
        Set<Long> owners = new HashSet<>();
        anchors.forEach(a -> owners.add(a.curationId));
        List<Event> lost = new ArrayList<>();
        for (Long id : owners) {
            Curation c = Curation.findById(id);
            Event e = c == null || c.mergedInto != null ? null : em.find(Event.class, c.eventId);
            if (e != null && e.evidence.isEmpty() && !c.needsReview && !Curation.REJECTED.equals(c.state)) {
                c.needsReview = true;
                show(e, c);
                lost.add(e);
            }
        }
        store.changed(lost);
    }

    /**
     * Keeps the analysts' fields on a curated event and takes note of the extractor's proposal: a field the extractor
     * changed on the event goes back to the analyst's value, and its new proposal is kept; so is a different value
     * proposed by an event of the extractor whose evidence came back here.
     */
    private void settle(Curation c, Event e, List<ObjectNode> fromElsewhere) {
        ObjectNode pinned = read(c.pinned);
        ObjectNode before = read(c.proposed);
        ObjectNode after = before.deepCopy();
        ObjectNode current = CurationFields.read(e);
        boolean changed = false;
        for (String f : CurationFields.ALL) {
            if (!pinned.has(f)) {
                after.set(f, current.get(f));
                continue;
            }
            JsonNode proposal = before.get(f);
            if (!Objects.equals(current.get(f), pinned.get(f))) {
                proposal = current.get(f);
                CurationFields.write(e, f, pinned.get(f));
            }
            for (ObjectNode o : fromElsewhere) {
                if (!Objects.equals(o.get(f), before.get(f))) {
                    proposal = o.get(f);
                }
            }
            after.set(f, proposal);
            changed |= !Objects.equals(proposal, before.get(f));
        }
        c.proposed = write(after);
        if (changed && !Curation.REJECTED.equals(c.state)) {
            c.needsReview = true;
        }
    }

    private static Curation survivor(Curation c, Map<Long, Curation> loaded) {
        Curation at = c;
        for (int hops = 0; at.mergedInto != null && hops < 100; hops++) {
            at = loaded.computeIfAbsent(at.mergedInto, id -> Curation.findById(id));
        }
        return at;
    }

    private static Long single(Set<Long> owners) {
        return owners != null && owners.size() == 1 ? owners.iterator().next() : null;
    }

    private static void changeState(Curation c, String to, ObjectNode changes) {
        if (!to.equals(c.state)) {
            changes.set("state", fromTo(NODES.textNode(c.state), NODES.textNode(to)));
            c.state = to;
        }
    }

    private static ObjectNode fromTo(JsonNode from, JsonNode to) {
        ObjectNode n = NODES.objectNode();
        n.set("from", from == null ? NODES.nullNode() : from);
        n.set("to", to == null ? NODES.nullNode() : to);
        return n;
    }

    private ObjectNode read(String stored) {
        try {
            return stored == null ? NODES.objectNode() : (ObjectNode) json.readTree(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored curation is not JSON", e);
        }
    }

    private String write(JsonNode node) {
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
