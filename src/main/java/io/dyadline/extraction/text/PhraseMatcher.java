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

    private static final class Node<V> {
        final Map<String, Node<V>> next = new HashMap<>(4);
        V value;
    }

    private final Node<V> root = new Node<>();

    /** Adds every expansion of the phrase; returns false when one of them was already present. */
    public boolean add(String phrase, V value) {
        boolean fresh = true;
        for (List<String> tokens : expand(phrase)) {
            if (tokens.isEmpty()) {
                continue;
            }
            Node<V> node = root;
            for (String t : tokens) {
                node = node.next.computeIfAbsent(t, k -> new Node<>());
            }
            if (node.value != null) {
                fresh = false;
            } else {
                node.value = value;
            }
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
                node = node.next.computeIfAbsent(t.norm(), k -> new Node<>());
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
            node = node.next.get(tokens.get(i).norm());
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
