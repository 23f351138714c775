package io.dyadline.web;

import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The start page's figures for an archive: change measured where the events end, sparklines where they are. */
class StartPageFiguresTest {

    private static final YearMonth DECEMBER = YearMonth.of(2026, 12);

    private static Map<YearMonth, Map<String, Long>> months(Object... monthAndCount) {
        Map<YearMonth, Map<String, Long>> out = new HashMap<>();
        for (int i = 0; i < monthAndCount.length; i += 2) {
            out.put(YearMonth.parse((String) monthAndCount[i]), Map.of("verbal-cooperation", (long) (int) monthAndCount[i + 1]));
        }
        return out;
    }

    @Test
    void anArchiveThatEndsBeforeTodayIsMeasuredOnItsLastMonth() {
        Map<String, Map<YearMonth, Map<String, Long>>> byPair = Map.of(
                "IL-US", months("2026-06", 4, "2026-07", 9),
                "CN-US", months("2025-11", 2, "2026-05", 1));
        YearMonth reference = PairsDashboard.referenceMonth(byPair, DECEMBER);
        assertEquals(YearMonth.of(2026, 7), reference);
        Map<YearMonth, Long> ilUs = Map.of(YearMonth.of(2026, 6), 4L, YearMonth.of(2026, 7), 9L);
        Activity a = Activity.of(ilUs, reference);
        assertEquals(9, a.thisMonth());
        assertEquals(13, a.recent());
        assertEquals("+8.7", a.changeLabel(), "9 in July against 4 over the twelve months before");
    }

    @Test
    void plansAfterThisMonthAreNoActivityToMeasureOn() {
        Map<String, Map<YearMonth, Map<String, Long>>> byPair = Map.of(
                "IR-US", months("2026-03", 5, "2099-01", 1, "2027-02", 1));
        assertEquals(YearMonth.of(2026, 3), PairsDashboard.referenceMonth(byPair, DECEMBER));
    }

    @Test
    void monthsOrderedAsTheStoreGivesThemAreReadTheSameWay() {
        Map<String, Map<YearMonth, Map<String, Long>>> byPair = Map.of(
                "IR-US", new TreeMap<>(months("2026-03", 5, "2099-01", 1, "2027-02", 1)),
                "CN-US", new TreeMap<>(months("2025-11", 2, "2026-02", 1)),
                "FR-US", new TreeMap<>(months("2027-01", 2)));
        assertEquals(YearMonth.of(2026, 3), PairsDashboard.referenceMonth(byPair, DECEMBER));
        assertEquals(YearMonth.of(2026, 2), PairsDashboard.referenceMonth(Map.of("CN-US", byPair.get("CN-US"),
                "FR-US", byPair.get("FR-US")), DECEMBER));
    }

    @Test
    void withEventsThisMonthItIsThisMonth_andWithNoneAtAllToo() {
        assertEquals(DECEMBER, PairsDashboard.referenceMonth(Map.of("FR-DE", months("2026-12", 1, "2026-01", 3)), DECEMBER));
        assertEquals(DECEMBER, PairsDashboard.referenceMonth(Map.of(), DECEMBER));
    }

    @Test
    void barsAreWrittenAsTheTemplateWroteThem_withTheirTitlesEscaped() {
        Histogram h = new Histogram(List.of(new Histogram.Bar(0, 4, 3, 20, "2023: 2 events"),
                new Histogram.Bar(3, 24, 3, 0, "<2024> & \"more\"")), 6, 24, 2);
        assertEquals("<rect x=\"0\" y=\"4\" width=\"3\" height=\"20\"><title>2023: 2 events</title></rect>"
                + "<rect x=\"3\" y=\"24\" width=\"3\" height=\"0\"><title>&lt;2024&gt; &amp; &quot;more&quot;</title>"
                + "</rect>", h.rects());
        Balance b = new Balance(List.of(new Balance.Bar(0, 2, 3, 12, "quad-vc", "Jan 2026: 4 cooperation, 0 conflict")),
                72, 28, 14, 4, 0, "label");
        assertEquals("<rect class=\"quad-vc\" x=\"0\" y=\"2\" width=\"3\" height=\"12\"><title>Jan 2026: 4 "
                + "cooperation, 0 conflict</title></rect>", b.rects());
    }

    @Test
    void sparklinesSpanTheYearsWhereTheEventsAre() {
        Map<Integer, Long> busy = new HashMap<>();
        for (int year = 2021; year <= 2026; year++) {
            busy.put(year, 100L);
        }
        // one stray early date and one far plan among 600 events
        Map<String, Map<Integer, Long>> years = Map.of("IL-US", busy, "FR-US", Map.of(2007, 1L, 2099, 1L));
        YearAxis axis = YearAxis.of(years);
        assertEquals(2021, axis.first());
        assertEquals(2026, axis.last());
        Histogram h = Histogram.of(Map.of(2007, 50L, 2021, 5L, 2026, 10L), axis.first(), axis.last());
        assertEquals(6, h.bars().size(), "a bar per year of the axis, none for 2007");
        assertEquals(10, h.max(), "scaled to the years shown");
        assertTrue(h.bars().get(0).label().startsWith("2021: 5"));
    }

    @Test
    void aFewEventsKeepEveryYear_andNoEventsNoAxis() {
        YearAxis axis = YearAxis.of(Map.of("IR-RU", Map.of(1990, 1L, 2020, 1L, 2024, 1L)));
        assertEquals(1995, axis.first(), "thirty years at most, the latest kept");
        assertEquals(2024, axis.last());
        YearAxis few = YearAxis.of(Map.of("IR-RU", Map.of(2019, 1L, 2024, 2L)));
        assertEquals(2019, few.first());
        assertEquals(2024, few.last());
        assertTrue(YearAxis.of(Map.of()).isEmpty());
    }
}
