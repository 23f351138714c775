package io.dyadline.extraction.time;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Splits text once into tokens and marks what the lexicon knows of each; sentence numbers bound the tense window. */
final class Tokenizer {

    /** What the lexicon knows of a lower-cased word: its entry (or null) and its literal number (or -1). */
    private record Known(Lexicon.Word word, int literal) {
    }

    /** Character.isLetterOrDigit of every char below U+0080, read from a table in the word loop. */
    private static final boolean[] ASCII_WORD = new boolean[0x80];
    /**
     * Character.isWhitespace and isLetter of every char below U+0080, read from tables at each token's first char
     * (the calls through CharacterData were about 2 % of extraction's samples).
     */
    private static final boolean[] ASCII_SPACE = new boolean[0x80];
    private static final boolean[] ASCII_LETTER = new boolean[0x80];

    static {
        for (char c = 0; c < ASCII_WORD.length; c++) {
            ASCII_WORD[c] = Character.isLetterOrDigit(c);
            ASCII_SPACE[c] = Character.isWhitespace(c);
            ASCII_LETTER[c] = Character.isLetter(c);
        }
    }

    private static boolean isWhitespace(char c) {
        return c < ASCII_SPACE.length ? ASCII_SPACE[c] : Character.isWhitespace(c);
    }

    private static boolean isLetter(char c) {
        return c < ASCII_LETTER.length ? ASCII_LETTER[c] : Character.isLetter(c);
    }

    /** The lexicon's words and the patterns' literal words in one map, so that a token is looked up once. */
    private final Map<String, Known> known = new HashMap<>();
    /**
     * The ASCII words of {@link #known} in open addressing by {@link String#hashCode}: an ASCII word is lower-cased
     * and hashed as it is read, and a known one takes the table's string instead of making its own.
     */
    private final int[] asciiHashes;
    private final String[] asciiWords;
    private final Known[] asciiKnown;
    /** The one-character strings below U+0080 and what the lexicon knows of each, made once. */
    private final String[] marks = new String[0x80];
    private final Known[] markKnown = new Known[0x80];

    Tokenizer(Lexicon lexicon) {
        lexicon.words.forEach((w, entry) -> known.put(w, new Known(entry, lexicon.literals.getOrDefault(w, -1))));
        lexicon.literals.forEach((w, number) -> known.putIfAbsent(w, new Known(null, number)));
        int slots = Integer.highestOneBit(Math.max(known.size(), 8) * 4);
        asciiHashes = new int[slots];
        asciiWords = new String[slots];
        asciiKnown = new Known[slots];
        known.forEach((w, k) -> {
            if (w.chars().allMatch(c -> c < 0x80)) {
                int slot = w.hashCode() & (slots - 1);
                while (asciiWords[slot] != null) {
                    slot = (slot + 1) & (slots - 1);
                }
                asciiHashes[slot] = w.hashCode();
                asciiWords[slot] = w;
                asciiKnown[slot] = k;
            }
        });
        for (char c = 0; c < marks.length; c++) {
            marks[c] = String.valueOf(c);
            markKnown[c] = known.get(marks[c]);
        }
    }

