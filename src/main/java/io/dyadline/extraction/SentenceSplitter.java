package io.dyadline.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits text into sentences with offsets: a sentence ends at '.', '!' or '?' (after any closing quotes) followed by
 * white space and a capital, digit or opening quote, unless the period closes an abbreviation or an initial; a blank
 * line always ends one.
 */
public final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "col", "lt", "capt", "maj", "sgt", "adm",
            "sen", "rep", "gov", "pres", "amb", "hon", "rt", "rev", "messrs", "no", "nos", "vs", "etc", "inc",
            "ltd", "co", "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "e.g", "i.e", "u.s", "u.k", "u.n", "u.s.a", "d.c", "a.m", "p.m", "approx", "est", "dept", "fig", "al");

    private SentenceSplitter() {
    }

    public static List<Sentence> split(Document doc) {
        List<Sentence> out = new ArrayList<>();
        if (doc.title() != null && !doc.title().isBlank()) {
            String t = doc.title();
            int s = skipSpace(t, 0, t.length());
            int e = trimEnd(t, s, t.length());
            out.add(new Sentence(Span.Field.TITLE, s, e, -1, 0));
        }
        String text = doc.text() == null ? "" : doc.text();
        int paragraph = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            int paraEnd = paragraphEnd(text, i);
            splitParagraph(text, i, paraEnd, paragraph, out);
            paragraph++;
            i = paraEnd;
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
        }
        return out;
    }

    private static int paragraphEnd(String text, int from) {
        int i = text.indexOf('\n', from);
        while (i >= 0) {
            int j = i + 1;
            while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\r'
                    || text.charAt(j) == '\u00a0')) {
                j++;
            }
            if (j >= text.length() || text.charAt(j) == '\n') {
                return i;
            }
            i = text.indexOf('\n', j);
        }
        return text.length();
    }

    private static void splitParagraph(String text, int from, int to, int paragraph, List<Sentence> out) {
        int start = skipSpace(text, from, to);
        int i = start;
        start = afterListMarker(text, start, to);
        i = start;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '\n') {
                int item = listItemStart(text, i + 1, to);
                if (item >= 0) {
                    add(text, start, i, paragraph, out);
                    start = item;
                    i = start;
                    continue;
                }
            }
            if ((c == '.' || c == '!' || c == '?') && isBoundary(text, i, to)) {
                int end = i + 1;
                while (end < to && isClosing(text.charAt(end))) {
                    end++;
                }
                add(text, start, end, paragraph, out);
                start = skipSpace(text, end, to);
                i = start;
                continue;
            }
            i++;
        }
        if (start < to) {
            add(text, start, to, paragraph, out);
        }
    }

    /** A line opening with a list marker ("-   ", "* ", "• ", "3. ") starts a new sentence: fact sheets are lists. */
    private static int listItemStart(String text, int lineStart, int to) {
        int j = lineStart;
        while (j < to && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\u00a0')) {
            j++;
        }
        int after = afterListMarker(text, j, to);
        return after > j ? after : -1;
    }

    private static int afterListMarker(String text, int j, int to) {
        int k = j;
        if (k < to && (text.charAt(k) == '-' || text.charAt(k) == '*' || text.charAt(k) == '\u2022')) {
            k++;
        } else {
            while (k < to && k - j < 3 && Character.isDigit(text.charAt(k))) {
                k++;
            }
            if (k == j || k >= to || (text.charAt(k) != '.' && text.charAt(k) != ')')) {
                return j;
            }
            k++;
        }
        if (k >= to || !(text.charAt(k) == ' ' || text.charAt(k) == '\t' || text.charAt(k) == '\u00a0')) {
            return j;
        }
        return skipSpace(text, k, to);
    }

    private static void add(String text, int start, int end, int paragraph, List<Sentence> out) {
        int e = trimEnd(text, start, end);
        if (e > start) {
            out.add(new Sentence(Span.Field.TEXT, start, e, paragraph, out.size()));
        }
    }

    private static boolean isBoundary(String text, int dot, int to) {
        int j = dot + 1;
        while (j < to && isClosing(text.charAt(j))) {
            j++;
        }
        if (j >= to) {
            return true;
        }
        if (!Character.isWhitespace(text.charAt(j)) && text.charAt(j) != '\u00a0') {
            return false;
        }
        while (j < to && (Character.isWhitespace(text.charAt(j)) || text.charAt(j) == '\u00a0')) {
            j++;
        }
        if (j >= to) {
            return true;
        }
        char next = text.charAt(j);
        if (!(Character.isUpperCase(next) || Character.isDigit(next) || isOpening(next))) {
            return false;
        }
        if (text.charAt(dot) != '.') {
            return true;
        }
        int w = dot;
        while (w > 0 && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
            w--;
        }
        String word = text.substring(w, dot).toLowerCase();
        if (word.length() == 1 && Character.isUpperCase(text.charAt(w))) {
            return false;
        }
        return !ABBREVIATIONS.contains(word);
    }

    private static boolean isClosing(char c) {
        return c == '"' || c == '\'' || c == '\u201d' || c == '\u2019' || c == ')' || c == ']';
    }

    private static boolean isOpening(char c) {
        return c == '"' || c == '\u201c' || c == '\u2018' || c == '(' || c == '\'';
    }

    private static int skipSpace(String t, int i, int to) {
        while (i < to && (Character.isWhitespace(t.charAt(i)) || t.charAt(i) == '\u00a0')) {
            i++;
        }
        return i;
    }

    private static int trimEnd(String t, int from, int e) {
        while (e > from && (Character.isWhitespace(t.charAt(e - 1)) || t.charAt(e - 1) == '\u00a0')) {
            e--;
        }
        return e;
    }
}
