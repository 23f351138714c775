package io.dyadline.extraction;

import io.dyadline.extraction.time.Timex;

import java.util.List;

/**
 * All that the extractor found in one document.
 *
 * @param timexes time expressions in the body text (offsets into {@link Document#text()})
 * @param events  one entry per real-world bilateral event
 * @param spans   every marked span (dates, actors, triggers, sectors) for the article page
 * @param dropped triggers that made no event, each with the rule that dropped it (detail: trigger id and sentence)
 */
public record Extraction(List<Timex> timexes, List<ExtractedEvent> events, List<Span> spans,
                         List<Decision> dropped) {

    public Extraction(List<Timex> timexes, List<ExtractedEvent> events, List<Span> spans) {
        this(timexes, events, spans, List.of());
    }
}
