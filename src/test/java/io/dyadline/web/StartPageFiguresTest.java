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
    void chartsAreSentAsTheirCounts_whichThePageDraws() {
        Histogram h = Histogram.of(Map.of(2023, 2L, 2025, 7L), 2023, 2025);
        assertEquals("2,0,7", h.data());
        assertEquals(2023, h.first());
        assertEquals(7, h.max());
        assertEquals(48, h.width(), "three years of 16 pixels");
        Balance b = Balance.of(new TreeMap<>(Map.of(YearMonth.of(2026, 1), Map.of("VERBAL_COOPERATION", 4L),
                YearMonth.of(2026, 3), Map.of("MATERIAL_CONFLICT", 1L, "VERBAL_CONFLICT", 2L))));
        assertEquals("2024-04", b.start(), "the 24 months up to the last one");
        assertEquals(";".repeat(21) + "4,0,0,0;;0,0,2,1", b.data());
        assertEquals(4, b.cooperation());
        assertEquals(3, b.conflict());
        assertEquals("Cooperation 4 and conflict 3 events by month, Apr 2024 to Mar 2026", b.label());
        assertEquals("", Balance.of(Map.of()).data());
        assertEquals("", Balance.of(Map.of()).start());
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
        assertEquals(List.of(5L, 0L, 0L, 0L, 0L, 10L), h.counts(), "a count per year of the axis, none for 2007");
        assertEquals(10, h.max(), "scaled to the years shown");
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
