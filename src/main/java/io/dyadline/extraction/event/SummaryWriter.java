package io.dyadline.extraction.event;

import io.dyadline.extraction.Actor;
import io.dyadline.extraction.EventStatus;
import io.dyadline.extraction.EventType;
import io.dyadline.extraction.actor.ActorKind;
import io.dyadline.extraction.actor.ActorMention;
import io.dyadline.extraction.actor.Gazetteer;
import io.dyadline.extraction.sector.SectorClassifier;
import io.dyadline.extraction.sector.SectorTaxonomy;
import io.dyadline.extraction.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The headline an analyst would write of an event: who (with role) does what with whom, and on what. The visitor
 * or the initiator comes first; an official is named by country adjective, role and short name. It records no rule:
 * the summary follows from the decisions of the stages before it.
 */
final class SummaryWriter {

    private final Gazetteer gazetteer;
    private final EventLexicon lexicon;

    SummaryWriter(Gazetteer gazetteer, EventLexicon lexicon) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
    }

    /**
     * A headline an analyst would write: who (with role) does what with whom, and on what.
     * "Iranian telecoms minister Issa Zarepour meets Alexander Shoitov, Russian deputy minister".
     */
    String summary(Draft d, Map<String, Actor> actors, Map<String, ActorKind> kinds, Set<String> sectors) {
        List<String> order = new ArrayList<>();
        Candidate first = d.mentions.stream().min(java.util.Comparator.comparingInt(
                (Candidate c) -> c.inTitle() ? -1 : c.facts().sentence().index())).orElseThrow();
        first.parties().stream().sorted(java.util.Comparator.comparingInt(ActorMention::token))
                .map(ActorMention::country).filter(d.pair::contains).filter(c -> !order.contains(c))
                .forEach(order::add);
        for (String c : d.pair) {
            if (!order.contains(c)) {
                order.add(c);
            }
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
        String who = headlineActor(order.get(0), subject, kinds);
        String whom = headlineActor(order.get(1), object, kinds);
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
        String bare = name.replaceAll(",?\\s+(Jr\\.?|Sr\\.?|I{2,3}|IV)$", "").trim();
        String[] words = bare.split("\\s+");
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
