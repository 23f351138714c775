package io.dyadline.extraction.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    /** A trie node; most have one child, kept without a map (the converted lexicons hold many long chains). */
    private static final class Node<V> {
        String soleKey;
        Node<V> sole;
        Map<String, Node<V>> next;
        V value;

        Node<V> get(String key) {
            if (next != null) {
                return next.get(key);
            }
            return key.equals(soleKey) ? sole : null;
        }

        Node<V> child(String key) {
            Node<V> found = get(key);
            if (found != null) {
                return found;
            }
            Node<V> fresh = new Node<>();
            if (next == null && sole == null) {
                soleKey = key;
                sole = fresh;
            } else {
                if (next == null) {
                    next = new HashMap<>(4);
                    next.put(soleKey, sole);
                    soleKey = null;
                    sole = null;
                }
                next.put(key, fresh);
            }
            return fresh;
        }
    }

    private final Node<V> root = new Node<>();

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
        return insert(root, parts, 0, value);
    }

    /** Adds every expansion of {@code parts[from..]} below a node, without listing the expansions first. */
    private boolean insert(Node<V> node, List<List<List<String>>> parts, int from, V value) {
        if (from == parts.size()) {
            if (node == root) {
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
                at = at.child(t);
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
            Node<V> node = root;
            for (Token t : Tokenizer.tokenize(phrase.strip())) {
                node = node.child(t.norm());
            }
            if (node != root && node.value == null) {
                node.value = value;
            }
        }
    }

    /** The longest phrase starting at token {@code from}, or null. */
    public Match<V> longestAt(List<Token> tokens, int from) {
        Node<V> node = root;
        Match<V> best = null;
        for (int i = from; i < tokens.size(); i++) {
            node = node.get(tokens.get(i).norm());
            if (node == null) {
                break;
            }
            if (node.value != null) {
                best = new Match<>(from, i + 1, node.value);
            }
        }
        return best;
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
}
