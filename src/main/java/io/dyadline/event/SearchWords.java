package io.dyadline.event;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words of the text filter {@code q}: the evidence of an event is indexed as its words, and each word of a query
 * must begin a word of the evidence. Words are runs of letters and digits, lower-cased and without accents, so that
 * "Bogota" finds "Bogotá" and "telecom" finds "telecommunications".
 */
public final class SearchWords {

    /** Longer words are cut to this length, in the index and in queries alike. */
    static final int MAX_LENGTH = 40;

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private SearchWords() {
    }

    /** The distinct words of a text, in order of first occurrence. */
    public static Set<String> of(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : NOT_WORD.split(fold(text))) {
            if (!w.isEmpty()) {
                out.add(w.length() > MAX_LENGTH ? w.substring(0, MAX_LENGTH) : w);
            }
        }
        return out;
    }

    /** The words of a query, each to be matched as the beginning of an indexed word. */
    public static List<String> query(String q) {
        return new ArrayList<>(of(q));
    }

    /**
     * The string just past every word that begins with this one (its last character raised by one): with it, the
     * words beginning with a prefix are a range of the word index. On H2, and on PostgreSQL with the C collation,
     * the range is exactly the words with that prefix; under a linguistic collation it follows that collation's
     * equivalences (with de_DE, "strass" also finds "straße").
     */
    static String pastPrefix(String word) {
        return word.substring(0, word.length() - 1) + (char) (word.charAt(word.length() - 1) + 1);
    }

    private static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
