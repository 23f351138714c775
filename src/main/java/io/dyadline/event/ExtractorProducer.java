package io.dyadline.event;

import io.dyadline.extraction.Extractor;
import io.quarkus.logging.Log;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The one extractor of the service: its lexicons are loaded once, and a malformed one fails start-up. */
public class ExtractorProducer {

    @Produces
    @Singleton
    Extractor extractor() {
        long start = System.nanoTime();
        Extractor extractor = Extractor.load();
        Log.infof("Extractor %s loaded in %d ms", Extractor.VERSION, (System.nanoTime() - start) / 1_000_000);
        return extractor;
    }
}
