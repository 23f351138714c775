package io.dyadline.extraction.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dyadline.extraction.ExtractedEvent;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The scoring of corpora/ANNOTATION.md, as tools/score.py implements it: a gold event matches a system event with
 * the same pair (or both gold countries among a multilateral event's), one of the gold's types, and a start date
 * that, cut to the gold's precision, equals the gold date or an alternative, at a precision no coarser.
 */
final class EventScorer {

    private static final Map<String, Integer> WIDTH = Map.of("YEAR", 4, "MONTH", 7, "DAY", 10);

    /** A system event as the scorer sees it. */
    record Scored(String pair, Set<String> countries, String type, String start, String precision, String status,
                  List<String> sectors, double confidence, String initiator) {

        static Scored of(ExtractedEvent e) {
            String start = e.date() == null || e.date().start() == null ? "" : e.date().start().toString();
            String precision = e.date() == null ? "DAY" : e.date().precision().name();
            Set<String> countries = new HashSet<>(e.countries());
            return new Scored(e.pair(), countries, e.type().name(), start, precision, e.status().name(),
                    List.copyOf(e.sectors()), e.confidence(), e.initiator());
        }

        String describe() {
            return pair + " " + start + "/" + precision + " " + type + " " + status + " " + sectors
                    + (initiator == null ? "" : " " + initiator + "->" + other(countries, initiator));
        }
    }

    /**
     * @param judged each scored system event's confidence with whether it matched a gold event (true) or counts
     *               against precision (false); events the gold's scope leaves unscored are not listed
     */
    /**
     * @param sectorHits     gold sectors of matched events that the extracted event has
     * @param sectorTotal    gold sectors of matched events (the recall of sectors is hits / total)
     * @param sectorsGiven   sectors the extracted events give where their gold names sectors (precision: hits / given)
     * @param directionOk    matched events whose gold gives the acting country ("source") and whose initiator is it
     * @param directionTotal matched events whose gold gives the acting country
     */
    record Result(int tp, int fp, int fn, int statusOk, int sectorHits, int sectorTotal, int sectorsGiven,
                  int forbidden, List<String> details, List<Map.Entry<Double, Boolean>> judged, int directionOk,
                  int directionTotal) {
    }

    private EventScorer() {
    }

    static boolean matches(JsonNode gold, Scored x) {
        boolean typeOk = false;
        for (JsonNode t : gold.get("types")) {
            typeOk |= t.asText().equals(x.type());
        }
        if (!typeOk) {
            return false;
        }
        String pair = gold.get("pair").asText();
        if (!pair.equals(x.pair()) && !x.countries().containsAll(List.of(pair.split("-")))) {
            return false;
        }
        if (!gold.hasNonNull("date") || gold.get("date").asText().isEmpty()) {
            return true;
        }
        List<String> dates = new ArrayList<>();
        dates.add(gold.get("date").asText());
        if (gold.has("alt_dates") && gold.get("alt_dates").isArray()) {
            gold.get("alt_dates").forEach(d -> dates.add(d.asText()));
        }
        for (String g : dates) {
            int width = g.length();
            int precisionWidth = WIDTH.getOrDefault(x.precision(), 10);
            if (precisionWidth >= width && x.start().length() >= width && x.start().substring(0, width).equals(g)) {
                return true;
            }
        }
        return false;
    }

    static final List<String> FRICTION = List.of("AID", "DEMAND", "ACCUSATION", "PROTEST", "REJECTION", "THREAT",
            "SANCTION", "FORCE");
    static final List<String> COOPERATION = List.of("MEETING", "VISIT", "CALL", "AGREEMENT", "ANNOUNCEMENT",
            "WORKING_GROUP", "PROPOSAL");

    /**
     * The gold document as if it annotated only {@code types}, as score.py's {@code --types} does: a required event
     * belongs to the group of its first type; an optional one stays if any of its types is in the group.
     */
    static JsonNode restrict(JsonNode goldDoc, List<String> types) {
        ObjectNode out = goldDoc.deepCopy();
        ArrayNode annotated = out.putArray("annotated_types");
        for (String t : annotatedTypes(goldDoc)) {
            if (types.contains(t)) {
                annotated.add(t);
            }
        }
        out.set("events", keep(goldDoc.path("events"), types, true));
        out.set("optional", keep(goldDoc.path("optional"), types, false));
        return out;
    }

    private static ArrayNode keep(JsonNode events, List<String> types, boolean first) {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (JsonNode e : events) {
            List<String> own = texts(e.get("types"));
            boolean inside = first ? !own.isEmpty() && types.contains(own.get(0)) : own.stream().anyMatch(types::contains);
            if (inside) {
                ObjectNode copy = e.deepCopy();
                ArrayNode kept = copy.putArray("types");
                own.stream().filter(types::contains).forEach(kept::add);
                out.add(copy);
            }
        }
        return out;
    }

    /** The types a gold file annotates; a system's events of other types are not scored on it. */
    private static List<String> annotatedTypes(JsonNode goldDoc) {
        List<String> listed = texts(goldDoc.get("annotated_types"));
        return listed.isEmpty() ? COOPERATION : listed;
    }

    static Result score(JsonNode goldDoc, List<Scored> all) {
        List<String> annotated = annotatedTypes(goldDoc);
        List<Scored> xs = all.stream().filter(x -> annotated.contains(x.type())).toList();
        Set<Integer> used = new HashSet<>();
        int tp = 0;
        int statusOk = 0;
        int sectorHits = 0;
        int sectorTotal = 0;
        int directionOk = 0;
        int directionTotal = 0;
        int sectorsGiven = 0;
        List<String> details = new ArrayList<>();
        for (JsonNode g : goldDoc.path("events")) {
            Integer hit = firstUnused(g, xs, used);
            String types = String.join("/", texts(g.get("types")));
            if (hit == null) {
                details.add("MISS  " + g.get("id").asText() + ": " + g.get("pair").asText() + " "
                        + (g.hasNonNull("date") ? g.get("date").asText() : "None") + " " + types + goldDirection(g));
                continue;
            }
            used.add(hit);
            tp++;
            Scored x = xs.get(hit);
            if (g.hasNonNull("status") && !g.get("status").asText().isEmpty()
                    && x.status().equals(g.get("status").asText())) {
                statusOk++;
            }
            if (g.hasNonNull("source") && !g.get("source").asText().isEmpty()) {
                // the gold's acting country against the event's initiator, as score.py counts direction
                directionTotal++;
                directionOk += g.get("source").asText().equals(x.initiator()) ? 1 : 0;
            }
            if (!g.path("sectors").isEmpty()) {
                sectorsGiven += x.sectors().size();
            }
            for (JsonNode s : g.path("sectors")) {
                sectorTotal++;
                if (x.sectors().contains(s.asText())) {
                    sectorHits++;
                }
            }
            details.add("HIT   " + g.get("id").asText() + ": got " + x.describe() + ", gold" + goldDirection(g));
        }
        for (JsonNode g : goldDoc.path("optional")) {
            Integer hit = firstUnused(g, xs, used);
            if (hit != null) {
                used.add(hit);
            }
        }
        List<Scored> fp = new ArrayList<>();
        for (int i = 0; i < xs.size(); i++) {
            if (!used.contains(i)) {
                fp.add(xs.get(i));
            }
        }
        if ("main".equals(goldDoc.path("scope").asText())) {
            Set<String> pairs = new HashSet<>();
            goldDoc.path("events").forEach(g -> pairs.add(g.get("pair").asText()));
            Set<String> seen = new HashSet<>();
            for (int i : used) {
                seen.add(key(xs.get(i)));
            }
            fp.removeIf(x -> pairs.contains(x.pair()) && !seen.contains(key(x)));
        }
        Set<String> forbiddenPairs = new HashSet<>(texts(goldDoc.path("forbidden_pairs")));
        int forbidden = (int) xs.stream().filter(x -> forbiddenPairs.contains(x.pair())).count();
        List<Map.Entry<Double, Boolean>> judged = new ArrayList<>();
        for (int i : used) {
            judged.add(Map.entry(xs.get(i).confidence(), true));
        }
        for (Scored x : fp) {
            details.add("EXTRA " + x.describe());
            judged.add(Map.entry(x.confidence(), false));
        }
        int goldCount = goldDoc.path("events").size();
        return new Result(tp, fp.size(), goldCount - tp, statusOk, sectorHits, sectorTotal, sectorsGiven,
                forbidden, details, judged, directionOk, directionTotal);
    }

    /** " IR->US" for a gold event with a source: who acts towards whom, as the report shows it. */
    private static String goldDirection(JsonNode g) {
        String source = g.path("source").asText("");
        if (source.isEmpty()) {
            return "";
        }
        String[] pair = g.get("pair").asText().split("-");
        return " " + source + "->" + (pair[0].equals(source) ? pair[pair.length - 1] : pair[0]);
    }

    /** The side of a pair that is not the initiator. */
    private static String other(Set<String> countries, String initiator) {
        return countries.stream().filter(c -> !c.equals(initiator)).sorted().findFirst().orElse("?");
    }

    private static String key(Scored x) {
        return x.pair() + "|" + x.type() + "|" + x.start();
    }

    private static Integer firstUnused(JsonNode g, List<Scored> xs, Set<Integer> used) {
        for (int i = 0; i < xs.size(); i++) {
            if (!used.contains(i) && matches(g, xs.get(i))) {
                return i;
            }
        }
        return null;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null) {
            array.forEach(n -> out.add(n.asText()));
        }
        return out;
    }
}