    List<Token> tokenize(String text) {
        // the chars copied once: the loops read an array, not String.charAt with its checks at every char
        char[] chars = text.toCharArray();
        List<Token> out = new ArrayList<>(text.length() / 5 + 4);
        byte[] ascii = new byte[64];
        int n = text.length();
        int i = 0;
        boolean attached = false;
        int sentence = 0;
        boolean breakPending = false;
        while (i < n) {
            char c = chars[i];
            if (isWhitespace(c)) {
                int newlines = 0;
                while (i < n && isWhitespace(chars[i])) {
                    if (chars[i] == '\n') {
                        newlines++;
                    }
                    i++;
                }
                if (newlines >= 2 || breakPending) {
                    if (breakPending || newlines >= 2) {
                        sentence++;
                    }
                    breakPending = false;
                }
                attached = false;
                continue;
            }
            breakPending = false;
            Token t = new Token();
            t.start = i;
            t.attached = attached && !out.isEmpty();
            if (c >= '0' && c <= '9') {
                i = number(chars, i, t, ascii);
            } else if (isLetter(c)) {
                i = word(chars, i, t, ascii);
            } else if (c == '\'' || c == '’') {
                int j = i + 1;
                while (j < n && Character.isLetter(chars[j])) {
                    j++;
                }
                if (j > i + 1 && j - i <= 4 && !out.isEmpty() && t.attached) {
                    t.end = j;
                    lookup(t, lower(t, "'" + text.substring(i + 1, j).toLowerCase(Locale.ROOT)));
                    i = j;
                } else {
                    t.end = i + 1;
                    lookup(t, lower(t, "'"));
                    i++;
                }
            } else {
                t.end = i + 1;
                if (c < marks.length) {
                    t.lower = marks[c];
                    t.literal = markKnown[c] == null ? -1 : markKnown[c].literal();
                } else {
                    lower(t, String.valueOf(c));
                }
                i++;
                if (c == '.' || c == '!' || c == '?') {
                    Token prev = out.isEmpty() ? null : out.get(out.size() - 1);
                    boolean abbreviation = c == '.' && prev != null && t.attached
                            && (prev.lower.length() == 1 && prev.capital
                            || prev.word != null && prev.word.abbreviation && (prev.mask & (Cat.MONTH.bit | Cat.WEEKDAY.bit)) != 0);
                    breakPending = !abbreviation;
                    if (abbreviation) {
                        t.mask = Cat.ABBRDOT.bit;
                    }
                }
            }
            t.sentence = sentence;
            out.add(t);
            attached = true;
        }
        return spelledNumbers(text, out);
    }

