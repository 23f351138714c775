package io.dyadline.curation;

import io.dyadline.event.ExtractionService;
import io.dyadline.extraction.Document;
import io.dyadline.extraction.EventType;
import io.dyadline.extraction.Evidence;
import io.dyadline.extraction.ExtractedEvent;
import io.dyadline.extraction.Extraction;
import io.dyadline.extraction.Extractor;
import io.dyadline.extraction.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * The extractor after a lexicon change, as a new version would behave: meetings are now coded as visits, each
 * trigger covers more words (its lexicon entry grew), the rule ids and summaries are new and confidence is lower.
 * Nothing that identifies evidence across versions (article, sentence) changes; everything else may.
 */
class ChangedLexicon extends ExtractionService {

    static final String VERSION = "events-test-changed-lexicon";

    ChangedLexicon() {
        super(Extractor.load());
    }

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public Extraction extract(Document document) {
        Extraction real = super.extract(document);
        List<ExtractedEvent> changed = new ArrayList<>();
        for (ExtractedEvent x : real.events()) {
            List<Evidence> evidence = new ArrayList<>();
            for (Evidence ev : x.evidence()) {
                List<Span> spans = new ArrayList<>();
                for (Span s : ev.spans()) {
                    spans.add(!s.kind().equals("trigger") ? s : new Span(s.field(), s.start(),
                            Math.min(ev.end(), s.end() + 3), s.kind(), "trigger.v2." + s.rule(), s.value()));
                }
                evidence.add(new Evidence(ev.field(), ev.sentence(), ev.start(), ev.end(), spans));
            }
            EventType type = x.type() == EventType.MEETING ? EventType.VISIT : x.type();
            changed.add(new ExtractedEvent(type, x.status(), x.cameo(), x.countries(), x.date(), x.actors(),
                    x.sectors(), x.location(), "v2: " + x.summary(), x.confidence() * 0.9, evidence, x.provenance()));
        }
        return new Extraction(real.timexes(), changed, real.spans(), real.dropped());
    }
}
