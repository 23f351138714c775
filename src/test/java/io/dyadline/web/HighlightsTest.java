package io.dyadline.web;

import io.dyadline.extraction.Span;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HighlightsTest {

    private static Span text(int start, int end, String kind, String rule, String value) {
        return new Span(Span.Field.TEXT, start, end, kind, rule, value);
    }

    /** The segments as "text|kind" (plain text as "text|"), for compact assertions. */
    private static List<String> shown(List<Highlights.Segment> segments) {
        return segments.stream().map(s -> s.text() + "|" + s.kind()).toList();
    }

    @Test
    void plainTextIsOneUnmarkedSegment() {
        List<Highlights.Segment> segments = Highlights.segments("No spans here.", List.of());
        assertEquals(List.of("No spans here.|"), shown(segments));
        assertFalse(segments.get(0).marked());
    }

    @Test
    void separateSpansAlternateWithPlainText() {
        String s = "Iran met Russia on 24 September 2023.";
        List<Highlights.Segment> segments = Highlights.segments(s, List.of(
                text(0, 4, "actor", "actor.country", "IR"),
                text(5, 8, "trigger", "trigger.meet", "MEETING"),
                text(9, 15, "actor", "actor.country", "RU"),
                text(19, 36, "date", "time.day_month_year", "2023-09-24")));
        assertEquals(List.of("Iran|actor", " |", "met|trigger", " |", "Russia|actor", " on |",
                "24 September 2023|date", ".|"), shown(segments));
        assertEquals("date · time.day_month_year → 2023-09-24", segments.get(6).tooltip());
    }

    @Test
    void aNestedSpanSplitsItsParentAndNamesBothInTheTooltip() {
        String s = "Russian telecoms minister";
        // "Russian telecoms minister" is an actor; "telecoms" inside it is a sector cue
        List<Highlights.Segment> segments = Highlights.segments(s, List.of(
                text(0, 25, "actor", "actor.official", "RU"),
                text(8, 16, "sector", "sector.telecom", "telecom")));
        assertEquals(List.of("Russian |actor", "telecoms|sector", " minister|actor"), shown(segments));
        assertEquals("sector actor", segments.get(1).kinds());
        assertEquals("sector · sector.telecom → telecom\nactor · actor.official → RU", segments.get(1).tooltip());
        assertTrue(segments.stream().allMatch(Highlights.Segment::marked));
    }

    @Test
    void overlappingSpansAreFlattenedTheSameWayWhateverTheirOrder() {
        String s = "on Monday morning talks";
        List<Span> spans = new ArrayList<>(List.of(
                text(3, 17, "date", "time.weekday_part", "2023-09-25TMO"),
                text(10, 23, "trigger", "trigger.talks", "MEETING"),
                text(3, 9, "date", "time.weekday", "2023-09-25")));
        List<String> expected = List.of("on |", "Monday|date", " |date", "morning|trigger", " talks|trigger");
        for (int i = 0; i < 6; i++) {
            Collections.rotate(spans, 1);
            if (i == 3) {
                Collections.reverse(spans);
            }
            List<Highlights.Segment> segments = Highlights.segments(s, spans);
            assertEquals(expected, shown(segments));
            // "morning" lies in both the date and the trigger: equal lengths fall to the kind order, trigger first
            assertEquals("trigger date", segments.get(3).kinds());
        }
    }

    @Test
    void identicalSpansOfTwoKindsShowTheKindOrderFirst() {
        List<Highlights.Segment> segments = Highlights.segments("Moscow", List.of(
                text(0, 6, "actor", "actor.capital", "RU"),
                text(0, 6, "trigger", "trigger.x", "VISIT")));
        assertEquals(List.of("Moscow|trigger"), shown(segments));
        assertEquals("trigger actor", segments.get(0).kinds());
    }

    @Test
    void spansOutsideTheTextEmptyOrReversedAreDroppedAndLongOnesCut() {
        List<Highlights.Segment> segments = Highlights.segments("short", List.of(
                text(2, 50, "date", "r", "v"),
                text(40, 60, "actor", "r", "v"),
                text(3, 3, "actor", "r", "v"),
                text(4, 1, "actor", "r", "v"),
                text(-5, 1, "trigger", "r", "v")));
        assertEquals(List.of("s|trigger", "h|", "ort|date"), shown(segments));
    }

    @Test
    void titleSpansMarkTheHeadlineAndTextSpansTheBody() {
        List<Span> spans = List.of(
                new Span(Span.Field.TITLE, 0, 6, "actor", "actor.capital", "IR"),
                text(0, 4, "actor", "actor.country", "IR"));
        Highlights.Block title = Highlights.title("Tehran, Moscow discuss telecom cooperation", spans);
        assertEquals(List.of("Tehran|actor", ", Moscow discuss telecom cooperation|"), shown(title.segments()));
        List<Highlights.Block> body = Highlights.paragraphs("Iran and Russia.", spans);
        assertEquals(List.of("Iran|actor", " and Russia.|"), shown(body.get(0).segments()));
    }

    @Test
    void paragraphsKeepBodyOffsetsAndASpanAcrossABreakIsMarkedInBoth() {
        String body = "First paragraph ends.\n\nSecond one, with Moscow.";
        int moscow = body.indexOf("Moscow");
        int ends = body.indexOf("ends");
        List<Highlights.Block> blocks = Highlights.paragraphs(body, List.of(
                text(moscow, moscow + 6, "actor", "actor.capital", "RU"),
                text(ends, body.indexOf("one"), "trigger", "t", "X")));
        assertEquals(2, blocks.size());
        assertEquals(List.of("First paragraph |", "ends.|trigger"), shown(blocks.get(0).segments()));
        assertEquals(List.of("Second |trigger", "one, with |", "Moscow|actor", ".|"), shown(blocks.get(1).segments()));
    }

    @Test
    void markupInTheTextStaysText() {
        // the template escapes segments; the segments themselves keep the characters as they are
        String s = "<script>alert(1)</script> met";
        List<Highlights.Segment> segments = Highlights.segments(s, List.of(text(26, 29, "trigger", "t", "MEETING")));
        assertEquals("<script>alert(1)</script> ", segments.get(0).text());
    }
}
