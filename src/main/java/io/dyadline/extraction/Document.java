package io.dyadline.extraction;

import java.time.LocalDate;

/**
 * What the extractor reads: an optional headline, the body text and the publication date that relative dates are
 * anchored on (null when unknown: relative dates then stay unresolved).
 */
public record Document(String title, String text, LocalDate published) {

    public static Document of(String text, LocalDate published) {
        return new Document(null, text, published);
    }
}
