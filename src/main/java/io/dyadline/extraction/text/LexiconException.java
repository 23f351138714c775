package io.dyadline.extraction.text;

/** A lexicon file that cannot be loaded; the message starts with file:line. */
public class LexiconException extends IllegalStateException {

    public LexiconException(String message) {
        super(message);
    }
}
