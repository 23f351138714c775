package io.dyadline.web;

import io.dyadline.extraction.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a text into plain and marked segments from the extracted spans. Overlapping and nested spans are flattened:
 * every stretch of text covered by the same set of spans becomes one segment, shown as the kind of its innermost
 * span (ties: trigger, date, actor, sector), with all covering spans named in its tooltip. The result depends only
 * on the spans, never on their order.
 */
public final class Highlights {

    private static final Map<String, Integer> KIND_ORDER = Map.of("trigger", 0, "date", 1, "actor", 2, "sector", 3);
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");

    /** Deterministic order of the spans covering one segment: innermost first. */
    static final Comparator<Span> INNERMOST_FIRST = Comparator.<Span>comparingInt(s -> s.end() - s.start())
            .thenComparingInt(s -> KIND_ORDER.getOrDefault(s.kind(), 9))
            .thenComparing(s -> s.kind() == null ? "" : s.kind())
            .thenComparingInt(Span::start)
            .thenComparing(s -> s.rule() == null ? "" : s.rule())
            .thenComparing(s -> s.value() == null ? "" : s.value());

    private Highlights() {
    }

    /** A piece of text and the spans that cover all of it (none for plain text), innermost first. */
    public record Segment(String text, List<Span> spans) {

        public boolean marked() {
            return !spans.isEmpty();
        }

        /** The kind the segment is shown as: its innermost span's. */
        public String kind() {
            return spans.isEmpty() ? "" : spans.get(0).kind();
        }

        /** Every kind covering the segment, space-separated, innermost first, without repeats. */
        public String kinds() {
            return String.join(" ", spans.stream().map(Span::kind).distinct().toList());
        }

        /** For the tooltip: each covering span as "kind · rule → value", one a line. */
        public String tooltip() {
            StringBuilder sb = new StringBuilder();
            for (Span s : spans) {
                if (!sb.isEmpty()) {
                    sb.append('\n');
                }
                sb.append(s.kind()).append(" · ").append(s.rule() == null ? "?" : s.rule());
                if (s.value() != null && !s.value().isEmpty()) {
                    sb.append(" → ").append(s.value());
                }
            }
            return sb.toString();
        }
    }

    /** A headline or a paragraph, as segments. */
    public record Block(List<Segment> segments) {
    }

    /**
     * The segments of a text, from spans whose offsets point into it. Spans outside the text, empty or reversed are
     * left out; a span reaching past the end is cut at the end.
     */
    public static List<Segment> segments(String text, List<Span> spans) {
        int length = text.length();
        List<Span> valid = new ArrayList<>();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, length));
        for (Span s : spans) {
            int start = Math.max(0, s.start());
            int end = Math.min(length, s.end());
            if (start >= end) {
                continue;
            }
            Span clipped = start == s.start() && end == s.end() ? s
                    : new Span(s.field(), start, end, s.kind(), s.rule(), s.value());
            valid.add(clipped);
            cuts.add(start);
            cuts.add(end);
        }
        List<Segment> out = new ArrayList<>();
        Integer from = null;
        for (int cut : cuts) {
            if (from != null && cut > from) {
                List<Span> covering = new ArrayList<>();
                for (Span s : valid) {
                    if (s.start() <= from && s.end() >= cut && !covering.contains(s)) {
                        covering.add(s);
                    }
                }
                covering.sort(INNERMOST_FIRST);
                Segment last = out.isEmpty() ? null : out.get(out.size() - 1);
                if (last != null && last.spans().equals(covering)) {
                    out.set(out.size() - 1, new Segment(last.text() + text.substring(from, cut), covering));
                } else {
                    out.add(new Segment(text.substring(from, cut), List.copyOf(covering)));
                }
            }
            from = cut;
        }
        return out;
    }

    /** The headline as one block, from the spans of the TITLE field. */
    public static Block title(String title, List<Span> spans) {
        return new Block(segments(title == null ? "" : title, ofField(spans, Span.Field.TITLE)));
    }

    /**
     * The body as paragraphs (blank lines between them), each a block, from the spans of the TEXT field; a span
     * across a paragraph break is marked in each paragraph it touches.
     */
    public static List<Block> paragraphs(String body, List<Span> spans) {
        List<Block> out = new ArrayList<>();
        if (body == null) {
            return out;
        }
        Matcher m = PARAGRAPH_BREAK.matcher(body);
        int start = 0;
        while (true) {
            boolean found = m.find();
            int end = found ? m.start() : body.length();
            addParagraph(out, body, start, end, spans);
            if (!found) {
                break;
            }
            start = m.end();
        }
        return out;
    }

    private static void addParagraph(List<Block> out, String body, int start, int end, List<Span> spans) {
        if (body.substring(start, end).isBlank()) {
            return;
        }
        List<Span> inside = new ArrayList<>();
        for (Span s : ofField(spans, Span.Field.TEXT)) {
            if (s.start() < end && s.end() > start) {
                inside.add(new Span(s.field(), Math.max(s.start(), start) - start, Math.min(s.end(), end) - start,
                        s.kind(), s.rule(), s.value()));
            }
        }
        out.add(new Block(segments(body.substring(start, end), inside)));
    }

    private static List<Span> ofField(List<Span> spans, Span.Field field) {
        return spans.stream().filter(s -> s.field() == field || (s.field() == null && field == Span.Field.TEXT)).toList();
    }
}
