package io.dyadline.extraction.time;

import io.dyadline.extraction.time.Calendar.Val;
import io.dyadline.extraction.time.Lexicon.Tense;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;

/**
 * Second step: turns a pattern match into TIMEX3 values, anchoring relative and underspecified expressions on the
 * publication date and the tense of the clause around them. Returns null when the match is no time expression after all.
 */
final class Resolver {

    private static final int TENSE_WINDOW = 16;
    /** "-ed" words are weak cues (adjectives: "the reduced dividend"): only count them close to the expression. */
    private static final int SUFFIX_WINDOW = 6;
    private static final long CONTEXT_CATS = Cat.YEAR.bit | Cat.WEEKDAY.bit | Cat.MONTH.bit | Cat.DEICTIC.bit | Cat.NUM.bit
            | Cat.UNIT.bit | Cat.UNITS.bit;

    private final Lexicon lx;

    Resolver(Lexicon lx) {
        this.lx = lx;
    }

    /** What one match resolves to: a value and the type to report (a pattern may downgrade TIME to DATE). */
    record Out(TimexType type, Val val, Val second, int secondFrom) {
    }

    /** What the document has said so far that later expressions refer back to ("a year earlier" after a quarter). */
    static final class Context {
        Val lastQuarter;
        Val lastDate;
        /** The sentence of lastDate: narrative expressions only count from a date named a few sentences back. */
        int lastDateSentence;
        /** Set when the last value compared with the reference quarter ("the 1988 period"): it does not replace it. */
        boolean comparison;
    }

    Out resolve(Match m, LocalDate pub, Context ctx) {
        if (vetoed(m) || ambiguousWithoutContext(m)) {
            return null;
        }
        TimePattern p = m.pattern;
        Val v = switch (p.action) {
            case "date" -> date(m, pub);
            case "iso" -> iso(m);
            case "slash_mdy" -> slash(m);
            case "year" -> year(m);
            case "decade" -> decade(m, pub);
            case "century" -> century(m);
            case "quarter" -> quarter(m, pub, ctx);
            case "year_ago" -> yearAgo(m, pub, ctx);
            case "half" -> half(m);
            case "year_end" -> yearEnd(m, pub);
            case "weekday" -> weekday(m, pub, ctx);
            case "deictic" -> deictic(m, pub);
            case "part_of_day" -> partOfDay(m, pub);
            case "relative_unit" -> relativeUnit(m, pub, ctx);
            case "weekend" -> weekend(m, pub);
            case "ago" -> ago(m, pub, ctx);
            case "offset" -> offset(m, pub, ctx);
            case "narrative_part" -> narrativePart(m, pub, ctx);
            case "narrative_offset" -> narrativeOffset(m, ctx);
            case "duration" -> duration(m);
            case "duration_vague" -> durationVague(m);
            case "ref" -> Val.unanchored(p.value, Grain.UNSPECIFIED);
            case "set_every" -> setEvery(m);
            case "set_word" -> Val.unanchored(m.get(Cat.SETWORD).str(Cat.SETWORD), Grain.UNSPECIFIED);
            case "clock" -> clock(m, pub);
            case "holiday" -> holiday(m, pub);
            case "year_range", "the_year" -> null;
            default -> throw new IllegalStateException(p.source + ": no code for action " + p.action);
        };
        if (p.action.equals("year_range")) {
            return yearRange(m);
        }
        if (p.action.equals("the_year")) {
            return theYear(m, pub);
        }
        TimexType type = p.type;
        Token dx = m.get(Cat.DEICTIC);
        if (dx != null && "TIME".equals(dx.word.deicticType)) {
            type = TimexType.TIME;
        }
        return v == null ? null : new Out(type, v, null, -1);
    }

    // ---- validation -------------------------------------------------------------------------------------------

    private boolean vetoed(Match m) {
        long mask = 0;
        for (int t = m.from; t < m.to; t++) {
            mask |= m.toks.get(t).mask;
        }
        mask &= CONTEXT_CATS;
        if (m.toks.get(m.from).number) {
            mask |= Cat.NUM.bit;
        }
        Token b = m.before();
        Token a = m.after();
        long beforeMask = mask;
        if (m.has(Cat.LAST) || m.has(Cat.NEXT) || m.has(Cat.THIS) || m.has(Cat.AGO) || m.has(Cat.EARLIER) || m.has(Cat.LATER)) {
            // "$300 million last year", "$99 million a year earlier": a rate word only vetoes a bare unit ("$5 million a year")
            beforeMask &= ~(Cat.UNIT.bit | Cat.UNITS.bit);
        }
        if (b != null && (lx.vetoBefore.getOrDefault(b.lower, 0L) & beforeMask) != 0) {
            return true;
        }
        if (a != null && a.lower.equals("-") && a.attached && m.to + 1 < m.toks.size()) {
            a = m.toks.get(m.to + 1);
        }
        return a != null && (lx.vetoAfter.getOrDefault(a.lower, 0L) & mask) != 0;
    }

