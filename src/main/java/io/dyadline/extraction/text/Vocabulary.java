package io.dyadline.extraction.text;

/**
 * The words of every loaded lexicon phrase, numbered in the order they were first added. A token carries the number
 * of its word (or -1 for a word no lexicon uses), so a lexicon trie indexes arrays instead of hashing the word again
 * for each lexicon that looks at it; a known word's token shares the vocabulary's string instead of copying it.
 */
final class Vocabulary {

    private record Entry(String word, int hash, int number) {
    }

    /** Open addressing; an entry is immutable and the table is replaced whole when it grows, so reads need no lock. */
    private static volatile Entry[] table = new Entry[1024];
    private static int size;

    private Vocabulary() {
    }

    /** The number of a lexicon word, given it one when new. */
    static synchronized int add(String norm) {
        int known = number(norm);
        if (known >= 0) {
            return known;
        }
        Entry[] t = table;
        if ((size + 1) * 2 > t.length) {
            Entry[] grown = new Entry[t.length * 2];
            for (Entry e : t) {
                if (e != null) {
                    grown[free(grown, e.hash())] = e;
                }
            }
            t = grown;
        }
        t[free(t, norm.hashCode())] = new Entry(norm, norm.hashCode(), size);
        table = t;
        return size++;
    }

    private static int free(Entry[] t, int hash) {
        int mask = t.length - 1;
        int slot = spread(hash) & mask;
        while (t[slot] != null) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }

    /** The number of a word, or -1 when no lexicon loaded so far uses it. */
    static int number(String norm) {
        Entry e = find(norm.hashCode(), norm.toCharArray(), norm.length());
        return e == null ? -1 : e.number();
    }

    /** A token of the word in {@code chars[0, length)}: the vocabulary's own string and number when it knows it. */
    static Token token(int start, int end, char[] chars, int length, boolean capital) {
        int hash = 0;
        for (int i = 0; i < length; i++) {
            hash = 31 * hash + chars[i];
        }
        Entry e = find(hash, chars, length);
        return e == null ? new Token(start, end, new String(chars, 0, length), capital, -1)
                : new Token(start, end, e.word(), capital, e.number());
    }

    private static Entry find(int hash, char[] chars, int length) {
        Entry[] t = table;
        int mask = t.length - 1;
        int slot = spread(hash) & mask;
        Entry e;
        while ((e = t[slot]) != null) {
            if (e.hash() == hash && e.word().length() == length && same(e.word(), chars, length)) {
                return e;
            }
            slot = (slot + 1) & mask;
        }
        return null;
    }

    private static boolean same(String w, char[] chars, int length) {
        for (int i = 0; i < length; i++) {
            if (w.charAt(i) != chars[i]) {
                return false;
            }
        }
        return true;
    }
}
