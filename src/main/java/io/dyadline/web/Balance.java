package io.dyadline.web;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A pair's balance of cooperation and conflict per month, as a small diverging SVG bar chart: cooperation above the
 * axis (verbal light, material dark), conflict below it (verbal light, material dark), over the months up to the
 * pair's last one.
 */
public record Balance(List<Bar> bars, int width, int height, int axis, long cooperation, long conflict, String label) {

    /** The bars as SVG, written here rather than by the template's loop (see {@link Histogram#rects}). */
    public String rects() {
        StringBuilder out = new StringBuilder(bars.size() * 100);
        for (Bar b : bars) {
            out.append("<rect class=\"");
            Markup.escape(b.kind(), out);
            out.append("\" x=\"").append(b.x()).append("\" y=\"").append(b.y()).append("\" width=\"").append(b.width())
                    .append("\" height=\"").append(b.height()).append("\"><title>");
            Markup.escape(b.title(), out);
            out.append("</title></rect>");
        }
        return out.toString();
    }

    static final int MONTHS = 24;
    static final int BAR = 3;
    static final int HEIGHT = 28;

    /** One month's part in SVG coordinates; {@code kind} is the CSS class (quad-vc, quad-mc, quad-vx, quad-mx). */
    public record Bar(int x, int y, int width, int height, String kind, String title) {
    }

    static Balance of(Map<YearMonth, Map<String, Long>> months) {
        int axis = HEIGHT / 2;
        if (months == null || months.isEmpty()) {
            return new Balance(List.of(), MONTHS * BAR, HEIGHT, axis, 0, 0, "No dated events");
        }
        YearMonth last = months.keySet().stream().max(YearMonth::compareTo).orElseThrow();
        YearMonth first = last.minusMonths(MONTHS - 1);
        long max = 1;
        for (int i = 0; i < MONTHS; i++) {
            Map<String, Long> m = months.getOrDefault(first.plusMonths(i), Map.of());
            max = Math.max(max, Math.max(get(m, "VERBAL_COOPERATION") + get(m, "MATERIAL_COOPERATION"),
                    get(m, "VERBAL_CONFLICT") + get(m, "MATERIAL_CONFLICT")));
        }
        List<Bar> bars = new ArrayList<>();
        long cooperation = 0;
        long conflict = 0;
        for (int i = 0; i < MONTHS; i++) {
            YearMonth month = first.plusMonths(i);
            Map<String, Long> m = months.getOrDefault(month, Map.of());
            long vc = get(m, "VERBAL_COOPERATION");
            long mc = get(m, "MATERIAL_COOPERATION");
            long vx = get(m, "VERBAL_CONFLICT");
            long mx = get(m, "MATERIAL_CONFLICT");
            cooperation += vc + mc;
            conflict += vx + mx;
            String title = name(month) + ": " + (vc + mc) + " cooperation, " + (vx + mx) + " conflict";
            int x = i * BAR;
            int up = 0;
            int down = 0;
            for (Object[] part : new Object[][]{{mc, "quad-mc", true}, {vc, "quad-vc", true}, {mx, "quad-mx", false},
                    {vx, "quad-vx", false}}) {
                long n = (Long) part[0];
                if (n == 0) {
                    continue;
                }
                int h = Math.max(1, (int) Math.round((double) n / max * (axis - 1)));
                if ((Boolean) part[2]) {
                    up += h;
                    bars.add(new Bar(x, axis - up, BAR - 1, h, (String) part[1], title));
                } else {
                    bars.add(new Bar(x, axis + 1 + down, BAR - 1, h, (String) part[1], title));
                    down += h;
                }
            }
        }
        String label = "Cooperation " + cooperation + " and conflict " + conflict + " events by month, "
                + name(first) + " to " + name(last);
        return new Balance(bars, MONTHS * BAR, HEIGHT, axis, cooperation, conflict, label);
    }

    private static long get(Map<String, Long> m, String quad) {
        return m.getOrDefault(quad, 0L);
    }

    private static String name(YearMonth m) {
        return m.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + m.getYear();
    }
}
