package io.dyadline.extraction.actor;

import io.dyadline.extraction.text.LexiconException;
import io.dyadline.extraction.text.PhraseMatcher;
import io.dyadline.extraction.text.Token;
import io.dyadline.extraction.text.TsvTable;
import io.dyadline.extraction.text.WordSet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every way the lexicons name a country: names, demonyms, capitals, national bodies, news agencies, known officials,
 * and the phrases that only look like a country. One token trie holds them all.
 */
public final class Gazetteer {

    private static final String DIR = "/lexicon/actor/en/";
    /** The row of roles.tsv whose words name someone of a government, not an office. */
    private static final String GENERIC_ROLE = "role.official";

    private final PhraseMatcher<GazetteerEntry> names = new PhraseMatcher<>();
    private final PhraseMatcher<String> roles = new PhraseMatcher<>();
    private final Map<String, String> countryNames = new HashMap<>();
    private final Map<String, String> demonyms = new HashMap<>();
    private final Set<String> demonymPlurals = new HashSet<>();
    private final Map<String, String> headlineAdjectives = new HashMap<>();
    private final Map<String, String> headlineNames = new HashMap<>();
    private final Set<String> familyNameFirst = new HashSet<>();
    private final Set<String> capitals = new HashSet<>();
    private final Set<String> modifierNouns = new HashSet<>();
    private final Set<String> notNames = new HashSet<>();
    private final Set<String> venueNouns = new HashSet<>();
    private final Set<String> communityNouns = new HashSet<>();
    private final Set<String> nonStateQualifiers = new HashSet<>();
    private final Set<String> pastQualifiers = new HashSet<>();
    private final Set<String> genericRoles = new HashSet<>();
    private final Set<String> dependencies = new HashSet<>();

    /** The kinds of organisations.tsv: never country parties, named with a capital letter. */
    static final Set<String> ORGANISATION_KINDS = Set.of("igo", "ngo", "company", "armed");
    private final Map<String, ActorKind> institutionNouns = new HashMap<>();
    /** U.S. states, those that share a country's name, and cities that share one (us_places.tsv), by word number. */
    private WordSet usStates;
    private WordSet usStateHomonyms;
    private WordSet usStateCities;
    /** A country name that is also a word, with the words before and after it that make it the word. */
    private final Map<String, List<Set<String>>> wordHomonyms = new HashMap<>();

    private Gazetteer() {
    }

