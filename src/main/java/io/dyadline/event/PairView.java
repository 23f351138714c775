package io.dyadline.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A country pair with its activity: event count, first and last date, events per sector and per quad class
 * (VERBAL_COOPERATION, MATERIAL_COOPERATION, VERBAL_CONFLICT, MATERIAL_CONFLICT; each present, 0 when none).
 */
public record PairView(String pair, List<Country> countries, long events, LocalDate first, LocalDate last,
                       Map<String, Long> sectors, Map<String, Long> quads) {

    public record Country(String code, String name) {
    }
}
