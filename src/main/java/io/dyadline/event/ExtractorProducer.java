package io.dyadline.event;

import io.dyadline.extraction.Extractor;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The one extractor of the service: its lexicons are loaded once, and a malformed one fails start-up. Loading starts
 * with the first start-up observer, on its own thread, while the first accounts' passwords are hashed.
 */
@Singleton
public class ExtractorProducer {

    private CompletableFuture<Extractor> loading;

    void startLoading(@Observes @Priority(0) StartupEvent event) {
        loading();
    }

    /** Before the stored articles are looked at (re-extraction, priority 1000): a broken lexicon stops start-up. */
    void awaitLoaded(@Observes @Priority(950) StartupEvent event) {
        loaded();
    }

    @Produces
    @Singleton
    Extractor extractor() {
        return loaded();
    }

    private synchronized CompletableFuture<Extractor> loading() {
        if (loading == null) {
            loading = CompletableFuture.supplyAsync(ExtractorProducer::load,
                    task -> new Thread(task, "extractor-load").start());
        }
        return loading;
    }

    private Extractor loaded() {
        try {
            return loading().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private static Extractor load() {
        long start = System.nanoTime();
        Extractor extractor = Extractor.load();
        Log.infof("Extractor %s loaded in %d ms", Extractor.VERSION, (System.nanoTime() - start) / 1_000_000);
        return extractor;
    }
}
