package io.dyadline.event;

import io.dyadline.extraction.Actor;
import io.dyadline.extraction.Decision;
import io.dyadline.extraction.Evidence;
import io.dyadline.extraction.ExtractedEvent;
import io.dyadline.extraction.Extraction;
import io.dyadline.extraction.time.Timex;

import java.time.LocalDate;
import java.util.List;

/**
 * What {@code POST /api/extract} answers: every time expression and every event, nothing stored; {@code dropped}
 * lists the triggers that made no event, each with the rule that dropped it.
 */
public record ExtractView(List<TimexView> timexes, List<Found> events, List<Decision> dropped) {

    /**
     * A time expression; offsets are UTF-16 character offsets into the text.
     *
     * @param rangeStart first day it covers once anchored, or null
     * @param rangeEnd   last day it covers, or null when open or not anchored
     * @param rule       the rule that produced it
     */
    public record TimexView(String text, int start, int end, String type, String value, String grain,
                            LocalDate rangeStart, LocalDate rangeEnd, boolean openEnd, String rule) {
    }

    /**
     * An event as it would be stored, without id and sources.
     *
     * @param sectors    primary sector first
     * @param provenance why this event, this pair, this date: each stage's decision with its rule id
     */
    public record Found(String type, String status, EventView.DateView date, String pair, List<String> countries,
                        List<Actor> actors, List<String> sectors, String location, String summary, String cameo,
                        double confidence, List<Evidence> evidence, List<Decision> provenance, String initiator,
                        String target, String quad, EventView.PloverView plover) {
    }

    static ExtractView of(Extraction x) {
        List<TimexView> timexes = x.timexes().stream().map(ExtractView::timex).toList();
        List<Found> events = x.events().stream().map(ExtractView::found).toList();
        return new ExtractView(timexes, events, x.dropped());
    }

    private static TimexView timex(Timex t) {
        return new TimexView(t.text(), t.start(), t.end(), t.type().name(), t.value(),
                t.grain() == null ? null : t.grain().name(), t.rangeStart(), t.rangeEnd(), t.openEnd(), t.rule());
    }

    private static Found found(ExtractedEvent e) {
        EventView.DateView date = e.date() == null ? null : new EventView.DateView(e.date().start(), e.date().end(),
                e.date().precision() == null ? null : e.date().precision().name(), e.date().edtf(), e.date().source());
        return new Found(e.type().name(), e.status().name(), date, e.pair(), e.countries(), e.actors(),
                List.copyOf(e.sectors()), e.location(), e.summary(), e.cameo(), e.confidence(), e.evidence(),
                e.provenance(), e.initiator(), e.target(), Quads.of(e.type().name()), CameoPlover.of(e.cameo()));
    }
}
