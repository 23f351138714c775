package io.dyadline.extraction.actor;

import io.dyadline.extraction.text.TsvTable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Converts the office holders of the Phoenix country dictionary into {@code lexicon/actor/en/office_holders.tsv}:
 * people with the country and dated term of each post ({@code SERGEY_LAVROV_ [RUSGOV >20040309]}), so that a
 * name resolves by the publication date of the article that names it ({@link OfficeTerm}).
 *
 * <p>Kept: names of two or more words (a surname alone resolves through the article's own full name), each term
 * as {@code state} (codes of government, military or intelligence: {@code GOV...}, {@code MIL}, {@code SPY}),
 * {@code elite} (a national out of office: {@code ELI}, opposition, business...) or {@code intl} (an office of an
 * international body, {@code IGO...}); dropped: names that two people share, and terms of codes that name no
 * country of countries.tsv, names with a title in them (the recogniser reads titles around a name), and
 * people persons.tsv already has (hand-written, with their later posts).
 *
 * <p>Run from the repository: {@code ./mvnw -q test-compile exec:exec -Dexec.executable=java
 * -Dexec.classpathScope=test -Dexec.args="-cp %classpath io.dyadline.extraction.actor.PhoenixOfficeHolders
 * ../shared/corpora/dictionaries/petrarch2 src/main/resources/lexicon/actor/en/office_holders.tsv"}.
 * {@link PhoenixOfficeHoldersTest} checks that the committed file is what this makes.
 */
public final class PhoenixOfficeHolders {

    /** Words kept in lower case inside a name. */
    private static final Set<String> SMALL = Set.of("bin", "bint", "ibn", "al", "el", "de", "da", "van", "von",
            "der", "le", "la", "du", "of", "the", "and");

    /** The year below which a two-digit year is of this century: the dictionary was made in January 2014. */
    private static final int CENTURY_PIVOT = 14;

    private PhoenixOfficeHolders() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: PhoenixOfficeHolders PETRARCH2_DIR OUT.tsv");
            System.exit(2);
        }
        Files.writeString(Path.of(args[1]), convert(Path.of(args[0])), StandardCharsets.UTF_8);
    }

    static String convert(Path dir) throws IOException {
        Map<String, String> iso2 = countryCodes();
        Set<String> handWritten = lexiconWords("persons.tsv", 1, false);
        Set<String> notNames = lexiconWords("roles.tsv", 1, true);
        notNames.addAll(TITLES);
        List<PhoenixDictionary.Record> records = new ArrayList<>();
        for (String file : List.of("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt")) {
            records.addAll(PhoenixDictionary.parse(Files.readAllLines(dir.resolve(file), StandardCharsets.ISO_8859_1)));
        }
        record Person(Set<String> names, List<String> terms) {
        }
        List<Person> people = new ArrayList<>();
        Map<String, Integer> holders = new HashMap<>();
        for (PhoenixDictionary.Record r : records) {
            if (r.lines().stream().noneMatch(l -> !l.restriction().isEmpty())
                    || r.lines().stream().allMatch(l -> l.code().length() == 3)) {
                continue; // a country, a body or a group, or a state of its time: no one holds an office undated
            }
            List<String> terms = new ArrayList<>();
            for (PhoenixDictionary.Line l : r.lines()) {
                String term = term(l, iso2);
                if (term != null && !terms.contains(term)) {
                    terms.add(term);
                }
            }
            Set<String> names = new LinkedHashSet<>();
            boolean ours = false;
            for (String p : r.phrases()) {
                String name = name(p);
                if (name == null) {
                    continue;
                }
                ours |= handWritten.contains(name.toLowerCase(Locale.ROOT));
                // "President Xi Jinping", "Foreign Minister Sergey V. Lavrov": the recogniser reads titles itself
                if (Arrays.stream(name.toLowerCase(Locale.ROOT).split("[ -]")).noneMatch(notNames::contains)) {
                    names.add(name);
                }
            }
            if (ours || terms.isEmpty() || names.isEmpty()) {
                continue;
            }
            for (String n : names) {
                holders.merge(n.toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
            people.add(new Person(names, terms));
        }
        TreeMap<String, String[]> rows = new TreeMap<>();
        for (Person p : people) {
            List<String> own = p.names().stream().filter(n -> holders.get(n.toLowerCase(Locale.ROOT)) == 1)
                    .toList();
            if (own.isEmpty()) {
                continue;
            }
            String id = "office." + PhoenixDictionary.slug(own.get(0));
            for (int n = 2; rows.containsKey(id); n++) { // "Ali-Khan" and "Ali Khan": two people
                id = "office." + PhoenixDictionary.slug(own.get(0)) + "_" + n;
            }
            rows.put(id, new String[]{String.join("|", own), String.join("|", p.terms())});
        }
        StringBuilder out = new StringBuilder("""
                # Office holders with the country and dated term of each post, resolved by an article's publication date.
                # Source: the Phoenix actor dictionaries (Phoenix.Countries.actors.txt, Phoenix.International.actors.txt)
                # of openeventdata/petrarch2 at 676801cd, by the Computational Event Data System project, MIT licence
                # (Copyright (c) 2014 Open Event Data Alliance); converted by PhoenixOfficeHolders (test scope), do not
                # edit by hand. The dictionary knows terms up to January 2014; later ones are hand-written in persons.tsv,
                # which comes first. terms: CODE KIND [FROM..TO], KIND state (in office), elite (a national out of office)
                # or intl (an office of an international body); a term without dates applies when no dated one does.
                # Kept: names of two or more words, without a title, that no other holder shares; people of persons.tsv
                # are left to it.
                id\tnames\tterms
                """);
        rows.forEach((id, row) -> out.append(id).append('\t').append(row[0]).append('\t').append(row[1]).append('\n'));
        return out.toString();
    }

    /** Titles that roles.tsv leaves to the words around a name ("Senator Kerry", "Gen. Petraeus"). */
    private static final Set<String> TITLES = Set.of("senator", "sen.", "rep.", "gen.", "general", "lt.", "col.",
            "colonel", "admiral", "marshal", "dr.", "mr.", "mrs.", "ms.", "sir", "lord", "judge", "justice", "prince",
            "princess", "ayatollah", "mullah", "imam", "un", "nato", "eu");

    /** The lower-cased names (whole, or each word when {@code words}) of one column of a lexicon of ours. */
    private static Set<String> lexiconWords(String file, int column, boolean words) {
        Set<String> out = new HashSet<>();
        for (TsvTable.Row row : TsvTable.resource("/lexicon/actor/en/" + file).rows()) {
            for (String form : row.get(column).split("\\|")) {
                String f = form.toLowerCase(Locale.ROOT).strip();
                if (f.isEmpty()) {
                    continue;
                }
                if (words) {
                    out.addAll(Arrays.asList(f.split("[ -]")));
                } else {
                    out.add(f);
                }
            }
        }
        return out;
    }

    /** CAMEO's three-letter country codes to ISO 3166-1 alpha-2, for the countries of countries.tsv. */
    private static Map<String, String> countryCodes() {
        Set<String> ours = new HashSet<>();
        for (TsvTable.Row row : TsvTable.resource("/lexicon/actor/en/countries.tsv").rows()) {
            ours.add(row.get(0));
        }
        Map<String, String> out = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            if (ours.contains(code)) {
                out.put(new Locale("", code).getISO3Country(), code);
            }
        }
        // CAMEO's own codes where they differ from ISO 3166-1 alpha-3
        out.put("ROM", "RO");
        out.put("ZAR", "CD");
        out.put("TMP", "TL");
        out.put("KSV", "XK");
        out.keySet().removeIf(k -> !ours.contains(out.get(k)));
        return out;
    }

    /** "RUSGOV", ">20040309" -> "RU state 2004-03-09.."; null for a code of no country or a date that is none. */
    static String term(PhoenixDictionary.Line l, Map<String, String> iso2) {
        String code = l.code();
        String kind;
        String country;
        if (code.startsWith("IGO")) {
            kind = "intl";
            country = "-";
        } else {
            if (code.length() < 3) {
                return null;
            }
            country = iso2.get(code.substring(0, 3));
            if (country == null) {
                return null;
            }
            String sector = code.substring(3);
            kind = sector.startsWith("GOV") || sector.startsWith("MIL") || sector.startsWith("SPY") ? "state"
                    : "elite";
        }
        String r = l.restriction();
        if (r.isEmpty()) {
            return country + " " + kind;
        }
        LocalDate from = null;
        LocalDate to = null;
        if (r.startsWith(">")) {
            from = date(r.substring(1));
            if (from == null) {
                return null;
            }
        } else if (r.startsWith("<")) {
            to = date(r.substring(1));
            if (to == null) {
                return null;
            }
        } else {
            String[] ends = r.split("-");
            if (ends.length != 2) {
                return null;
            }
            from = date(ends[0]);
            to = date(ends[1]);
            if (from == null || to == null || to.isBefore(from)) {
                return null;
            }
        }
        return country + " " + kind + " " + (from == null ? "" : from) + ".." + (to == null ? "" : to);
    }

    /** YYYYMMDD or YYMMDD; null for anything else or an impossible day. */
    static LocalDate date(String s) {
        String d = s.trim();
        try {
            if (d.matches("\\d{8}")) {
                return LocalDate.of(Integer.parseInt(d.substring(0, 4)), Integer.parseInt(d.substring(4, 6)),
                        Integer.parseInt(d.substring(6)));
            }
            if (d.matches("\\d{6}")) {
                int yy = Integer.parseInt(d.substring(0, 2));
                return LocalDate.of(yy <= CENTURY_PIVOT ? 2000 + yy : 1900 + yy, Integer.parseInt(d.substring(2, 4)),
                        Integer.parseInt(d.substring(4)));
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }

    /** "SERGEY_V._LAVROV" -> "Sergey V. Lavrov"; null for one word or what is not a plain name. */
    static String name(String phrase) {
        String p = phrase.replace('_', ' ').trim().replaceAll("\\s+", " ");
        if (!p.matches("[A-Z][A-Z .'-]*[A-Z.]") || !p.contains(" ")) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        String[] words = p.split(" ");
        for (int i = 0; i < words.length; i++) {
            String w = words[i].toLowerCase(Locale.ROOT);
            if (i > 0) {
                sb.append(' ');
            }
            int hyphen = w.indexOf('-');
            if (i > 0 && hyphen > 0 && SMALL.contains(w.substring(0, hyphen))) {
                sb.append(w, 0, hyphen + 1).append(capitalise(w.substring(hyphen + 1))); // "al-Assad"
            } else {
                sb.append(i > 0 && i < words.length - 1 && SMALL.contains(w) ? w : capitalise(w));
            }
        }
        return sb.toString();
    }

    /** "al-assad" -> "Al-Assad", "o'neill" -> "O'Neill", "ii" -> "II". */
    private static String capitalise(String w) {
        if (w.matches("[ivx]+") && w.length() <= 4) {
            return w.toUpperCase(Locale.ROOT);
        }
        StringBuilder sb = new StringBuilder(w.length());
        boolean start = true;
        for (char c : w.toCharArray()) {
            sb.append(start ? Character.toUpperCase(c) : c);
            start = c == '-' || c == '\'' || c == '.';
        }
        return sb.toString();
    }
}