    /**
     * Joins number words into one token: "twenty-four" / "twenty four" (a cardinal), and years as spoken in broadcast
     * transcripts, "nineteen ninety-six", "two thousand", "two thousand three" (a year).
     */
    private List<Token> spelledNumbers(String text, List<Token> toks) {
        boolean any = false;
        for (Token t : toks) {
            if (t.word != null && (t.mask & Cat.CARD.bit) != 0 && t.value(Cat.CARD) >= 11) {
                any = true;
                break;
            }
        }
        if (!any) {
            return toks;
        }
        List<Token> out = new ArrayList<>(toks.size());
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            int tens = spelled(t);
            if (tens >= 20 && tens <= 90 && tens % 10 == 0) {
                int j = next(toks, i, true);
                int unit = j < 0 ? -1 : spelled(toks.get(j));
                if (unit >= 1 && unit <= 9) {
                    t = joined(text, toks, i, j, tens + unit, Cat.CARD.bit);
                    i = j;
                }
            }
            out.add(t);
        }
        List<Token> hundreds = new ArrayList<>(out.size());
        for (int i = 0; i < out.size(); i++) {
            Token t = out.get(i);
            int head = spelled(t);
            int j = next(out, i, false);
            if (head >= 1 && head <= 9 && j >= 0 && out.get(j).lower.equals("hundred")) {
                // "three hundred days ago", "two hundred and fifty": one cardinal
                int end = j;
                int value = head * 100;
                int k = next(out, j, false);
                if (k >= 0 && out.get(k).lower.equals("and")) {
                    k = next(out, k, false);
                }
                int rest = k < 0 ? -1 : spelled(out.get(k));
                if (rest >= 1 && rest <= 99) {
                    value += rest;
                    end = k;
                }
                hundreds.add(joined(text, out, i, end, value, Cat.CARD.bit));
                i = end;
            } else {
                hundreds.add(t);
            }
        }
        out = hundreds;
        List<Token> years = new ArrayList<>(out.size());
        for (int i = 0; i < out.size(); i++) {
            Token t = out.get(i);
            int head = spelled(t);
            int j = next(out, i, false);
            Token n = j < 0 ? null : out.get(j);
            int tail = n == null ? -1 : spelled(n);
            if ((head == 18 || head == 19 || head == 20) && tail >= 10 && tail <= 99 && !n.lower.equals("hundred")) {
                years.add(joined(text, out, i, j, head * 100 + tail, Cat.YEAR.bit));
                i = j;
            } else if (head == 2 && n != null && n.lower.equals("thousand")) {
                int k = next(out, j, false);
                int unit = k < 0 ? -1 : spelled(out.get(k));
                if (unit >= 1 && unit <= 99) {
                    years.add(joined(text, out, i, k, 2000 + unit, Cat.YEAR.bit));
                    i = k;
                } else {
                    years.add(joined(text, out, i, j, 2000, Cat.YEAR.bit));
                    i = j;
                }
            } else {
                years.add(t);
            }
        }
        return years;
    }

    /** The value of a spelled-out cardinal ("ninety", or a joined "ninety-six"), or -1. */
    private static int spelled(Token t) {
        if ((t.mask & Cat.CARD.bit) == 0 || t.number || t.lower.equals("a") || t.lower.equals("an")) {
            return -1;
        }
        return t.value(Cat.CARD);
    }

    /** The token after i in the same sentence, past one touching hyphen when allowed; -1 when none. */
    private static int next(List<Token> toks, int i, boolean hyphen) {
        int j = i + 1;
        if (hyphen && j + 1 < toks.size() && toks.get(j).lower.equals("-") && toks.get(j).attached && toks.get(j + 1).attached) {
            j++;
        }
        return j < toks.size() && toks.get(j).sentence == toks.get(i).sentence ? j : -1;
    }

    private Token joined(String text, List<Token> toks, int from, int to, int value, long mask) {
        Token a = toks.get(from);
        Token t = new Token();
        t.start = a.start;
        t.end = toks.get(to).end;
        t.attached = a.attached;
        t.capital = a.capital;
        t.sentence = a.sentence;
        lower(t, text.substring(t.start, t.end).toLowerCase(Locale.ROOT));
        t.num = value;
        t.digits = mask == Cat.YEAR.bit ? 4 : 2;
        t.mask = mask;
        return t;
    }

    private int number(char[] text, int i, Token t, byte[] ascii) {
        int n = text.length;
        int j = i;
        long v = 0;
        boolean formatted = false;
        boolean decimal = false;
        while (j < n) {
            char c = text[j];
            if (c >= '0' && c <= '9') {
                if (!decimal) {
                    v = Math.min(v * 10 + (c - '0'), Integer.MAX_VALUE);
                }
                j++;
            } else if ((c == ',' || c == '.') && j + 1 < n && Character.isDigit(text[j + 1])
                    && (c == '.' || j + 3 < n + 1 && threeDigits(text, j + 1))) {
                formatted = true;
                decimal |= c == '.';
                j++;
            } else {
                break;
            }
        }
        t.number = true;
        t.digits = j - i;
        int end = j;
        int k = j;
        while (k < n && isLetter(text[k])) {
            k++;
        }
        String suffix = k == j ? "" : new String(text, j, k - j).toLowerCase(Locale.ROOT);
        lower(t, text, i, j, ascii);
        if (formatted) {
            if (!decimal) {
                t.num = (int) v;
                t.mask = Cat.CARD.bit;
            }
        } else {
            t.num = (int) v;
            switch (suffix) {
                case "st", "nd", "rd", "th" -> {
                    end = k;
                    t.mask = Cat.ORD.bit | (v >= 1 && v <= 31 ? Cat.DAY.bit : 0);
                }
                case "s" -> {
                    end = k;
                    if ((t.digits == 4 && v % 10 == 0 && v >= 1000 && v <= 2190) || (t.digits == 2 && v % 10 == 0)) {
                        t.mask = Cat.DECADE.bit;
                    }
                }
                default -> {
                    t.mask = Cat.NUM.bit | Cat.CARD.bit;
                    if (t.digits == 4 && v >= 1000 && v <= 2199) {
                        t.mask |= Cat.YEAR.bit;
                    }
                    if (t.digits <= 2 && v >= 1 && v <= 31) {
                        t.mask |= Cat.DAY.bit;
                    }
                }
            }
        }
        t.end = end;
        return end;
    }

    private static boolean threeDigits(char[] text, int j) {
        int n = text.length;
        if (j + 3 > n) {
            return false;
        }
        for (int k = j; k < j + 3; k++) {
            if (!Character.isDigit(text[k])) {
                return false;
            }
        }
        return j + 3 == n || !Character.isDigit(text[j + 3]);
    }

    private int word(char[] text, int i, Token t, byte[] ascii) {
        int n = text.length;
        int j = i;
        char c;
        while (j < n && ((c = text[j]) < ASCII_WORD.length ? ASCII_WORD[c] : Character.isLetterOrDigit(c))) {
            j++;
        }
        // "a.m.", "U.S.": single letters joined by dots stay one token
        if (j == i + 1 && j + 1 < n && text[j] == '.' && Character.isLetter(text[j + 1])) {
            while (j + 1 < n && text[j] == '.' && Character.isLetter(text[j + 1])
                    && (j + 2 >= n || !Character.isLetter(text[j + 2]))) {
                j += 2;
            }
            if (j < n && text[j] == '.') {
                j++;
            }
        }
        t.end = j;
        t.capital = Character.isUpperCase(text[i]);
        lookup(t, lower(t, text, i, j, ascii));
        if (!t.capital) {
            t.mask &= ~(Cat.MONTH.bit | Cat.WEEKDAY.bit | Cat.HOLIDAY.bit);
        }
        return j;
    }

    /** Sets a token's lower-cased form and its literal number; returns what the lexicon knows of it, or null. */
    private Known lower(Token t, String lower) {
        Known k = known.get(lower);
        t.lower = lower;
        t.literal = k == null ? -1 : k.literal();
        return k;
    }

    /**
     * As {@link #lower(Token, String)} for {@code text[from, to)} lower-cased: an ASCII word is lower-cased and
     * hashed in {@code ascii} and looked up in the ASCII table, any other as a string.
     */
    private Known lower(Token t, char[] text, int from, int to, byte[] ascii) {
        int length = to - from;
        if (length > ascii.length) {
            return lower(t, new String(text, from, to - from).toLowerCase(Locale.ROOT));
        }
        int hash = 0;
        for (int k = 0; k < length; k++) {
            char c = text[from + k];
            if (c >= 0x80) {
                return lower(t, new String(text, from, to - from).toLowerCase(Locale.ROOT));
            }
            byte b = (byte) (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
            ascii[k] = b;
            hash = 31 * hash + b;
        }
        int mask = asciiWords.length - 1;
        for (int slot = hash & mask; asciiWords[slot] != null; slot = (slot + 1) & mask) {
            if (asciiHashes[slot] == hash && sameAscii(asciiWords[slot], ascii, length)) {
                t.lower = asciiWords[slot];
                t.literal = asciiKnown[slot].literal();
                return asciiKnown[slot];
            }
        }
        t.lower = new String(ascii, 0, length, StandardCharsets.ISO_8859_1);
        t.literal = -1;
        return null;
    }

    private static boolean sameAscii(String word, byte[] ascii, int length) {
        if (word.length() != length) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            if (word.charAt(k) != ascii[k]) {
                return false;
            }
        }
        return true;
    }

    private static void lookup(Token t, Known k) {
        if (k != null && k.word() != null) {
            t.word = k.word();
            t.mask = k.word().mask;
            t.ambiguous = k.word().ambiguous;
        }
    }
}
