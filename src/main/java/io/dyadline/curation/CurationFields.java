package io.dyadline.curation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dyadline.common.ProblemException;
import io.dyadline.event.Countries;
import io.dyadline.event.Event;
import io.dyadline.extraction.EventStatus;
import io.dyadline.extraction.EventType;
import io.dyadline.extraction.sector.SectorTaxonomy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The fields of an event that analysts may set, read from and written to events as JSON values, so that a decision,
 * a proposal and a revision are each one JSON object of field to value. A value given in a patch is checked here:
 * one that cannot be used is a 422 naming the field.
 */
final class CurationFields {

    /** The fields, in the order the API lists them. */
    static final List<String> ALL = List.of("type", "status", "date", "pair", "initiator", "sectors", "summary",
            "location");
    static final String DATE_SOURCE = "curation";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    private CurationFields() {
    }

    /** Every field's value on the event now. */
    static ObjectNode read(Event e) {
        ObjectNode out = NODES.objectNode();
        out.put("type", e.type);
        out.put("status", e.status);
        out.set("date", date(e));
        out.put("pair", e.pair);
        out.put("initiator", e.initiator);
        ArrayNode sectors = out.putArray("sectors");
        new TreeSet<>(e.sectors).forEach(sectors::add);
        out.put("summary", e.summary);
        out.put("location", e.location);
        return out;
    }

    private static JsonNode date(Event e) {
        if (e.dateStart == null) {
            return NullNode.getInstance();
        }
        ObjectNode d = NODES.objectNode();
        d.put("start", e.dateStart.toString());
        d.put("end", e.dateEnd == null ? null : e.dateEnd.toString());
        d.put("precision", e.precision);
        d.put("edtf", e.edtf);
        return d;
    }

    /** Sets one field to a value that {@link #check} accepted (or that {@link #read} gave). */
    static void write(Event e, String field, JsonNode value) {
        switch (field) {
            case "type" -> e.type = value.asText();
            case "status" -> e.status = value.asText();
            case "date" -> {
                if (value == null || value.isNull()) {
                    e.dateStart = null;
                    e.dateEnd = null;
                    e.precision = null;
                    e.edtf = null;
                } else {
                    e.dateStart = LocalDate.parse(value.get("start").asText());
                    e.dateEnd = value.hasNonNull("end") ? LocalDate.parse(value.get("end").asText()) : null;
                    e.precision = value.path("precision").asText(null);
                    e.edtf = value.path("edtf").asText(null);
                    e.openEnd = e.edtf != null && e.edtf.endsWith("/..");
                }
                e.dateSource = DATE_SOURCE;
            }
            case "pair" -> {
                String[] codes = value.asText().split("-");
                e.countryA = codes[0];
                e.countryB = codes[1];
                e.pair = value.asText();
                if (e.initiator != null && !e.initiator.equals(e.countryA) && !e.initiator.equals(e.countryB)) {
                    e.initiator = null; // a direction between countries the event no longer has
                    e.target = null;
                }
            }
            case "initiator" -> {
                if (value == null || value.isNull()) {
                    e.initiator = null; // both sides together
                    e.target = null;
                } else if (value.asText().equals(e.countryA) || value.asText().equals(e.countryB)) {
                    e.initiator = value.asText();
                    e.target = e.initiator.equals(e.countryA) ? e.countryB : e.countryA;
                } else {
                    throw ProblemException.unprocessable("initiator", "initiator is one of the pair " + e.pair
                            + ", or null when both sides act together");
                }
            }
            case "sectors" -> {
                e.sectors.clear();
                value.forEach(s -> e.sectors.add(s.asText()));
            }
            case "summary" -> e.summary = value.isNull() ? null : value.asText();
            case "location" -> e.location = value.isNull() ? null : value.asText();
            default -> throw new IllegalArgumentException("No curated field " + field);
        }
    }

