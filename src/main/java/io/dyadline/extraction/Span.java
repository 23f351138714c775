package io.dyadline.extraction;

/**
 * A marked piece of the analysed text, for the article page: what kind it is, which rule produced it and what it
 * resolved to.
 *
 * @param field where the offsets point: {@link Field#TITLE} or {@link Field#TEXT}
 * @param start UTF-16 offset into that field
 * @param end   UTF-16 offset after the span
 * @param kind  {@code date}, {@code actor}, {@code trigger}, {@code sector}
 * @param rule  stable id of the rule or lexicon entry
 * @param value what it resolved to (a TIMEX3 value, a country code, an event type, a sector slug)
 */
public record Span(Field field, int start, int end, String kind, String rule, String value) {

    public enum Field { TITLE, TEXT }
}
