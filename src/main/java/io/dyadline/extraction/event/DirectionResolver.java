package io.dyadline.extraction.event;

import io.dyadline.extraction.Decision;
import io.dyadline.extraction.EventType;
import io.dyadline.extraction.actor.ActorKind;
import io.dyadline.extraction.actor.ActorMention;
import io.dyadline.extraction.text.Token;

import java.util.List;
import java.util.Set;

import static io.dyadline.extraction.event.EventKinds.other;

/**
 * Who acts towards whom in a directed event (direction.tsv): the agent of a passive, a noun's own agent, the
 * subject, the host of a visit, the country a visit goes to, or the side the object is not. It records {@code
 * direction.passive_agent}, {@code direction.passive_subject}, {@code direction.subject}, {@code
 * direction.noun_agent}, {@code direction.host_guest}, {@code direction.destination}, {@code
 * direction.not_the_object}, {@code direction.unknown} or, for a type without direction, {@code
 * direction.symmetric}; an act of aid or friction keeps the direction {@link ActParties} found.
 */
final class DirectionResolver {

    private final EventLexicon lexicon;
    private final ActParties act;
    private final AssemblySettings settings;

    DirectionResolver(EventLexicon lexicon, AssemblySettings settings, ActParties act) {
        this.settings = settings;
        this.lexicon = lexicon;
        this.act = act;
    }

    /** Sets the reading's initiator and the rule that found it. */
    void resolve(Reading r) {
        String[] direction = r.acting != null ? new String[]{r.acting.agent(), r.acting.direction()}
                : direction(r.facts, r.t, r.pair, r.used);
        r.initiator = direction[0];
        r.directionRule = direction[1];
    }

    Decision explain(Reading r) {
        return new Decision("direction", r.directionRule, r.initiator == null ? "none"
                : r.initiator + " towards " + other(r.pair, r.initiator));
    }

