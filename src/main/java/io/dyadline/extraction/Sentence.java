package io.dyadline.extraction;

/**
 * A sentence of the headline or of the body.
 *
 * @param start     UTF-16 offset in its field
 * @param end       offset after the last character
 * @param paragraph index of the paragraph in the body (-1 for the headline)
 * @param index     position among the sentences of the document, headline first
 */
public record Sentence(Span.Field field, int start, int end, int paragraph, int index) {

    public String text(Document doc) {
        String source = field == Span.Field.TITLE ? doc.title() : doc.text();
        return source.substring(start, end);
    }
}
