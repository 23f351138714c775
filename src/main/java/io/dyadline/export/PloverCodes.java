package io.dyadline.export;

import io.dyadline.extraction.EventType;
import io.dyadline.extraction.text.LexiconException;
import io.dyadline.extraction.text.TsvTable;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The PLOVER category and mode of each event type and status, from {@code lexicon/export/plover.tsv}. Every event type
 * needs a row for any status; a row for an unknown type is kept for types still to come.
 */
@ApplicationScoped
public class PloverCodes {

    static final String FILE = "/lexicon/export/plover.tsv";
    private static final Set<String> STATUSES = Set.of("*", "OCCURRED", "PLANNED");

    /** @param mode empty when the category has none */
    public record Code(String rule, String event, String mode) {
    }

    private final Map<String, Code> byKey = new HashMap<>();

    public PloverCodes() {
        for (TsvTable.Row row : TsvTable.resource(FILE).expect("id", "type", "status", "event", "mode").rows()) {
            String status = row.get(2);
            if (!STATUSES.contains(status)) {
                throw row.error("status is OCCURRED, PLANNED or *, not '" + status + "'");
            }
            if (row.get(0).isEmpty() || row.get(3).isEmpty()) {
                throw row.error("a row needs an id and a PLOVER event");
            }
            String key = row.get(1) + "/" + status;
            if (byKey.put(key, new Code(row.get(0), row.get(3), row.get(4))) != null) {
                throw row.error("a second row for " + key);
            }
        }
        for (EventType type : EventType.values()) {
            if (!byKey.containsKey(type.name() + "/*")) {
                throw new LexiconException(FILE + ": no row for type " + type + " with status *");
            }
        }
    }

    /** The code of an event, or null for a type the table does not know. */
    public Code of(String type, String status) {
        Code exact = byKey.get(type + "/" + status);
        return exact != null ? exact : byKey.get(type + "/*");
    }
}
