package io.dyadline.extraction.text;

import java.util.Collection;

/**
 * Lexicon words looked up by a token's word number ({@link Token#word()}): one array read instead of hashing the
 * token's norm. Like the phrase tries, it knows the tokens made after it was built.
 */
public final class WordSet {

    private final boolean[] members;

    /** The words as tokens' norms give them (lower-cased, accents folded). */
    public WordSet(Collection<String> words) {
        int[] numbers = words.stream().mapToInt(Vocabulary::add).toArray();
        int size = 0;
        for (int n : numbers) {
            size = Math.max(size, n + 1);
        }
        members = new boolean[size];
        for (int n : numbers) {
            members[n] = true;
        }
    }

    public boolean contains(Token t) {
        int w = t.word();
        return w >= 0 && w < members.length && members[w];
    }
}
