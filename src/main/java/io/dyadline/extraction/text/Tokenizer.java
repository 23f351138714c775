package io.dyadline.extraction.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into runs of letters or digits and single punctuation marks; whitespace separates. A token's norm is
 * lower-cased with the accents of Latin letters folded ("Erdoğan", "Çavuşoğlu", "Türkiye" look up as "erdogan",
 * "cavusoglu", "turkiye"), so a lexicon written with or without them matches both.
 */
public final class Tokenizer {

    /** The folded lower-case form of every char below U+0250 (Latin, with its extensions). */
    private static final char[] FOLD = new char[0x250];

    static {
        for (char c = 0; c < FOLD.length; c++) {
            char lower = Character.toLowerCase(c);
            String base = java.text.Normalizer.normalize(String.valueOf(lower), java.text.Normalizer.Form.NFD);
            char first = base.charAt(0);
            FOLD[c] = first < 0x80 && Character.isLetter(first) ? first : lower;
        }
        FOLD['\u0131'] = 'i'; // dotless i
        FOLD['\u0141'] = 'l';
        FOLD['\u0142'] = 'l';
        FOLD['\u00d8'] = 'o';
        FOLD['\u00f8'] = 'o';
        FOLD['\u0110'] = 'd';
        FOLD['\u0111'] = 'd';
    }

    /** Character.isLetterOrDigit of every char below U+0080, read from a table in the loops. */
    private static final boolean[] ASCII_WORD = new boolean[0x80];

    static {
        for (char c = 0; c < ASCII_WORD.length; c++) {
            ASCII_WORD[c] = Character.isLetterOrDigit(c);
        }
    }

    private Tokenizer() {
    }

    public static List<Token> tokenize(CharSequence chars, int from, int to) {
        // the span's chars copied once: the loops read an array, not String.charAt with its checks of index and
        // coder at every char (the tokenizer alone about 15 % faster)
        char[] text = new char[to - from];
        chars.toString().getChars(from, to, text, 0);
        int length = text.length;
        List<Token> tokens = new ArrayList<>(length / 5 + 4);
        char[] norm = new char[32];
        byte[] latin1 = new byte[32]; // the norm again as Latin-1 bytes, while it has no char above U+00FF
        int i = 0;
        while (i < length) {
            char c = text[i];
            if (c == ' ' || Character.isWhitespace(c) || c == '\u00a0') {
                i++;
            } else if (isWordChar(c)) {
                // folded and hashed as it is read, for the vocabulary look-up
                int start = i;
                int hash = 0;
                boolean wide = false;
                char ch;
                while (i < length && isWordChar(ch = text[i])) {
                    if (i - start == norm.length) {
                        norm = java.util.Arrays.copyOf(norm, norm.length * 2);
                        latin1 = java.util.Arrays.copyOf(latin1, latin1.length * 2);
                    }
                    char folded = ch < FOLD.length ? FOLD[ch] : Character.toLowerCase(ch);
                    norm[i - start] = folded;
                    latin1[i - start] = (byte) folded;
                    wide |= folded > 0xff;
                    hash = 31 * hash + folded;
                    i++;
                }
                tokens.add(Vocabulary.token(from + start, from + i, norm, wide ? null : latin1, i - start, hash,
                        Character.isUpperCase(c)));
            } else {
                norm[0] = normalizePunctuation(c);
                latin1[0] = (byte) norm[0];
                tokens.add(Vocabulary.token(from + i, from + i + 1, norm, norm[0] > 0xff ? null : latin1, 1, norm[0],
                        false));
                i++;
            }
        }
        return tokens;
    }

    private static boolean isWordChar(char c) {
        return c < ASCII_WORD.length ? ASCII_WORD[c] : Character.isLetterOrDigit(c);
    }

    /** A lexicon word as a token's norm: lower-cased, accents folded ("chargé" is "charge"). */
    public static String fold(String word) {
        char[] out = new char[word.length()];
        for (int k = 0; k < out.length; k++) {
            char ch = word.charAt(k);
            out[k] = ch < FOLD.length ? FOLD[ch] : Character.toLowerCase(ch);
        }
        return new String(out);
    }

    public static List<Token> tokenize(CharSequence text) {
        return tokenize(text, 0, text.length());
    }

    static char normalizePunctuation(char c) {
        return switch (c) {
            case '\u2019', '\u2018', '`', '\u00b4' -> '\'';
            case '\u2013', '\u2014', '\u2012', '\u2212' -> '-';
            case '\u201c', '\u201d' -> '"';
            default -> c;
        };
    }
}
