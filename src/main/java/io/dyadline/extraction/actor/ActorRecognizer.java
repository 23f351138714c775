package io.dyadline.extraction.actor;

import io.dyadline.extraction.text.PhraseMatcher;
import io.dyadline.extraction.text.Token;
import io.dyadline.extraction.text.Whitespace;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the countries a document's sentences name. Officials introduced with their country ("Iranian telecoms
 * minister Issa Zarepour", "King Abdullah II of Jordan", "Alexander Shoitov, the Russian Deputy Minister",
 * "Roskomnadzor's Lipov") are registered for the whole document, so that "Zarepour" alone resolves too.
 */
public final class ActorRecognizer {

    /** How far back a title may reach from a name, and the lower-case words inside one ("Envoy for Climate"). */
    private static final int TITLE_REACH = 10;
    private static final Set<String> TITLE_JOINS = Set.of("for", "and", "of", "on", "the", "-", "'s");
    private static final Set<String> NAME_PARTICLES = Set.of("bin", "bint", "ibn", "al", "el", "de", "da", "van",
            "von", "der", "le", "la", "-", ".", "'");
    private static final Set<String> SOURCE_VERBS = Set.of("reported", "reports", "quoted", "quoting", "cited",
            "citing", "according");

    private final Gazetteer gazetteer;

    /** The officials a document registers ({@link #registerPersons}), with the words their names can start with. */
    public record People(Map<String, GazetteerEntry> byName, Set<String> firstWords) {

        private static final People NONE = new People(Map.of(), Set.of());

        public static People of(Map<String, GazetteerEntry> byName) {
            return new People(byName, ActorRecognizer.firstWords(byName));
        }
    }

