package io.dyadline.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * A pair's events per year on a shared year axis ({@link YearAxis}), from {@code first}; years off the axis are not
 * counted. The page's script draws the bars from {@link #data()}.
 */
public record Histogram(int first, List<Long> counts, int width, int height, long max) {

    static final int MAX_YEARS = 30;
    static final int WIDTH = 120;
    static final int HEIGHT = 24;

    /**
     * The counts of the years as the page's script reads them, comma-separated from the first year: a few hundred
     * bytes where the bars written as SVG rectangles with their titles were 1.5 KB a row.
     */
    public String data() {
        StringJoiner out = new StringJoiner(",");
        counts.forEach(n -> out.add(Long.toString(n)));
        return out.toString();
    }

    static Histogram of(Map<Integer, Long> perYear, int minYear, int maxYear) {
        if (maxYear < minYear) {
            return new Histogram(minYear, List.of(), WIDTH, HEIGHT, 0);
        }
        // a few years get wide bars, thirty get thin ones: the sparkline keeps its width (dashboard.js draws the same)
        int bar = Math.max(4, Math.min(16, WIDTH / (maxYear - minYear + 1)));
        // bars scale to the years shown: a year off the axis neither shows nor flattens the others
        long max = 0;
        List<Long> counts = new ArrayList<>();
        for (int year = minYear; year <= maxYear; year++) {
            long n = perYear.getOrDefault(year, 0L);
            counts.add(n);
            max = Math.max(max, n);
        }
        return new Histogram(minYear, List.copyOf(counts), (maxYear - minYear + 1) * bar, HEIGHT, max);
    }
}