    /** "May", "March", "Sun": a bare ambiguous word needs a date context around it. */
    private boolean ambiguousWithoutContext(Match m) {
        boolean ambiguous = false;
        for (int t = m.from; t < m.to; t++) {
            Token tok = m.toks.get(t);
            if ((tok.ambiguous & tok.mask) != 0) {
                ambiguous = true;
            }
        }
        if (!ambiguous || m.has(Cat.DAY) || m.has(Cat.YEAR) || m.to - m.from > 1 && !m.toks.get(m.to - 1).lower.equals(".")) {
            return false;
        }
        Token b = m.before();
        // "to" is a preposition but mostly starts an infinitive: "to fall", "to march"
        return b == null || !(b.is(Cat.PREP) && !b.lower.equals("to") || b.lower.equals("the") || b.is(Cat.EARLY) || b.is(Cat.MID) || b.is(Cat.LATE)
                || b.is(Cat.LAST) || b.is(Cat.NEXT) || b.is(Cat.THIS));
    }

    private boolean plausibleYear(Match m, Token y) {
        Token b = m.before();
        Token a = m.after();
        if (b != null && y == m.toks.get(m.from) && b.attached && isJoiner(b) && m.from >= 2 && m.toks.get(m.from - 2).number) {
            return false;
        }
        if (b != null && b.number) {
            return false;
        }
        if (a != null && a.attached && isJoiner(a) && m.to + 1 < m.toks.size() && m.toks.get(m.to + 1).number
                && m.toks.get(m.to + 1).attached) {
            return false;
        }
        boolean context = b != null && (b.is(Cat.PREP) || b.lower.equals("the") || b.lower.equals("fiscal"));
        return y.num >= 1900 && y.num <= 2100 || context;
    }

    private static boolean isJoiner(Token t) {
        return t.lower.equals("-") || t.lower.equals("/") || t.lower.equals(".") || t.lower.equals(":");
    }

    // ---- tense -------------------------------------------------------------------------------------------------

    Tense tense(Match m) {
        List<Token> toks = m.toks;
        int sentence = toks.get(m.from).sentence;
        for (int t = m.from - 1, k = 0; t >= 0 && k < TENSE_WINDOW && toks.get(t).sentence == sentence; t--, k++) {
            Tense x = cue(toks, t, m.from);
            if (x != null) {
                return x;
            }
        }
        for (int t = m.to, k = 0; t < toks.size() && k < TENSE_WINDOW && toks.get(t).sentence == sentence; t++, k++) {
            Tense x = cue(toks, t, m.to - 1);
            if (x != null && !lx.reportingVerbs.contains(toks.get(t).lower)) {
                return x;
            }
        }
        return null;
    }

    private Tense cue(List<Token> toks, int i, int anchor) {
        Token t = toks.get(i);
        for (Lexicon.TensePhrase p : lx.tensePhrases) {
            if (endsAt(toks, i, p.words())) {
                return p.tense();
            }
        }
        Tense x = lx.tenseWords.get(t.lower);
        if (x != null && i + 1 < toks.size() && lx.notCueBefore.contains(t.lower + " " + toks.get(i + 1).lower)) {
            return null;
        }
        if (x != null && i > 0 && lx.determiners.contains(toks.get(i - 1).lower) && !t.lower.endsWith("ed")) {
            return null;
        }
        boolean afterAuxiliary = i > 0 && lx.auxiliaries.contains(toks.get(i - 1).lower);
        if (x == Tense.PAST && afterAuxiliary) {
            return null;
        }
        // a capitalized word is a name more often than a verb: "United", "Mohammed"
        if (x != null || t.number || t.capital || t.lower.length() < 5 || afterAuxiliary || Math.abs(i - anchor) > SUFFIX_WINDOW
                || lx.suffixExceptions.contains(t.lower)) {
            return x;
        }
        if (afterDeterminer(toks, i)) {
            // "the reduced dividend", "a still unspecified date": an adjective, no verb
            return null;
        }
        for (String s : lx.pastSuffixes) {
            if (t.lower.endsWith(s)) {
                return Tense.PAST;
            }
        }
        for (String s : lx.futureSuffixes) {
            if (t.lower.endsWith(s)) {
                return Tense.FUTURE;
            }
        }
        return null;
    }

    /** True when a determiner comes right before token i, or before an adverb right before it ("a still unspecified"). */
    private boolean afterDeterminer(List<Token> toks, int i) {
        if (i > 0 && lx.determiners.contains(toks.get(i - 1).lower)) {
            return true;
        }
        if (i < 2) {
            return false;
        }
        String adverb = toks.get(i - 1).lower;
        return (adverb.endsWith("ly") || adverb.equals("still")) && lx.determiners.contains(toks.get(i - 2).lower);
    }

    private static boolean endsAt(List<Token> toks, int i, String[] words) {
        if (i + 1 < words.length) {
            return false;
        }
        for (int k = 0; k < words.length; k++) {
            Token t = toks.get(i - words.length + 1 + k);
            if (!t.lower.equals(words[k]) || t.sentence != toks.get(i).sentence) {
                return false;
            }
        }
        return true;
    }

    // ---- absolute and underspecified dates ----------------------------------------------------------------------

