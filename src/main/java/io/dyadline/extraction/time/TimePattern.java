package io.dyadline.extraction.time;

import io.dyadline.extraction.text.TsvTable;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One line of patterns.tsv, compiled: a sequence of token elements, matched longest-first from a start token. */
final class TimePattern {

    /** One element: token categories or literal words it accepts, optional or not, touching the previous or not. */
    static final class Element {
        final long mask;
        /** Numbers of the literal words, as in {@link Lexicon#literals}. */
        final int[] literals;
        final boolean optional;
        final boolean attached;

        Element(long mask, int[] literals, boolean optional, boolean attached) {
            this.mask = mask;
            this.literals = literals;
            this.optional = optional;
            this.attached = attached;
        }

        boolean accepts(Token t) {
            if ((t.mask & mask) != 0) {
                return true;
            }
            for (int l : literals) {
                if (l == t.literal) {
                    return true;
                }
            }
            return false;
        }
    }

    final String id;
    final TimexType type;
    final String action;
    final String value;
    final Element[] elements;
    final String source;

    private TimePattern(String id, TimexType type, String action, String value, Element[] elements, String source) {
        this.id = id;
        this.type = type;
        this.action = action;
        this.value = value;
        this.elements = elements;
        this.source = source;
    }

    static final List<String> ACTIONS = List.of("date", "iso", "slash_mdy", "year_range", "year", "decade", "century",
            "quarter", "half", "weekday", "deictic", "part_of_day", "relative_unit", "weekend", "ago", "offset", "narrative_part", "narrative_offset",
            "duration", "duration_vague", "year_ago", "year_end", "ref", "set_every", "set_word", "clock", "the_year", "holiday");

    /** Parses one line; its literal words are numbered in {@code literals}, new ones added. */
    static TimePattern parse(TsvTable.Row r, Map<String, Integer> literals) {
        String[] c = r.cells();
        String id = c[0].trim();
        if (!id.matches("time\\.[a-z0-9_]+")) {
            throw r.error("rule id must look like time.some_name: '" + id + "'");
        }
        TimexType type;
        try {
            type = TimexType.valueOf(c[1].trim());
        } catch (IllegalArgumentException e) {
            throw r.error("unknown TIMEX3 type '" + c[1] + "'");
        }
        String action = c[2].trim();
        if (!ACTIONS.contains(action)) {
            throw r.error("unknown action '" + action + "'");
        }
        String value = c[3].trim();
        if (action.equals("ref") == value.equals("-")) {
            throw r.error("action ref needs a value, other actions take '-'");
        }
        List<Element> els = new ArrayList<>();
        for (String e : c[4].trim().split(" +")) {
            boolean attached = e.startsWith("^") && e.length() > 1;
            if (attached) {
                e = e.substring(1);
            }
            boolean optional = e.endsWith("?") && e.length() > 1;
            if (optional) {
                e = e.substring(0, e.length() - 1);
            }
            long mask = 0;
            List<Integer> lits = new ArrayList<>();
            for (String alt : e.split("\\|")) {
                if (alt.isEmpty()) {
                    throw r.error("empty alternative in '" + e + "'");
                }
                if (alt.length() > 1 && alt.chars().allMatch(ch -> ch >= 'A' && ch <= 'Z')) {
                    mask |= Lexicon.cat(r, alt).bit;
                } else {
                    lits.add(literals.computeIfAbsent(alt.toLowerCase(Locale.ROOT), k -> literals.size()));
                }
            }
            els.add(new Element(mask, lits.stream().mapToInt(Integer::intValue).toArray(), optional, attached));
        }
        if (els.stream().allMatch(el -> el.optional)) {
            throw r.error("pattern has no required element");
        }
        return new TimePattern(id, type, action, value, els.toArray(new Element[0]), r.location());
    }

    /** Elements that can match the first token: leading optional ones and the first required one. */
    List<Element> firstElements() {
        List<Element> out = new ArrayList<>();
        for (Element e : elements) {
            out.add(e);
            if (!e.optional) {
                break;
            }
        }
        return out;
    }

    /**
     * Matches from token {@code from}; returns the end token (exclusive) of the longest match or -1, and on a match
     * fills {@code best} with the token index each element took (-1 when an optional element was skipped).
     */
    int match(List<Token> toks, int from, int[] cur, int[] best) {
        return walk(toks, from, 0, from, cur, best, -1);
    }

    private int walk(List<Token> toks, int from, int e, int t, int[] cur, int[] best, int bestEnd) {
        if (e == elements.length) {
            if (t > bestEnd && t > from) {
                System.arraycopy(cur, 0, best, 0, elements.length);
                return t;
            }
            return bestEnd;
        }
        Element el = elements[e];
        if (t < toks.size()) {
            Token tok = toks.get(t);
            if (el.accepts(tok) && tok.sentence == toks.get(from).sentence && (!el.attached || t == from || tok.attached)) {
                cur[e] = t;
                bestEnd = walk(toks, from, e + 1, t + 1, cur, best, bestEnd);
            }
        }
        if (el.optional) {
            cur[e] = -1;
            bestEnd = walk(toks, from, e + 1, t, cur, best, bestEnd);
        }
        return bestEnd;
    }
}
