package io.dyadline.extraction.time;

/** One token of the text: a word, a number or a punctuation mark, with what the lexicon knows of it. */
final class Token {
    int start;
    int end;
    String lower;
    /** The number of {@code lower} among the patterns' literal words ({@link Lexicon#literals}), or -1. */
    int literal = -1;
    boolean attached;
    boolean capital;
    boolean number;
    int digits;
    int num = -1;
    long mask;
    long ambiguous;
    int sentence;
    Lexicon.Word word;

    int value(Cat c) {
        return word != null ? word.num[c.ordinal()] : num;
    }

    String str(Cat c) {
        return word != null ? word.str[c.ordinal()] : null;
    }

    boolean is(Cat c) {
        return (mask & c.bit) != 0;
    }

    @Override
    public String toString() {
        return lower;
    }
}
