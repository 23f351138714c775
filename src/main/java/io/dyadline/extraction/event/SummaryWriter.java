package io.dyadline.extraction.event;

import io.dyadline.extraction.Actor;
import io.dyadline.extraction.EventStatus;
import io.dyadline.extraction.EventType;
import io.dyadline.extraction.actor.ActorKind;
import io.dyadline.extraction.actor.ActorMention;
import io.dyadline.extraction.actor.Gazetteer;
import io.dyadline.extraction.sector.SectorClassifier;
import io.dyadline.extraction.sector.SectorTaxonomy;
import io.dyadline.extraction.text.PhraseMatcher;
import io.dyadline.extraction.text.Token;
import io.dyadline.extraction.text.Whitespace;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The headline an analyst would write of an event: who (with role) does what with whom, and on what. The visitor
 * or the initiator comes first; an official is named by country adjective, role and short name. It records no rule:
 * the summary follows from the decisions of the stages before it.
 */
final class SummaryWriter {

    /** The anaphora that stand for an unnamed subject: "he", "she", "the President", "the Prime Minister". */
    private static final Set<String> SUBJECT_ANAPHORA = Set.of("anaphora.pronoun", "anaphora.the_office",
            "anaphora.the_high_office");

    /** The words after a title that open the institution it belongs to ("Head of Presidential Administration"). */
    private static final Set<String> INSTITUTION_LINKS = Set.of("of", "for");

    /** How many capitalised words a title before a name may have. */
    private static final int TITLE_REACH = 6;
    /** A name's generation suffix and the runs between its words, compiled once (not at each headline). */
    private static final Pattern GENERATION = Pattern.compile(",?\\s+(Jr\\.?|Sr\\.?|I{2,3}|IV)$");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Gazetteer gazetteer;
    private final EventLexicon lexicon;
    private final AssemblySettings settings;