    public static Gazetteer load() {
        Gazetteer g = new Gazetteer();
        for (TsvTable.Row row : TsvTable.resource(DIR + "non_countries.tsv").expect("id", "phrase").rows()) {
            g.add(row.get(1), new GazetteerEntry(row.get(0), ActorKind.NONE, null, null, null, false), row);
        }
        for (TsvTable.Row row : TsvTable.resource(DIR + "bodies.tsv").expect("id", "phrase", "country", "kind")
                .rows()) {
            ActorKind kind = row.get(3).equals("media") ? ActorKind.MEDIA : ActorKind.BODY;
            String[] forms = row.get(1).split("\\|");
            g.add(row.get(1), new GazetteerEntry(row.get(0), kind, code(row, 2), forms[0], null, false), row);
        }
        for (TsvTable.Row row : TsvTable.resource(DIR + "persons.tsv")
                .expect("id", "names", "country", "role", "terms").rows()) {
            String[] forms = row.get(1).split("\\|");
            OfficeHolder office = row.get(4).isEmpty() ? null : new OfficeHolder(terms(row, 4), null);
            g.add(row.get(1), new GazetteerEntry(row.get(0), ActorKind.PERSON, code(row, 2), forms[0], row.get(3),
                    false, office), row);
        }
        for (TsvTable.Row row : TsvTable.resource(DIR + "countries.tsv")
                .expect("code", "names", "demonyms", "capitals").rows()) {
            String code = code(row, 0);
            String[] forms = row.get(1).split("\\|");
            if (row.get(1).isEmpty()) {
                throw row.error("a country needs a name");
            }
            g.countryNames.put(code, forms[0]);
            if (!row.get(2).isEmpty()) {
                g.demonyms.put(code, row.get(2).split("\\|")[0]);
            }
            g.addForms(row.get(1), "country." + code + ".name", ActorKind.COUNTRY, code, forms[0], row);
            g.addForms(row.get(2), "country." + code + ".demonym", ActorKind.DEMONYM, code, forms[0], row);
            for (String d : row.get(2).split("\\|")) {
                if (!d.isEmpty() && !d.contains(" ") && !d.endsWith("s")) {
                    g.demonymPlurals.add(d.toLowerCase(java.util.Locale.ROOT) + "s"); // "Americans", "Canadians"
                }
            }
            g.addForms(row.get(3), "country." + code + ".capital", ActorKind.CAPITAL, code, forms[0], row);
            for (String capital : row.get(3).split("\\|")) {
                if (!capital.isEmpty()) {
                    g.capitals.add(capital);
                }
            }
        }
        // after the countries: a name both lexicons give ("European Union") stays the hand-written one
        for (TsvTable.Row row : TsvTable.resource(DIR + "organisations.tsv").expect("id", "kind", "phrase").rows()) {
            if (!ORGANISATION_KINDS.contains(row.get(1)) || !row.get(0).startsWith(row.get(1) + ".")) {
                throw row.error("kind is one of " + ORGANISATION_KINDS + " and prefixes the id, not '" + row.get(1)
                        + "'");
            }
            g.add(row.get(2), new GazetteerEntry(row.get(0), ActorKind.NONE, null, null, null, false), row);
        }
        // after the countries and organisations, which keep a name both give ("Al Jazeera" the body, not a person)
        LocalDate phoenixKnown = knownUntil("office_holders.tsv");
        for (TsvTable.Row row : TsvTable.resource(DIR + "office_holders.tsv").expect("id", "names", "terms")
                .rows()) {
            if (!row.get(0).startsWith("office.")) {
                throw row.error("an office holder's id starts with 'office.', not '" + row.get(0) + "'");
            }
            String[] forms = row.get(1).split("\\|");
            g.add(row.get(1), new GazetteerEntry(row.get(0), ActorKind.PERSON, null, forms[0], null, false,
                    new OfficeHolder(terms(row, 2), phoenixKnown)), row);
        }
        for (TsvTable.Row row : TsvTable.resource(DIR + "dependencies.tsv").expect("code", "sovereign").rows()) {
            String code = code(row, 0);
            if (!g.countryNames.containsKey(code)) {
                throw row.error("no country '" + code + "' in countries.tsv");
            }
            g.dependencies.add(code);
        }
        for (TsvTable.Row row : TsvTable.resource(DIR + "headline_names.tsv")
                .expect("code", "adjective", "name", "family_first").rows()) {
            String code = code(row, 0);
            if (!g.countryNames.containsKey(code)) {
                throw row.error("no country '" + code + "' in countries.tsv");
            }
            if (!row.get(1).isEmpty()) {
                g.headlineAdjectives.put(code, row.get(1));
            }
            if (!row.get(2).isEmpty()) {
                g.headlineNames.put(code, row.get(2));
            }
            switch (row.get(3)) {
                case "yes" -> g.familyNameFirst.add(code);
                case "no" -> { }
                default -> throw row.error("family_first is 'yes' or 'no', not '" + row.get(3) + "'");
            }
        }
        for (TsvTable.Row row : TsvTable.resource(DIR + "word_homonyms.tsv")
                .expect("id", "name", "before", "after").rows()) {
            List<Set<String>> sides = new ArrayList<>();
            for (int c = 2; c <= 3; c++) {
                Set<String> words = new HashSet<>();
                if (!row.get(c).equals("-")) {
                    words.addAll(List.of(row.get(c).split("\\|")));
                }
                sides.add(words);
            }
            g.wordHomonyms.put(row.get(1), sides);
        }
        Set<String> states = new HashSet<>();
        Set<String> stateHomonyms = new HashSet<>();
        Set<String> stateCities = new HashSet<>();
        for (TsvTable.Row row : TsvTable.resource(DIR + "us_places.tsv").expect("id", "words").rows()) {
            Set<String> into = switch (row.get(0)) {
                case "state" -> states;
                case "state_homonym" -> stateHomonyms;
                case "state_city" -> stateCities;
                default -> throw row.error("expected 'state', 'state_homonym' or 'state_city', not '" + row.get(0)
                        + "'");
            };
            for (String w : row.get(1).split("\\|")) {
                if (w.isBlank() || !w.equals(w.toLowerCase())) {
                    throw row.error("a state is one lower-case word, not '" + w + "'");
                }
                into.add(w);
            }
        }
        g.usStates = new WordSet(states);
        g.usStateHomonyms = new WordSet(stateHomonyms);
        g.usStateCities = new WordSet(stateCities);
        for (TsvTable.Row row : TsvTable.resource(DIR + "modifier_nouns.tsv").expect("id", "words").rows()) {
            for (String w : row.get(1).split("\\|")) {
                if (w.isBlank() || !w.equals(w.toLowerCase())) {
                    throw row.error("a modifier noun is one lower-case word, not '" + w + "'");
                }
                (row.get(0).equals("venue") ? g.venueNouns : row.get(0).equals("community") ? g.communityNouns
                        : row.get(0).equals("non_state") ? g.nonStateQualifiers
                        : row.get(0).equals("past") ? g.pastQualifiers : g.modifierNouns).add(w);
            }
        }
        for (TsvTable.Row row : TsvTable.resource(DIR + "institution_nouns.tsv").expect("id", "kind", "words")
                .rows()) {
            ActorKind kind = switch (row.get(1)) {
                case "body" -> ActorKind.BODY;
                case "programme" -> ActorKind.NONE;
                default -> throw row.error("kind must be body or programme, not '" + row.get(1) + "'");
            };
            for (String w : row.get(2).split("\\|")) {
                if (w.isBlank() || !w.equals(w.toLowerCase())) {
                    throw row.error("an institution noun is one lower-case word, not '" + w + "'");
                }
                g.institutionNouns.put(w, kind);
            }
        }
        for (TsvTable.Row row : TsvTable.resource(DIR + "not_names.tsv").expect("id", "words").rows()) {
            for (String w : row.get(1).split("\\|")) {
                if (w.isBlank() || !w.equals(w.toLowerCase())) {
                    throw row.error("a word that is no name is one lower-case word, not '" + w + "'");
                }
                g.notNames.add(w);
            }
        }
        for (TsvTable.Row row : TsvTable.resource(DIR + "roles.tsv").expect("id", "phrase").rows()) {
            g.roles.addEach(row.get(1), row.get(0));
            if (row.get(0).equals(GENERIC_ROLE)) {
                for (String phrase : row.get(1).split("\\|")) {
                    g.genericRoles.add(phrase.toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        return g;
    }

    private static List<OfficeHolder.Term> terms(TsvTable.Row row, int column) {
        try {
            return OfficeHolder.parseTerms(row.get(column));
        } catch (LexiconException | java.time.format.DateTimeParseException e) {
            throw row.error(e.getMessage());
        }
    }

    /** The last day a generated lexicon knows about (horizons.tsv). */
    private static LocalDate knownUntil(String file) {
        for (TsvTable.Row row : TsvTable.resource(DIR + "horizons.tsv").expect("file", "known_until").rows()) {
            if (row.get(0).equals(file)) {
                return LocalDate.parse(row.get(1));
            }
        }
        throw new LexiconException(DIR + "horizons.tsv: no row for " + file);
    }

    private static String code(TsvTable.Row row, int column) {
        String code = row.get(column);
        if (!code.matches("[A-Z]{2}")) {
            throw row.error("not an ISO 3166-1 alpha-2 code: '" + code + "'");
        }
        return code;
    }

    private void addForms(String cell, String id, ActorKind kind, String code, String name, TsvTable.Row row) {
        if (cell.isEmpty()) {
            return;
        }
        for (String form : cell.split("\\|")) {
            boolean caps = form.length() <= 5 && form.chars().anyMatch(Character::isLetter)
                    && form.chars().noneMatch(Character::isLowerCase);
            add(form, new GazetteerEntry(id, kind, code, name, null, caps), row);
            if (kind == ActorKind.COUNTRY) {
                add("the " + form, new GazetteerEntry(id, kind, code, name, null, caps), row);
            }
        }
    }

    private void add(String forms, GazetteerEntry entry, TsvTable.Row row) {
        if (forms.isEmpty()) {
            throw row.error("empty phrase");
        }
        for (String form : forms.split("\\|")) {
            if (form.isBlank()) {
                throw row.error("empty variant in '" + forms + "'");
            }
            names.addEach(form, entry);
        }
    }

    PhraseMatcher<GazetteerEntry> names() {
        return names;
    }

    PhraseMatcher<String> roles() {
        return roles;
    }

    /** The title or role word that starts at token {@code k}, or null. */
    public PhraseMatcher.Match<String> roleAt(List<Token> tokens, int k) {
        return roles.longestAt(tokens, k);
    }

    /** Whether a title or role word ("minister", "delegation") starts at token {@code k}. */
    public boolean isRoleAt(List<Token> tokens, int k) {
        return roles.longestAt(tokens, k) != null;
    }

    /** Whether a capitalised word is never a person's name ("The", "Readout", "General"): not_names.tsv. */
    public boolean isNotName(String norm) {
        return notNames.contains(norm);
    }

    /** Whether a word after a country name makes the name a modifier ("Russian Federation oil"). */
    public boolean isModifierNoun(Token t) {
        return !t.capital() && modifierNouns.contains(t.norm());
    }

    /** Whether a word before a title makes its holder no official of a state ("opposition leader"). */
    public boolean isNonStateQualifier(Token t) {
        return nonStateQualifiers.contains(t.norm());
    }

    /** Whether a word before a title says its holder holds it no more ("former Prime Minister Abe"). */
    public boolean isPastQualifier(Token t) {
        return !t.capital() && pastQualifiers.contains(t.norm());
    }

    /** Whether a role names no office, only someone of a government ("official", "delegation", "leaders"). */
    public boolean isGenericRole(String role) {
        return genericRoles.contains(role.toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether a word after "Cuban American" makes it a community, not two states ("Cuban American voters"). */
    public boolean isCommunityNoun(Token t) {
        return !t.capital() && communityNouns.contains(t.norm());
    }

    /** Whether a demonym is named at token {@code k} and ends there ("American" in "Cuban American"). */
    public boolean isDemonymAt(List<Token> tokens, int k) {
        PhraseMatcher.Match<GazetteerEntry> m = names.longestAt(tokens, k);
        return m != null && m.to() == k + 1 && m.value().kind() == ActorKind.DEMONYM;
    }

    /** Whether a word is a demonym in the plural, a people ("Americans" in "Cuban Americans"). */
    public boolean isDemonymPlural(Token t) {
        return t.capital() && demonymPlurals.contains(t.norm());
    }

    /** Whether a word after a capital makes the capital the venue of a gathering or a document ("Vilnius summit"). */
    public boolean isVenueNoun(Token t) {
        return !t.capital() && (venueNouns.contains(t.norm()) || modifierNouns.contains(t.norm()));
    }

    /**
     * What a name ending in this word is: {@link ActorKind#BODY} for an institution ("... Leadership Council"),
     * {@link ActorKind#NONE} for a programme ("Vision"), null for a word that may end a person's name.
     */
    public ActorKind institutionKind(Token last) {
        return institutionNouns.get(last.norm());
    }

    /** Whether a word is the name of a U.S. state ("arizona"). */
    public boolean isUsState(Token t) {
        return usStates.contains(t);
    }

    /** Whether a word is a city of a U.S. state that shares a country's name ("atlanta"). */
    public boolean isUsStateCity(Token t) {
        return usStateCities.contains(t);
    }

    /**
     * Whether the one-token country name at {@code k} is the common word it also is: "the National Turkey",
     * "Thanksgiving turkey dinner" (word_homonyms.tsv).
     */
    public boolean isCommonWordAt(List<Token> tokens, int k) {
        List<Set<String>> sides = wordHomonyms.get(tokens.get(k).norm());
        if (sides == null) {
            return false;
        }
        return k > 0 && sides.get(0).contains(tokens.get(k - 1).norm())
                || k + 1 < tokens.size() && sides.get(1).contains(tokens.get(k + 1).norm());
    }

    /** Whether a country's name is also a U.S. state's ("georgia"). */
    public boolean isUsStateHomonym(Token t) {
        return usStateHomonyms.contains(t);
    }

    /** Whether an armed non-state group of organisations.tsv or non_countries.tsv ("ISIS", "Hamas") starts at k. */
    public boolean isArmedGroupAt(List<Token> tokens, int k) {
        PhraseMatcher.Match<GazetteerEntry> m = names.longestAt(tokens, k);
        return m != null && m.value().kind() == ActorKind.NONE && m.value().id().startsWith("armed.");
    }

    /** Whether a multilateral organisation or grouping ("G7", "NATO", "the UN") is named at token {@code k}. */
    public boolean isMultilateralAt(List<Token> tokens, int k) {
        return multilateralEnd(tokens, k) >= 0;
    }

    /** The token after a multilateral grouping's name that starts at {@code k} ("G7| leaders"), or -1 when none. */
    public int multilateralEnd(List<Token> tokens, int k) {
        PhraseMatcher.Match<GazetteerEntry> m = names.longestAt(tokens, k);
        return m != null && m.value().kind() == ActorKind.NONE && m.value().id().startsWith("org.") ? m.to() : -1;
    }

    /** The English short name of a code ("IR" -> "Iran"), or the code itself. */
    public String countryName(String code) {
        return countryNames.getOrDefault(code, code);
    }

    /** The adjective of a code ("IR" -> "Iranian"), or null when the lexicon gives none. */
    public String demonym(String code) {
        return demonyms.get(code);
    }

    /** Whether an entry is an organisation of organisations.tsv ("armed.hamas"), which only a capital starts. */
    public static boolean isOrganisation(GazetteerEntry e) {
        int dot = e.id().indexOf('.');
        return e.kind() == ActorKind.NONE && dot > 0 && ORGANISATION_KINDS.contains(e.id().substring(0, dot));
    }

    /** Whether a code is a territory that is no sovereign state ("HK", "PR"; dependencies.tsv). */
    public boolean isDependency(String code) {
        return dependencies.contains(code);
    }

    /** The adjective a headline puts before an official's role ("US", "Iranian"), or null when there is none. */
    public String headlineAdjective(String code) {
        String adjective = headlineAdjectives.get(code);
        return adjective != null ? adjective : demonyms.get(code);
    }

    /** The short name a headline gives a country ("US", "UK", "Iran"). */
    public String headlineName(String code) {
        String name = headlineNames.get(code);
        return name != null ? name : countryName(code);
    }

    /** Whether the people of a country put the family name first ("Xi Jinping", "Moon Jae-in"). */
    public boolean familyNameFirst(String code) {
        return familyNameFirst.contains(code);
    }

    public boolean isCapital(String surface) {
        return capitals.contains(surface);
    }
}