    /**
     * Who acts towards whom: the initiator and the rule that found it ({@code [null, "direction.symmetric"]} for a
     * type without direction). The agent of a passive ("was summoned by the Iranian Foreign Ministry"), the noun's
     * own agent ("U.S. sanctions"), the subject ("Tehran rejected ..."), or the side the object is not.
     */
    private String[] direction(SentenceFacts facts, TriggerMatch t, List<String> pair, List<ActorMention> used) {
        if (!lexicon.directed(t.trigger().type()) || pair.size() != 2) {
            return new String[]{null, "direction.symmetric"};
        }
        List<Token> tokens = facts.tokens();
        if (t.trigger().type() == EventType.VISIT) {
            for (int k = t.from() - 1; k >= 0; k--) {
                if (lexicon.isCue("host", tokens.get(k).norm())) {
                    int hostVerb = k;
                    ActorMention host = used.stream().filter(m -> m.token() < hostVerb && pair.contains(m.country()))
                            .max(java.util.Comparator.comparingInt(ActorMention::token)).orElse(null);
                    if (host != null && used.stream().anyMatch(m -> m.token() > hostVerb)) {
                        // "Trump hosted Netanyahu for a visit": the guest visits
                        return new String[]{other(pair, host.country()), "direction.host_guest"};
                    }
                    break;
                }
            }
        }
        String destination = t.trigger().type() == EventType.VISIT ? destination(facts, t, pair, used) : null;
        // "Rouhani's visit to Iraq": a verb's pattern read as a noun, whose owner is its agent
        if (!Topicality.readAsNoun(tokens, t)) {
            int before = t.from() - 1;
            while (before >= 0 && tokens.get(before).norm().endsWith("ly") && tokens.get(before).norm().length() > 3) {
                before--; // "was swiftly summoned"
            }
            boolean passive = before >= 0 && lexicon.isCue("passive", tokens.get(before).norm());
            ActorMention agent = null;
            for (ActorMention m : facts.actors()) {
                if (m.canBeParty() && pair.contains(m.country()) && m.token() > t.from()
                        && m.token() <= t.to() + settings.byAgentWindow()) {
                    int p = facts.wordBefore(m);
                    if (p >= t.to() && tokens.get(p).norm().equals("by")) {
                        agent = m;
                    }
                }
            }
            if (agent != null) {
                return new String[]{agent.country(), "direction.passive_agent"};
            }
            ActorMention named = t.trigger().type() == EventType.VISIT ? nameBefore(facts, t, pair) : null;
            if (named != null) {
                return new String[]{named.country(), "direction.name_compound"};
            }
            ActorMention subject = subjectOf(facts, t, pair, used);
            if (passive && subject != null) {
                return new String[]{other(pair, subject.country()), "direction.passive_subject"};
            }
            if (subject != null && subject.country().equals(destination)) {
                // "The Kuwaiti leader invited Iran's foreign minister to visit Kuwait": no one visits their own
                // country, so the visitor is the other side
                return new String[]{other(pair, destination), "direction.own_destination"};
            }
            if (subject != null) {
                return new String[]{subject.country(), "direction.subject"};
            }
        } else {
            ActorMention agent = act.nounAgent(facts, t);
            if (agent != null && pair.contains(agent.country())) {
                return new String[]{agent.country(), "direction.noun_agent"};
            }
            ActorMention subject = subjectOf(facts, t, pair, used);
            if (subject != null) {
                return new String[]{subject.country(), "direction.subject"};
            }
        }
        // "When the President visited Israel on October 18th, he said ... the United States": the country the
        // visit goes to, right after it, is whom it is towards, whatever the rest of the sentence names
        if (destination != null) {
            return new String[]{other(pair, destination), "direction.destination"};
        }
        // "... accused Iran of": only the object is named, the one who acts is the other side
        Set<String> objects = new java.util.HashSet<>();
        for (ActorMention m : used) {
            if (m.token() >= t.to() && pair.contains(m.country())) {
                objects.add(m.country());
            }
        }
        if (objects.size() == 1) {
            return new String[]{other(pair, objects.iterator().next()), "direction.not_the_object"};
        }
        return new String[]{null, "direction.unknown"};
    }

    /** The first party named before the trigger in its clause: the subject. */
    private static ActorMention subjectOf(SentenceFacts facts, TriggerMatch t, List<String> pair,
                                          List<ActorMention> used) {
        ActorMention first = null;
        for (ActorMention m : used) {
            if (m.token() < t.from() && pair.contains(m.country()) && (first == null || m.token() < first.token())) {
                first = m;
            }
        }
        return first;
    }

    /** The country of the pair a visit goes to, named right after its trigger ("visited Israel", "travel to Iraq"). */
    private String destination(SentenceFacts facts, TriggerMatch t, List<String> pair, List<ActorMention> used) {
        List<Token> tokens = facts.tokens();
        for (ActorMention m : used) {
            int p = facts.wordBefore(m);
            boolean destination = p == t.to() - 1 || p >= t.to() && p <= t.to() + settings.aimedWindow()
                    && (tokens.get(p).norm().equals("to") || tokens.get(p).norm().equals("in"));
            if (destination && pair.contains(m.country()) && m.token() >= t.to()) {
                return m.country();
            }
        }
        return null;
    }

    /**
     * "Japan, India deepen partnership during Modi visit": an official's name right before the bare noun "visit" of
     * a headline is who visits, whoever the clause's subject is.
     */
    private static ActorMention nameBefore(SentenceFacts facts, TriggerMatch t, List<String> pair) {
        if (t.to() - t.from() != 1 || !facts.tokens().get(t.from()).norm().equals("visit")) {
            return null;
        }
        for (ActorMention m : facts.actors()) {
            if (m.kind() == ActorKind.PERSON && pair.contains(m.country()) && facts.tokenAt(m.end()) == t.from()) {
                return m;
            }
        }
        return null;
    }
}