    private Val date(Match m, LocalDate pub) {
        Token y = m.get(Cat.YEAR);
        Token mo = m.get(Cat.MONTH);
        Token d = m.get(Cat.DAY);
        Token s = m.get(Cat.SEASON);
        if (y != null && d == null && mo != null && !plausibleYear(m, y)) {
            return null;
        }
        if (mo != null) {
            int month = mo.value(Cat.MONTH);
            if (d != null) {
                int day = d.num;
                if (day > java.time.YearMonth.of(y != null ? y.num : 2000, month).lengthOfMonth()) {
                    return null;
                }
                if (y != null) {
                    return Calendar.day(LocalDate.of(y.num, month, day));
                }
                if (pub != null && m.hasWord("year")) {
                    return Calendar.day(safeDay(pub.getYear() + (m.has(Cat.LAST) ? -1 : m.has(Cat.NEXT) ? 1 : 0), month, day));
                }
                if (pub == null) {
                    return Val.unanchored(String.format("XXXX-%02d-%02d", month, day), Grain.DAY);
                }
                Token w = m.get(Cat.WEEKDAY);
                if (w != null) {
                    // "Monday, Oct. 26": the year in which that day is a Monday
                    for (int yy : new int[] {pub.getYear(), pub.getYear() - 1, pub.getYear() + 1}) {
                        LocalDate c = safeDay(yy, month, day);
                        if (c.getDayOfWeek().getValue() == w.value(Cat.WEEKDAY)) {
                            return Calendar.day(c);
                        }
                    }
                }
                return namedDay(yy -> Calendar.day(safeDay(yy, month, day)), pub, tense(m));
            }
            if (y != null) {
                return Calendar.month(y.num, month);
            }
            if (pub != null && m.hasWord("year")) {
                return Calendar.month(pub.getYear() + (m.has(Cat.LAST) ? -1 : m.has(Cat.NEXT) ? 1 : 0), month);
            }
            if (pub == null) {
                return Val.unanchored(String.format("XXXX-%02d", month), Grain.MONTH);
            }
            // with no tense cue a month, like a named day, may be the coming one up to four months ahead when nearer
            Tense t = tenseOrRole(m);
            java.util.function.IntFunction<Val> period = yy -> Calendar.month(yy, month);
            Token b = m.before();
            if (t == Tense.PAST && b != null && DEADLINE_WORDS.contains(b.lower) && !m.has(Cat.LAST)) {
                // "talks supposed to conclude by May", "gave them until mid-November": a deadline is the near one
                t = null;
            }
            return Calendar.chooseYear(period, pub, t, t == null ? NAMED_DAY_AHEAD : Calendar.NEAR_FUTURE_DAYS);
        }
        if (s != null) {
            String code = s.str(Cat.SEASON);
            if (y != null) {
                return Calendar.season(y.num, code);
            }
            if (pub == null) {
                return Val.unanchored("XXXX-" + code, Grain.SEASON);
            }
            return Calendar.chooseYear(yy -> Calendar.season(yy, code), pub, tenseOrRole(m));
        }
        return null;
    }

    /** Prepositions of a deadline: the month after them is the nearest one, whatever the clause's tense. */
    private static final java.util.Set<String> DEADLINE_WORDS = java.util.Set.of("by", "until", "till");

    /** How near (days) the other reading of a named day must be for it to win over the tense of the clause. */
    private static final int NAMED_DAY_NEAR = 60;
    /** How far (days) the tense's reading must be for the near one to win: news names a day without its year only when it is close. */
    private static final int NAMED_DAY_FAR = 240;
    /** With no tense cue, how far ahead the next occurrence of a named day may be and still be chosen when nearer. */
    private static final int NAMED_DAY_AHEAD = 120;

    /**
     * A named day without a year ("Nov. 6"). The tense of the clause is mostly that of the reporting verb ("said it would
     * extend its bid to Nov. 6", "asked it to respond by Oct. 31"), so it decides only when the other reading is not far
     * nearer: a day about a year back and one a few weeks ahead is the coming one, and the other way round.
     */
    private static Val namedDay(java.util.function.IntFunction<Val> period, LocalDate pub, Tense tense) {
        Val past = Calendar.chooseYear(period, pub, Tense.PAST);
        Val future = Calendar.chooseYear(period, pub, Tense.FUTURE);
        long back = pub.toEpochDay() - past.start().toEpochDay();
        long ahead = future.start().toEpochDay() - pub.toEpochDay();
        if (tense == Tense.PAST) {
            return ahead > 0 && ahead <= NAMED_DAY_NEAR && back > NAMED_DAY_FAR ? future : past;
        }
        if (tense == Tense.FUTURE) {
            return back > 0 && back <= NAMED_DAY_NEAR && ahead > NAMED_DAY_FAR ? past : future;
        }
        return Calendar.chooseYear(period, pub, null, NAMED_DAY_AHEAD);
    }

    private static LocalDate safeDay(int y, int month, int day) {
        java.time.YearMonth ym = java.time.YearMonth.of(y, month);
        return ym.atDay(Math.min(day, ym.lengthOfMonth()));
    }

    private Tense tenseOrRole(Match m) {
        if (m.has(Cat.LAST)) {
            return Tense.PAST;
        }
        if (m.has(Cat.NEXT)) {
            return Tense.FUTURE;
        }
        return tense(m);
    }

