package io.dyadline.web;

import java.util.Map;
import java.util.TreeMap;

/**
 * The years the start page's sparklines share: where the events are, from the year of the 1st percentile of their
 * dates to that of the 99th, so that a few stray dates (a treaty of 1783, a plan for 2099) do not squeeze every other
 * year into a corner; at most {@link Histogram#MAX_YEARS} years, the latest kept. Empty when no event has a date.
 */
record YearAxis(int first, int last) {

    static final double LOW = 0.01;
    static final double HIGH = 0.99;

    static YearAxis of(Map<String, Map<Integer, Long>> yearsByPair) {
        TreeMap<Integer, Long> all = new TreeMap<>();
        yearsByPair.values().forEach(years -> years.forEach((year, n) -> all.merge(year, n, Long::sum)));
        long total = all.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return new YearAxis(Integer.MAX_VALUE, Integer.MIN_VALUE);
        }
        Integer first = null;
        int last = all.lastKey();
        long seen = 0;
        for (Map.Entry<Integer, Long> year : all.entrySet()) {
            seen += year.getValue();
            if (first == null && seen >= LOW * total) {
                first = year.getKey();
            }
            if (seen >= HIGH * total) {
                last = year.getKey();
                break;
            }
        }
        return new YearAxis(Math.max(first, last - (Histogram.MAX_YEARS - 1)), last);
    }

    boolean isEmpty() {
        return last < first;
    }
}
