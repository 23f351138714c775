package io.dyadline.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as the pages write them, at the precision they are known to. */
final class Dates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private Dates() {
    }

    static String day(LocalDate d) {
        return d == null ? "" : DAY.format(d);
    }

    /** "24 Sep 2023", "September 2023", "2016", "since 2016". */
    static String withPrecision(LocalDate start, String precision, String edtf) {
        if (start == null) {
            return "undated";
        }
        String text = switch (precision == null ? "DAY" : precision) {
            case "YEAR" -> String.valueOf(start.getYear());
            case "MONTH" -> MONTH.format(start);
            default -> DAY.format(start);
        };
        return edtf != null && edtf.endsWith("/..") ? "since " + text : text;
    }
}