    SummaryWriter(Gazetteer gazetteer, EventLexicon lexicon, AssemblySettings settings) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        this.settings = settings;
    }

    /**
     * A headline an analyst would write: who (with role) does what with whom, and on what.
     * "Iranian telecoms minister Issa Zarepour meets Alexander Shoitov, Russian deputy minister".
     */
    String summary(Draft d, Map<String, Actor> actors, Map<String, ActorKind> kinds, Set<String> sectors) {
        Candidate first = d.mentions.stream().min(java.util.Comparator.comparingInt(
                (Candidate c) -> c.inTitle() ? -1 : c.facts().sentence().index())).orElseThrow();
        List<String> order = new ArrayList<>();
        first.parties().stream().sorted(java.util.Comparator.comparingInt(ActorMention::token))
                .map(ActorMention::country).filter(d.pair::contains).filter(c -> !order.contains(c))
                .forEach(order::add);
        for (String c : d.pair) {
            if (!order.contains(c)) {
                order.add(c);
            }
        }
        if (subjectUnnamed(first, order.get(0), order.get(1))) {
            java.util.Collections.reverse(order);
        }
        String host = d.type == EventType.VISIT && d.initiator == null ? visited(first) : null;
        if (host != null && host.equals(order.get(0))) {
            java.util.Collections.reverse(order); // the visitor is who the headline starts with
        }
        if (d.initiator != null && !d.initiator.equals(order.get(0))) {
            java.util.Collections.reverse(order); // who acts, or visits, is who the headline starts with
        }
        Actor subject = bestActor(order.get(0), actors, kinds);
        Actor object = bestActor(order.get(1), actors, kinds);
        String who = subject == null ? office(first, order.get(0)) : null;
        String whom = object == null ? office(first, order.get(1)) : null;
        who = who != null ? who : headlineActor(order.get(0), subject, kinds);
        whom = whom != null ? whom : headlineActor(order.get(1), object, kinds);
        boolean planned = d.status == EventStatus.PLANNED;
        String topic = sectors.stream().filter(x -> !x.equals(SectorClassifier.DIPLOMACY)).findFirst()
                .map(x -> " on " + SectorTaxonomy.standard().of(x).map(SectorTaxonomy.Sector::phrase).orElse(x))
                .orElse("");
        return switch (d.type) {
            case MEETING -> who + (planned ? " to meet " : " meets ") + whom;
            case VISIT -> who + (planned ? " to visit " : " visits ") + gazetteer.headlineName(order.get(1))
                    + (object != null && kinds.get(object.name().toLowerCase()) == ActorKind.PERSON
                    ? ", meets " + whom : "");
            case CALL -> who + (planned ? " to speak by phone with " : " speaks by phone with ") + whom;
            case AGREEMENT -> who + " and " + whom + (planned ? " to sign agreement" : " sign agreement") + topic;
            case ANNOUNCEMENT -> who + " and " + whom + (planned ? " to issue statement" : " issue statement")
                    + topic;
            case WORKING_GROUP -> who + " and " + whom + (planned ? " to set up" : " set up") + " joint body"
                    + topic;
            case PROPOSAL -> who + (planned ? " to call on " : " calls on ") + whom + " for cooperation" + topic;
            case AID -> who + (planned ? " to give aid to " : " gives aid to ") + whom + topic;
            case DEMAND -> who + (planned ? " to make demands of " : " makes demands of ") + whom;
            case ACCUSATION -> who + (planned ? " to accuse " : " accuses ") + whom;
            case PROTEST -> who + (planned ? " to protest to " : " protests to ") + whom;
            case REJECTION -> who + (planned ? " to reject " : " rejects ") + (whom.contains(" of ") || whom.contains(", ")
                    ? "claims or demands of " + whom : whom + "'s claims or demands");
            case THREAT -> who + (planned ? " to warn " : " warns ") + whom;
            case SANCTION -> who + (planned ? " to impose measures on " : " imposes measures on ") + whom + topic;
            case FORCE -> who + (planned ? " to use force against " : " uses force against ") + whom;
        };
    }

    /**
     * Whether the sentence names one side only after the trigger and the other by no name, only by a pronoun or an
     * office before it ("He will meet with President Duda of Poland", "the President will meet with the
     * Taoiseach"): the side it does not name is the subject.
     */
    private boolean subjectUnnamed(Candidate c, String named, String unnamed) {
        int trigger = c.trigger().from();
        ActorMention object = null;
        for (ActorMention m : c.facts().actors()) {
            if (unnamed.equals(m.country()) || named.equals(m.country()) && m.token() < c.trigger().to()) {
                return false;
            }
            if (named.equals(m.country()) && object == null) {
                object = m;
            }
        }
        return object != null && objectOf(c, object) && c.facts().anaphora().stream()
                .anyMatch(a -> a.to() <= trigger && SUBJECT_ANAPHORA.contains(a.value()));
    }

    /**
     * Whether a mention is what the trigger is done with: right after it, past a preposition, an article or a title
     * ("meet with President Duda", "a meeting in Tehran", "speak to Xi"), not further on ("the visit and
     * Singapore's leadership").
     */
    private boolean objectOf(Candidate c, ActorMention m) {
        List<Token> tokens = c.facts().tokens();
        int k = c.trigger().to();
        while (k < m.token()) {
            String w = tokens.get(k).norm();
            PhraseMatcher.Match<String> role = gazetteer.roleAt(tokens, k);
            if (role != null) {
                k = role.to();
            } else if (lexicon.isCue("list_preposition", w) || lexicon.isCue("article", w)) {
                k++;
            } else {
                return false;
            }
        }
        return k == m.token();
    }

    /**
     * How a headline names a side that the sentence names by an office and no name the recogniser knows, or null:
     * "UK Foreign Secretary Truss", "Ukraine Head of Presidential Administration Yermak", "an Israeli prime
     * minister", "the prime minister of Japan", "the president of the Palestinian Authority".
     */
    private String office(Candidate c, String country) {
        List<Token> tokens = c.facts().tokens();
        String text = c.facts().fieldText();
        int trigger = c.trigger().from();
        List<ActorMention> nearestFirst = c.facts().actors().stream()
                .sorted(java.util.Comparator.comparingInt(m -> Math.abs(m.token() - trigger))).toList();
        for (ActorMention m : nearestFirst) {
            if (!country.equals(m.country()) || !m.canBeParty()
                    || (m.kind() != ActorKind.COUNTRY && m.kind() != ActorKind.DEMONYM)) {
                continue;
            }
            String role = null;
            String name = null;
            int i = m.tokenAfter(tokens);
            if (i + 1 < tokens.size() && tokens.get(i).norm().equals("'") && tokens.get(i + 1).norm().equals("s")) {
                i += 2;
            }
            int from = i;
            while (i < tokens.size() && i - from < 2 && tokens.get(i).capital() && gazetteer.roleAt(tokens, i) == null) {
                i++; // "UK Foreign Secretary"
            }
            PhraseMatcher.Match<String> title = i < tokens.size() ? gazetteer.roleAt(tokens, i) : null;
            if (title != null) {
                int end = ofInstitution(tokens, title.to());
                role = text.substring(tokens.get(from).start(), tokens.get(end - 1).end());
                int k = end;
                while (k < tokens.size() && k - end < 3 && tokens.get(k).capital()
                        && !gazetteer.isNotName(tokens.get(k).norm()) && gazetteer.roleAt(tokens, k) == null) {
                    k++;
                }
                // a name that goes on past a particle ("Nuri al-Maliki") is left to the office alone
                boolean whole = k == tokens.size() || !tokens.get(k).capital() && !tokens.get(k).norm().equals("-")
                        && !(k + 1 < tokens.size() && tokens.get(k + 1).capital() && tokens.get(k).norm().length() <= 3);
                int distance = Math.abs(m.token() - trigger);
                if (k > end && whole && distance <= settings.personWindow()) {
                    name = Whitespace.folded(text.substring(tokens.get(end).start(), tokens.get(k - 1).end()));
                }
            } else {
                int of = c.facts().wordBefore(m);
                if (of >= 1 && tokens.get(of).norm().equals("of")) {
                    for (int start = Math.max(0, of - 4); start < of && role == null; start++) {
                        PhraseMatcher.Match<String> r = gazetteer.roleAt(tokens, start);
                        if (r != null && r.to() == of) {
                            role = text.substring(tokens.get(start).start(), tokens.get(of - 1).end());
                        }
                    }
                }
            }
            if (role == null || gazetteer.isGenericRole(role) || gazetteer.isGenericRole(role.replaceAll(".* ", ""))) {
                continue;
            }
            role = Whitespace.folded(role);
            String adjective = gazetteer.headlineAdjective(country);
            String who = (adjective == null ? gazetteer.headlineName(country) + "'s" : adjective) + " " + role;
            return name == null ? who : who + " " + shortName(name, country);
        }
        return null;
    }

    /** Where a title's "of" or "for" phrase ends when it names an institution ("Head of Presidential Administration"). */
    private int ofInstitution(List<Token> tokens, int end) {
        if (end + 1 >= tokens.size() || !INSTITUTION_LINKS.contains(tokens.get(end).norm())) {
            return end;
        }
        int k = end + 1;
        if (tokens.get(k).norm().equals("the")) {
            k++;
        }
        for (int n = 0; k < tokens.size() && n < 4 && tokens.get(k).capital(); k++, n++) {
            if (gazetteer.institutionKind(tokens.get(k)) == ActorKind.BODY) {
                return k + 1;
            }
        }
        return end;
    }

    /**
     * Adds, for a side whose parties name no official with a role, the official its evidence names all the same:
     * the parties of a mention are one per side ("Turkish" of "Turkish President Erdogan") or none (a pair from the
     * focus: "He will meet with President Duda of Poland"). The nearest to the trigger in the headline, then the
     * lead, then later sentences, within the window of a trigger's persons; never a former holder, a mere "official" or
     * the owner of something else ("President Rouhani's administration").
     */
    void addNamedOfficials(Draft d, Map<String, Actor> actors, Map<String, ActorKind> kinds) {
        List<Candidate> mentions = d.mentions.stream().sorted(java.util.Comparator.comparingInt(
                (Candidate c) -> c.inTitle() ? -1 : c.facts().sentence().index())).toList();
        for (String country : d.pair) {
            Actor known = bestActor(country, actors, kinds);
            if (known != null && known.role() != null && kinds.get(known.name().toLowerCase()) == ActorKind.PERSON) {
                continue;
            }
            ActorMention found = null;
            for (Candidate c : mentions) {
                found = nearestOfficial(c, country);
                if (found != null) {
                    break;
                }
            }
            if (found != null) {
                String name = Whitespace.folded(found.name());
                actors.putIfAbsent(name.toLowerCase(), new Actor(name, found.role(), country));
                kinds.putIfAbsent(name.toLowerCase(), ActorKind.PERSON);
            }
        }
    }

    private ActorMention nearestOfficial(Candidate c, String country) {
        TriggerMatch t = c.trigger();
        List<Token> tokens = c.facts().tokens();
        ActorMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (ActorMention m : c.facts().actors()) {
            if (m.kind() != ActorKind.PERSON || !m.canBeParty() || !country.equals(m.country()) || m.name() == null
                    || m.role() == null || gazetteer.isGenericRole(m.role()) || formerHolder(tokens, m.token())) {
                continue;
            }
            int distance = m.token() < t.from() ? t.from() - m.token() : m.token() - t.to();
            int after = m.tokenAfter(tokens);
            // "the chief of staff of President Rouhani's administration": his administration, not he, acts
            boolean owner = after + 1 < tokens.size() && tokens.get(after).norm().equals("'")
                    && tokens.get(after + 1).norm().equals("s") && after + 2 != t.from();
            if (distance <= settings.personWindow() && !owner && distance < bestDistance) {
                best = m;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** Whether the title before a name says its holder holds it no more ("former Prime Minister Abe Shinzo"). */
    private boolean formerHolder(List<Token> tokens, int name) {
        int k = name - 1;
        while (k >= 0 && name - k <= TITLE_REACH && (tokens.get(k).capital() || tokens.get(k).norm().equals("-"))) {
            k--;
        }
        return k >= 0 && gazetteer.isPastQualifier(tokens.get(k));
    }

    /**
     * The country a visit goes to: the host of a hosting verb before the trigger ("Trump hosted Netanyahu for a
     * visit"), else the party named after "to" or "in" ("visited the U.K.").
     */
    private String visited(Candidate c) {
        List<Token> tokens = c.facts().tokens();
        for (int k = c.trigger().from() - 1; k >= 0; k--) {
            if (!lexicon.isCue("host", tokens.get(k).norm())) {
                continue;
            }
            int hostVerb = k;
            ActorMention host = c.parties().stream().filter(m -> m.token() < hostVerb)
                    .max(java.util.Comparator.comparingInt(ActorMention::token)).orElse(null);
            boolean guest = c.parties().stream().anyMatch(m -> m.token() > hostVerb);
            if (host != null && guest) {
                return host.country();
            }
            break;
        }
        for (ActorMention m : c.parties()) {
            int p = c.facts().wordBefore(m);
            if (p >= 0 && (tokens.get(p).norm().equals("to") || tokens.get(p).norm().equals("in"))) {
                return m.country();
            }
        }
        return null;
    }

    /** A named official first, then a body, then whatever names the country. */
    private static Actor bestActor(String country, Map<String, Actor> actors, Map<String, ActorKind> kinds) {
        Actor best = null;
        int bestRank = Integer.MAX_VALUE;
        for (Actor a : actors.values()) {
            if (!a.country().equals(country)) {
                continue;
            }
            ActorKind kind = kinds.get(a.name().toLowerCase());
            int rank = kind == ActorKind.PERSON ? (a.role() != null ? 0 : 1) : kind == ActorKind.BODY ? 2 : 9;
            if (rank < bestRank) {
                best = a;
                bestRank = rank;
            }
        }
        return bestRank < 9 ? best : null;
    }

    /**
     * How a headline names a party: an official by country adjective, role and short name ("US President Biden",
     * "Iranian telecoms minister Zarepour"), a body by its name, a country by its short name.
     */
    private String headlineActor(String country, Actor a, Map<String, ActorKind> kinds) {
        if (a == null) {
            return gazetteer.headlineName(country);
        }
        boolean person = kinds.get(a.name().toLowerCase()) == ActorKind.PERSON;
        String name = person ? shortName(a.name(), country) : a.name();
        if (a.role() == null) {
            return person ? gazetteer.headlineName(country) + "'s " + name : name;
        }
        String adjective = gazetteer.headlineAdjective(country);
        return (adjective == null ? gazetteer.headlineName(country) + "'s" : adjective) + " " + a.role() + " " + name;
    }

    /**
     * The name a headline gives a person: the family name ("Biden" of "Joseph R. Biden, Jr.", "Xi" of "Xi Jinping"),
     * or the whole name when it has particles ("Mohamed bin Zayed", "Abdel Fattah al-Sisi") or is one word.
     */
    private String shortName(String name, String country) {
        String bare = GENERATION.matcher(name).replaceAll("").trim();
        String[] words = SPACES.split(bare);
        if (words.length < 2) {
            return bare;
        }
        for (String w : words) {
            if (Character.isLowerCase(w.charAt(0))) {
                return bare;
            }
        }
        return gazetteer.familyNameFirst(country) ? words[0] : words[words.length - 1];
    }
}
