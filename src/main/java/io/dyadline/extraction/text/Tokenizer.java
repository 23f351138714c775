package io.dyadline.extraction.text;

import java.util.ArrayList;
import java.util.List;

/** Splits text into runs of letters or digits and single punctuation marks; whitespace separates. */
public final class Tokenizer {

    private Tokenizer() {
    }

    public static List<Token> tokenize(CharSequence text, int from, int to) {
        List<Token> tokens = new ArrayList<>((to - from) / 5 + 4);
        char[] norm = new char[32];
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                i++;
            } else if (Character.isLetterOrDigit(c)) {
                int start = i;
                while (i < to && Character.isLetterOrDigit(text.charAt(i))) {
                    i++;
                }
                if (i - start > norm.length) {
                    norm = new char[i - start];
                }
                for (int k = start; k < i; k++) {
                    norm[k - start] = Character.toLowerCase(text.charAt(k));
                }
                tokens.add(Vocabulary.token(start, i, norm, i - start, Character.isUpperCase(c)));
            } else {
                norm[0] = normalizePunctuation(c);
                tokens.add(Vocabulary.token(i, i + 1, norm, 1, false));
                i++;
            }
        }
        return tokens;
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
