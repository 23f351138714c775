package io.dyadline.extraction.text;

/**
 * A word or punctuation mark of a text with its UTF-16 offsets.
 *
 * @param norm    lower-cased, apostrophes and dashes unified, used for lexicon look-up
 * @param capital whether the surface form starts with an upper-case letter
 */
public record Token(int start, int end, String norm, boolean capital) {
}
