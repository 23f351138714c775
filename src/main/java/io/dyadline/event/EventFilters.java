package io.dyadline.event;

import io.dyadline.common.ProblemException;
import io.dyadline.extraction.EventStatus;
import io.dyadline.extraction.EventType;
import io.dyadline.extraction.sector.SectorTaxonomy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Reads the query parameters of the event list into an {@link EventQuery}, naming the parameter at fault. */
public final class EventFilters {

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final int MAX_TEXT = 200;

    private EventFilters() {
    }

    public static EventQuery parse(String pair, List<String> countries, List<String> sectors, List<String> types, String status,
                            String from, String to, String text, int page, int size, String sort) {
        return parse(pair, countries, sectors, types, status, from, to, text, page, size, sort, null);
    }

    public static EventQuery parse(String pair, List<String> countries, List<String> sectors, List<String> types, String status,
                            String from, String to, String text, int page, int size, String sort, String after) {
        LocalDate fromDate = date("from", from);
        LocalDate toDate = date("to", to);
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            throw ProblemException.badRequest("from", "'from' is after 'to'");
        }
        if (sort != null && !sort.equals("date") && !sort.equals("-date")) {
            throw ProblemException.badRequest("sort", "sort is 'date' or '-date'");
        }
        String q = blankToNull(text);
        if (q != null && q.length() > MAX_TEXT) {
            throw ProblemException.badRequest("q", "q is longer than " + MAX_TEXT + " characters");
        }
        EventCursor cursor = blankToNull(after) == null ? null : EventCursor.decode(after.strip());
        if (cursor != null && page != 0) {
            throw ProblemException.badRequest("after", "A page is given either by 'page' or by 'after', not both");
        }
        return new EventQuery(pair(pair), countries(countries), sectors(sectors), types(types), status(status),
                fromDate, toDate, q, null, page, size, !"-date".equals(sort), cursor);
    }

    static final List<String> CURATION_STATES = List.of("EXTRACTED", "CONFIRMED", "CORRECTED", "REJECTED");

    /**
     * {@code curation}: the states to list (repeatable, or comma-separated), {@code any} for all; absent, every state
     * but REJECTED. Returns null for the default, an empty set for all.
     */
    public static java.util.Set<String> curation(List<String> raw) {
        List<String> given = values(raw);
        if (given.isEmpty()) {
            return null;
        }
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (String v : given) {
            String state = v.toUpperCase(Locale.ROOT);
            if (state.equals("ANY")) {
                return java.util.Set.of();
            }
            if (!CURATION_STATES.contains(state)) {
                throw ProblemException.badRequest("curation", "curation is any or one of " + CURATION_STATES);
            }
            out.add(state);
        }
        return out;
    }

    /**
     * The query narrowed by the direction filters: {@code quad} (repeatable: VERBAL_COOPERATION, ...,
     * MATERIAL_CONFLICT) keeps the types of those quad classes, {@code initiator} the events one country initiates.
     */
    public static EventQuery directed(EventQuery query, List<String> quads, String initiator) {
        List<String> types = null;
        List<String> asked = values(quads);
        if (!asked.isEmpty()) {
            types = new ArrayList<>();
            for (String q : asked) {
                String quad = q.toUpperCase(Locale.ROOT);
                if (!Quads.QUADS.contains(quad)) {
                    throw ProblemException.badRequest("quad", "Unknown quad '" + abbreviate(q) + "'; one of "
                            + Quads.QUADS);
                }
                types.addAll(Quads.types(quad));
            }
        }
        String code = blankToNull(initiator);
        if (code != null) {
            code = code.toUpperCase(Locale.ROOT);
            if (!COUNTRY.matcher(code).matches()) {
                throw ProblemException.badRequest("initiator", "Not an ISO 3166-1 alpha-2 code: '" + abbreviate(initiator)
                        + "'");
            }
        }
        return types == null && code == null ? query : query.narrowed(types, code);
    }

    /** {@code sectorLanes}: {@code every} puts an event in each of its sectors' lanes, {@code primary} (default) in one. */
    public static boolean everySector(String raw) {
        String v = blankToNull(raw);
        if (v == null || v.equalsIgnoreCase("primary")) {
            return false;
        }
        if (v.equalsIgnoreCase("every")) {
            return true;
        }
        throw ProblemException.badRequest("sectorLanes", "sectorLanes is primary or every");
    }

    static String pair(String raw) {
        String p = blankToNull(raw);
        if (p == null) {
            return null;
        }
        String[] parts = p.toUpperCase(Locale.ROOT).split("-");
        if (parts.length != 2 || !COUNTRY.matcher(parts[0]).matches() || !COUNTRY.matcher(parts[1]).matches()
                || parts[0].equals(parts[1])) {
            throw ProblemException.badRequest("pair", "A pair is two different ISO country codes joined by '-', such as IR-RU");
        }
        Arrays.sort(parts);
        return parts[0] + "-" + parts[1];
    }

    private static List<String> countries(List<String> raw) {
        List<String> out = new ArrayList<>();
        for (String c : values(raw)) {
            String code = c.toUpperCase(Locale.ROOT);
            if (!COUNTRY.matcher(code).matches()) {
                throw ProblemException.badRequest("country", "Not an ISO 3166-1 alpha-2 code: '" + abbreviate(c) + "'");
            }
            out.add(code);
        }
        return out;
    }

    private static List<String> sectors(List<String> raw) {
        List<String> out = new ArrayList<>();
        for (String s : values(raw)) {
            out.add(SectorTaxonomy.standard().of(s.toLowerCase(Locale.ROOT)).orElseThrow(() -> ProblemException.badRequest("sector",
                    "Unknown sector '" + abbreviate(s) + "'; see /api/sectors")).slug());
        }
        return out;
    }

    private static List<String> types(List<String> raw) {
        List<String> out = new ArrayList<>();
        for (String t : values(raw)) {
            try {
                out.add(EventType.valueOf(t.toUpperCase(Locale.ROOT)).name());
            } catch (IllegalArgumentException e) {
                throw ProblemException.badRequest("type", "Unknown type '" + abbreviate(t) + "'; one of "
                        + Arrays.toString(EventType.values()));
            }
        }
        return out;
    }

    private static String status(String raw) {
        String s = blankToNull(raw);
        if (s == null) {
            return null;
        }
        try {
            return EventStatus.valueOf(s.toUpperCase(Locale.ROOT)).name();
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("status", "status is OCCURRED or PLANNED");
        }
    }

    private static LocalDate date(String field, String raw) {
        String s = blankToNull(raw);
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(field, "'" + field + "' is a date written YYYY-MM-DD");
        }
    }

    /** Repeated parameters, each of which may also hold a comma-separated list. */
    public static List<String> values(List<String> raw) {
        List<String> out = new ArrayList<>();
        if (raw != null) {
            for (String r : raw) {
                for (String v : r.split(",")) {
                    if (!v.isBlank()) {
                        out.add(v.strip());
                    }
                }
            }
        }
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String abbreviate(String s) {
        return s.length() > 30 ? s.substring(0, 30) + "…" : s;
    }
}
