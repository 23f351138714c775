package io.dyadline.ingest;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.List;

/**
 * When the extractor has changed, rebuilds the events of the articles extracted by an earlier version, at start-up
 * before the seeds are read.
 */
@ApplicationScoped
public class Reextraction {

    private final Ingestion ingestion;

    public Reextraction(Ingestion ingestion) {
        this.ingestion = ingestion;
    }

    void onStart(@Observes @Priority(1000) StartupEvent event) {
        int done = reextractStale();
        if (done > 0) {
            Log.infof("Re-extracted %d articles", done);
        }
    }

    /** Re-extracts every article whose extraction failed or came from another extractor version; returns how many. */
    public int reextractStale() {
        List<Long> stale = ingestion.staleArticles();
        for (Long id : stale) {
            ingestion.reextract(id);
        }
        return stale.size();
    }
}
