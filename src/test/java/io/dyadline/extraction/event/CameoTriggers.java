package io.dyadline.extraction.event;

import io.dyadline.extraction.EventType;
import io.dyadline.extraction.text.PhraseMatcher;
import io.dyadline.extraction.text.Tokenizer;
import io.dyadline.extraction.text.TsvTable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts the aid and friction part of the CAMEO verb dictionary (petrarch2's CAMEO.2.0.txt) into
 * {@code lexicon/event/en/triggers_cameo.tsv}: the phrases the hand-written triggers.tsv does not already state.
 *
 * <p>A shallow matcher has no parse, so it honours two kinds of entry. A pattern whose object follows the verb
 * ("SUMMON * (TO COURT)", "PUT * OFF TALK", "SET * DEADLINE") becomes the contiguous phrase of the verb it was found
 * under (the pattern's comment), an optional determiner and the object: "put off talks", "set a deadline". An
 * isolated verb becomes a trigger only in the synsets of {@link #ISOLATED}, whose verbs state the act whatever
 * follows ("berated", "pilloried"); the other synsets mix senses ("NEED", "PRESS", "TAKE"). CAMEO codes map to our
 * types through the official CAMEO-to-PLOVER table (cameo_plover.tsv) and ANNOTATION.md: REQUEST is DEMAND, ACCUSE
 * ACCUSATION except 114 (an official complaint) PROTEST, REJECT REJECTION, THREATEN THREAT, SANCTION and the
 * embargoes and bans of COERCE (163, 172) SANCTION, the rest of COERCE and ASSAULT FORCE, AID AID; demonstrations
 * (14x), force postures (15x) and domestic repression (see {@link #DOMESTIC}) are no bilateral act of ours.
 *
 * <p>Run from the repository: {@code ./mvnw -q test-compile exec:exec -Dexec.executable=java
 * -Dexec.classpathScope=test -Dexec.args="-cp %classpath io.dyadline.extraction.event.CameoTriggers
 * ../shared/corpora/dictionaries/petrarch2 src/main/resources/lexicon/event/en/triggers_cameo.tsv"}.
 * {@link CameoTriggersTest} checks that the committed file is what this makes.
 */
public final class CameoTriggers {

    /** Synsets whose isolated verbs state the act, with the verbs of another sense left out. */
    static final Map<String, Set<String>> ISOLATED = Map.ofEntries(
            Map.entry("DENOUNCE", Set.of("CANE", "FLOG", "LECTURE", "RIDICULE", "SCORN", "REPROBATE", "CHASTEN")),
            Map.entry("DENIGRATE", Set.of()),
            Map.entry("DEPLORE", Set.of("ABHOR")),
            Map.entry("DISAPPROVE", Set.of()),
            Map.entry("SAVAGE", Set.of("SAVAGE")),
            Map.entry("BLAME", Set.of("CHARGE", "CONVICT", "INDICT")),
            Map.entry("THREATEN", Set.of()),
            Map.entry("WARN", Set.of()),
            Map.entry("DEMAND", Set.of("BID", "CAMPAIGN", "CLAMOR", "CLAMOUR", "CRUSADE", "NECESSITATE", "NEED",
                    "PRESS", "PUSH", "WANT")),
            Map.entry("BLACKLIST", Set.of()),
            Map.entry("ASSASSINATE", Set.of()),
            Map.entry("INVADE", Set.of("INFEST", "INHABIT", "RESIDE", "OCCUPY")),
            Map.entry("KIDNAP", Set.of()),
            Map.entry("MASSACRE", Set.of("BUTCHER")),
            Map.entry("TAKE_PROPERTY", Set.of("APPROPRIATE", "ANNEX")));

    /** Particles and prepositions: never a plural, and no object on their own ("* INTO", "* DOWN"). */
    private static final Set<String> PARTICLES = Set.of("up", "down", "out", "off", "into", "in", "on", "over",
            "back", "away", "around", "through", "aside", "apart", "forward", "together");

    /** Isolated verbs that are nouns as often ("the massacre", "slaughter capacity"): only their past forms. */
    private static final Set<String> NOUN_SENSE = Set.of("SLAUGHTER", "MASSACRE", "FAULT", "KIDNAP", "MALIGN");

    /** Verbs whose patterns read their participle as an adjective: "Tehran-based diplomats" is no recall. */
    private static final Set<String> ADJECTIVAL = Set.of("BASE");

    /**
     * CAMEO codes of domestic acts (censorship, curfews, martial law, repression, an unspecified crackdown) and
     * "refuse to yield" (124), which the dictionary gives to "heighten tensions" and "resist calls".
     */
    private static final Set<String> DOMESTIC = Set.of("1721", "1723", "1724", "175", "170", "124");

    private static final String DETERMINER = "a|an|the?";
    private static final Pattern BLOCK = Pattern.compile("^---\\s+(\\S+)\\s+\\[([^\\]]*)\\]");
    private static final Pattern CODE = Pattern.compile("\\[([^\\]]*)\\]");
    private static final Pattern WORD = Pattern.compile("[A-Z][A-Z'-]*");

    private CameoTriggers() {
    }

    /** A verb of a synset: its forms ("lash|lashes|lashed|lashing out") and its own code, or null. */
    record Verb(String name, String forms, String code) {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: CameoTriggers PETRARCH2_DIR OUT.tsv");
            System.exit(2);
        }
        Files.writeString(Path.of(args[1]), convert(Path.of(args[0])), StandardCharsets.UTF_8);
    }

    static String convert(Path dir) throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve("CAMEO.2.0.txt"), StandardCharsets.ISO_8859_1);
        Map<String, EventType> types = types();
        PhraseMatcher<String> hand = new PhraseMatcher<>();
        for (TsvTable.Row row : TsvTable.resource("/lexicon/event/en/triggers.tsv").rows()) {
            hand.add(row.get(1), row.get(0));
        }
        Map<String, List<String>> synsets = synsets(lines);
        Map<String, String[]> rows = new LinkedHashMap<>();
        Set<String> phrases = new java.util.HashSet<>();
        String block = null;
        String blockCode = null;
        Map<String, Verb> verbs = new LinkedHashMap<>();
        for (String raw : lines) {
            String line = raw.replace("\r", "");
            Matcher b = BLOCK.matcher(line);
            if (b.find()) {
                block = b.group(1);
                blockCode = b.group(2).replace("-", "").trim();
                verbs = new LinkedHashMap<>();
                continue;
            }
            if (block == null || line.isBlank() || line.startsWith("#") || line.startsWith("~")) {
                continue;
            }
            String comment = line.contains("#") ? line.substring(line.indexOf('#') + 1).trim() : "";
            String body = line.contains("#") ? line.substring(0, line.indexOf('#')) : line;
            if (line.startsWith("-")) {
                Matcher c = CODE.matcher(body);
                String code = null;
                while (c.find()) {
                    code = c.group(1).trim();
                }
                EventType type = code == null ? null : type(types, code);
                String verbName = comment.isEmpty() ? null : comment.split("\\s+")[0];
                Verb verb = verbName == null ? null : verbs.get(verbName);
                if (type == null || verb == null || ADJECTIVAL.contains(verb.name())) {
                    continue;
                }
                String pattern = body.substring(1, body.lastIndexOf('[')).trim();
                for (String object : objects(pattern, synsets)) {
                    String phrase = verb.forms() + " " + object;
                    if (handStates(hand, verb.forms(), object) || !phrases.add(phrase)) {
                        continue; // the hand-written lexicon already states it, with its own rules
                    }
                    String id = "cameo." + slug(verb.name()) + "." + slug(object.replace(DETERMINER, ""));
                    String unique = id;
                    for (int n = 2; rows.containsKey(unique); n++) {
                        unique = id + "_" + n;
                    }
                    rows.put(unique, new String[] {unique, phrase, type.name(), code, "verb"});
                }
                continue;
            }
            if (line.startsWith("-") || !Character.isLetter(body.strip().isEmpty() ? ' ' : body.strip()
                    .replace("+", "").charAt(0))) {
                continue;
            }
            Verb verb = verb(body);
            if (verb == null) {
                continue;
            }
            verbs.put(verb.name(), verb);
            Set<String> excluded = ISOLATED.get(block);
            String code = verb.code() != null ? verb.code() : blockCode;
            EventType type = code.isEmpty() ? null : type(types, code);
            if (excluded == null || excluded.contains(verb.name()) || type == null) {
                continue;
            }
            if (handStates(hand, verb.forms(), "") || !phrases.add(verb.forms())) {
                continue;
            }
            String forms = verb.forms();
            if (NOUN_SENSE.contains(verb.name())) {
                forms = java.util.Arrays.stream(forms.split("\\|")).filter(f -> f.endsWith("ed"))
                        .collect(java.util.stream.Collectors.joining("|"));
            }
            String id = "cameo." + slug(verb.name());
            rows.put(id, new String[] {id, forms, type.name(), code, "verb"});
        }
        StringBuilder out = new StringBuilder("""
                # Verb phrases that state an aid or friction event, with their type and CAMEO code: the patterns of the
                # CAMEO verb dictionary that a shallow matcher can honour (the verb, an optional determiner, then the
                # object or particle of the pattern: "put off talks", "set a deadline") and the isolated verbs of the
                # synsets whose every verb states the act ("berated", "pilloried").
                # Source: CAMEO.2.0.txt of openeventdata/petrarch2 at 676801cd, by the Computational Event Data System
                # project (Schrodt et al.), MIT licence (Copyright (c) 2015 Open Event Data Alliance); types through the
                # CAMEO-to-PLOVER table (cameo_plover.tsv). Converted by CameoTriggers (test scope), do not edit by hand;
                # phrases that triggers.tsv (hand-written, loaded first) already states are left out.
                id\tpattern\ttype\tcameo\tkind
                """);
        rows.values().forEach(r -> out.append(String.join("\t", r)).append('\n'));
        return out.toString();
    }

    /** Our event type of a CAMEO code, or null when it is none of our aid and friction types. */
    static EventType type(Map<String, EventType> types, String code) {
        if (!code.matches("(07|1[0-36-9]|20)\\d{1,2}") || DOMESTIC.contains(code)) {
            return null;
        }
        if (code.equals("114")) {
            return EventType.PROTEST;
        }
        return types.get(code);
    }

    private static Map<String, EventType> types() {
        Map<String, EventType> out = new HashMap<>();
        for (TsvTable.Row row : TsvTable.resource("/lexicon/event/en/cameo_plover.tsv").rows()) {
            String code = row.get(0);
            EventType type = switch (row.get(1)) {
                case "AID" -> EventType.AID;
                case "REQUEST" -> EventType.DEMAND;
                case "ACCUSE" -> EventType.ACCUSATION;
                case "REJECT" -> EventType.REJECTION;
                case "THREATEN" -> EventType.THREAT;
                case "SANCTION" -> EventType.SANCTION;
                case "COERCE" -> code.equals("163") || code.startsWith("172") ? EventType.SANCTION : EventType.FORCE;
                case "ASSAULT" -> EventType.FORCE;
                default -> null;
            };
            if (type != null) {
                out.put(code, type);
            }
        }
        return out;
    }

    /** The synsets of the dictionary's head ("&CURRENCY" and its "+" lines), each member as lower-case words. */
    private static Map<String, List<String>> synsets(List<String> lines) {
        Map<String, List<String>> out = new HashMap<>();
        String current = null;
        for (String raw : lines) {
            String line = raw.replace("\r", "");
            String body = (line.contains("#") ? line.substring(0, line.indexOf('#')) : line).trim();
            if (body.startsWith("&")) {
                current = body.split("\\s+")[0];
                out.put(current, new ArrayList<>());
            } else if (current != null && body.startsWith("+")) {
                String member = body.substring(1).trim();
                boolean noPlural = member.endsWith("_") || current.endsWith("_");
                member = member.replaceAll("_+$", "").replace('_', ' ').toLowerCase(Locale.ROOT);
                if (member.matches("[a-z][a-z' -]*")) {
                    out.get(current).add(noPlural ? member : plural(member));
                }
            } else if (!body.isEmpty()) {
                current = null;
            }
        }
        return out;
    }

    /**
     * The object phrases of a pattern's part after the verb, in the syntax of triggers.tsv, or none when the
     * pattern names an actor slot, words before the verb or a synset of more than one member phrase per row.
     */
    static List<String> objects(String pattern, Map<String, List<String>> synsets) {
        if (!pattern.startsWith("*") || pattern.matches(".*[$+%^].*")) {
            return List.of();
        }
        String rest = pattern.substring(1).trim();
        if (rest.isEmpty()) {
            return List.of();
        }
        List<List<String>> out = new ArrayList<>();
        out.add(new ArrayList<>());
        Matcher m = Pattern.compile("\\(([^)]*)\\)|\\{([^}]*)\\}|(&[A-Z_]+)|([A-Z][A-Z'-]*)|(\\S)").matcher(rest);
        while (m.find()) {
            List<String> parts;
            if (m.group(1) != null) {
                String[] inner = m.group(1).trim().split("\\s+", 2);
                if (!WORD.matcher(inner[0]).matches()) {
                    return List.of();
                }
                String prep = inner[0].toLowerCase(Locale.ROOT);
                if (inner.length == 1) {
                    parts = List.of(prep);
                } else {
                    List<String> heads = head(inner[1].trim(), synsets);
                    if (heads.isEmpty()) {
                        return List.of();
                    }
                    parts = heads.stream().map(h -> prep + " " + DETERMINER + " " + h).toList();
                }
            } else if (m.group(5) != null) {
                return List.of();
            } else if (m.group(4) != null) {
                // a run of bare words is one phrase: a particle or adjective, then the head ("OFF TALK")
                StringBuilder run = new StringBuilder(m.group(4));
                int end = m.end();
                Matcher next = Pattern.compile("\\G\\s+([A-Z][A-Z'-]*)(?=\\s|$)").matcher(rest);
                while (next.find(end)) {
                    run.append(' ').append(next.group(1));
                    end = next.end();
                }
                m.region(end, rest.length());
                String lower = run.toString().toLowerCase(Locale.ROOT);
                if (java.util.Arrays.stream(lower.split(" ")).allMatch(PARTICLES::contains)) {
                    if (out.get(0).isEmpty() && !m.find()) {
                        return List.of(); // a particle alone says too little of the object
                    }
                    m.region(end, rest.length());
                    List<List<String>> grown = new ArrayList<>();
                    for (List<String> prefix : out) {
                        List<String> longer = new ArrayList<>(prefix);
                        longer.add(lower);
                        grown.add(longer);
                    }
                    out = grown;
                    continue;
                }
                String[] runWords = lower.split(" ");
                int lead = 0;
                while (PARTICLES.contains(runWords[lead])) {
                    lead++; // "UP RESISTANCE": the particle, then the article and the noun
                }
                String particles = String.join(" ", java.util.Arrays.copyOfRange(runWords, 0, lead));
                List<String> heads = head("{" + String.join(" ", java.util.Arrays.copyOfRange(runWords, lead,
                        runWords.length)) + "}", synsets);
                if (heads.isEmpty()) {
                    return List.of();
                }
                boolean first = out.get(0).isEmpty();
                parts = heads.stream().map(h -> (particles.isEmpty() ? "" : particles + " ")
                        + (first || !particles.isEmpty() ? DETERMINER + " " : "") + h).toList();
            } else {
                List<String> heads = head(m.group(), synsets);
                if (heads.isEmpty()) {
                    return List.of();
                }
                boolean first = out.get(0).isEmpty();
                parts = heads.stream().map(h -> first ? DETERMINER + " " + h : h).toList();
            }
            List<List<String>> grown = new ArrayList<>();
            for (List<String> prefix : out) {
                for (String p : parts) {
                    List<String> longer = new ArrayList<>(prefix);
                    longer.add(p);
                    grown.add(longer);
                }
            }
            out = grown;
        }
        if (!rest.matches(".*[A-Z&]\\w*[^)]*$") && !rest.matches(".*\\([A-Z'-]+\\s+\\S.*")) {
            return List.of(); // a preposition alone ("* (AGAINST)") says too little of the object
        }
        return out.stream().map(l -> String.join(" ", l)).distinct().toList();
    }

    /** A noun or noun phrase of a pattern ("TALKS", "{HUMAN RIGHTS}", "&WEAPON") as phrases of triggers.tsv. */
    private static List<String> head(String s, Map<String, List<String>> synsets) {
        if (s.startsWith("&")) {
            List<String> members = synsets.get(s);
            return members == null ? List.of() : members;
        }
        String words = s.replace("{", "").replace("}", "").trim().toLowerCase(Locale.ROOT);
        if (!words.matches("[a-z][a-z' -]*")) {
            return List.of();
        }
        return List.of(plural(words));
    }

    /** "talk" -> "talk|talks"; the last word of a phrase takes the regular plural. */
    private static String plural(String words) {
        int space = words.lastIndexOf(' ');
        String last = words.substring(space + 1);
        String before = space < 0 ? "" : words.substring(0, space + 1);
        String plural = last.endsWith("s") || PARTICLES.contains(last) ? null : last.matches(".*[^aeiou]y") ? last.substring(0,
                last.length() - 1) + "ies" : last.matches(".*(x|z|ch|sh)") ? last + "es" : last + "s";
        return before + (plural == null ? last : last + "|" + plural);
    }

    /** A verb line of a synset ("EXPEL {EXPELS EXPELLING EXPELLED }", "+LASH_OUT", "ARREST [173]"), or null. */
    static Verb verb(String body) {
        String s = body.trim();
        Matcher code = CODE.matcher(s);
        String own = null;
        if (code.find()) {
            String c = code.group(1).trim();
            own = c.matches("\\d{2,4}") ? c : null;
            s = s.substring(0, code.start()).trim();
        }
        String irregular = null;
        int brace = s.indexOf('{');
        if (brace >= 0) {
            int close = s.indexOf('}', brace);
            irregular = close > brace ? s.substring(brace + 1, close).trim() : "";
            s = s.substring(0, brace).trim();
        }
        String name = s.split("\\s+")[0];
        if (!name.matches("[A-Z+_'-]+") || name.startsWith("&")) {
            return null;
        }
        String[] words = name.split("_");
        int verbAt = 0;
        for (int i = 0; i < words.length; i++) {
            if (words[i].startsWith("+")) {
                verbAt = i;
            }
        }
        String base = words[verbAt].replace("+", "").toLowerCase(Locale.ROOT);
        Set<String> forms = new LinkedHashSet<>();
        forms.add(base);
        if (irregular != null && !irregular.isEmpty()) {
            for (String f : irregular.split("[\\s,]+")) {
                String[] fw = f.split("_");
                String w = fw[Math.min(verbAt, fw.length - 1)].replace("+", "").toLowerCase(Locale.ROOT);
                if (w.matches("[a-z'-]+")) {
                    forms.add(w);
                }
            }
        } else if (irregular == null) {
            forms.addAll(regular(base));
        }
        StringBuilder phrase = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                phrase.append(' ');
            }
            phrase.append(i == verbAt ? String.join("|", forms) : words[i].replace("+", "").toLowerCase(Locale.ROOT));
        }
        if (!phrase.toString().matches("[a-z|' -]+")) {
            return null;
        }
        return new Verb(name.replace("+", ""), phrase.toString(), own);
    }

    /** The regular forms of an English verb: "expose" -> exposes, exposed, exposing. */
    static List<String> regular(String v) {
        if (v.matches("[^aeiou]*[aeiou][^aeiouwxy]")) {
            String d = v + v.charAt(v.length() - 1); // "set" -> "setting", "ban" -> "banned"
            return List.of(v + "s", d + "ed", d + "ing");
        }
        String s = v.matches(".*(s|x|z|ch|sh)") ? v + "es" : v.matches(".*[^aeiou]y") ? v.substring(0,
                v.length() - 1) + "ies" : v + "s";
        String ed = v.endsWith("e") ? v + "d" : v.matches(".*[^aeiou]y") ? v.substring(0, v.length() - 1) + "ied"
                : v + "ed";
        String ing = v.endsWith("ie") ? v.substring(0, v.length() - 2) + "ying" : v.endsWith("e")
                && !v.endsWith("ee") ? v.substring(0, v.length() - 1) + "ing" : v + "ing";
        return List.of(s, ed, ing);
    }

    /** Whether a trigger of triggers.tsv starts where one of the verb's forms, then the object, stands. */
    private static boolean handStates(PhraseMatcher<String> hand, String forms, String object) {
        String[] words = forms.split(" ");
        for (int i = 0; i < words.length; i++) {
            if (!words[i].contains("|") && words.length > 1) {
                continue;
            }
            for (String form : words[i].split("\\|")) {
                StringBuilder sb = new StringBuilder();
                for (int j = 0; j < words.length; j++) {
                    sb.append(j == i ? form : words[j]).append(' ');
                }
                String text = (sb + firstExpansion(object)).trim();
                if (hand.longestAt(Tokenizer.tokenize(text), 0) != null) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The first expansion of a phrase, for asking whether the hand-written lexicon states it already. */
    private static String firstExpansion(String phrase) {
        StringBuilder sb = new StringBuilder();
        for (String part : phrase.split("\\s+")) {
            if (part.endsWith("?")) {
                continue;
            }
            sb.append(part.split("\\|")[0]).append(' ');
        }
        return sb.toString().trim();
    }

    private static String slug(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    }
}
