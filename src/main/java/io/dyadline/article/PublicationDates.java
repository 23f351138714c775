package io.dyadline.article;

import io.dyadline.common.ProblemException;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads publication dates in the forms articles carry them: {@code September 24, 2023}, {@code 24 September 2023},
 * {@code Sep. 24, 2023}, {@code 2023-09-24}, ISO timestamps, and day/month/year with slashes or dots. A slash date
 * whose day and month could be swapped ({@code 04/09/2023}) is refused as ambiguous rather than guessed.
 */
public final class PublicationDates {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12));
    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String WEEKDAY = "(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\\.?,?\\s+)?";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "^" + WEEKDAY + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})$", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "^" + WEEKDAY + "(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$");
    private static final Pattern ISO_TIMESTAMP = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})[T ].+$");
    private static final Pattern NUMERIC = Pattern.compile("^(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})$");
    private static final Pattern YEAR_FIRST_SLASH = Pattern.compile("^(\\d{4})/(\\d{1,2})/(\\d{1,2})$");

    private PublicationDates() {
    }

    /**
     * Reads a date line.
     *
     * @return empty when the line is not a date at all
     * @throws ProblemException 422 when it is a date that does not exist or whose reading is ambiguous
     */
    public static Optional<LocalDate> parse(String raw, String field) {
        if (raw == null) {
            return Optional.empty();
        }
        String s = raw.strip().replace('\u00a0', ' ').replaceAll("\\s+", " ");
        if (s.isEmpty() || s.length() > 60) {
            return Optional.empty();
        }
        Matcher m;
        if ((m = ISO_DATE.matcher(s)).matches() || (m = YEAR_FIRST_SLASH.matcher(s)).matches()) {
            return Optional.of(date(field, s, num(m, 1), num(m, 2), num(m, 3)));
        }
        if ((m = ISO_TIMESTAMP.matcher(s)).matches()) {
            return Optional.of(timestamp(field, s, m));
        }
        if ((m = MONTH_DAY_YEAR.matcher(s)).matches()) {
            return Optional.of(date(field, s, num(m, 3), month(m.group(1)), num(m, 2)));
        }
        if ((m = DAY_MONTH_YEAR.matcher(s)).matches()) {
            return Optional.of(date(field, s, num(m, 3), month(m.group(2)), num(m, 1)));
        }
        if ((m = NUMERIC.matcher(s)).matches()) {
            int first = num(m, 1);
            int second = num(m, 2);
            int year = num(m, 3);
            if (first > 12 || first == second) {
                return Optional.of(date(field, s, year, second, first));
            }
            if (second > 12) {
                return Optional.of(date(field, s, year, first, second));
            }
            throw ProblemException.unprocessable(field, "Ambiguous date '" + s
                    + "': day and month could be either way round; write it as YYYY-MM-DD");
        }
        return Optional.empty();
    }

    /** Reads a date that must be one: anything unreadable is a 422 on that field. */
    public static LocalDate require(String raw, String field) {
        return parse(raw, field).orElseThrow(() -> ProblemException.unprocessable(field,
                "Not a date: '" + abbreviate(raw) + "'; write it as YYYY-MM-DD"));
    }

    private static LocalDate timestamp(String field, String s, Matcher m) {
        try {
            return OffsetDateTime.parse(s.replace(' ', 'T').replaceFirst("([+-]\\d{2})(\\d{2})$", "$1:$2")).toLocalDate();
        } catch (DateTimeParseException e) {
            return date(field, s, num(m, 1), num(m, 2), num(m, 3));
        }
    }

    private static LocalDate date(String field, String s, int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw ProblemException.unprocessable(field, "No such date: '" + s + "'");
        }
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static int month(String name) {
        String key = name.toLowerCase(Locale.ROOT).replace(".", "");
        return MONTHS.getOrDefault(key.substring(0, 3), 0);
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
