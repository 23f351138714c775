package io.dyadline.extraction.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.time.temporal.WeekFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stand-in for the temporal tagger of branch {@code time}, with the same contract; replaced when that branch is
 * merged. Finds the common news date expressions and anchors them on the publication date, tense-aware.
 */
public final class TemporalTagger {

    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|"
            + "November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)";
    private static final String WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final Pattern EXPRESSION = Pattern.compile(
            "\\b(?:" + MONTH + "\\s+(\\d{1,2})(?:\\s*[-\u2013]\\s*(\\d{1,2}))?(?:st|nd|rd|th)?,?\\s+(\\d{4})"
                    + "|(\\d{1,2})(?:\\s*[-\u2013]\\s*(\\d{1,2}))?\\s+" + MONTH + "(?:,?\\s+(\\d{4}))?"
                    + "|" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s+\\d{4})"
                    + "|" + MONTH + ",?\\s+(\\d{4})"
                    + "|((?:[Ss]ince|[Ii]n|[Bb]y|[Ss]igned in|[Oo]f)\\s+)?" + MONTH
                    + "|(last|this|next|on|On|Last|This|Next)?\\s*" + WEEKDAY
                    + "|([Ss]ince|[Ii]n|[Bb]y|[Dd]uring)?\\s*((?:19|20)\\d{2})\\b(?![-/]\\d)"
                    + "|([Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]onight)"
                    + "|([Ll]ast|[Tt]his|[Nn]ext)\\s+(week|month|year))");
    private static final Pattern FUTURE = Pattern.compile(
            "\\b(will|shall|to be|is due|are due|due to|scheduled|plans?|planned|expected|set to|is to|are to|"
                    + "upcoming|coming|next|would|intends?|going to)\\b[^.]{0,60}$");

    public static TemporalTagger load() {
        return new TemporalTagger();
    }

    public List<Timex> tag(String text, LocalDate published) {
        List<Timex> out = new ArrayList<>();
        Matcher m = EXPRESSION.matcher(text);
        while (m.find()) {
            if (m.group().isBlank()) {
                continue;
            }
            Timex t = resolve(text, m, published);
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    private Timex resolve(String text, Matcher m, LocalDate pub) {
        int s = m.start();
        int e = m.end();
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        String surface = text.substring(s, e);
        boolean future = FUTURE.matcher(text.substring(Math.max(0, s - 80), s)).find()
                || (text.substring(e, Math.min(text.length(), e + 40)).matches("(?s)^[^.]{0,40}\\bwill\\b.*"));
        if (m.group(1) != null) {
            LocalDate d = LocalDate.of(year(m.group(4)), month(m.group(1)), Integer.parseInt(m.group(2)));
            LocalDate end = m.group(3) != null ? d.withDayOfMonth(Integer.parseInt(m.group(3))) : d;
            return day(surface, s, e, d, end, "time.month_day_year");
        }
        if (m.group(7) != null) {
            int y = m.group(8) != null ? year(m.group(8)) : pub != null ? pub.getYear() : -1;
            if (y < 0) {
                return null;
            }
            LocalDate d = LocalDate.of(y, month(m.group(7)), Integer.parseInt(m.group(5)));
            LocalDate end = m.group(6) != null ? d.withDayOfMonth(Integer.parseInt(m.group(6))) : d;
            return day(surface, s, e, d, end, "time.day_month");
        }
        if (m.group(9) != null) {
            if (pub == null) {
                return null;
            }
            LocalDate d = LocalDate.of(pub.getYear(), month(m.group(9)), Integer.parseInt(m.group(10)));
            return day(surface, s, e, d, d, "time.month_day");
        }
        if (m.group(11) != null) {
            YearMonth ym = YearMonth.of(year(m.group(12)), month(m.group(11)));
            return monthTimex(surface, s, e, ym, "time.month_year");
        }
        if (m.group(14) != null) {
            if (m.group(14).equals("May") && m.group(13) == null) {
                return null;
            }
            if (pub == null) {
                return null;
            }
            int month = month(m.group(14));
            YearMonth ym = YearMonth.of(pub.getYear(), month);
            YearMonth now = YearMonth.from(pub);
            if (future && ym.isBefore(now)) {
                ym = ym.plusYears(1);
            } else if (!future && ym.isAfter(now)) {
                ym = ym.minusYears(1);
            }
            return monthTimex(surface, s, e, ym, "time.month");
        }
        if (m.group(16) != null) {
            if (pub == null) {
                return null;
            }
            DayOfWeek dow = DayOfWeek.valueOf(m.group(16).toUpperCase(Locale.ROOT));
            String mod = m.group(15) == null ? "" : m.group(15).toLowerCase(Locale.ROOT);
            LocalDate d;
            if (mod.equals("next") || (future && !mod.equals("last"))) {
                d = pub.with(TemporalAdjusters.next(dow));
            } else {
                d = pub.with(TemporalAdjusters.previousOrSame(dow));
            }
            return day(surface, s, e, d, d, "time.weekday");
        }
        if (m.group(18) != null) {
            int y = Integer.parseInt(m.group(18));
            boolean since = m.group(17) != null && m.group(17).equalsIgnoreCase("since");
            LocalDate d = LocalDate.of(y, 1, 1);
            return new Timex(surface, s, e, TimexType.DATE, String.valueOf(y), Grain.YEAR, d,
                    since ? null : d.withDayOfYear(d.lengthOfYear()), since, since ? "time.since_year" : "time.year");
        }
        if (m.group(19) != null) {
            if (pub == null) {
                return null;
            }
            String w = m.group(19).toLowerCase(Locale.ROOT);
            LocalDate d = switch (w) {
                case "yesterday" -> pub.minusDays(1);
                case "tomorrow" -> pub.plusDays(1);
                default -> pub;
            };
            return day(surface, s, e, d, d, "time.deictic_day");
        }
        if (m.group(20) != null) {
            if (pub == null) {
                return null;
            }
            int shift = switch (m.group(20).toLowerCase(Locale.ROOT)) {
                case "last" -> -1;
                case "next" -> 1;
                default -> 0;
            };
            switch (m.group(21)) {
                case "week" -> {
                    LocalDate monday = pub.plusWeeks(shift).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                    String value = String.format("%d-W%02d", monday.get(WeekFields.ISO.weekBasedYear()),
                            monday.get(WeekFields.ISO.weekOfWeekBasedYear()));
                    return new Timex(surface, s, e, TimexType.DATE, value, Grain.WEEK, monday, monday.plusDays(6),
                            false, "time.relative_week");
                }
                case "month" -> {
                    return monthTimex(surface, s, e, YearMonth.from(pub).plusMonths(shift), "time.relative_month");
                }
                default -> {
                    LocalDate d = LocalDate.of(pub.getYear() + shift, 1, 1);
                    return new Timex(surface, s, e, TimexType.DATE, String.valueOf(d.getYear()), Grain.YEAR, d,
                            d.withDayOfYear(d.lengthOfYear()), false, "time.relative_year");
                }
            }
        }
        return null;
    }

    private static Timex day(String surface, int s, int e, LocalDate d, LocalDate end, String rule) {
        return new Timex(surface, s, e, TimexType.DATE, d.toString(), Grain.DAY, d, end, false, rule);
    }

    private static Timex monthTimex(String surface, int s, int e, YearMonth ym, String rule) {
        return new Timex(surface, s, e, TimexType.DATE, ym.toString(), Grain.MONTH, ym.atDay(1), ym.atEndOfMonth(),
                false, rule);
    }

    private static int year(String y) {
        return Integer.parseInt(y);
    }

    private static int month(String name) {
        String k = name.substring(0, 3).toLowerCase(Locale.ROOT);
        return List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
                .indexOf(k) + 1;
    }
}
