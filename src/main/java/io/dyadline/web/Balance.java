package io.dyadline.web;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;

/**
 * A pair's balance of cooperation and conflict per month, over the {@link #MONTHS} months up to the pair's last one,
 * for a small diverging bar chart that the page's script draws from {@link #data()}: cooperation above the axis
 * (verbal light, material dark), conflict below it.
 */
public record Balance(YearMonth first, List<long[]> months, int width, int height, int axis, long cooperation,
                      long conflict, String label) {

    static final int MONTHS = 24;
    static final int BAR = 3;
    static final int HEIGHT = 28;

    /**
     * The months as the page's script reads them: per month, separated by ';', its verbal and material cooperation
     * and verbal and material conflict ({@code vc,mc,vx,mx}), an empty month empty. About 200 bytes where the
     * rectangles written as SVG with their titles were 10 KB a row.
     */
    public String data() {
        StringBuilder out = new StringBuilder(MONTHS * 4);
        for (int i = 0; i < months.size(); i++) {
            if (i > 0) {
                out.append(';');
            }
            long[] m = months.get(i);
            if (m[0] + m[1] + m[2] + m[3] > 0) {
                out.append(m[0]).append(',').append(m[1]).append(',').append(m[2]).append(',').append(m[3]);
            }
        }
        return out.toString();
    }

    /** The first month as ISO writes it (2024-01), or empty when the pair has no dated event. */
    public String start() {
        return first == null ? "" : first.toString();
    }

    static Balance of(Map<YearMonth, Map<String, Long>> months) {
        int axis = HEIGHT / 2;
        if (months == null || months.isEmpty()) {
            return new Balance(null, List.of(), MONTHS * BAR, HEIGHT, axis, 0, 0, "No dated events");
        }
        YearMonth last = months instanceof NavigableMap<YearMonth, Map<String, Long>> ordered ? ordered.lastKey()
                : months.keySet().stream().max(YearMonth::compareTo).orElseThrow();
        YearMonth first = last.minusMonths(MONTHS - 1);
        List<long[]> counts = new ArrayList<>(MONTHS);
        long cooperation = 0;
        long conflict = 0;
        for (int i = 0; i < MONTHS; i++) {
            Map<String, Long> m = months.getOrDefault(first.plusMonths(i), Map.of());
            long[] q = {get(m, "VERBAL_COOPERATION"), get(m, "MATERIAL_COOPERATION"), get(m, "VERBAL_CONFLICT"),
                    get(m, "MATERIAL_CONFLICT")};
            cooperation += q[0] + q[1];
            conflict += q[2] + q[3];
            counts.add(q);
        }
        String label = "Cooperation " + cooperation + " and conflict " + conflict + " events by month, "
                + name(first) + " to " + name(last);
        return new Balance(first, List.copyOf(counts), MONTHS * BAR, HEIGHT, axis, cooperation, conflict, label);
    }

    private static long get(Map<String, Long> m, String quad) {
        return m.getOrDefault(quad, 0L);
    }

    private static String name(YearMonth m) {
        return m.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + m.getYear();
    }
}
