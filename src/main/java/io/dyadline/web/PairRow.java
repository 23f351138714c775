package io.dyadline.web;

import io.dyadline.event.PairView;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A pair as the start page lists it. */
public record PairRow(String pair, PairView.Country a, PairView.Country b, long events, String first, String last,
                      Histogram histogram, List<SectorCount> sectors, String search, Activity activity,
                      long reviewed, Balance balance) {

    static final int TOP_SECTORS = 3;

    public record SectorCount(String slug, String label, String colour, long events) {
    }

    static PairRow of(PairView p, Histogram histogram, Activity activity, long reviewed, Balance balance) {
        List<SectorCount> top = p.sectors().entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP_SECTORS)
                .map(e -> new SectorCount(e.getKey(), Legend.sectorLabel(e.getKey()), Legend.colour(e.getKey()), e.getValue()))
                .toList();
        PairView.Country a = p.countries().get(0);
        PairView.Country b = p.countries().get(1);
        String search = (a.code() + " " + a.name() + " " + b.code() + " " + b.name() + " " + p.pair())
                .toLowerCase(Locale.ROOT);
        return new PairRow(p.pair(), a, b, p.events(), Dates.day(p.first()), Dates.day(p.last()), histogram, top, search,
                activity, reviewed, balance);
    }

    /** This row with its charts, which a row is ranked without. */
    PairRow withCharts(Histogram histogram, Balance balance) {
        return new PairRow(pair, a, b, events, first, last, histogram, sectors, search, activity, reviewed, balance);
    }

    /** The share of the pair's events that analysts confirmed or corrected, in whole percent. */
    public long reviewedPercent() {
        return events == 0 ? 0 : Math.round(100.0 * reviewed / events);
    }

    public String timelineUrl() {
        return "/timeline?pair=" + pair;
    }
}
