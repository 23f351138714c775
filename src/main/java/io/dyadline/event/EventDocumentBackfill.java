package io.dyadline.event;

import io.dyadline.common.Background;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;

/**
 * Writes the documents and search words of events that have no document: events stored before documents existed, or
 * whose documents a migration cleared. Runs in the background after start-up, a batch per transaction, so the service
 * answers at once; until an event's document is written, reads render it on the fly (and {@code q} does not find it).
 */
@ApplicationScoped
public class EventDocumentBackfill {

    private static final int BATCH = 200;

    private final EntityManager em;
    private final EventDocuments documents;
    private final ExecutorService runner = Background.singleThread("dyadline-event-documents");

    public EventDocumentBackfill(EntityManager em, EventDocuments documents) {
        this.em = em;
        this.documents = documents;
    }

    void onStart(@Observes @Priority(1500) StartupEvent event) {
        runner.submit(() -> {
            try {
                int written = run();
                if (written > 0) {
                    Log.infof("Wrote the documents of %d events stored without one", written);
                }
            } catch (RuntimeException e) {
                if (!runner.isShutdown()) {
                    Log.error("Writing event documents stopped; the events left are rendered when read", e);
                }
            }
        });
    }

    @PreDestroy
    void stop() {
        runner.shutdownNow();
    }

    /** Writes every missing document; returns how many it wrote. */
    public int run() {
        int written = 0;
        long after = 0;
        while (!Thread.currentThread().isInterrupted()) {
            long from = after;
            List<Long> ids = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                    "select e.id from Event e where e.doc is null and e.id > :after order by e.id", Long.class)
                    .setParameter("after", from).setMaxResults(BATCH).getResultList());
            if (ids.isEmpty()) {
                break;
            }
            try {
                written += QuarkusTransaction.requiringNew().call(() -> write(ids));
            } catch (RuntimeException e) {
                // a writer changed one of these events at the same moment; they are done at the next start
                Log.warnf("Could not write the documents of events %d to %d: %s", ids.get(0), ids.get(ids.size() - 1), e);
            }
            after = ids.get(ids.size() - 1);
        }
        return written;
    }

    /**
     * Sets only the document, and only where it is still missing: an event that a writer changed meanwhile keeps the
     * document that writer wrote, and no other column is written from this transaction's older copy.
     */
    private int write(List<Long> ids) {
        List<Event> events = em.createQuery("select e from Event e where e.id in :ids", Event.class)
                .setParameter("ids", ids).getResultList();
        List<Event> written = new ArrayList<>();
        for (var rendered : documents.render(events).entrySet()) {
            Event e = rendered.getKey();
            if (em.createQuery("update Event e set e.doc = :doc, e.evidenceCount = :count where e.id = :id "
                            + "and e.doc is null").setParameter("doc", rendered.getValue())
                    .setParameter("count", e.evidence.size()).setParameter("id", e.id).executeUpdate() == 1) {
                written.add(rendered.getKey());
            }
        }
        documents.reindex(written);
        em.flush();
        em.clear();
        return written.size();
    }
}
