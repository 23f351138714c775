package io.dyadline.extraction.event;

import java.util.Map;
import java.util.Set;

/**
 * The words of every cue role in one open-addressing table keyed by role and word. {@link EventLexicon#isCue} is
 * asked from about a hundred places, mostly about words of no role; such a question now costs a read or two of one
 * small int array, where a look-up of the role and then one of the word in HashMaps were about 3 % of the samples.
 */
final class CueIndex {

    /** Each slot's hash of role and word, never 0 (0: a free slot); the role and word beside it. */
    private final int[] hashes;
    private final String[] roles;
    private final String[] words;

    CueIndex(Map<String, Set<String>> cueWords) {
        int count = 0;
        for (Set<String> w : cueWords.values()) {
            count += w.size();
        }
        int slots = Integer.highestOneBit(Math.max(count, 8) * 4); // at most half full: a miss ends at once mostly
        hashes = new int[slots];
        roles = new String[slots];
        words = new String[slots];
        cueWords.forEach((role, ws) -> ws.forEach(w -> put(role, w)));
    }

    private void put(String role, String word) {
        int hash = hash(role, word);
        int slot = slot(hash);
        while (hashes[slot] != 0) {
            slot = (slot + 1) & (hashes.length - 1);
        }
        hashes[slot] = hash;
        roles[slot] = role;
        words[slot] = word;
    }

    /** Whether the word plays the role; as the role's HashSet answered, null for either is no. */
    boolean contains(String role, String word) {
        if (role == null || word == null) {
            return false;
        }
        int hash = hash(role, word);
        int h;
        for (int slot = slot(hash); (h = hashes[slot]) != 0; slot = (slot + 1) & (hashes.length - 1)) {
            if (h == hash && roles[slot].equals(role) && words[slot].equals(word)) {
                return true;
            }
        }
        return false;
    }

    private static int hash(String role, String word) {
        int h = role.hashCode() * 31 + word.hashCode();
        return h == 0 ? 1 : h;
    }

    private int slot(int hash) {
        int mixed = hash * 0x9e3779b9;
        return (mixed ^ (mixed >>> 16)) & (hashes.length - 1);
    }
}
