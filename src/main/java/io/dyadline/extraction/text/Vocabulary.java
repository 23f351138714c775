package io.dyadline.extraction.text;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The words of every loaded lexicon phrase, numbered in the order they were first added. A token carries the number
 * of its word (or -1 for a word no lexicon uses), so a lexicon trie indexes arrays instead of hashing the word again
 * for each lexicon that looks at it; a known word's token shares the vocabulary's string instead of copying it.
 */
final class Vocabulary {

    /**
     * Open addressing over parallel arrays: {@code keys} holds a word's hash (high half) and number + 1 (low half,
     * 0 for a free slot), so a probe reads one small array. A word is published after its key, with release
     * semantics (its characters, kept for comparing, before it); the table is replaced whole when it grows. Reads need no lock.
     */
    private record Table(long[] keys, String[] words, char[][] chars) {

        Table(int slots) {
            this(new long[slots], new String[slots], new char[slots][]);
        }
    }

    private static final VarHandle WORD = MethodHandles.arrayElementVarHandle(String[].class);
    private static volatile Table table = new Table(4096);
    private static int size;

    private Vocabulary() {
    }

    /** The number of a lexicon word, given it one when new. */
    static synchronized int add(String norm) {
        int known = number(norm);
        if (known >= 0) {
            return known;
        }
        Table t = table;
        if ((size + 1) * 2 > t.words.length) {
            Table grown = new Table(t.words.length * 2);
            for (int i = 0; i < t.words.length; i++) {
                if (t.words[i] != null) {
                    put(grown, t.words[i], (int) (t.keys[i] >>> 32), (int) t.keys[i] - 1);
                }
            }
            t = grown;
        }
        put(t, norm, norm.hashCode(), size);
        table = t;
        return size++;
    }

    private static void put(Table t, String word, int hash, int number) {
        int mask = t.words.length - 1;
        int slot = spread(hash) & mask;
        while (t.keys[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        t.keys[slot] = (long) hash << 32 | (number + 1L);
        t.chars[slot] = word.toCharArray();
        WORD.setRelease(t.words, slot, word);
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }

    /** The number of a word, or -1 when no lexicon loaded so far uses it. */
    static int number(String norm) {
        char[] chars = norm.toCharArray();
        Table t = table;
        int slot = find(t, norm.hashCode(), chars, chars.length);
        return slot < 0 ? -1 : (int) t.keys[slot] - 1;
    }

    /**
     * A token of the word in {@code chars[0, length)}, whose {@link String#hashCode} is {@code hash}: the
     * vocabulary's own string and number when it knows it. {@code latin1} holds the same word as Latin-1 bytes, or
     * is null when it has a char above U+00FF.
     */
    static Token token(int start, int end, char[] chars, byte[] latin1, int length, int hash, boolean capital) {
        Table t = table;
        int slot = find(t, hash, chars, length);
        return slot < 0 ? new Token(start, end, newWord(chars, latin1, length), capital, -1)
                : new Token(start, end, t.words[slot], capital, (int) t.keys[slot] - 1);
    }

    /**
     * An unknown word's own string, copied from its Latin-1 bytes when it has them: a string made of chars is
     * compressed char by char, 3.8 % of extraction's samples, most words being unknown.
     */
    private static String newWord(char[] chars, byte[] latin1, int length) {
        return latin1 == null ? new String(chars, 0, length)
                : new String(latin1, 0, length, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private static int find(Table t, int hash, char[] chars, int length) {
        int mask = t.words.length - 1;
        int slot = spread(hash) & mask;
        long key;
        while ((key = t.keys[slot]) != 0) {
            if ((int) (key >>> 32) == hash) {
                String w = (String) WORD.getAcquire(t.words, slot);
                if (w == null) {
                    return -1; // being added right now: not known yet
                }
                if (same(t.chars[slot], chars, length)) {
                    return slot;
                }
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    /** A plain loop: a word of a few characters is too short for a vectorised compare to pay. */
    private static boolean same(char[] known, char[] chars, int length) {
        if (known.length != length) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            if (known[k] != chars[k]) {
                return false;
            }
        }
        return true;
    }
}
