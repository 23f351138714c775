package io.dyadline.event;

import io.dyadline.extraction.Document;
import io.dyadline.extraction.Extraction;
import io.dyadline.extraction.Extractor;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.atomic.AtomicLong;

/** The extractor as the service uses it: one shared instance, with a count of the extractions that failed. */
@ApplicationScoped
public class ExtractionService {

    private final Extractor extractor;
    private final AtomicLong failures = new AtomicLong();

    public ExtractionService(Extractor extractor) {
        this.extractor = extractor;
    }

    public Extraction extract(Document document) {
        try {
            return extractor.extract(document);
        } catch (RuntimeException e) {
            failures.incrementAndGet();
            throw e;
        }
    }

    /** The version of the extraction rules; articles extracted by another version are re-extracted. */
    public String version() {
        return Extractor.VERSION;
    }

    /** Extractions that threw since start-up. */
    public long failures() {
        return failures.get();
    }
}
