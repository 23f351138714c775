package io.dyadline.extraction.text;

/**
 * A word or punctuation mark of a text with its UTF-16 offsets.
 *
 * @param norm    lower-cased, apostrophes and dashes unified, used for lexicon look-up
 * @param capital whether the surface form starts with an upper-case letter
 * @param word    the number of {@code norm} among the words of the lexicons loaded when the token was made, -1 when
 *                none uses it
 */
public record Token(int start, int end, String norm, boolean capital, int word) {

    public Token(int start, int end, String norm, boolean capital) {
        this(start, end, norm, capital, Vocabulary.number(norm));
    }
}
