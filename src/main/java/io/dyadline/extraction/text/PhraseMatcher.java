package io.dyadline.extraction.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A token trie over lexicon phrases: one pass over the tokens finds, at each position, the longest phrase starting
 * there, whatever the number of entries.
 *
 * <p>Phrase syntax: tokens separated by spaces; {@code a|b} offers alternatives; a trailing {@code ?} makes a token
 * optional; a phrase is tokenized like the text, so "U.S." is four tokens.
 *
 * @param <V> what a phrase stands for
 */
public final class PhraseMatcher<V> {

    /** A phrase found in the tokens {@code [from, to)}. */
    public record Match<V>(int from, int to, V value) {
    }

    /** A trie node: its children keyed by word number, sorted, for a binary search. */
    private static final class Node<V> {
        private static final int[] NO_WORDS = {};
        /** Up to this many children a node's words are scanned, not searched by halves. */
        private static final int FEW = 8;
        int[] words = NO_WORDS;
        Node<V>[] children;
        V value;

        Node<V> child(int word) {
            if (words.length <= FEW) {
                // most nodes have a child or two: a scan, without binarySearch's call and halving
                for (int k = 0; k < words.length && words[k] <= word; k++) {
                    if (words[k] == word) {
                        return children[k];
                    }
                }
                return null;
            }
            int k = Arrays.binarySearch(words, word);
            return k >= 0 ? children[k] : null;
        }

        @SuppressWarnings("unchecked")
        Node<V> childOrNew(int word) {
            int k = Arrays.binarySearch(words, word);
            if (k >= 0) {
                return children[k];
            }
            int at = -k - 1;
            int[] w = new int[words.length + 1];
            Node<V>[] c = new Node[words.length + 1];
            System.arraycopy(words, 0, w, 0, at);
            w[at] = word;
            System.arraycopy(words, at, w, at + 1, words.length - at);
            if (children != null) {
                System.arraycopy(children, 0, c, 0, at);
                System.arraycopy(children, at, c, at + 1, words.length - at);
            }
            c[at] = new Node<>();
            words = w;
            children = c;
            return c[at];
        }
    }

    /** The first level of the trie, indexed by word number: most tokens start no phrase and cost one array read. */
    @SuppressWarnings("unchecked")
    private Node<V>[] roots = new Node[0];

    private Node<V> rootOrNew(String norm) {
        int word = Vocabulary.add(norm);
        if (word >= roots.length) {
            roots = Arrays.copyOf(roots, Math.max(word + 1, roots.length * 2));
        }
        if (roots[word] == null) {
            roots[word] = new Node<>();
        }
        return roots[word];
    }

    private Node<V> step(Node<V> node, String norm) {
        return node == null ? rootOrNew(norm) : node.childOrNew(Vocabulary.add(norm));
    }

    /** Adds every expansion of the phrase; returns false when one of them was already present. */
    public boolean add(String phrase, V value) {
        List<List<List<String>>> parts = new ArrayList<>();
        for (String part : phrase.trim().split("\\s+")) {
            boolean optional = part.endsWith("?") && part.length() > 1;
            String body = optional ? part.substring(0, part.length() - 1) : part;
            List<List<String>> alternatives = new ArrayList<>();
            for (String alternative : body.split("\\|")) {
                List<String> sub = new ArrayList<>();
                for (Token t : Tokenizer.tokenize(alternative)) {
                    sub.add(t.norm());
                }
                alternatives.add(sub);
            }
            if (optional) {
                alternatives.add(List.of());
            }
            parts.add(alternatives);
        }
        return insert(null, parts, 0, value);
    }

    /**
     * Adds every expansion of {@code parts[from..]} below a node (null: the root), without listing the expansions
     * first (the converted lexicons hold phrases of many alternatives).
     */
    private boolean insert(Node<V> node, List<List<List<String>>> parts, int from, V value) {
        if (from == parts.size()) {
            if (node == null) {
                return true;
            }
            if (node.value != null) {
                return false;
            }
            node.value = value;
            return true;
        }
        boolean fresh = true;
        for (List<String> alternative : parts.get(from)) {
            Node<V> at = node;
            for (String t : alternative) {
                at = step(at, t);
            }
            fresh &= insert(at, parts, from + 1, value);
        }
        return fresh;
    }

    /**
     * Adds each of the {@code |}-separated phrases literally, tokens and all ("Prime Minister|Premier"): the
     * syntax of gazetteers, where a variant is a whole name.
     */
    public void addEach(String phrases, V value) {
        for (String phrase : phrases.split("\\|")) {
            Node<V> node = null;
            for (Token t : Tokenizer.tokenize(phrase.strip())) {
                node = step(node, t.norm());
            }
            if (node != null && node.value == null) {
                node.value = value;
            }
        }
    }

    /** The longest phrase starting at token {@code from}, or null. */
    public Match<V> longestAt(List<Token> tokens, int from) {
        if (from >= tokens.size()) {
            return null;
        }
        int first = tokens.get(from).word();
        Node<V> node = first >= 0 && first < roots.length ? roots[first] : null;
        V best = null;
        int bestTo = -1;
        for (int i = from; node != null; ) {
            if (node.value != null) {
                best = node.value;
                bestTo = i + 1;
            }
            if (++i == tokens.size()) {
                break;
            }
            int word = tokens.get(i).word();
            node = word < 0 ? null : node.child(word);
        }
        return best == null ? null : new Match<>(from, bestTo, best);
    }

    /** Longest, left-to-right, non-overlapping matches. */
    public List<Match<V>> findAll(List<Token> tokens) {
        List<Match<V>> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Match<V> m = longestAt(tokens, i);
            if (m != null) {
                found.add(m);
                i = m.to();
            } else {
                i++;
            }
        }
        return found;
    }

    static List<List<String>> expand(String phrase) {
        List<List<String>> out = new ArrayList<>();
        out.add(new ArrayList<>());
        for (String part : phrase.trim().split("\\s+")) {
            boolean optional = part.endsWith("?") && part.length() > 1;
            String body = optional ? part.substring(0, part.length() - 1) : part;
            List<List<String>> grown = new ArrayList<>();
            for (String alternative : body.split("\\|")) {
                List<String> sub = new ArrayList<>();
                for (Token t : Tokenizer.tokenize(alternative)) {
                    sub.add(t.norm());
                }
                for (List<String> prefix : out) {
                    List<String> longer = new ArrayList<>(prefix);
                    longer.addAll(sub);
                    grown.add(longer);
                }
            }
            if (optional) {
                grown.addAll(out);
            }
            out = grown;
        }
        return out;
    }
}
