package io.dyadline.extraction.time;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Finds time expressions in English news text and resolves them to TIMEX3 values anchored on the publication date.
 * Patterns and word lists are data ({@code lexicon/time/en/*.tsv}); the text is tokenized once and patterns are tried
 * only at tokens that can start one. Immutable and thread-safe once loaded.
 */
public final class TemporalTagger {

    static final String DIR = "lexicon/time/en/";
    /** Months after publication within which a quarter may start and still be the one later comparisons refer to. */
    private static final int REFERENCE_QUARTER_AHEAD = 3;

    private final Lexicon lexicon;
    private final Tokenizer tokenizer;
    private final Resolver resolver;
    private final List<TimePattern> patterns;
    /** By position of a leading element (0: the first), what it tells of where the patterns can start. */
    private final Start[] starts;
    /** The categories and literal words that some pattern can start with: most tokens have none. */
    private final long startCats;
    private final boolean[] startLiterals;
    private final int words;

    /**
     * The elements at one position of the patterns whose elements before it are all optional, as bit sets over
     * pattern indexes keyed by category bit and then by literal word number (null: no pattern): the patterns whose
     * element there can take a token, those that can end after it, and those whose later elements (up to the next
     * required one) can take the token after it.
     */
    private static final class Start {
        final long[][] takes;
        final long[] ends;
        final long[][] thenTakes;

        Start(int keys, int words) {
            this.takes = new long[keys][];
            this.ends = new long[words];
            this.thenTakes = new long[keys][];
        }
    }

    private TemporalTagger(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.tokenizer = new Tokenizer(lexicon);
        this.resolver = new Resolver(lexicon);
        this.patterns = List.copyOf(lexicon.patterns);
        this.words = (patterns.size() + 63) / 64;
        int positions = 0;
        for (TimePattern p : patterns) {
            positions = Math.max(positions, p.firstElements().size());
        }
        this.starts = new Start[positions];
        for (int s = 0; s < positions; s++) {
            starts[s] = new Start(Cat.ALL.length + lexicon.literals.size(), words);
        }
        for (int p = 0; p < patterns.size(); p++) {
            TimePattern.Element[] els = patterns.get(p).elements;
            for (int s = 0; s < patterns.get(p).firstElements().size(); s++) {
                mark(starts[s].takes, els[s], p);
                boolean ends = true;
                for (int b = s + 1; b < els.length && ends; b++) {
                    mark(starts[s].thenTakes, els[b], p);
                    ends = els[b].optional;
                }
                if (ends) {
                    starts[s].ends[p >> 6] |= 1L << (p & 63);
                }
            }
        }
        long cats = 0;
        this.startLiterals = new boolean[lexicon.literals.size()];
        for (Start s : starts) {
            for (int c = 0; c < Cat.ALL.length; c++) {
                cats |= s.takes[c] != null ? 1L << c : 0;
            }
            for (int l = 0; l < startLiterals.length; l++) {
                startLiterals[l] |= s.takes[Cat.ALL.length + l] != null;
            }
        }
        this.startCats = cats;
    }

    /** Adds pattern p to the rows of the categories and literal words that the element accepts. */
    private void mark(long[][] rows, TimePattern.Element e, int p) {
        for (Cat c : Cat.ALL) {
            if ((e.mask & c.bit) != 0) {
                mark(rows, c.ordinal(), p);
            }
        }
        for (int l : e.literals) {
            mark(rows, Cat.ALL.length + l, p);
        }
    }

    private void mark(long[][] rows, int key, int p) {
        if (rows[key] == null) {
            rows[key] = new long[words];
        }
        rows[key][p >> 6] |= 1L << (p & 63);
    }

    /** Loads the English lexicons and patterns from the class path; a malformed line throws naming file:line. */
    public static TemporalTagger load() {
        ClassLoader cl = TemporalTagger.class.getClassLoader();
        return load(cl::getResourceAsStream);
    }

    /** Loads from any source of resources (tests use it to feed a broken file). */
    static TemporalTagger load(Function<String, InputStream> open) {
        return new TemporalTagger(Lexicon.load(DIR, open));
    }

    /**
     * Tags and resolves the time expressions of a text.
     *
     * @param text      the text
     * @param published publication date, the anchor of relative expressions; null leaves them underspecified
     * @return the time expressions, sorted by start offset, not overlapping
     */
    public List<Timex> tag(String text, LocalDate published) {
        List<Token> toks = tokenizer.tokenize(text);
        List<Found> found = new ArrayList<>();
        long[] cand = new long[words];
        long[] first = new long[words];
        long[] then = new long[words];
        int maxElements = 0;
        for (TimePattern p : patterns) {
            maxElements = Math.max(maxElements, p.elements.length);
        }
        int[] cur = new int[maxElements];
        int[] taken = new int[maxElements];
        int n = toks.size();
        int i = 0;
        Resolver.Context ctx = new Resolver.Context();
        while (i < n) {
            if (!candidates(toks, i, cand, first, then)) {
                i++;
                continue;
            }
            Found best = bestMatch(toks, i, cand, cur, taken, published, ctx);
            if (best == null) {
                i++;
                continue;
            }
            found.add(best);
            // a quarter far ahead is a forecast horizon ("the third quarter of 1990"), not the period results are compared with
            if (best.action.equals("quarter") && best.val.grain() == Grain.QUARTER && best.val.start() != null && !ctx.comparison
                    && (published == null || best.val.start().isBefore(published.plusMonths(REFERENCE_QUARTER_AHEAD)))) {
                ctx.lastQuarter = best.val;
            }
            ctx.comparison = false;
            if ((best.type == TimexType.DATE || best.type == TimexType.TIME) && best.val.start() != null
                    && best.val.grain().compareTo(Grain.YEAR) <= 0) {
                ctx.lastDate = best.val;
                ctx.lastDateSentence = toks.get(best.fromTok).sentence;
            }
            if (best.second != null) {
                found.add(best.second);
            }
            i = best.to;
        }
        ranges(toks, found);
        List<Timex> out = new ArrayList<>(found.size());
        for (Found f : found) {
            out.add(f.toTimex(text));
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /**
     * The patterns that can match from token i: a leading element takes it, and after that element the pattern can
     * end or take token i + 1. Fills {@code cand}; false when there is none.
     */
    private boolean candidates(List<Token> toks, int i, long[] cand, long[] first, long[] then) {
        Token t = toks.get(i);
        if ((t.mask & startCats) == 0 && (t.literal < 0 || !startLiterals[t.literal])) {
            return false;
        }
        java.util.Arrays.fill(cand, 0);
        Token next = i + 1 < toks.size() ? toks.get(i + 1) : null;
        boolean any = false;
        for (Start s : starts) {
            java.util.Arrays.fill(first, 0);
            if (!or(s.takes, t, first)) {
                continue;
            }
            System.arraycopy(s.ends, 0, then, 0, words);
            if (next != null) {
                or(s.thenTakes, next, then);
            }
            for (int w = 0; w < words; w++) {
                cand[w] |= first[w] & then[w];
                any |= cand[w] != 0;
            }
        }
        return any;
    }

    /** ORs into {@code into} the rows of the token's categories and literal word; false when none has a row. */
    private static boolean or(long[][] rows, Token t, long[] into) {
        boolean any = false;
        long m = t.mask;
        while (m != 0) {
            int c = Long.numberOfTrailingZeros(m);
            m &= m - 1;
            any |= or(rows[c], into);
        }
        if (t.literal >= 0) {
            any |= or(rows[Cat.ALL.length + t.literal], into);
        }
        return any;
    }

    private static boolean or(long[] row, long[] into) {
        if (row == null) {
            return false;
        }
        for (int w = 0; w < into.length; w++) {
            into[w] |= row[w];
        }
        return true;
    }

    /** Tries the candidate patterns at token i, longest match first (earlier line on ties), until one resolves. */
    private Found bestMatch(List<Token> toks, int i, long[] cand, int[] cur, int[] taken, LocalDate pub, Resolver.Context ctx) {
        List<Match> matches = null;
        for (int w = 0; w < words; w++) {
            long bits = cand[w];
            while (bits != 0) {
                int p = (w << 6) + Long.numberOfTrailingZeros(bits);
                bits &= bits - 1;
                TimePattern pat = patterns.get(p);
                int end = pat.match(toks, i, cur, taken);
                if (end > i) {
                    if (matches == null) {
                        matches = new ArrayList<>(4);
                    }
                    matches.add(new Match(pat, toks, i, end, java.util.Arrays.copyOf(taken, pat.elements.length)));
                }
            }
        }
        if (matches == null) {
            return null;
        }
        // stable sort keeps file order among equal lengths
        matches.sort((a, b) -> Integer.compare(b.to, a.to));
        for (Match m : matches) {
            Resolver.Out out = resolver.resolve(m, pub, ctx);
            if (out == null) {
                continue;
            }
            Found f;
            if (out.second() != null) {
                f = new Found(m.pattern.id, m.pattern.action, out.type(), out.val(), toks.get(m.from).start, toks.get(m.from).end, m.from, m.from + 1);
                f.second = new Found(m.pattern.id, m.pattern.action, out.type(), out.second(), toks.get(out.secondFrom()).start,
                        toks.get(m.to - 1).end, out.secondFrom(), m.to);
                f.to = m.to;
            } else {
                f = new Found(m.pattern.id, m.pattern.action, out.type(), out.val(), toks.get(m.from).start, toks.get(m.to - 1).end, m.from, m.to);
            }
            return f;
        }
        return null;
    }

    /** "since 2016", "until May", "from 2019 to 2022": the cue stays outside the span; the range goes on the timex. */
    private void ranges(List<Token> toks, List<Found> found) {
        for (int k = 0; k < found.size(); k++) {
            Found f = found.get(k);
            if (f.val.start() == null || f.fromTok == 0) {
                continue;
            }
            Token before = toks.get(f.fromTok - 1);
            Lexicon.RangeCue cue = lexicon.rangeCues.get(before.lower);
            if (cue == null) {
                continue;
            }
            switch (cue.kind()) {
                case SINCE -> {
                    f.rule += "+" + cue.rule();
                    f.openEnd = true;
                    f.rangeEnd = null;
                }
                case UNTIL -> f.rule += "+" + cue.rule();
                case FROM -> {
                    if (k + 1 < found.size()) {
                        Found g = found.get(k + 1);
                        Lexicon.RangeCue to = g.fromTok >= 1 && g.fromTok == f.to + 1
                                ? lexicon.rangeCues.get(toks.get(g.fromTok - 1).lower) : null;
                        if (to != null && to.kind() == Lexicon.RangeKind.TO && g.val.start() != null
                                && !g.val.end().isBefore(f.val.start())) {
                            f.rule += "+" + cue.rule();
                            g.rule += "+" + cue.rule();
                            f.rangeEnd = g.val.end();
                            g.rangeStart = f.val.start();
                        }
                    }
                }
                default -> {
                }
            }
        }
    }

    /** A match on its way to becoming a Timex; ranges may still be widened by the range pass. */
    private static final class Found {
        String rule;
        final String action;
        final TimexType type;
        final Calendar.Val val;
        final int start;
        final int end;
        final int fromTok;
        int to;
        LocalDate rangeStart;
        LocalDate rangeEnd;
        boolean openEnd;
        Found second;

        Found(String rule, String action, TimexType type, Calendar.Val val, int start, int end, int fromTok, int to) {
            this.rule = rule;
            this.action = action;
            this.type = type;
            this.val = val;
            this.start = start;
            this.end = end;
            this.fromTok = fromTok;
            this.to = to;
            this.rangeStart = val.start();
            this.rangeEnd = val.end();
        }

        Timex toTimex(String text) {
            boolean anchored = type == TimexType.DATE || type == TimexType.TIME;
            return new Timex(text.substring(start, end), start, end, type, val.value(), val.grain(),
                    anchored ? rangeStart : null, anchored ? rangeEnd : null, openEnd, rule);
        }
    }
}