    private Val iso(Match m) {
        Token y = m.get(Cat.YEAR);
        Token mo = m.get(Cat.NUM, 0);
        Token d = m.get(Cat.NUM, 1);
        if (y == null || mo == null || d == null || mo.digits != 2 || d.digits != 2) {
            return null;
        }
        try {
            return Calendar.day(LocalDate.of(y.num, mo.num, d.num));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private Val slash(Match m) {
        Token mo = m.get(Cat.NUM, 0);
        Token d = m.get(Cat.NUM, 1);
        Token y = m.get(Cat.YEAR);
        try {
            return Calendar.day(LocalDate.of(y.num, mo.num, d.num));
        } catch (java.time.DateTimeException | NullPointerException e) {
            return null;
        }
    }

    private Val year(Match m) {
        Token y = m.get(Cat.YEAR);
        if (y == null || !plausibleYear(m, y) && !m.hasWord("fiscal")) {
            return null;
        }
        if (m.to - m.from == 1) {
            Token a = m.after();
            // "1998 8", "two thousand years": a count, not a year
            if (a != null && (a.number || a.is(Cat.UNITS) || a.is(Cat.UNIT))) {
                return null;
            }
        }
        return Calendar.year(y.num);
    }

    private Out yearRange(Match m) {
        Token y1 = m.get(Cat.YEAR, 0);
        Token second = m.toks.get(m.to - 1);
        int y2 = second.num;
        if (second.digits == 2) {
            y2 = y1.num / 100 * 100 + y2;
        } else if (second.digits != 4) {
            return null;
        }
        if (y2 <= y1.num || y2 - y1.num > 100 || !plausibleYear(m, y1)) {
            return null;
        }
        Val a = Calendar.year(y1.num);
        Val b = Calendar.year(y2);
        return new Out(TimexType.DATE, new Val(a.value(), Grain.YEAR, a.start(), b.end()),
                new Val(b.value(), Grain.YEAR, a.start(), b.end()), m.to - 1);
    }

    /**
     * "the year", "the full year": in news the current one; "the (fiscal) year ended June 30" is a reporting period,
     * a duration of one year.
     */
    private Out theYear(Match m, LocalDate pub) {
        Token a = m.after();
        if (a != null && (a.lower.equals("ended") || a.lower.equals("ending"))) {
            return new Out(TimexType.DURATION, Val.unanchored("P1Y", Grain.YEAR), null, -1);
        }
        return new Out(TimexType.DATE, pub == null ? Val.unanchored("XXXX", Grain.YEAR) : Calendar.year(pub.getYear()), null, -1);
    }

    private Val decade(Match m, LocalDate pub) {
        Token d = m.get(Cat.DECADE);
        int k = m.from - 1;
        while (k >= 0 && (m.toks.get(k).is(Cat.EARLY) || m.toks.get(k).is(Cat.MID) || m.toks.get(k).is(Cat.LATE) || m.toks.get(k).lower.equals("-"))) {
            k--;
        }
        Token b = k >= 0 && m.toks.get(k).sentence == d.sentence ? m.toks.get(k) : null;
        if (d.digits != 4 && b != null && (lx.vetoBefore.getOrDefault(b.lower, 0L) & Cat.DECADE.bit) != 0) {
            // "when he was in his 30s", "in her nineties": an age, not the 1930s
            return null;
        }
        int n = d.digits == 0 ? d.value(Cat.DECADE) : d.num;
        // "the '20s", "the twenties": the 2020s once they have begun, else the 1920s
        int y = d.digits == 4 ? n : n >= 30 || pub != null && 2000 + n > pub.getYear() ? 1900 + n : 2000 + n;
        return Calendar.decade(y);
    }

    private Val century(Match m) {
        Token o = m.get(Cat.ORD);
        int n = o.value(Cat.ORD);
        if (n < 1 || n > 22) {
            return null;
        }
        return Calendar.century(n - 1);
    }

    private Val yearAgo(Match m, LocalDate pub, Context ctx) {
        if (ctx.lastQuarter != null) {
            return Calendar.ofGrain(ctx.lastQuarter.start().minusYears(1), Grain.QUARTER);
        }
        return pub == null ? Val.unanchored("XXXX", Grain.YEAR) : Calendar.year(pub.getYear() - 1);
    }

    /** Days after a quarter ends during which a future clause still means it (its results are yet to come). */
    private static final int QUARTER_REPORTING_LAG = 45;

    private Val quarter(Match m, LocalDate pub, Context ctx) {
        Token o = m.get(Cat.ORD);
        Token qt = m.get(Cat.QTOK);
        Token y = m.get(Cat.YEAR);
        Integer year = y != null ? Integer.valueOf(y.num) : null;
        if (year == null && m.hasWord("year") && pub != null) {
            // "last year's third quarter", "this year's quarter"
            year = pub.getYear() + (m.has(Cat.LAST) ? -1 : m.has(Cat.NEXT) ? 1 : 0);
        }
        int q;
        if (o == null && qt == null && year != null) {
            // "the 1988 quarter", "last year's period": the quarter under discussion, in that year
            if (ctx.lastQuarter != null) {
                ctx.comparison = true;
                return Calendar.quarter(year, (ctx.lastQuarter.start().getMonthValue() + 2) / 3);
            }
            return m.hasWord("period") ? Calendar.year(year) : null;
        }
        if (o != null || qt != null) {
            q = o != null ? o.value(Cat.ORD) : qt.value(Cat.QTOK);
            if (q < 1 || q > 4) {
                return null;
            }
            if (year != null) {
                return Calendar.quarter(year, q);
            }
            if (pub == null) {
                return Val.unanchored("XXXX-Q" + q, Grain.QUARTER);
            }
            if (tense(m) == Tense.FUTURE) {
                // "expects to report third-quarter net" a month after it closed: results lag the quarter
                for (int yy = pub.getYear() - 1; ; yy++) {
                    Val v = Calendar.quarter(yy, q);
                    if (!v.end().plusDays(QUARTER_REPORTING_LAG).isBefore(pub)) {
                        return v;
                    }
                }
            }
            return Calendar.chooseYear(yy -> Calendar.quarter(yy, q), pub, Tense.PAST);
        }
        if ((m.hasWord("the") || m.hasWord("that")) && m.to - m.from == 2 && ctx.lastQuarter != null) {
            return ctx.lastQuarter;
        }
        if (m.hasWord("period")) {
            // "the latest period" is the quarter under discussion; with none, too vague to resolve
            return ctx.lastQuarter;
        }
        if (pub == null) {
            return Val.unanchored("XXXX-QX", Grain.QUARTER);
        }
        LocalDate end = m.to - m.from == 2 ? endedOn(m, pub) : null;
        if (end != null) {
            // "the quarter ended July 31": the calendar quarter holding most of its three months
            LocalDate mid = end.minusDays(QUARTER_MIDPOINT_DAYS);
            return Calendar.quarter(mid.getYear(), (mid.getMonthValue() + 2) / 3);
        }
        int shift = m.has(Cat.NEXT) ? 1 : m.has(Cat.THIS) ? 0 : -1;
        LocalDate d = pub.plusMonths(3L * shift);
        return Calendar.quarter(d.getYear(), (d.getMonthValue() + 2) / 3);
    }

    /** "by year-end", "year's end": the end of the current year in news, the last one when the clause is past. */
    private Val yearEnd(Match m, LocalDate pub) {
        if (pub == null) {
            return Val.unanchored("XXXX", Grain.YEAR);
        }
        return Calendar.year(pub.getYear() - (tense(m) == Tense.PAST ? 1 : 0));
    }

    /** Days from the last day of a quarter back to its middle. */
    private static final int QUARTER_MIDPOINT_DAYS = 45;

    /** The day after "ended"/"ending" that closes a reporting period ("the quarter ended Sept. 30"), or null. */
    private static LocalDate endedOn(Match m, LocalDate pub) {
        List<Token> toks = m.toks;
        int i = m.to;
        if (i + 2 >= toks.size() || !(toks.get(i).lower.equals("ended") || toks.get(i).lower.equals("ending"))) {
            return null;
        }
        Token mo = toks.get(i + 1);
        Token d = toks.get(i + 2);
        if (d.lower.equals(".") && d.attached && i + 3 < toks.size()) {
            d = toks.get(i + 3);
        }
        if (!mo.is(Cat.MONTH) || !d.number || d.num < 1 || d.num > 31) {
            return null;
        }
        LocalDate day = safeDay(pub.getYear(), mo.value(Cat.MONTH), d.num);
        return toks.get(i).lower.equals("ended") && day.isAfter(pub) ? safeDay(pub.getYear() - 1, mo.value(Cat.MONTH), d.num) : day;
    }

    private Val half(Match m) {
        Token y = m.get(Cat.YEAR);
        return Calendar.half(y.num, m.hasWord("first") ? 1 : 2);
    }

    // ---- relative expressions -----------------------------------------------------------------------------------

    private Val weekday(Match m, LocalDate pub, Context ctx) {
        Token w = m.get(Cat.WEEKDAY);
        Token part = m.get(Cat.PART);
        int wd = w.value(Cat.WEEKDAY);
        String suffix = part != null ? "T" + part.str(Cat.PART) : "";
        if (pub == null) {
            return Val.unanchored("XXXX-WXX-" + wd + suffix, Grain.DAY);
        }
        LocalDate d;
        Val anchor = m.hasWord("previous") || m.hasWord("following") ? narrativeAnchor(m, ctx, Grain.DAY) : null;
        if (anchor != null) {
            // "down 4.5% from the previous Friday": the one before (or after) the day the story is at
            d = m.hasWord("previous") ? Calendar.weekday(wd, anchor.start().minusDays(1), Tense.PAST)
                    : Calendar.weekday(wd, anchor.start().plusDays(1), Tense.FUTURE);
        } else if (m.has(Cat.LAST)) {
            d = Calendar.weekday(wd, pub.minusDays(1), Tense.PAST);
        } else if (m.has(Cat.NEXT)) {
            d = Calendar.weekday(wd, pub.plusDays(1), Tense.FUTURE);
        } else if (m.has(Cat.THIS)) {
            d = pub.with(java.time.DayOfWeek.of(wd));
        } else {
            // news reports what happened: without a cue a weekday is the latest one (today included);
            // "Thursday's ruling" names an event the reader already knows of
            Token a = m.after();
            Tense t = a != null && a.lower.equals("'s") && a.attached ? Tense.PAST : tense(m);
            d = Calendar.weekday(wd, pub, t == null ? Tense.PAST : t);
        }
        return part == null ? Calendar.day(d) : new Val(d + suffix, Grain.HOUR, d, d);
    }

    private Val deictic(Match m, LocalDate pub) {
        Token w = m.get(Cat.DEICTIC);
        Token part = m.get(Cat.PART);
        String v = w.str(Cat.DEICTIC);
        if (!v.startsWith("D")) {
            Token a = m.after();
            if (m.to - m.from == 1 && m.before() == null && a != null && a.lower.equals(",") && w.lower.equals("now")) {
                // "Now, he says ...": a discourse marker opening the sentence ("Currently, ..." stays a time)
                return null;
            }
            return Val.unanchored(v, Grain.UNSPECIFIED);
        }
        String partCode = part != null ? part.str(Cat.PART) : v.contains("/") ? v.substring(v.indexOf('/') + 1) : null;
        int slash = v.indexOf('/');
        int offset = Integer.parseInt(v.substring(1, slash < 0 ? v.length() : slash).replace("+", ""));
        if (pub == null) {
            return Val.unanchored("XXXX-XX-XX" + (partCode != null ? "T" + partCode : ""), Grain.DAY);
        }
        LocalDate d = pub.plusDays(offset);
        return partCode == null ? Calendar.day(d) : new Val(d + "T" + partCode, Grain.HOUR, d, d);
    }

    private Val partOfDay(Match m, LocalDate pub) {
        String code = m.hasWord("night") && m.hasWord("last") ? "NI" : m.get(Cat.PART).str(Cat.PART);
        int offset = m.hasWord("last") ? -1 : 0;
        if (pub == null) {
            return Val.unanchored("XXXX-XX-XXT" + code, Grain.HOUR);
        }
        LocalDate d = pub.plusDays(offset);
        return new Val(d + "T" + code, Grain.HOUR, d, d);
    }

    private Val relativeUnit(Match m, LocalDate pub, Context ctx) {
        int shift = m.has(Cat.LAST) && !m.has(Cat.THIS) ? -1 : m.has(Cat.NEXT) ? 1 : 0;
        if (m.hasWord("this") && m.hasWord("past")) {
            shift = -1;
        }
        Token mo = m.get(Cat.MONTH);
        Token se = m.get(Cat.SEASON);
        Token day = m.get(Cat.DAY);
        if (mo != null && day != null) {
            // "last Oct. 23": that day in the year the role points to
            int month = mo.value(Cat.MONTH);
            if (day.num > java.time.YearMonth.of(2000, month).lengthOfMonth()) {
                return null;
            }
            if (pub == null) {
                return Val.unanchored(String.format("XXXX-%02d-%02d", month, day.num), Grain.DAY);
            }
        }
        if (mo != null || se != null) {
            if (pub == null) {
                return mo != null ? Val.unanchored(String.format("XXXX-%02d", mo.value(Cat.MONTH)), Grain.MONTH)
                        : Val.unanchored("XXXX-" + se.str(Cat.SEASON), Grain.SEASON);
            }
            java.util.function.IntFunction<Val> period = mo != null && day != null ? yy -> Calendar.day(safeDay(yy, mo.value(Cat.MONTH), day.num))
                    : mo != null ? yy -> Calendar.month(yy, mo.value(Cat.MONTH))
                    : yy -> Calendar.season(yy, se.str(Cat.SEASON));
            if (shift == 0) {
                return period.apply(pub.getYear());
            }
            Val v = Calendar.chooseYear(period, shift < 0 ? pub.minusDays(1) : pub, shift < 0 ? Tense.PAST : Tense.FUTURE);
            if (shift < 0 && !v.end().isBefore(pub)) {
                v = period.apply(v.start().getYear() - 1);
            } else if (shift > 0 && !v.start().isAfter(pub)) {
                v = period.apply(v.start().getYear() + 1);
            }
            return v;
        }
        Token u = m.get(Cat.UNIT);
        if (u == null) {
            return null;
        }
        String unit = u.str(Cat.UNIT);
        if (unit.equals("H") || unit.equals("MIN")) {
            return Val.unanchored(Calendar.duration("1", unit), Calendar.grainOf(unit));
        }
        Grain g = Calendar.grainOf(unit);
        if (m.hasWord("that") && ctx.lastDate != null && ctx.lastDate.grain().compareTo(g) <= 0) {
            // "later that year": the period of the date the text last named
            return Calendar.ofGrain(ctx.lastDate.start(), g);
        }
        if (m.toks.get(m.from).lower.equals("that")) {
            // "that day" with no date named before it: nothing to refer back to
            return null;
        }
        boolean theNextDay = unit.equals("D") && m.hasWord("the") && m.has(Cat.NEXT);
        if ((m.hasWord("following") || m.hasWord("previous") || theNextDay) && ctx.lastDate != null
                && ctx.lastDate.grain().compareTo(g) <= 0) {
            // narrative "the following year", "the previous month": one period on from the date the text last named
            return Calendar.ofGrain(Calendar.shift(ctx.lastDate.start(), unit, shift), g);
        }
        if (pub == null) {
            return Val.unanchored(switch (g) {
                case DAY -> "XXXX-XX-XX";
                case WEEK -> "XXXX-WXX";
                case MONTH -> "XXXX-XX";
                case QUARTER -> "XXXX-QX";
                default -> "XXXX";
            }, g);
        }
        if (unit.equals("WE")) {
            LocalDate base = pub.getDayOfWeek().getValue() >= 6 ? pub : pub.minusWeeks(1);
            return Calendar.weekend(base.plusWeeks(shift == 0 && pub.getDayOfWeek().getValue() < 6 ? 1 : shift));
        }
        if (unit.equals("SE")) {
            return null;
        }
        return Calendar.ofGrain(Calendar.shift(pub, unit, shift), g);
    }

    /** How many sentences back the date a narrative expression counts from may be named ("... on May 3. Two days later ..."). */
    private static final int NARRATIVE_SENTENCES = 3;

    /**
     * The date a narrative expression ("two days later", "the next morning") counts from: as in HeidelTime, the date the
     * text last named, when it is at least as fine as the expression and named a few sentences back at most; else none.
     */
    private static Val narrativeAnchor(Match m, Context ctx, Grain g) {
        if (ctx.lastDate == null || ctx.lastDate.grain().compareTo(g) > 0) {
            return null;
        }
        return m.toks.get(m.from).sentence - ctx.lastDateSentence <= NARRATIVE_SENTENCES ? ctx.lastDate : null;
    }

    /** "the next morning", "that night": a part of the day after (or of) the date the story is at; tomorrow's without one. */
    private Val narrativePart(Match m, LocalDate pub, Context ctx) {
        String code = m.get(Cat.PART).str(Cat.PART);
        int shift = m.hasWord("previous") ? -1 : m.hasWord("that") ? 0 : 1;
        Val anchor = narrativeAnchor(m, ctx, Grain.DAY);
        LocalDate d;
        if (anchor != null) {
            d = anchor.start().plusDays(shift);
        } else if (shift == 1 && pub != null) {
            d = pub.plusDays(1);
        } else {
            return null;
        }
        return new Val(d + "T" + code, Grain.HOUR, d, d);
    }

    /** "the day before," "the week after.": one unit from the date the story is at; followed by a noun it compares with an event. */
    private Val narrativeOffset(Match m, Context ctx) {
        Token a = m.after();
        if (a != null && !(a.lower.equals(",") || a.lower.equals(".") || a.lower.equals(";"))) {
            return null;
        }
        String unit = unitOf(m);
        Grain g = Calendar.grainOf(unit);
        Val anchor = narrativeAnchor(m, ctx, g);
        if (anchor == null || !(unit.equals("D") || unit.equals("W"))) {
            return null;
        }
        return Calendar.ofGrain(Calendar.shift(anchor.start(), unit, m.hasWord("after") ? 1 : -1), g);
    }

    private Val weekend(Match m, LocalDate pub) {
        if (pub == null) {
            return Val.unanchored("XXXX-WXX-WE", Grain.WEEK);
        }
        boolean inWeekend = pub.getDayOfWeek().getValue() >= 6;
        if (tense(m) == Tense.FUTURE || inWeekend) {
            return Calendar.weekend(pub);
        }
        return Calendar.weekend(pub.minusWeeks(1));
    }

    private static int count(Match m) {
        Token c = m.get(Cat.CARD);
        if (c == null) {
            c = m.get(Cat.NUM);
        }
        return c == null ? 1 : c.value(Cat.CARD) > 0 ? c.value(Cat.CARD) : c.num;
    }

    private static String unitOf(Match m) {
        Token u = m.get(Cat.UNIT);
        if (u == null) {
            u = m.get(Cat.UNITS);
            return u == null ? null : u.str(Cat.UNITS);
        }
        return u.str(Cat.UNIT);
    }

    private Val ago(Match m, LocalDate pub, Context ctx) {
        String unit = unitOf(m);
        int n = count(m);
        if (m.has(Cat.FUZZY)) {
            return Val.unanchored("PAST_REF", Grain.UNSPECIFIED);
        }
        Grain g = Calendar.grainOf(unit);
        if (pub == null) {
            return Val.unanchored("PAST_REF", Grain.UNSPECIFIED);
        }
        if (unit.equals("H") || unit.equals("MIN")) {
            return Calendar.day(pub);
        }
        if (unit.equals("Y") && ctx.lastQuarter != null) {
            return Calendar.ofGrain(ctx.lastQuarter.start().minusYears(n), Grain.QUARTER);
        }
        LocalDate d = Calendar.shift(pub, unit, -n);
        return Calendar.ofGrain(d, g == Grain.DECADE || g == Grain.CENTURY ? Grain.YEAR : g);
    }

    private Val offset(Match m, LocalDate pub, Context ctx) {
        String unit = unitOf(m);
        int n = count(m);
        if (unit.equals("H") || unit.equals("MIN")) {
            return null;
        }
        boolean later = m.has(Cat.LATER);
        Grain g = Calendar.grainOf(unit);
        Val anchor = unit.equals("D") || unit.equals("W") || unit.equals("M") ? narrativeAnchor(m, ctx, g) : null;
        if (anchor != null) {
            // "two days later" in a story counts from the date the story is at
            return Calendar.ofGrain(Calendar.shift(anchor.start(), unit, later ? n : -n), g);
        }
        if (pub == null) {
            return Val.unanchored(later ? "FUTURE_REF" : "PAST_REF", Grain.UNSPECIFIED);
        }
        if (unit.equals("Y") && !later && ctx.lastQuarter != null) {
            return Calendar.ofGrain(ctx.lastQuarter.start().minusYears(n), Grain.QUARTER);
        }
        return Calendar.ofGrain(Calendar.shift(pub, unit, later ? n : -n), g == Grain.DECADE ? Grain.YEAR : g);
    }

    private Val duration(Match m) {
        String unit = unitOf(m);
        int n = count(m);
        if (unit == null || n <= 0) {
            return null;
        }
        Token c = m.get(Cat.CARD);
        boolean article = c != null && (c.lower.equals("a") || c.lower.equals("an"));
        if (article && unit.equals("Q")) {
            return null;
        }
        if (m.hasWord("half") || m.hasWord("/")) {
            return Val.unanchored(switch (unit) {
                case "H" -> "PT" + n + "H30M";
                case "MIN" -> "PT" + n + "M30S";
                case "D" -> "PT" + (24 * n + 12) + "H";
                case "M" -> "P" + n + "M15D";
                case "Y" -> "P" + n + "Y6M";
                default -> "P" + (12 * n + 6) + "M";
            }, Calendar.grainOf(unit));
        }
        return Val.unanchored(Calendar.duration(Integer.toString(n), unit), Calendar.grainOf(unit));
    }

    /** Prepositions after which a bare plural unit is a vague duration: "for years", "within weeks". */
    private static final java.util.Set<String> BARE_UNITS_AFTER = java.util.Set.of("for", "within");

    private Val durationVague(Match m) {
        if (m.to - m.from == 1) {
            Token b = m.before();
            Token a = m.after();
            if (b == null || !BARE_UNITS_AFTER.contains(b.lower) || a != null && (a.is(Cat.AGO) || a.lower.equals("-"))) {
                return null;
            }
        }
        String unit = unitOf(m);
        return unit == null ? null : Val.unanchored(Calendar.duration("X", unit), Calendar.grainOf(unit));
    }

    private Val setEvery(Match m) {
        Token w = m.get(Cat.WEEKDAY);
        if (w != null) {
            return Val.unanchored("XXXX-WXX-" + w.value(Cat.WEEKDAY), Grain.DAY);
        }
        Token s = m.get(Cat.SEASON);
        if (s != null) {
            return Val.unanchored("XXXX-" + s.str(Cat.SEASON), Grain.SEASON);
        }
        Token mo = m.get(Cat.MONTH);
        if (mo != null) {
            return Val.unanchored(String.format("XXXX-%02d", mo.value(Cat.MONTH)), Grain.MONTH);
        }
        Token p = m.get(Cat.PART);
        if (p != null) {
            return Val.unanchored("XXXX-XX-XXT" + p.str(Cat.PART), Grain.HOUR);
        }
        String unit = unitOf(m);
        if (unit == null) {
            return null;
        }
        int n = m.has(Cat.UNITS) ? count(m) : 1;
        String v = unit.equals("Q") && n == 1 ? "P1Q" : Calendar.duration(Integer.toString(n), unit);
        return Val.unanchored(v, Calendar.grainOf(unit));
    }

    private Val clock(Match m, LocalDate pub) {
        String time;
        if (m.hasWord("noon") || m.hasWord("midday")) {
            time = "12:00";
        } else if (m.hasWord("midnight")) {
            time = "24:00";
        } else {
            Token h = m.get(Cat.NUM, 0);
            Token min = m.get(Cat.NUM, 1);
            Token ampm = m.get(Cat.AMPM);
            if (h == null || h.num < 1 || h.num > 12 || h.digits > 2) {
                return null;
            }
            if (min != null && (min.digits != 2 || min.num > 59)) {
                return null;
            }
            int hour = h.num % 12 + ("PM".equals(ampm.str(Cat.AMPM)) ? 12 : 0);
            time = String.format("%02d:%02d", hour, min == null ? 0 : min.num);
        }
        LocalDate d = pub;
        Token w = m.get(Cat.WEEKDAY);
        Token dx = m.get(Cat.DEICTIC);
        Token mo = m.get(Cat.MONTH);
        if (pub != null && w != null) {
            d = Calendar.weekday(w.value(Cat.WEEKDAY), pub, tense(m));
        } else if (pub != null && dx != null && dx.str(Cat.DEICTIC).startsWith("D")) {
            String v = dx.str(Cat.DEICTIC);
            int slash = v.indexOf('/');
            d = pub.plusDays(Integer.parseInt(v.substring(1, slash < 0 ? v.length() : slash).replace("+", "")));
        } else if (pub != null && mo != null) {
            int month = mo.value(Cat.MONTH);
            int day = m.get(Cat.DAY).num;
            d = Calendar.chooseYear(yy -> Calendar.day(safeDay(yy, month, day)), pub, tense(m)).start();
        }
        if (d == null) {
            return Val.unanchored("XXXX-XX-XXT" + time, Grain.MINUTE);
        }
        return new Val(d + "T" + time, Grain.MINUTE, d, d);
    }

    /** "Thanksgiving Day", "last Christmas", "Election Day": the named day of the year the tense or role points to. */
    private Val holiday(Match m, LocalDate pub) {
        Token h = m.get(Cat.HOLIDAY);
        String rule = h.str(Cat.HOLIDAY);
        if (rule.endsWith("+day") && !m.hasWord("day")) {
            return null;
        }
        int md = h.value(Cat.HOLIDAY);
        int month = md / 100;
        int day = md % 100;
        int weekday = Integer.parseInt(rule.replace("+day", ""));
        if (pub == null) {
            return Val.unanchored(weekday == 0 ? String.format("XXXX-%02d-%02d", month, day) : String.format("XXXX-%02d", month), Grain.DAY);
        }
        java.util.function.IntFunction<Val> period = yy -> {
            LocalDate d = LocalDate.of(yy, month, day);
            return Calendar.day(weekday == 0 ? d : d.with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.of(weekday))));
        };
        if (m.has(Cat.LAST)) {
            return Calendar.chooseYear(period, pub.minusDays(1), Tense.PAST);
        }
        if (m.has(Cat.NEXT)) {
            return Calendar.chooseYear(period, pub.plusDays(1), Tense.FUTURE);
        }
        return namedDay(period, pub, tense(m));
    }

    static int isoWeek(LocalDate d) {
        return d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }
}
