package io.dyadline.extraction.time;

import io.dyadline.extraction.text.TsvTable;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** The word lists of the temporal tagger, read once from {@code lexicon/time/en/*.tsv}. Immutable after load. */
final class Lexicon {

    enum Tense { PAST, FUTURE }

    record TensePhrase(String[] words, Tense tense) {
    }

    enum RangeKind { SINCE, UNTIL, FROM, TO }

    record RangeCue(RangeKind kind, String rule) {
    }

    /** What the lexicon knows of one lower-cased word: its categories and, per category, a value. */
    static final class Word {
        long mask;
        long ambiguous;
        final int[] num = new int[Cat.ALL.length];
        final String[] str = new String[Cat.ALL.length];
        String deicticType;
        /** A shortened month or weekday name ("Sept", "Thurs"): a period after it is no sentence end. */
        boolean abbreviation;

        void add(Cat c, int n, String s) {
            mask |= c.bit;
            num[c.ordinal()] = n;
            str[c.ordinal()] = s;
        }
    }

    final Map<String, Word> words = new HashMap<>();
    final Map<String, Tense> tenseWords = new HashMap<>();
    /** Cues of several words ("as soon as"), matched on the tokens that end where the cue is looked for. */
    final List<TensePhrase> tensePhrases = new ArrayList<>();
    /** A cue word with the word after it that make it no cue ("next to"). */
    final java.util.Set<String> notCueBefore = new java.util.HashSet<>();
    /** Words after which a cue word is a noun ("the plan"), unless it is an '-ed' form ("the planned visit"). */
    final java.util.Set<String> determiners = new java.util.HashSet<>();
    final List<String> pastSuffixes = new ArrayList<>();
    final List<String> futureSuffixes = new ArrayList<>();
    final java.util.Set<String> auxiliaries = new java.util.HashSet<>();
    /** Verbs of saying: after the expression they frame the report ("in March, an official said"), not the event. */
    final java.util.Set<String> reportingVerbs = new java.util.HashSet<>();
    /** Words that end like a suffix cue but are no tense form ("succeed", "indeed"). */
    final java.util.Set<String> suffixExceptions = new java.util.HashSet<>();
    final Map<String, Long> vetoBefore = new HashMap<>();
    final Map<String, Long> vetoAfter = new HashMap<>();
    final Map<String, RangeCue> rangeCues = new HashMap<>();
    final List<TimePattern> patterns = new ArrayList<>();
    /** The literal words of the patterns, numbered: a token carries its word's number, so an element compares ints. */
    final Map<String, Integer> literals = new HashMap<>();

    private Lexicon() {
    }

    static Lexicon load(String dir, Function<String, InputStream> open) {
        Lexicon lx = new Lexicon();
        for (TsvTable.Row r : rows(dir, "months.tsv", 3, open)) {
            Word w = lx.word(r.cells()[0]);
            w.add(Cat.MONTH, range(r, r.intCell(1), 1, 12), null);
            if (yes(r, 2)) {
                w.ambiguous |= Cat.MONTH.bit;
            }
        }
        for (TsvTable.Row r : rows(dir, "weekdays.tsv", 3, open)) {
            Word w = lx.word(r.cells()[0]);
            w.add(Cat.WEEKDAY, range(r, r.intCell(1), 1, 7), null);
            if (yes(r, 2)) {
                w.ambiguous |= Cat.WEEKDAY.bit;
            }
        }
        for (Map.Entry<String, Word> a : lx.words.entrySet()) {
            for (String full : lx.words.keySet()) {
                if (full.length() > a.getKey().length() && full.startsWith(a.getKey())
                        && (lx.words.get(full).mask & a.getValue().mask & (Cat.MONTH.bit | Cat.WEEKDAY.bit)) != 0) {
                    a.getValue().abbreviation = true;
                }
            }
        }
        for (TsvTable.Row r : rows(dir, "seasons.tsv", 3, open)) {
            Word w = lx.word(r.cells()[0]);
            w.add(Cat.SEASON, 0, oneOf(r, 1, "SP", "SU", "FA", "WI"));
            if (yes(r, 2)) {
                w.ambiguous |= Cat.SEASON.bit;
            }
        }
        for (TsvTable.Row r : rows(dir, "holidays.tsv", 5, open)) {
            int month = range(r, r.intCell(1), 1, 12);
            int day = range(r, r.intCell(2), 1, 31);
            String wd = r.cells()[3].trim();
            int weekday = wd.equals("-") ? 0 : range(r, r.intCell(3), 1, 7);
            Word w = lx.word(r.cells()[0]);
            w.add(Cat.HOLIDAY, month * 100 + day, weekday + (yes(r, 4) ? "+day" : ""));
        }
        for (TsvTable.Row r : rows(dir, "numbers.tsv", 3, open)) {
            Cat c = Cat.valueOf(oneOf(r, 2, "CARD", "ORD", "QTOK", "DECADE"));
            lx.word(r.cells()[0]).add(c, r.intCell(1), null);
        }
        for (TsvTable.Row r : rows(dir, "units.tsv", 3, open)) {
            String unit = oneOf(r, 1, "MIN", "H", "D", "W", "WE", "M", "Q", "SE", "Y", "DE", "CE");
            lx.word(r.cells()[0]).add(yes(r, 2) ? Cat.UNITS : Cat.UNIT, 0, unit);
        }
        for (TsvTable.Row r : rows(dir, "dayparts.tsv", 2, open)) {
            lx.word(r.cells()[0]).add(Cat.PART, 0, oneOf(r, 1, "MO", "AF", "EV", "NI"));
        }
        for (TsvTable.Row r : rows(dir, "clock.tsv", 2, open)) {
            lx.word(r.cells()[0]).add(Cat.AMPM, 0, oneOf(r, 1, "AM", "PM"));
        }
        for (TsvTable.Row r : rows(dir, "deictic.tsv", 3, open)) {
            String v = r.cells()[1].trim();
            if (!v.matches("D[+-]\\d+(/(MO|AF|EV|NI))?|PRESENT_REF|PAST_REF|FUTURE_REF")) {
                throw r.error("bad deictic value '" + v + "'");
            }
            Word w = lx.word(r.cells()[0]);
            w.add(Cat.DEICTIC, 0, v);
            w.deicticType = oneOf(r, 2, "DATE", "TIME");
        }
        for (TsvTable.Row r : rows(dir, "relative.tsv", 2, open)) {
            lx.word(r.cells()[0]).add(cat(r, r.cells()[1].trim()), 0, null);
        }
        for (TsvTable.Row r : rows(dir, "set_words.tsv", 2, open)) {
            lx.word(r.cells()[0]).add(Cat.SETWORD, 0, r.cells()[1].trim());
        }
        for (TsvTable.Row r : rows(dir, "tense_cues.tsv", 3, open)) {
            String kind = oneOf(r, 2, "word", "reporting", "suffix", "auxiliary", "not_suffix", "not_cue", "determiner");
            String cue = key(r.cells()[0]);
            if (kind.equals("not_cue")) {
                oneOf(r, 1, "NONE");
                if (!cue.matches("\\S+ \\S+")) {
                    throw r.error("a not_cue is a cue word and the word after it: '" + cue + "'");
                }
                lx.notCueBefore.add(cue);
                continue;
            }
            if (kind.equals("determiner")) {
                oneOf(r, 1, "NONE");
                lx.determiners.add(cue);
                continue;
            }
            if (kind.equals("auxiliary") || kind.equals("not_suffix")) {
                oneOf(r, 1, "NONE");
                (kind.equals("auxiliary") ? lx.auxiliaries : lx.suffixExceptions).add(cue);
                continue;
            }
            Tense t = Tense.valueOf(oneOf(r, 1, "PAST", "FUTURE"));
            if (kind.equals("word") && cue.contains(" ")) {
                lx.tensePhrases.add(new TensePhrase(cue.split(" +"), t));
            } else if (kind.equals("word") || kind.equals("reporting")) {
                lx.tenseWords.put(cue, t);
                if (kind.equals("reporting")) {
                    lx.reportingVerbs.add(cue);
                }
            } else {
                (t == Tense.PAST ? lx.pastSuffixes : lx.futureSuffixes).add(cue);
            }
        }
        for (TsvTable.Row r : rows(dir, "negative_contexts.tsv", 3, open)) {
            String applies = oneOf(r, 2, "YEAR", "WEEKDAY", "MONTH", "DEICTIC", "UNIT", "NUMBER", "DECADE");
            long bit = applies.equals("NUMBER") ? Cat.NUM.bit
                    : applies.equals("UNIT") ? Cat.UNIT.bit | Cat.UNITS.bit : Cat.valueOf(applies).bit;
            Map<String, Long> m = oneOf(r, 1, "BEFORE", "AFTER").equals("BEFORE") ? lx.vetoBefore : lx.vetoAfter;
            m.merge(key(r.cells()[0]), bit, (a, b) -> a | b);
        }
        for (TsvTable.Row r : rows(dir, "range_cues.tsv", 3, open)) {
            RangeKind k = RangeKind.valueOf(oneOf(r, 1, "SINCE", "UNTIL", "FROM", "TO"));
            lx.rangeCues.put(key(r.cells()[0]), new RangeCue(k, r.cells()[2].trim()));
        }
        for (TsvTable.Row r : rows(dir, "patterns.tsv", 5, open)) {
            lx.patterns.add(TimePattern.parse(r, lx.literals));
        }
        return lx;
    }

    private Word word(String w) {
        return words.computeIfAbsent(key(w), k -> new Word());
    }

    private static String key(String w) {
        return w.trim().toLowerCase(Locale.ROOT);
    }

    private static List<TsvTable.Row> rows(String dir, String file, int columns, Function<String, InputStream> open) {
        return TsvTable.read(file, open.apply(dir + file)).complete(columns).rows();
    }

    private static boolean yes(TsvTable.Row r, int i) {
        return oneOf(r, i, "yes", "no").equals("yes");
    }

    private static int range(TsvTable.Row r, int v, int lo, int hi) {
        if (v < lo || v > hi) {
            throw r.error("value " + v + " out of range " + lo + ".." + hi);
        }
        return v;
    }

    static Cat cat(TsvTable.Row r, String name) {
        try {
            return Cat.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw r.error("unknown category or role '" + name + "'");
        }
    }

    private static String oneOf(TsvTable.Row r, int i, String... allowed) {
        String v = r.cells()[i].trim();
        for (String a : allowed) {
            if (a.equals(v)) {
                return v;
            }
        }
        throw r.error("'" + v + "' is not one of " + String.join(", ", allowed));
    }
}
