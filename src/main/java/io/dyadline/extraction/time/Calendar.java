package io.dyadline.extraction.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.function.IntFunction;

/** TIMEX3 values of calendar periods and the choice of a year for an expression that gives none. */
final class Calendar {

    /** A resolved value: TIMEX3 string, grain and the days it covers (null when not anchored). */
    record Val(String value, Grain grain, LocalDate start, LocalDate end) {
        static Val unanchored(String value, Grain grain) {
            return new Val(value, grain, null, null);
        }
    }

    /** How far ahead an expression without tense cue may point before it is read as the past one. */
    static final int NEAR_FUTURE_DAYS = 45;

    private Calendar() {
    }

    /**
     * A number zero-padded to a width, as {@code String.format("%0<width>d")} writes it: the formatter cost about
     * 2 % of extraction's samples, called for every year a month or year is tried in ({@link #chooseYear}).
     */
    static String padded(int v, int width) {
        if (v < 0) {
            return String.format("%0" + width + "d", v);
        }
        String digits = Integer.toString(v);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    static Val day(LocalDate d) {
        return new Val(d.toString(), Grain.DAY, d, d);
    }

    static Val month(int y, int m) {
        YearMonth ym = YearMonth.of(y, m);
        return new Val(padded(y, 4) + "-" + padded(m, 2), Grain.MONTH, ym.atDay(1), ym.atEndOfMonth());
    }

    static Val year(int y) {
        return new Val(padded(y, 4), Grain.YEAR, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
    }

    static Val quarter(int y, int q) {
        LocalDate s = LocalDate.of(y, 3 * q - 2, 1);
        return new Val(padded(y, 4) + "-Q" + q, Grain.QUARTER, s, s.plusMonths(3).minusDays(1));
    }

    static Val half(int y, int h) {
        LocalDate s = LocalDate.of(y, 6 * h - 5, 1);
        return new Val(padded(y, 4) + "-H" + h, Grain.HALF, s, s.plusMonths(6).minusDays(1));
    }

    static int seasonStartMonth(String code) {
        return switch (code) {
            case "SP" -> 3;
            case "SU" -> 6;
            case "FA" -> 9;
            default -> 12;
        };
    }

    static Val season(int y, String code) {
        LocalDate s = LocalDate.of(y, seasonStartMonth(code), 1);
        return new Val(padded(y, 4) + "-" + code, Grain.SEASON, s, s.plusMonths(3).minusDays(1));
    }

    static Val week(LocalDate d) {
        LocalDate monday = d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int year = d.get(IsoFields.WEEK_BASED_YEAR);
        int week = d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        return new Val(padded(year, 4) + "-W" + padded(week, 2), Grain.WEEK, monday, monday.plusDays(6));
    }

    static Val weekend(LocalDate d) {
        Val w = week(d);
        return new Val(w.value() + "-WE", Grain.WEEK, w.start().plusDays(5), w.start().plusDays(6));
    }

    static Val decade(int y) {
        int d = Math.floorDiv(y, 10);
        return new Val(padded(d, 3), Grain.DECADE, LocalDate.of(d * 10, 1, 1), LocalDate.of(d * 10 + 9, 12, 31));
    }

    static Val century(int c) {
        return new Val(padded(c, 2), Grain.CENTURY, LocalDate.of(c * 100, 1, 1), LocalDate.of(c * 100 + 99, 12, 31));
    }

    static Val ofGrain(LocalDate d, Grain g) {
        return switch (g) {
            case DAY -> day(d);
            case WEEK -> week(d);
            case MONTH -> month(d.getYear(), d.getMonthValue());
            case QUARTER -> quarter(d.getYear(), (d.getMonthValue() + 2) / 3);
            case DECADE -> decade(d.getYear());
            case CENTURY -> century(d.getYear() / 100);
            default -> year(d.getYear());
        };
    }

    /**
     * Picks the year of a period that the text gives without one: in the past the latest that has begun by the
     * publication date, in the future the first that has not ended, with no tense cue the nearest (ties go to the past).
     */
    static Val chooseYear(IntFunction<Val> period, LocalDate pub, Lexicon.Tense tense) {
        return chooseYear(period, pub, tense, NEAR_FUTURE_DAYS);
    }

    /** As above, with how far ahead (in days) a future occurrence may be chosen when there is no tense cue. */
    static Val chooseYear(IntFunction<Val> period, LocalDate pub, Lexicon.Tense tense, int nearFutureDays) {
        int y = pub.getYear();
        if (tense == Lexicon.Tense.PAST) {
            Val v = period.apply(y);
            return v.start().isAfter(pub) ? period.apply(y - 1) : v;
        }
        if (tense == Lexicon.Tense.FUTURE) {
            Val v = period.apply(y);
            return v.end().isBefore(pub) ? period.apply(y + 1) : v;
        }
        // no cue: the nearest occurrence, but news mostly reports the past, so a future one must be close
        Val past = chooseYear(period, pub, Lexicon.Tense.PAST);
        Val future = chooseYear(period, pub, Lexicon.Tense.FUTURE);
        if (future.start().isAfter(pub) && future.start().toEpochDay() - pub.toEpochDay() <= nearFutureDays
                && distance(future, pub) < distance(past, pub)) {
            return future;
        }
        return past;
    }

    static long distance(Val v, LocalDate pub) {
        if (!pub.isBefore(v.start()) && !pub.isAfter(v.end())) {
            return 0;
        }
        return Math.min(Math.abs(v.start().toEpochDay() - pub.toEpochDay()), Math.abs(v.end().toEpochDay() - pub.toEpochDay()));
    }

    /** The weekday (1 = Monday) nearest the publication date in the direction the tense says; the same day counts. */
    static LocalDate weekday(int wd, LocalDate pub, Lexicon.Tense tense) {
        int today = pub.getDayOfWeek().getValue();
        int back = (today - wd + 7) % 7;
        int forward = (wd - today + 7) % 7;
        if (tense == Lexicon.Tense.PAST) {
            return pub.minusDays(back);
        }
        if (tense == Lexicon.Tense.FUTURE) {
            return pub.plusDays(forward);
        }
        return back <= forward ? pub.minusDays(back) : pub.plusDays(forward);
    }

    static Grain grainOf(String unit) {
        return switch (unit) {
            case "MIN" -> Grain.MINUTE;
            case "H" -> Grain.HOUR;
            case "D" -> Grain.DAY;
            case "W", "WE" -> Grain.WEEK;
            case "M" -> Grain.MONTH;
            case "Q" -> Grain.QUARTER;
            case "SE" -> Grain.SEASON;
            case "DE" -> Grain.DECADE;
            case "CE" -> Grain.CENTURY;
            default -> Grain.YEAR;
        };
    }

    static LocalDate shift(LocalDate d, String unit, long n) {
        return switch (unit) {
            case "D" -> d.plusDays(n);
            case "W", "WE" -> d.plusWeeks(n);
            case "M" -> d.plusMonths(n);
            case "Q", "SE" -> d.plusMonths(3 * n);
            case "DE" -> d.plusYears(10 * n);
            case "CE" -> d.plusYears(100 * n);
            case "Y" -> d.plusYears(n);
            default -> d;
        };
    }

    /** TIMEX3 duration of n units ("X" for a vague count). */
    static String duration(String n, String unit) {
        boolean vague = n.equals("X");
        return switch (unit) {
            case "MIN" -> "PT" + n + "M";
            case "H" -> "PT" + n + "H";
            case "D" -> "P" + n + "D";
            case "W" -> "P" + n + "W";
            case "WE" -> vague ? "PXWE" : "P" + 2 * Integer.parseInt(n) + "D";
            case "M" -> "P" + n + "M";
            case "Q" -> vague ? "PXQ" : "P" + 3 * Integer.parseInt(n) + "M";
            case "SE" -> vague ? "PXM" : "P" + 3 * Integer.parseInt(n) + "M";
            case "DE" -> vague ? "PXE" : "P" + 10 * Integer.parseInt(n) + "Y";
            case "CE" -> vague ? "PXC" : "P" + 100 * Integer.parseInt(n) + "Y";
            default -> "P" + n + "Y";
        };
    }
}
