package io.dyadline.web;

import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;

/**
 * A pair's recent activity: events this month, in the last three months (this one and the two before), and the
 * change of this month against the mean month of the twelve before it.
 */
public record Activity(long thisMonth, long recent, double previousMean) {

    static Activity of(Map<YearMonth, Long> months, YearMonth thisMonth) {
        long now = months.getOrDefault(thisMonth, 0L);
        long recent = now + months.getOrDefault(thisMonth.minusMonths(1), 0L)
                + months.getOrDefault(thisMonth.minusMonths(2), 0L);
        long before = 0;
        for (int i = 1; i <= 12; i++) {
            before += months.getOrDefault(thisMonth.minusMonths(i), 0L);
        }
        return new Activity(now, recent, before / 12.0);
    }

    /** This month less the mean month before it. */
    public double change() {
        return thisMonth - previousMean;
    }

    /** "+3.2", "−1.5" or "0" events against the mean month. */
    public String changeLabel() {
        double c = change();
        if (Math.abs(c) < 0.05) {
            return "0";
        }
        return (c > 0 ? "+" : "−") + String.format(Locale.ROOT, "%.1f", Math.abs(c));
    }

    public String previousMeanLabel() {
        return String.format(Locale.ROOT, "%.1f", previousMean);
    }

    public String direction() {
        double c = change();
        return Math.abs(c) < 0.05 ? "same" : c > 0 ? "up" : "down";
    }
}
