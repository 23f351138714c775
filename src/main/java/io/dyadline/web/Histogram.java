package io.dyadline.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A pair's events per year as SVG bars on a shared year axis ({@link YearAxis}); years off the axis are not drawn. */
public record Histogram(List<Bar> bars, int width, int height, long max) {

    /**
     * The bars as SVG, written here rather than by the template's loop: the start page draws 50 rows of them, and the
     * template engine resolving each bar's five values was most of its time at hundreds of pairs.
     */
    public String rects() {
        StringBuilder out = new StringBuilder(bars.size() * 80);
        for (Bar b : bars) {
            out.append("<rect x=\"").append(b.x()).append("\" y=\"").append(b.y()).append("\" width=\"").append(b.width())
                    .append("\" height=\"").append(b.height()).append("\"><title>");
            Markup.escape(b.label(), out);
            out.append("</title></rect>");
        }
        return out.toString();
    }

    static final int MAX_YEARS = 30;
    static final int WIDTH = 120;
    static final int HEIGHT = 24;

    /** One year's bar in SVG coordinates, with its tooltip. */
    public record Bar(int x, int y, int width, int height, String label) {
    }

    static Histogram of(Map<Integer, Long> perYear, int minYear, int maxYear) {
        if (maxYear < minYear) {
            return new Histogram(List.of(), WIDTH, HEIGHT, 0);
        }
        // a few years get wide bars, thirty get thin ones: the sparkline keeps its width
        int bar = Math.max(4, Math.min(16, WIDTH / (maxYear - minYear + 1)));
        // bars scale to the years shown: a year off the axis neither shows nor flattens the others
        long max = 0;
        for (int year = minYear; year <= maxYear; year++) {
            max = Math.max(max, perYear.getOrDefault(year, 0L));
        }
        List<Bar> bars = new ArrayList<>();
        for (int year = minYear; year <= maxYear; year++) {
            long n = perYear.getOrDefault(year, 0L);
            int h = n == 0 ? 0 : Math.max(2, (int) Math.round((double) n / max * HEIGHT));
            String label = year + ": " + n + (n == 1 ? " event" : " events");
            bars.add(new Bar((year - minYear) * bar, HEIGHT - h, bar - 1, h, label));
        }
        return new Histogram(bars, (maxYear - minYear + 1) * bar, HEIGHT, max);
    }
}
