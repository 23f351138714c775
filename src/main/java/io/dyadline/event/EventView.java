package io.dyadline.event;

import io.dyadline.extraction.Actor;
import io.dyadline.extraction.Span;

import java.time.LocalDate;
import java.util.List;

/**
 * An event as the API shows it (the shape of DESIGN.md). In a list, an event reported by many articles shows its first
 * {@link EventDocuments#LISTED} pieces of evidence and sources (by article id), and how many there are in all;
 * {@code GET /api/events/{id}} shows all of them.
 *
 * @param evidenceCount how many pieces of evidence the event has in all
 * @param sourceCount   how many articles report it
 * @param curation      what analysts decided
 */
public record EventView(long id, String type, String status, DateView date, String pair, List<String> countries,
                        List<Actor> actors, List<String> sectors, String location, String summary, String cameo,
                        double confidence, List<EvidenceView> evidence, int evidenceCount, List<SourceView> sources,
                        int sourceCount, String initiator, String target, String quad, PloverView plover,
                        Curation curation) {

    /**
     * The PLOVER event type of the event's CAMEO code, and its mode when the table gives one ({@code expel}), from
     * the official CAMEO to PLOVER table.
     */
    public record PloverView(String event, String mode) {
    }

    /**
     * @param state       EXTRACTED, CONFIRMED, CORRECTED or REJECTED
     * @param by          who decided last; null while EXTRACTED
     * @param needsReview the extractor's proposal changed after an analyst decided
     * @param proposed    for each field an analyst corrected, what the extractor proposes
     */
    public record Curation(String state, String by, java.time.Instant at, String note, boolean needsReview,
                           java.util.Map<String, Object> proposed) {

        public static final Curation EXTRACTED = new Curation("EXTRACTED", null, null, null, false, java.util.Map.of());
    }

    /**
     * @param precision DAY, MONTH or YEAR
     * @param edtf      the date in EDTF: {@code 2023-09-24}, {@code 2023-05}, {@code 2016/..}
     * @param source    the rule of the time expression that dates the event, or how the date was inherited
     */
    public record DateView(LocalDate start, LocalDate end, String precision, String edtf, String source) {
    }

    /**
     * @param field TITLE when the sentence is the headline, TEXT when it is in the body
     * @param spans trigger, date and actor marks, with offsets into the same field
     * @param id    names the evidence to split it off (POST /api/events/{id}/split)
     */
    public record EvidenceView(long articleId, String field, String sentence, int start, int end, List<Span> spans,
                               Long id) {
    }

    public record SourceView(long articleId, String title, LocalDate publishedAt, String url) {
    }
}
