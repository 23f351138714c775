package io.dyadline.event;

import io.dyadline.extraction.EventType;
import io.dyadline.extraction.text.LexiconException;
import io.dyadline.extraction.text.TsvTable;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The quad class of each event type (verbal or material, cooperation or conflict), read from data. */
public final class Quads {

    private static final String FILE = "/lexicon/event/en/quads.tsv";
    public static final List<String> QUADS = List.of("VERBAL_COOPERATION", "MATERIAL_COOPERATION", "VERBAL_CONFLICT",
            "MATERIAL_CONFLICT");
    private static final Pattern TYPE = Pattern.compile("[A-Z]+(_[A-Z]+)*");
    private static final Map<String, String> BY_TYPE = load();

    private Quads() {
    }

    private static Map<String, String> load() {
        Map<String, String> out = new HashMap<>();
        for (TsvTable.Row row : TsvTable.resource(FILE).expect("type", "quad").rows()) {
            if (!TYPE.matcher(row.get(0)).matches()) {
                throw row.error("a type is upper case, such as MEETING, not '" + row.get(0) + "'");
            }
            if (!QUADS.contains(row.get(1))) {
                throw row.error("a quad is one of " + QUADS + ", not '" + row.get(1) + "'");
            }
            if (out.put(row.get(0), row.get(1)) != null) {
                throw row.error("type " + row.get(0) + " given twice");
            }
        }
        for (EventType t : EventType.values()) {
            if (!out.containsKey(t.name())) {
                throw new LexiconException(FILE + ": no quad for the event type " + t.name());
            }
        }
        return Map.copyOf(out);
    }

    /** The quad of a type; a type unknown to the table (none, as start-up checks) would read as itself. */
    public static String of(String type) {
        return BY_TYPE.getOrDefault(type, type);
    }

    /** The types of one quad. */
    public static List<String> types(String quad) {
        return BY_TYPE.entrySet().stream().filter(e -> e.getValue().equals(quad)).map(Map.Entry::getKey).sorted()
                .toList();
    }
}
