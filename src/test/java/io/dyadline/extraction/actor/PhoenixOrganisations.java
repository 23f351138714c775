package io.dyadline.extraction.actor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;

/**
 * Converts the organisations of the Phoenix actor dictionaries (international bodies, NGOs, companies and armed
 * non-state groups) into {@code lexicon/actor/en/organisations.tsv}: names that are never a country party and hide
 * the country names inside them ("China National Petroleum Corporation", "Islamic State of Iraq").
 *
 * <p>Run from the repository: {@code ./mvnw -q test-compile exec:exec -Dexec.executable=java
 * -Dexec.classpathScope=test -Dexec.args="-cp %classpath io.dyadline.extraction.actor.PhoenixOrganisations
 * ../shared/corpora/dictionaries/petrarch2 src/main/resources/lexicon/actor/en/organisations.tsv"}.
 * {@link PhoenixOrganisationsTest} checks that the committed file is what this makes.
 */
public final class PhoenixOrganisations {

    /** Words kept in lower case inside a name. */
    private static final Set<String> SMALL = Set.of("of", "the", "and", "for", "in", "on", "de", "du", "des", "la",
            "le", "al", "el", "to", "a", "an", "at", "by");

    /** One-word names that are common English words more often than the organisation ("Foundation", "Youth"). */
    private static final Set<String> COMMON_WORDS = Set.of("foundation", "organization", "youth", "olive", "falcon",
            "lightning", "cornerstone", "insula", "inevitables", "avengers", "mavericks", "tigers", "contras",
            "provos", "yahweh", "boogeymen", "clandestini", "clandestinu", "extraditables", "hotaru", "aleph");

    private PhoenixOrganisations() {
    }

    /** One dictionary record: its primary phrase and synonyms, and the codes of its default and dated lines. */
    record Entry(List<String> phrases, List<String> codes, boolean dated) {

        /** A record's codes; dated when a line below the primary one restricts its code to dates. */
        static Entry of(PhoenixDictionary.Record r) {
            List<String> codes = r.lines().stream().map(PhoenixDictionary.Line::code).toList();
            boolean dated = r.below().stream().anyMatch(l -> !l.restriction().isEmpty() || l.code().contains("<")
                    || l.code().contains(">"));
            return new Entry(r.phrases(), codes, dated);
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: PhoenixOrganisations PETRARCH2_DIR OUT.tsv");
            System.exit(2);
        }
        Files.writeString(Path.of(args[1]), convert(Path.of(args[0])), StandardCharsets.UTF_8);
    }

    static String convert(Path dir) throws IOException {
        Set<String> countryForms = countryForms();
        TreeMap<String, Set<String>> byId = new TreeMap<>();
        TreeMap<String, String> kinds = new TreeMap<>();
        for (String file : List.of("Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt")) {
            boolean armed = file.contains("MilNonState");
            for (Entry e : parse(Files.readAllLines(dir.resolve(file), StandardCharsets.ISO_8859_1))) {
                String kind = armed ? "armed" : kind(e.codes());
                if (kind == null || e.dated()) {
                    continue; // office holders of international bodies carry dated codes: people, not bodies
                }
                Set<String> names = new LinkedHashSet<>();
                for (String p : e.phrases()) {
                    String name = name(p);
                    if (name != null && name.startsWith("The ")) {
                        name = name.substring(4);
                    }
                    if (name != null && !countryForms.contains(name.toLowerCase(Locale.ROOT))) {
                        names.add(name); // "European Union" is a party of ours (countries.tsv), not an organisation
                    }
                }
                if (names.isEmpty()) {
                    continue;
                }
                String id = kind + "." + PhoenixDictionary.slug(names.iterator().next());
                byId.computeIfAbsent(id, k -> new LinkedHashSet<>()).addAll(names);
                kinds.put(id, kind);
            }
        }
        StringBuilder out = new StringBuilder("""
                # Organisations that are never a country party: international bodies (igo), non-governmental ones (ngo),
                # companies (company) and armed non-state groups (armed). Their names hide the country names inside them.
                # Source: the Phoenix actor dictionaries (Phoenix.International.actors.txt, Phoenix.MilNonState.actors.txt)
                # of openeventdata/petrarch2 at 676801cd, by the Computational Event Data System project, MIT licence
                # (Copyright (c) 2014 Open Event Data Alliance); converted by PhoenixOrganisations (test scope), do not
                # edit by hand. Kept: names of two or more words or of one word of five or more letters, without dated
                # codes (people); hand-written entries in non_countries.tsv and bodies.tsv come first.
                id\tkind\tphrase
                """);
        byId.forEach((id, names) -> out.append(id).append('\t').append(kinds.get(id)).append('\t')
                .append(String.join("|", names)).append('\n'));
        return out.toString();
    }

    /** Every name, demonym and capital of countries.tsv, lower-cased. */
    private static Set<String> countryForms() {
        Set<String> forms = new java.util.HashSet<>();
        for (io.dyadline.extraction.text.TsvTable.Row row : io.dyadline.extraction.text.TsvTable
                .resource("/lexicon/actor/en/countries.tsv").rows()) {
            for (int c = 1; c <= 3; c++) {
                for (String f : row.get(c).split("\\|")) {
                    forms.add(f.toLowerCase(Locale.ROOT));
                }
            }
        }
        return forms;
    }

    static List<Entry> parse(List<String> lines) {
        return PhoenixDictionary.parse(lines).stream().map(Entry::of).toList();
    }

    private static String kind(List<String> codes) {
        for (String c : codes) {
            if (c.startsWith("IGO")) {
                return "igo";
            }
            if (c.startsWith("NGO")) {
                return "ngo";
            }
            if (c.startsWith("MNC")) {
                return "company";
            }
        }
        return null;
    }

    /** "ISLAMIC_ARMY_OF_ADEN_(IAA)_" -> "Islamic Army of Aden"; null when too short or not a plain name. */
    static String name(String phrase) {
        String p = phrase.replaceAll("\\(.*?\\)", " ").replace('_', ' ').replace('+', ' ').trim()
                .replaceAll("\\s+", " ");
        if (p.isEmpty() || !p.matches("[A-Z0-9][A-Z0-9 .&'/-]*")) {
            return null;
        }
        String[] words = p.split(" ");
        if (words.length == 1 && (p.length() < 5 || !p.chars().allMatch(Character::isLetter)
                || COMMON_WORDS.contains(p.toLowerCase(Locale.ROOT)))) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String w = words[i].toLowerCase(Locale.ROOT);
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(i > 0 && SMALL.contains(w) ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return sb.toString();
    }
}