    /**
     * The fields of a merge patch, each checked and in the form {@link #read} gives. {@code countries} stands for
     * {@code pair}; {@code note} is not a field.
     */
    static Map<String, JsonNode> check(JsonNode patch) {
        if (patch == null || !patch.isObject()) {
            throw ProblemException.badRequest(null, "A merge patch is a JSON object of fields to change");
        }
        Map<String, JsonNode> out = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> f : patch.properties()) {
            String name = f.getKey();
            JsonNode v = f.getValue();
            switch (name) {
                case "note" -> {
                }
                case "type" -> out.put("type", NODES.textNode(type(v)));
                case "status" -> out.put("status", NODES.textNode(status(v)));
                case "date" -> out.put("date", date(v));
                case "pair" -> out.put("pair", NODES.textNode(pair(v.isTextual() ? v.asText() : null, "pair")));
                case "countries" -> out.put("pair", NODES.textNode(countries(v)));
                case "initiator" -> out.put("initiator", initiator(v));
                case "sectors" -> out.put("sectors", sectors(v));
                case "summary" -> out.put("summary", text(v, "summary", 1000, false));
                case "location" -> out.put("location", text(v, "location", 200, true));
                default -> throw ProblemException.unprocessable(name, "'" + abbreviate(name) + "' cannot be changed; "
                        + "the fields are " + ALL + " (countries for pair) and note");
            }
        }
        if (out.isEmpty()) {
            throw ProblemException.unprocessable("patch", "The patch changes no field; the fields are " + ALL);
        }
        return out;
    }

    /** An ISO code (upper-cased) or null; whether it is one of the pair is checked when it is written. */
    private static JsonNode initiator(JsonNode v) {
        if (v == null || v.isNull() || (v.isTextual() && v.asText().isBlank())) {
            return NullNode.getInstance();
        }
        String code = v.isTextual() ? v.asText().strip().toUpperCase(Locale.ROOT) : "";
        if (!COUNTRY.matcher(code).matches()) {
            throw ProblemException.unprocessable("initiator", "initiator is an ISO 3166-1 alpha-2 code of the pair, "
                    + "or null when both sides act together");
        }
        return NODES.textNode(code);
    }

    private static String type(JsonNode v) {
        try {
            return EventType.valueOf(v.asText("").toUpperCase(Locale.ROOT)).name();
        } catch (IllegalArgumentException e) {
            throw ProblemException.unprocessable("type", "type is one of " + Arrays.toString(EventType.values()));
        }
    }

    private static String status(JsonNode v) {
        try {
            return EventStatus.valueOf(v.asText("").toUpperCase(Locale.ROOT)).name();
        } catch (IllegalArgumentException e) {
            throw ProblemException.unprocessable("status", "status is OCCURRED or PLANNED");
        }
    }

    /** "2023-09-24", "2023-09", "2023", or {start, end, precision}; null leaves the event undated. */
    static JsonNode date(JsonNode v) {
        if (v == null || v.isNull()) {
            return NullNode.getInstance();
        }
        try {
            if (v.isTextual()) {
                String s = v.asText().strip();
                if (YEAR.matcher(s).matches()) {
                    int y = Integer.parseInt(s);
                    return dateNode(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), "YEAR");
                }
                if (MONTH.matcher(s).matches()) {
                    YearMonth m = YearMonth.parse(s);
                    return dateNode(m.atDay(1), m.atEndOfMonth(), "MONTH");
                }
                LocalDate d = LocalDate.parse(s);
                return dateNode(d, d, "DAY");
            }
            if (v.isObject() && v.hasNonNull("start")) {
                LocalDate start = LocalDate.parse(v.get("start").asText());
                String precision = v.path("precision").asText("DAY").toUpperCase(Locale.ROOT);
                LocalDate end = v.hasNonNull("end") ? LocalDate.parse(v.get("end").asText()) : switch (precision) {
                    case "YEAR" -> start.withDayOfYear(start.lengthOfYear());
                    case "MONTH" -> YearMonth.from(start).atEndOfMonth();
                    default -> start;
                };
                if (!List.of("DAY", "MONTH", "YEAR").contains(precision)) {
                    throw ProblemException.unprocessable("date", "date.precision is DAY, MONTH or YEAR");
                }
                if (end.isBefore(start)) {
                    throw ProblemException.unprocessable("date", "date.end is before date.start");
                }
                return dateNode(start, end, precision);
            }
        } catch (DateTimeParseException e) {
            throw ProblemException.unprocessable("date", "Not a date of the calendar: " + abbreviate(v.toString()));
        }
        throw ProblemException.unprocessable("date",
                "date is YYYY-MM-DD, YYYY-MM, YYYY or {\"start\", \"end\", \"precision\"}");
    }

    private static ObjectNode dateNode(LocalDate start, LocalDate end, String precision) {
        ObjectNode d = NODES.objectNode();
        d.put("start", start.toString());
        d.put("end", end.toString());
        d.put("precision", precision);
        d.put("edtf", edtf(start, end, precision));
        return d;
    }

    private static String edtf(LocalDate start, LocalDate end, String precision) {
        String a = format(start, precision);
        String b = format(end, precision);
        boolean whole = switch (precision) {
            case "YEAR" -> start.getDayOfYear() == 1 && end.equals(start.withDayOfYear(start.lengthOfYear()));
            case "MONTH" -> start.getDayOfMonth() == 1 && end.equals(YearMonth.from(start).atEndOfMonth());
            default -> start.equals(end);
        };
        return whole ? a : a + "/" + b;
    }

    private static String format(LocalDate d, String precision) {
        return switch (precision) {
            case "YEAR" -> String.valueOf(d.getYear());
            case "MONTH" -> YearMonth.from(d).toString();
            default -> d.toString();
        };
    }

    private static String countries(JsonNode v) {
        if (v == null || !v.isArray() || v.size() != 2) {
            throw ProblemException.unprocessable("countries", "countries is two ISO codes, such as [\"IR\", \"RU\"]");
        }
        return pair(v.get(0).asText() + "-" + v.get(1).asText(), "countries");
    }

    private static String pair(String raw, String field) {
        String[] parts = raw == null ? new String[0] : raw.toUpperCase(Locale.ROOT).strip().split("-");
        if (parts.length != 2 || !COUNTRY.matcher(parts[0]).matches() || !COUNTRY.matcher(parts[1]).matches()
                || parts[0].equals(parts[1])) {
            throw ProblemException.unprocessable(field, "A pair is two different ISO country codes joined by '-', such as IR-RU");
        }
        for (String code : parts) {
            if (Countries.name(code).equals(code)) {
                throw ProblemException.unprocessable(field, "Not a country code: " + code);
            }
        }
        Arrays.sort(parts);
        return parts[0] + "-" + parts[1];
    }

    private static ArrayNode sectors(JsonNode v) {
        if (v == null || !v.isArray()) {
            throw ProblemException.unprocessable("sectors", "sectors is a list of sector slugs; see /api/sectors");
        }
        TreeSet<String> slugs = new TreeSet<>();
        for (JsonNode s : v) {
            String slug = s.asText("").toLowerCase(Locale.ROOT);
            slugs.add(SectorTaxonomy.standard().of(slug).orElseThrow(() -> ProblemException.unprocessable("sectors",
                    "Unknown sector '" + abbreviate(slug) + "'; see /api/sectors")).slug());
        }
        ArrayNode out = NODES.arrayNode();
        slugs.forEach(out::add);
        return out;
    }

    private static JsonNode text(JsonNode v, String field, int max, boolean nullable) {
        if (v == null || v.isNull()) {
            if (nullable) {
                return NullNode.getInstance();
            }
            throw ProblemException.unprocessable(field, field + " may not be empty");
        }
        if (!v.isTextual() || v.asText().isBlank()) {
            throw ProblemException.unprocessable(field, field + " is a text" + (nullable ? " or null" : ""));
        }
        String s = v.asText().strip();
        if (s.length() > max) {
            throw ProblemException.unprocessable(field, field + " has at most " + max + " characters");
        }
        return NODES.textNode(s);
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
