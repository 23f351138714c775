package io.dyadline.extraction.time;

import java.util.List;

/** A pattern matched over tokens [from, to), with the token each element took. */
final class Match {
    final TimePattern pattern;
    final List<Token> toks;
    final int from;
    final int to;
    final int[] taken;

    Match(TimePattern pattern, List<Token> toks, int from, int to, int[] taken) {
        this.pattern = pattern;
        this.toks = toks;
        this.from = from;
        this.to = to;
        this.taken = taken;
    }

    /** The n-th token (0-based) taken by an element that accepts category c and that has it. */
    Token get(Cat c, int nth) {
        for (int e = 0; e < pattern.elements.length; e++) {
            int t = taken[e];
            if (t >= 0 && (pattern.elements[e].mask & c.bit) != 0 && toks.get(t).is(c)) {
                if (nth-- == 0) {
                    return toks.get(t);
                }
            }
        }
        return null;
    }

    Token get(Cat c) {
        return get(c, 0);
    }

    boolean has(Cat c) {
        return get(c) != null;
    }

    /** True when one of the taken tokens is this literal word. */
    boolean hasWord(String w) {
        for (int t = from; t < to; t++) {
            if (toks.get(t).lower.equals(w)) {
                return true;
            }
        }
        return false;
    }

    Token before() {
        return from > 0 && toks.get(from - 1).sentence == toks.get(from).sentence ? toks.get(from - 1) : null;
    }

    Token after() {
        return to < toks.size() && toks.get(to).sentence == toks.get(to - 1).sentence ? toks.get(to) : null;
    }
}