    public ActorRecognizer(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Officials the document introduces with their country, by full name and by surname. */
    public Map<String, GazetteerEntry> registerPersons(CharSequence[] texts, List<List<Token>> sentences,
                                                       int[] fieldOfSentence, LocalDate published) {
        return registerPersons(texts, sentences, fieldOfSentence, published, new ArrayList<>());
    }

    /**
     * Officials the document introduces, as above; {@code named} receives each sentence's names found without them,
     * which {@link #mentions(CharSequence, List, Map, boolean, LocalDate, List)} reuses where no registered name
     * starts.
     */
    public Map<String, GazetteerEntry> registerPersons(CharSequence[] texts, List<List<Token>> sentences,
                                                       int[] fieldOfSentence, LocalDate published,
                                                       List<List<ActorMention>> named) {
        Map<String, GazetteerEntry> people = new HashMap<>();
        Map<ActorMention, List<Token>> officeHolders = new java.util.LinkedHashMap<>();
        for (int s = 0; s < sentences.size(); s++) {
            List<Token> tokens = sentences.get(s);
            CharSequence text = texts[fieldOfSentence[s]];
            List<ActorMention> mentions = lexiconMentions(text, tokens, People.NONE, published);
            named.add(mentions);
            for (ActorMention m : mentions) {
                if (m.kind() == ActorKind.PERSON && m.rule().startsWith("office.")) {
                    officeHolders.put(m, tokens);
                }
                if (m.kind() == ActorKind.NONE || m.kind() == ActorKind.MEDIA || m.kind() == ActorKind.PERSON) {
                    continue;
                }
                int after = m.tokenAfter(tokens);
                registerForward(text, tokens, after, m, people);
                registerOfCountry(text, tokens, m, people);
            }
        }
        // "Sergey Lavrov" ... later "Lavrov"; after the article's own introductions, which give the title
        officeHolders.forEach((m, tokens) -> registerSurname(tokens, m, people));
        return people;
    }

    /** Demonym/country ['s] role... Name  |  Body's Name. */
    private void registerForward(CharSequence text, List<Token> tokens, int i, ActorMention m,
                                 Map<String, GazetteerEntry> people) {
        boolean possessive = i + 1 < tokens.size() && tokens.get(i).norm().equals("'")
                && tokens.get(i + 1).norm().equals("s");
        if (possessive) {
            i += 2;
        }
        boolean sawRole = false;
        boolean nonState = false;
        int roleFrom = -1;
        for (int steps = 0; i < tokens.size() && steps < 8; steps++) {
            PhraseMatcher.Match<String> role = gazetteer.roles().longestAt(tokens, i);
            if (role != null) {
                if (!sawRole) {
                    roleFrom = i;
                    nonState = i > 0 && gazetteer.isNonStateQualifier(tokens.get(i - 1));
                }
                sawRole = true;
                i = role.to();
                if (i < tokens.size() && tokens.get(i).norm().equals("for")) {
                    return;
                }
                continue;
            }
            Token t = tokens.get(i);
            if ((sawRole || possessive) && isNameStart(t)) {
                int end = nameEnd(tokens, i);
                if (end > i) {
                    register(text, tokens, i, end, m, people, sawRole ? surface(text, tokens, roleFrom, i) : null,
                            nonState);
                }
                return;
            }
            // after a possessive only a role or a name may follow: "Saudi Arabia's support for the Partnership"
            if (sawRole || possessive || t.capital() || !Character.isLetter(t.norm().charAt(0))) {
                return;
            }
            i++;
        }
    }

    /** Role Name of [the] Country  |  Name, [the] Demonym role. */
    private void registerOfCountry(CharSequence text, List<Token> tokens, ActorMention m,
                                   Map<String, GazetteerEntry> people) {
        int i = m.token();
        if (i >= 1 && tokens.get(i - 1).norm().equals("of")) {
            int nameEnd = i - 1;
            int nameStart = nameEnd;
            while (nameStart > 0 && (isNameStart(tokens.get(nameStart - 1))
                    || NAME_PARTICLES.contains(tokens.get(nameStart - 1).norm()))
                    && roleEndingAt(tokens, nameStart) == null) {
                nameStart--;
                if (nameEnd - nameStart > 5) {
                    return;
                }
            }
            if (nameStart < nameEnd && nameStart > 0 && gazetteer.roles().longestAt(tokens, nameStart) == null) {
                PhraseMatcher.Match<String> role = roleEndingAt(tokens, nameStart);
                if (role != null) {
                    register(text, tokens, nameStart, nameEnd, m, people,
                            surface(text, tokens, role.from(), role.to()),
                            role.from() > 0 && gazetteer.isNonStateQualifier(tokens.get(role.from() - 1)));
                }
            }
        }
        int k = i - 1;
        if (k >= 0 && tokens.get(k).norm().equals("the")) {
            k--;
        }
        if (k >= 1 && tokens.get(k).norm().equals(",") && m.kind() == ActorKind.DEMONYM) {
            int nameEnd = k;
            int nameStart = nameEnd;
            while (nameStart > 0 && (isNameStart(tokens.get(nameStart - 1))
                    || NAME_PARTICLES.contains(tokens.get(nameStart - 1).norm())) && nameEnd - nameStart < 4) {
                nameStart--;
            }
            if (nameStart < nameEnd && isNameStart(tokens.get(nameStart))) {
                int after = m.tokenAfter(tokens);
                PhraseMatcher.Match<String> role = after < tokens.size() ? gazetteer.roles().longestAt(tokens, after)
                        : null;
                // "Zarif, Iranian foreign minister": an official; "Arab, Muslim, Palestinian communities": a list
                if (role != null) {
                    register(text, tokens, nameStart, nameEnd, m, people,
                            surface(text, tokens, role.from(), role.to()), false);
                }
            }
        }
    }

    private PhraseMatcher.Match<String> roleEndingAt(List<Token> tokens, int end) {
        for (int start = Math.max(0, end - 5); start < end; start++) {
            PhraseMatcher.Match<String> role = gazetteer.roles().longestAt(tokens, start);
            if (role != null && role.to() == end) {
                return role;
            }
        }
        return null;
    }

    /** The text of tokens {@code [from, to)}, without a trailing "of" ("Minister of" -> "Minister"). */
    private static String surface(CharSequence text, List<Token> tokens, int from, int to) {
        while (to > from && Set.of("of", "for", ",").contains(tokens.get(to - 1).norm())) {
            to--;
        }
        if (to <= from) {
            return null;
        }
        return Whitespace.folded(text.subSequence(tokens.get(from).start(), tokens.get(to - 1).end()).toString());
    }

    /**
     * Registers a person introduced with a country; one whose title says no state ("democratic opposition leader
     * Svyatlana Tsikhanouskaya of Belarus") is named but never a party ({@code person.non_state}).
     */
    private void register(CharSequence text, List<Token> tokens, int from, int to, ActorMention country,
                          Map<String, GazetteerEntry> people, String role, boolean nonState) {
        while (to > from && NAME_PARTICLES.contains(tokens.get(to - 1).norm())) {
            to--;
        }
        if (to <= from) {
            return;
        }
        String full = text.subSequence(tokens.get(from).start(), tokens.get(to - 1).end()).toString();
        Token last = tokens.get(to - 1);
        ActorKind institution = gazetteer.institutionKind(last);
        if (institution != null) {
            // "Yemen's Presidential Leadership Council": a body under its full name; "Vision 2030": nobody
            if (institution == ActorKind.BODY) {
                people.putIfAbsent(key(tokens, from, to), new GazetteerEntry("body.document", ActorKind.BODY,
                        country.country(), full, null, false));
            }
            return;
        }
        GazetteerEntry entry = nonState
                ? new GazetteerEntry("person.non_state", ActorKind.NONE, country.country(), full, role, false)
                : new GazetteerEntry("person.document", ActorKind.PERSON, country.country(), full, role, false);
        people.putIfAbsent(key(tokens, from, to), entry);
        if (last.norm().length() > 2 && !last.norm().equals("jr") && !gazetteer.isNotName(last.norm())) {
            people.putIfAbsent(last.norm(), entry);
        }
    }

    private void registerSurname(List<Token> tokens, ActorMention m, Map<String, GazetteerEntry> people) {
        int last = m.tokenAfter(tokens) - 1;
        String surname = tokens.get(last).norm();
        if (last > m.token() && surname.length() > 2 && !surname.equals("jr") && !gazetteer.isNotName(surname)) {
            people.putIfAbsent(surname, new GazetteerEntry(m.rule(), ActorKind.PERSON, m.country(), m.name(),
                    m.role(), false));
        }
    }

    private static String key(List<Token> tokens, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from) {
                sb.append(' ');
            }
            sb.append(tokens.get(k).norm());
        }
        return sb.toString();
    }

    private boolean isNameStart(Token t) {
        return t.capital() && t.norm().length() > 1 && !gazetteer.isNotName(t.norm())
                && gazetteer.names().longestAt(List.of(t), 0) == null;
    }

    private int nameEnd(List<Token> tokens, int i) {
        int end = i;
        int k = i;
        while (k < tokens.size() && k - i < 6) {
            Token t = tokens.get(k);
            if (isNameStart(t) || (t.capital() && t.norm().length() == 1)) {
                k++;
                end = k;
            } else if (NAME_PARTICLES.contains(t.norm()) && k + 1 < tokens.size()
                    && (tokens.get(k + 1).capital() || NAME_PARTICLES.contains(tokens.get(k + 1).norm()))) {
                k++;
            } else {
                break;
            }
        }
        return end;
    }

    /**
     * The country names of a document that name a U.S. state throughout (actor.us_state_document): a homonym
     * ("Georgia") in a document that names another state or a city of that state, and never the country's demonym
     * or capital.
     */
    public Set<String> usStateHomonyms(List<List<Token>> sentences, List<List<ActorMention>> named) {
        Set<String> homonyms = new HashSet<>();
        boolean usContext = false;
        for (List<Token> tokens : sentences) {
            for (Token t : tokens) {
                if (!t.capital()) {
                    continue;
                }
                if (gazetteer.isUsStateHomonym(t)) {
                    homonyms.add(t.norm());
                } else if (gazetteer.isUsState(t) || gazetteer.isUsStateCity(t)) {
                    usContext = true;
                }
            }
        }
        // the names registerPersons found: "Georgian" or "Tbilisi" makes "Georgia" the country
        Set<String> countryCued = new HashSet<>();
        for (List<ActorMention> mentions : named) {
            for (ActorMention m : mentions) {
                if ((m.kind() == ActorKind.DEMONYM || m.kind() == ActorKind.CAPITAL) && m.country() != null) {
                    countryCued.add(gazetteer.countryName(m.country()).toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        if (!usContext) {
            return Set.of();
        }
        homonyms.removeAll(countryCued);
        return homonyms;
    }

    /** The countries named in one sentence, with the document's registered officials as of its publication. */
    public List<ActorMention> mentions(CharSequence text, List<Token> tokens, Map<String, GazetteerEntry> people,
                                       boolean title, LocalDate published) {
        return mentions(text, tokens, people, title, published, null);
    }

    /**
     * As above; {@code named}, when given, is what {@link #registerPersons} found in this sentence, and stands for
     * the sentence's names when no registered name starts in it.
     */
    public List<ActorMention> mentions(CharSequence text, List<Token> tokens, Map<String, GazetteerEntry> people,
                                       boolean title, LocalDate published, List<ActorMention> named) {
        return mentions(text, tokens, people, title, published, named, Set.of());
    }

    /** As above, with the country names that this document uses for U.S. states ({@link #usStateHomonyms}). */
    public List<ActorMention> mentions(CharSequence text, List<Token> tokens, Map<String, GazetteerEntry> people,
                                       boolean title, LocalDate published, List<ActorMention> named,
                                       Set<String> stateNames) {
        return mentions(text, tokens, People.of(people), title, published, named, stateNames);
    }

    /** As above, with the officials' first words found once for the document rather than for each sentence. */
    public List<ActorMention> mentions(CharSequence text, List<Token> tokens, People people, boolean title,
                                       LocalDate published, List<ActorMention> named, Set<String> stateNames) {
        List<ActorMention> found = named != null && !startsName(tokens, people.firstWords()) ? new ArrayList<>(named)
                : lexiconMentions(text, tokens, people, published);
        if (!stateNames.isEmpty()) {
            found.removeIf(m -> m.kind() == ActorKind.COUNTRY && m.end() - m.start() == tokens.get(m.token()).end()
                    - tokens.get(m.token()).start() && stateNames.contains(tokens.get(m.token()).norm()));
        }
        if (title) {
            return found;
        }
        markSources(tokens, found);
        return found;
    }

    /**
     * Whether the title right before a name is an office of an international body: capitalised words (and the
     * words that join them) back to the body's name, "UN Special Envoy for Climate Action and Finance", "World Bank
     * Group President".
     */
    private boolean internationalTitle(List<Token> tokens, int name) {
        for (int k = name - 1; k >= 0 && name - k <= TITLE_REACH; k--) {
            Token t = tokens.get(k);
            if (!t.capital() && !TITLE_JOINS.contains(t.norm())) {
                return false;
            }
            PhraseMatcher.Match<GazetteerEntry> body = gazetteer.names().longestAt(tokens, k);
            if (body != null && body.to() <= name && (Gazetteer.isOrganisation(body.value())
                    && body.value().id().startsWith("igo.") || gazetteer.isMultilateralAt(tokens, k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Drops the country mention that introduced a non-state person before the name (the demonym, with only
     * lower-case words or a title between) and returns the token after the name and its "of [the] Country".
     */
    private int nonStateIntroduction(List<Token> tokens, PhraseMatcher.Match<GazetteerEntry> person,
                                     List<ActorMention> out) {
        if (!out.isEmpty()) {
            ActorMention last = out.get(out.size() - 1);
            int k = last.tokenAfter(tokens);
            while (k < person.from() && (!tokens.get(k).capital() || gazetteer.isRoleAt(tokens, k)
                    || roleEndingAt(tokens, k + 1) != null)) {
                k++;
            }
            if (k == person.from() && last.country() != null && last.country().equals(person.value().country())) {
                out.remove(out.size() - 1);
            }
        }
        int after = person.to();
        if (after + 1 < tokens.size() && tokens.get(after).norm().equals("of")) {
            int c = tokens.get(after + 1).norm().equals("the") ? after + 2 : after + 1;
            PhraseMatcher.Match<GazetteerEntry> country = c < tokens.size() ? gazetteer.names().longestAt(tokens, c)
                    : null;
            if (country != null && person.value().country().equals(country.value().country())) {
                return country.to();
            }
        }
        return after;
    }

    private List<ActorMention> lexiconMentions(CharSequence text, List<Token> tokens, People people,
                                               LocalDate published) {
        List<ActorMention> out = new ArrayList<>();
        Set<String> firstWords = people.firstWords();
        int i = 0;
        while (i < tokens.size()) {
            PhraseMatcher.Match<GazetteerEntry> m = gazetteer.names().longestAt(tokens, i);
            if (m != null && m.value().office() != null) {
                m = new PhraseMatcher.Match<>(m.from(), m.to(), m.value().on(published));
            }
            // personAt takes a capital only; a word no lexicon knows is hashed for the first time by contains
            if (tokens.get(i).capital() && !firstWords.isEmpty() && firstWords.contains(tokens.get(i).norm())) {
                PhraseMatcher.Match<GazetteerEntry> p = personAt(tokens, i, people.byName());
                // the article's own introduction, with the title it gives, wins over the dated lexicon
                boolean dated = m != null && m.value().office() != null;
                if (p != null && (m == null || p.to() > m.to() || (dated && p.to() == m.to()))) {
                    m = p;
                }
            }
            if (m == null || !caseFits(text, tokens, m)) {
                i++;
                continue;
            }
            GazetteerEntry e = m.value();
            if (e.id().equals("person.non_state")) {
                // "Belarusian opposition leader Tsikhanouskaya", "... Tsikhanouskaya of Belarus": the country that
                // introduces one who holds no office of it is no party either
                i = nonStateIntroduction(tokens, m, out);
                continue;
            }
            int community = e.kind() == ActorKind.DEMONYM ? ethnicCompoundEnd(tokens, m.to()) : -1;
            if (community > 0) {
                i = community; // "Cuban American Frank Mora", "Palestinian-American community members": people
                continue;
            }
            int start = tokens.get(m.from()).start();
            int end = tokens.get(m.to() - 1).end();
            boolean dateline = m.from() == 0 && isDateline(text, tokens, m);
            if (e.kind() == ActorKind.PERSON && e.id().startsWith("office.") && internationalTitle(tokens, m.from())) {
                // "UN Special Envoy for Climate Action and Finance Mark Carney" in 2021: the dictionary of 2014 knew
                // his post at the Bank of Canada; the text's title says what he is now (persons.tsv is kept current)
                i = m.to();
                continue;
            }
            if (e.kind() != ActorKind.NONE && !looksLikePersonName(tokens, m) && !currencyPrefix(text, end)
                    && usPlace(tokens, m, out) == null && (e.country() == null || !gazetteer.isDependency(e.country()))
                    && !(m.to() - m.from() == 1 && e.kind() == ActorKind.COUNTRY
                    && gazetteer.isCommonWordAt(tokens, m.from()))) { // "the National Turkey": the bird
                out.add(new ActorMention(start, end, m.from(), e.country(), e.kind(), e.id(), e.name(), e.role(),
                        false, dateline));
            }
            i = m.to();
        }
        return out;
    }

    /**
     * Where two joined demonyms end when they name a community of people rather than two states: before a person's
     * name or a community noun ("Cuban American Frank Mora", "Iranian-Canadian voters") or when the second is plural
     * ("Cuban Americans"), not before anything else
     * ("Japanese-American trade talks"); -1 otherwise.
     */
    private int ethnicCompoundEnd(List<Token> tokens, int after) {
        int k = after < tokens.size() && tokens.get(after).norm().equals("-") ? after + 1 : after;
        if (k < tokens.size() && gazetteer.isDemonymPlural(tokens.get(k))) {
            return k + 1; // "to meet with Cuban Americans": the second demonym in the plural is the community
        }
        if (k + 1 >= tokens.size() || !tokens.get(k).capital() || !gazetteer.isDemonymAt(tokens, k)) {
            return -1;
        }
        Token next = tokens.get(k + 1);
        boolean people = gazetteer.isCommunityNoun(next) || (next.capital()
                && !gazetteer.isRoleAt(tokens, k + 1) && !gazetteer.isDemonymAt(tokens, k + 1));
        return people ? k + 1 : -1;
    }

    /**
     * The rule that makes a country or capital name a U.S. place, or null: "Douglas, Arizona" (actor.us_town),
     * "Fort Valley, Georgia" (actor.us_state; "Tbilisi, Georgia" stays the country).
     */
    String usPlace(List<Token> tokens, PhraseMatcher.Match<GazetteerEntry> m, List<ActorMention> before) {
        GazetteerEntry e = m.value();
        if (e.kind() != ActorKind.COUNTRY && e.kind() != ActorKind.CAPITAL) {
            return null;
        }
        if (m.to() + 1 < tokens.size() && tokens.get(m.to()).norm().equals(",")
                && tokens.get(m.to() + 1).capital() && gazetteer.isUsState(tokens.get(m.to() + 1))
                && !(m.to() - m.from() == 1 && gazetteer.isUsStateHomonym(tokens.get(m.from())))) {
            return "actor.us_town";
        }
        int k = m.from();
        if (m.to() - k == 1 && gazetteer.isUsStateHomonym(tokens.get(k)) && k >= 2
                && tokens.get(k - 1).norm().equals(",") && tokens.get(k - 2).capital()) {
            int townEnd = tokens.get(k - 2).end();
            for (ActorMention o : before) {
                if (o.end() == townEnd && o.country() != null && o.country().equals(e.country())) {
                    return null;
                }
            }
            return "actor.us_state";
        }
        return null;
    }

    private static boolean startsName(List<Token> tokens, Set<String> firstWords) {
        if (firstWords.isEmpty()) {
            return false;
        }
        for (Token t : tokens) {
            if (t.capital() && firstWords.contains(t.norm())) { // personAt takes a capital only
                return true;
            }
        }
        return false;
    }

    /** The first words of the registered names: a person's name can start only at one of them. */
    private static Set<String> firstWords(Map<String, GazetteerEntry> people) {
        if (people.isEmpty()) {
            return Set.of();
        }
        Set<String> first = new HashSet<>();
        for (String name : people.keySet()) {
            int space = name.indexOf(' ');
            first.add(space < 0 ? name : name.substring(0, space));
        }
        return first;
    }

    private PhraseMatcher.Match<GazetteerEntry> personAt(List<Token> tokens, int i,
                                                         Map<String, GazetteerEntry> people) {
        if (!tokens.get(i).capital()) {
            return null;
        }
        PhraseMatcher.Match<GazetteerEntry> best = null;
        StringBuilder sb = new StringBuilder();
        for (int k = i; k < tokens.size() && k < i + 6; k++) {
            if (k > i) {
                sb.append(' ');
            }
            sb.append(tokens.get(k).norm());
            GazetteerEntry e = people.get(sb.toString());
            if (e != null) {
                best = new PhraseMatcher.Match<>(i, k + 1, e);
            }
        }
        return best;
    }

    private static boolean caseFits(CharSequence text, List<Token> tokens, PhraseMatcher.Match<GazetteerEntry> m) {
        GazetteerEntry e = m.value();
        int first = m.from();
        if (tokens.get(first).norm().equals("the") && m.to() - first > 1) {
            first++;
        }
        if ((e.kind() != ActorKind.NONE || Gazetteer.isOrganisation(e)) && !tokens.get(first).capital()) {
            return false;
        }
        if (e.exactCase()) {
            for (int k = m.from(); k < m.to(); k++) {
                Token t = tokens.get(k);
                for (int c = t.start(); c < t.end(); c++) {
                    if (Character.isLowerCase(text.charAt(c)) && !tokens.get(k).norm().equals("the")) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** "US$1 million", "HK$": a country code glued to a currency sign names a currency. */
    private static boolean currencyPrefix(CharSequence text, int end) {
        if (end >= text.length()) {
            return false;
        }
        char c = text.charAt(end);
        return c == '$' || c == '\u20ac' || c == '\u00a3';
    }

    /** "Michael Jordan", "Anna Georgia": a country name right after a given name is part of a person's name. */
    private boolean looksLikePersonName(List<Token> tokens, PhraseMatcher.Match<GazetteerEntry> m) {
        if (m.value().kind() != ActorKind.COUNTRY || m.from() == 0 || m.to() - m.from() > 1) {
            return false;
        }
        Token before = tokens.get(m.from() - 1);
        return before.capital() && before.norm().length() > 2 && !gazetteer.isNotName(before.norm())
                && m.from() >= 2 && tokens.get(m.from() - 2).capital();
    }

    /** "TEHRAN -", "WASHINGTON, D.C. -", "BEIJING (Agencies)": the place the report was filed from. */
    private static boolean isDateline(CharSequence text, List<Token> tokens, PhraseMatcher.Match<GazetteerEntry> m) {
        Token t = tokens.get(m.from());
        for (int c = t.start(); c < t.end(); c++) {
            if (Character.isLowerCase(text.charAt(c))) {
                return false;
            }
        }
        int next = m.to();
        return next < tokens.size() && Set.of("-", ",", "(", ":").contains(tokens.get(next).norm());
    }

    /** "according to ..." up to the next comma, and "X reported/quoted": who reports is no party. */
    private static void markSources(List<Token> tokens, List<ActorMention> mentions) {
        int sourceFrom = -1;
        int sourceTo = -1;
        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.get(i).norm();
            if (w.equals("according") && i + 1 < tokens.size() && tokens.get(i + 1).norm().equals("to")) {
                sourceFrom = i;
                sourceTo = i;
                while (sourceTo < tokens.size() && !tokens.get(sourceTo).norm().equals(",")) {
                    sourceTo++;
                }
                break;
            }
        }
        for (int k = 0; k < mentions.size(); k++) {
            ActorMention m = mentions.get(k);
            boolean source = m.token() >= sourceFrom && m.token() < sourceTo;
            if (!source && m.kind() != ActorKind.PERSON) {
                int after = m.token() + 1;
                while (after < tokens.size() && tokens.get(after).start() < m.end()) {
                    after++;
                }
                for (int j = after; j < Math.min(tokens.size(), after + 3); j++) {
                    if (SOURCE_VERBS.contains(tokens.get(j).norm())) {
                        source = m.kind() == ActorKind.MEDIA || j == after;
                        break;
                    }
                }
            }
            if (source) {
                mentions.set(k, new ActorMention(m.start(), m.end(), m.token(), m.country(), m.kind(), m.rule(),
                        m.name(), m.role(), true, m.dateline()));
            }
        }
    }
}
