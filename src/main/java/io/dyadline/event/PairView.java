package io.dyadline.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A country pair with its activity: event count, first and last date, events per sector. */
public record PairView(String pair, List<Country> countries, long events, LocalDate first, LocalDate last,
                       Map<String, Long> sectors) {

    public record Country(String code, String name) {
    }
}
