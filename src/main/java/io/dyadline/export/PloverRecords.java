package io.dyadline.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;

/**
 * Writes an event as a PLOVER record (the JSON of the PLOVER manual's data interchange chapter): {@code id},
 * {@code date}/{@code enddate}, {@code event} and {@code mode} from {@link PloverCodes}, {@code actor} and
 * {@code recipient} as entity objects with 3-letter country codes, {@code text_info} (where the evidence sentence
 * lies in its article) and {@code cite_info} (the reporting article).
 */
@ApplicationScoped
public class PloverRecords {

    static final String CODEBOOK = "plover-0.8 (CAMEO2PLOVER-2021) via Dyadline types";

    private final PloverCodes codes;
    private final ObjectMapper json;

    public PloverRecords(PloverCodes codes, ObjectMapper json) {
        this.codes = codes;
        this.json = json;
    }

    /** The record of one event document, or null when the event has no date (PLOVER requires one). */
    public ObjectNode of(String eventDocument) throws java.io.IOException {
        JsonNode e = json.readTree(eventDocument);
        JsonNode date = e.path("date");
        if (date.path("start").isMissingNode() || date.path("start").isNull()) {
            return null;
        }
        ObjectNode out = json.createObjectNode();
        out.put("id", "dyadline-" + e.path("id").asLong());
        out.put("date", date.path("start").asText());
        if (!date.path("end").isNull() && !date.path("end").isMissingNode()) {
            out.put("enddate", date.path("end").asText());
        }
        PloverCodes.Code code = codes.of(e.path("type").asText(), e.path("status").asText());
        ArrayNode event = out.putArray("event");
        ArrayNode mode = out.putArray("mode");
        if (code != null) {
            event.add(code.event());
            if (!code.mode().isEmpty()) {
                mode.add(code.mode());
            }
        }
        // a directed event has an actor and a recipient; a symmetric one has all its parties as actors (manual, 2.2)
        List<String> actors = new ArrayList<>();
        List<String> recipients = new ArrayList<>();
        String initiator = e.path("initiator").asText(null);
        String target = e.path("target").asText(null);
        if (initiator != null && target != null) {
            actors.add(initiator);
            recipients.add(target);
        } else {
            e.path("countries").forEach(c -> actors.add(c.asText()));
        }
        entities(out.putArray("actor"), actors, e);
        entities(out.putArray("recipient"), recipients, e);
        ArrayNode context = out.putArray("context");
        e.path("sectors").forEach(context::add);
        if (e.hasNonNull("location")) {
            out.putObject("event_loc").put("name", e.path("location").asText());
        }
        if (e.hasNonNull("summary")) {
            out.putArray("event_text").add(e.path("summary").asText());
        }
        JsonNode evidence = e.path("evidence").path(0);
        JsonNode source = source(e, evidence.path("articleId").asLong(-1));
        if (!evidence.isMissingNode()) {
            ObjectNode text = out.putObject("text_info");
            text.put("article_id", evidence.path("articleId").asLong());
            text.put("field", evidence.path("field").asText("TEXT"));
            text.put("start", evidence.path("start").asInt());
            text.put("end", evidence.path("end").asInt());
            text.put("sentence", evidence.path("sentence").asText());
        }
        ObjectNode cite = out.putObject("cite_info");
        cite.put("corpus", "dyadline");
        if (source != null) {
            cite.put("citation", "article " + source.path("articleId").asLong());
            cite.set("title", source.path("title"));
            cite.set("url", source.path("url"));
            cite.set("publication_date", source.path("publishedAt"));
        }
        cite.put("coder", "dyadline");
        cite.put("codebook", CODEBOOK);
        if (code != null) {
            out.put("comment", code.rule());
        }
        return out;
    }

    /** The source whose article gave the first evidence, else the first source. */
    private static JsonNode source(JsonNode event, long articleId) {
        JsonNode first = null;
        for (JsonNode s : event.path("sources")) {
            if (s.path("articleId").asLong() == articleId) {
                return s;
            }
            if (first == null) {
                first = s;
            }
        }
        return first;
    }

    private static void entities(ArrayNode into, List<String> countries, JsonNode event) {
        for (String country : countries) {
            ObjectNode entity = into.addObject();
            entity.put("code", alpha3(country));
            entity.put("country", country);
            List<String> names = new ArrayList<>();
            event.path("actors").forEach(a -> {
                if (country.equals(a.path("country").asText()) && a.hasNonNull("name")) {
                    names.add(a.path("name").asText());
                }
            });
            if (!names.isEmpty()) {
                entity.put("entity_text", String.join("; ", names));
            }
        }
    }

    /** PLOVER codes countries with three letters; a code without one (EU) is kept as it is. */
    static String alpha3(String alpha2) {
        try {
            String three = new Locale("", alpha2).getISO3Country();
            return three.isEmpty() ? alpha2 : three;
        } catch (MissingResourceException e) {
            return alpha2;
        }
    }
}
