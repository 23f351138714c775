package io.dyadline.extraction.event;

import io.dyadline.extraction.EventType;
import io.dyadline.extraction.actor.ActorKind;
import io.dyadline.extraction.actor.ActorMention;
import io.dyadline.extraction.actor.Gazetteer;
import io.dyadline.extraction.text.Token;

import java.util.List;
import java.util.Set;

import static io.dyadline.extraction.event.EventKinds.FRICTION;
import static io.dyadline.extraction.event.EventKinds.VERBAL_CONFLICT;
import static io.dyadline.extraction.event.EventKinds.other;

/**
 * The two sides of an act of aid or friction, agent and target, as CAMEO coders take them. It records the party
 * rule ({@code party.agent_target}, {@code party.passive}, {@code party.participle_subject}, {@code
 * party.noun_agent}, {@code party.agent_in_focus}, {@code party.pronoun_speaker}, {@code party.pronoun_object},
 * {@code party.coordinated_target}, {@code party.both_sides}, {@code party.characterised_as}, {@code
 * party.state_agent}, {@code party.aim_in_country}, {@code party.object_affiliation}, {@code
 * party.coordinated_subject}, {@code party.victim}, {@code party.obligation}) and the direction rule of a kept
 * act, or the rule of its drop ({@code party.ongoing_reference}, {@code party.unattributed_noun}, {@code
 * party.non_state_target}, {@code party.none_named}, {@code party.one_side}).
 */
final class ActParties {

    /** Who acts and whom it is aimed at, for aid and friction; {@code agent} null with the rule of the drop. */
    record Act(String agent, String target, List<ActorMention> mentions, String rule, String direction, String also) {

        Act(String agent, String target, List<ActorMention> mentions, String rule, String direction) {
            this(agent, target, mentions, rule, direction, null);
        }

        /** The same act towards the second of two sides ("calls on Armenia and Azerbaijan"). */
        Act towardsAlso() {
            return new Act(agent, also, mentions, rule, direction, null);
        }
    }

    /**
     * What the sentences before tell: the official a pronoun speaker stands for, the two sides "both sides" stands
     * for, and the officials the recent sentences named, latest last.
     */
    record Context(ActorMention speaker, List<String> sides, List<ActorMention> officials) {
    }

    private final Set<String> clauseOpeners;
    private final Set<String> agentBreaks;
    private final Set<String> lightVerbDeterminers;
    private final Set<String> targetPrepositions;
    private final Set<String> npBoundary;

    private final Gazetteer gazetteer;
    private final EventLexicon lexicon;
    private final Topicality topicality;
    private final EventDating dating;
    private final AssemblySettings settings;

    ActParties(Gazetteer gazetteer, EventLexicon lexicon, AssemblySettings settings, Topicality topicality,
               EventDating dating) {
        this.settings = settings;
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        this.targetPrepositions = lexicon.cueSet("target_preposition");
        this.npBoundary = lexicon.cueSet("np_boundary");
        this.clauseOpeners = lexicon.cueSet("clause_opener");
        this.agentBreaks = lexicon.cueSet("agent_break");
        this.lightVerbDeterminers = lexicon.cueSet("light_verb_determiner");
        this.topicality = topicality;
        this.dating = dating;
    }

    /**
     * The two sides of an act of aid or friction, as CAMEO coders take them: the agent is the party nearest
     * before the verb in its clause ("Tehran on Sunday rejected"), or after "by" in a passive ("was called in by
     * the Iranian Foreign Ministry", "a request by Riyadh"), or the noun's own ("U.S. sanctions"); the target is
     * the party right after it ("warned the EU", "sanctions on Iran"), or the subject of a passive. A side not named
     * is the other side of the pair in focus when the named one belongs to it ("I warn the U.S. president"); a
     * pronoun speaker ("he warned", "..., she said") is the official a sentence before named ({@code speaker}).
     */
    Act of(SentenceFacts facts, TriggerMatch t, List<String> focus, Context context) {
        ActorMention speaker = context.speaker();
        List<String> sides = context.sides();
        List<Token> tokens = facts.tokens();
        ActorMention agent = null;
        ActorMention target = null;
        String rule = null;
        int clauseStart = 0;
        for (int k = t.from() - 1; k >= 0; k--) {
            if (clauseOpeners.contains(tokens.get(k).norm())) {
                clauseStart = k + 1;
                break;
            }
        }
        if (t.trigger().type() == EventType.DEMAND && lexicon.isCue("obligation_modal", tokens.get(t.from()).norm())) {
            return obligation(facts, t, speaker);
        }
        if (!VERBAL_CONFLICT.contains(t.trigger().type()) && armedGroupTarget(tokens, t)) {
            // "conduct operations against ISIS forces in Iraq and Syria": the countries are where, not whom
            return new Act(null, null, List.of(), "party.non_state_target", null);
        }
        ActorMention before = null;
        for (ActorMention m : facts.actors()) {
            if (m.canBeParty() && m.token() < t.from() && m.token() >= clauseStart && !topicality.topical(facts, m, t)
                    && (before == null || m.token() > before.token())) {
                before = m;
            }
        }
        for (ActorMention m : facts.actors()) {
            // "the Azerbaijani Foreign Ministry": the demonym says whose ministry it is
            if (before != null && m.canBeParty() && m.end() <= before.start() && m.token() >= before.token() - 2
                    && (m.kind() == ActorKind.DEMONYM || m.kind() == ActorKind.COUNTRY)
                    && before.kind() != ActorKind.DEMONYM && before.kind() != ActorKind.COUNTRY) {
                before = m;
            }
        }
        if (t.trigger().nominal()) {
            agent = nounAgent(facts, t);
            ActorMention light = lightVerbAgent(facts, t, clauseStart);
            if (agent == null) {
                agent = light;
            }
            boolean material = t.trigger().type() == EventType.SANCTION || t.trigger().type() == EventType.FORCE;
            if (material && light == null && !dating.dated(facts, t)) {
                // "Putin's war in Ukraine", "U.S. sanctions on Iran" told without a date or a verb that makes them
                // happen: the state of things an article recites, not an act it reports
                return new Act(null, null, List.of(), "party.ongoing_reference", null);
            }
            if (agent == null) {
                return new Act(null, null, List.of(), "party.unattributed_noun", null);
            }
            if (t.trigger().type() == EventType.FORCE) {
                target = victim(facts, t, agent);
                rule = target != null ? "party.victim" : null;
            }
            if (target == null) {
                target = after(facts, t, agent.country(), t.trigger().type() == EventType.FORCE
                        ? settings.forceTargetWindow() : settings.nounTargetWindow(), true);
            }
            if (target == null && t.trigger().type() == EventType.FORCE) {
                target = aimIn(facts, t, agent.country());
                rule = target != null ? "party.aim_in_country" : null;
            }
            if (target == null && t.trigger().type() == EventType.AID) {
                // "China gave Pakistan a loan": the receiver named between the giver and the gift
                for (ActorMention m : facts.actors()) {
                    if (m.canBeParty() && m.token() > agent.token() && m.token() < t.from()
                            && !m.country().equals(agent.country()) && target == null) {
                        target = m;
                    }
                }
            }
            if (target == null && VERBAL_CONFLICT.contains(t.trigger().type())) {
                // "Iran turned down a request by Riyadh": the noun's agent acts towards the clause's other party
                target = before != null && !before.country().equals(agent.country()) ? before : null;
            }
            rule = rule != null ? rule : "party.noun_agent";
        } else {
            int p = t.from() - 1;
            while (p >= 0 && tokens.get(p).norm().endsWith("ly") && tokens.get(p).norm().length() > 3) {
                p--; // "was swiftly summoned"
            }
            boolean passive = p >= 0 && lexicon.isCue("passive", tokens.get(p).norm());
            ActorMention by = null;
            for (ActorMention m : facts.actors()) {
                int q = facts.wordBefore(m);
                if (m.canBeParty() && m.token() > t.from() && q >= t.to()
                        && q <= (passive ? t.to() + settings.byAgentWindow() : t.to())
                        && tokens.get(q).norm().equals("by") && by == null) {
                    by = m;
                }
            }
            if (passive || by != null) {
                agent = by;
                target = before;
                rule = "party.passive";
            } else {
                String word = tokens.get(t.from()).norm();
                ActorMention shared = coordinatedVerb(tokens, t) ? clauseSubject(facts, t, clauseStart) : null;
                if (word.endsWith("ing")) {
                    // "has written letters to ... warning about", "Urging strict adherence ..., the minister noted":
                    // a participle's agent is the subject of the clause it hangs on, the first party of that clause
                    // that no preposition introduces ("..., after Netanyahu urged her ... by imposing")
                    before = null;
                    for (ActorMention m : facts.actors()) {
                        if (m.canBeParty() && !topicality.topical(facts, m, t) && !topicality.ownsThing(facts, m)
                                && (before == null || m.token() < before.token())
                                && m.token() != t.to() && (m.token() > t.from() || m.token() >= clauseStart)
                                && !prepositionObject(tokens, m)) {
                            before = m;
                        }
                    }
                    if (before == null && clauseStart > 0 && lexicon.isCue("speech_verb",
                            tokens.get(clauseStart - 1).norm())) {
                        // "Qassemi has said Hariri's resignation was a Saudi-orchestrated scenario, urging Riyadh":
                        // a reported clause with no acting subject; the participle hangs on the speaker's clause
                        for (ActorMention m : facts.actors()) {
                            if (m.canBeParty() && m.token() < clauseStart && !topicality.topical(facts, m, t)
                                    && !topicality.ownsThing(facts, m) && !prepositionObject(tokens, m)
                                    && (before == null || m.token() < before.token())) {
                                before = m;
                            }
                        }
                    }
                    rule = "party.participle_subject";
                } else if (shared != null) {
                    // "Zayed met with Putin on Monday, and urged him to ...": the subject of the first verb acts
                    before = shared;
                    rule = "party.coordinated_subject";
                } else {
                    rule = before != null && topicality.stateAgent(facts, before) ? "party.state_agent"
                            : "party.agent_target";
                }
                if (before == null && speaker != null && pronounSpeaker(facts, t)) {
                    before = speaker; // "Kanaani said on Monday ... He warned Washington": the official named before
                    rule = "party.pronoun_speaker";
                }
                agent = before;
                if (agent != null && t.to() < tokens.size()
                        && lexicon.isCue("pronoun_object", tokens.get(t.to()).norm())) {
                    // "May has resisted ..., after Netanyahu urged her to": the official of another side named before
                    target = addressee(facts, t, agent.country(), context.officials());
                    if (target != null) {
                        rule = "party.pronoun_object";
                    }
                }
                if (target == null) {
                    target = reactionTarget(facts, t, agent);
                }
                if (target == null && VERBAL_CONFLICT.contains(t.trigger().type()) && nonStateObject(tokens, t)) {
                    target = NO_STATE; // "lambasted the West for applying double standards on Iran"
                }
                if (target == NO_STATE) {
                    return new Act(null, null, List.of(), "party.non_state_target", null);
                }
                if (target == null) {
                    target = after(facts, t, agent == null ? null : agent.country(),
                            settings.targetWindow(), false);
                }
                if (target == null && agent != null && t.trigger().type() == EventType.ACCUSATION) {
                    target = characterisedAs(facts, t, agent.country());
                    if (target != null) {
                        rule = "party.characterised_as";
                    }
                }
                if (target == null && rule.equals("party.participle_subject") && agent != null) {
                    // "letters to ... his Saudi Arabian counterpart warning about": the addressee is named before
                    for (ActorMention m : facts.actors()) {
                        if (m.canBeParty() && m.token() < t.from() && !m.country().equals(agent.country())
                                && !topicality.topical(facts, m, t) && (target == null || m.token() > target.token())
                                && addressedBefore(facts.tokens(), m.token())) {
                            target = m;
                        }
                    }
                }
            }
        }
        EventType type = t.trigger().type();
        if (agent != null && (type == EventType.SANCTION || type == EventType.FORCE)) {
            // "imposing sanctions on 25 individuals and entities, with alleged links to Iran's Revolutionary Guards",
            // "put a network of companies based in Iran, China and Hong Kong on the list": the first one named
            ActorMention owner = affiliated(facts, t, agent.country());
            if (owner != null && (target == null || owner.token() < target.token())) {
                target = owner;
                rule = "party.object_affiliation";
            }
        }
        String direction = t.trigger().nominal() ? "direction.noun_agent"
                : rule.equals("party.passive") ? "direction.passive_agent"
                : rule.equals("party.participle_subject") ? "direction.participle_subject"
                : rule.equals("party.pronoun_speaker") ? "direction.pronoun_speaker" : "direction.subject";
        if (agent != null && target != null && !agent.country().equals(target.country())) {
            // a speaker named in a sentence before is no mention of this one
            List<ActorMention> named = new java.util.ArrayList<>(List.of(agent, target));
            named.remove(speaker);
            named.removeAll(context.officials()); // named in a sentence before: no mention of this one
            ActorMention second = t.trigger().nominal() ? null : coordinated(facts, target, agent.country());
            if (second != null) {
                // "calls on Armenia and Azerbaijan to show restraint": one act towards each
                return new Act(agent.country(), target.country(), named, "party.coordinated_target", direction,
                        second.country());
            }
            return new Act(agent.country(), target.country(), named, rule, direction);
        }
        if (agent != null && target == null && !t.trigger().nominal() && sides != null
                && !sides.contains(agent.country()) && bothSidesAfter(facts, t)) {
            // "Iran ... calls on both sides to show restraint", the two named together before
            List<ActorMention> named = agent == speaker ? List.of() : List.of(agent);
            return new Act(agent.country(), sides.get(0), named, "party.both_sides", direction, sides.get(1));
        }
        // "I warn the U.S. president": an unnamed agent acting towards one side of the focus is its other side; a
        // passive without its agent ("was assassinated in 2005") and an act with no target named are not guessed
        if (agent == null && target != null && !rule.equals("party.passive") && focus != null
                && focus.contains(target.country()) && !thirdPartyBefore(facts, t, clauseStart, focus)
                && (t.trigger().nominal() || pronounSubject(tokens, t))) {
            return new Act(other(focus, target.country()), target.country(), List.of(target), "party.agent_in_focus",
                    "direction.not_the_target");
        }
        ActorMention named = agent != null ? agent : target;
        return new Act(null, null, List.of(), named == null ? "party.none_named" : "party.one_side", null);
    }

    /**
     * "I warn the U.S. president", "the Foreign Ministry urged Baghdad": the verb's subject is a pronoun or an
     * official or body named by its office alone, whose side the focus may tell; "regimes that threaten U.S.
     * security", "critics have attacked" name a subject of their own, which is no party.
     */
    private boolean pronounSubject(List<Token> tokens, TriggerMatch t) {
        int k = subjectBefore(tokens, t, t.from());
        return k >= 0 && (lexicon.isCue("speaker_pronoun", tokens.get(k).norm()) || tokens.get(k).capital()
                && (gazetteer.isRoleAt(tokens, k) || gazetteer.institutionKind(tokens.get(k)) == ActorKind.BODY));
    }

    /**
     * The token before a verb, back over the words that stand between a subject and its verb ("he also warned", "we
     * continue to call on", "strongly"), within {@code reach} tokens; -1 when there is none.
     */
    private int subjectBefore(List<Token> tokens, TriggerMatch t, int reach) {
        for (int k = t.from() - 1; k >= 0 && k >= t.from() - reach; k--) {
            String w = tokens.get(k).norm();
            if (!lexicon.isCue("pronoun_gap", w) && !(w.endsWith("ly") && w.length() > 3)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * A party of neither side of the focus named before the trigger in its clause, even as a topic ("support for the
     * Iraqi parliament's stance in adopting a legislation to expel the U.S. troops"): the unnamed agent may be it,
     * so the focus does not supply one.
     */
    private static boolean thirdPartyBefore(SentenceFacts facts, TriggerMatch t, int clauseStart, List<String> focus) {
        for (ActorMention m : facts.actors()) {
            if (m.canBeParty() && m.token() < t.from() && m.token() >= clauseStart && !focus.contains(m.country())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "denounced the event, slated for February 13-14 in Warsaw, as Washington's latest attempt": a thing accused is
     * aimed at the party the "as" phrase names as its owner, right after "as" and its determiners.
     */
    private ActorMention characterisedAs(SentenceFacts facts, TriggerMatch t, String agent) {
        List<Token> tokens = facts.tokens();
        for (int k = t.to(); k < tokens.size() && k <= t.to() + settings.characterisedWindow(); k++) {
            String w = tokens.get(k).norm();
            if (w.equals(";") || w.equals(".") || lexicon.isCue("clause_opener", w) && !w.equals("as")) {
                return null;
            }
            if (w.equals("as")) {
                int from = k + 1;
                while (from < tokens.size() && (lexicon.isCue("article", tokens.get(from).norm())
                        || tokens.get(from).norm().equals("the"))) {
                    from++;
                }
                for (ActorMention m : facts.actors()) {
                    if (m.canBeParty() && m.token() == from && !m.country().equals(agent)) {
                        return m;
                    }
                }
                return null;
            }
        }
        return null;
    }

    /**
     * "an air strike against an Islamic State target southwest of Baghdad": a strike aimed at a thing named in a
     * country is against that country; the first country or capital after the aiming preposition, in its phrase.
     */
    private ActorMention aimIn(SentenceFacts facts, TriggerMatch t, String agent) {
        List<Token> tokens = facts.tokens();
        int aim = -1;
        for (int k = t.to(); k < tokens.size() && k <= t.to() + 1 && aim < 0; k++) {
            aim = targetPrepositions.contains(tokens.get(k).norm()) ? k : aim;
        }
        if (aim < 0) {
            return null;
        }
        for (int k = aim + 1; k < tokens.size() && k <= aim + settings.aimWindow(); k++) {
            String w = tokens.get(k).norm();
            if (w.equals(",") || w.equals(";") || w.equals(".") || lexicon.isCue("clause_opener", w)) {
                return null;
            }
            for (ActorMention m : facts.actors()) {
                if (m.token() == k && m.canBeParty() && !m.country().equals(agent)
                        && (m.kind() == ActorKind.COUNTRY || m.kind() == ActorKind.CAPITAL)) {
                    return m;
                }
            }
        }
        return null;
    }

    /**
     * "General Soleimani was martyred in a U.S. drone strike on Baghdad's airport", "two Iranian diplomats were
     * killed in an Israeli air strike on Damascus": whom the strike hit, named before the victim's verb and "in", is
     * its target, not the place.
     */
    private ActorMention victim(SentenceFacts facts, TriggerMatch t, ActorMention agent) {
        List<Token> tokens = facts.tokens();
        int p = Math.min(t.from(), agent.token()) - 1;
        if (p >= 0 && lexicon.isCue("article", tokens.get(p).norm())) {
            p--;
        }
        if (p < 1 || !tokens.get(p).norm().equals("in") || !lexicon.isCue("victim_verb", tokens.get(p - 1).norm())) {
            return null;
        }
        ActorMention hit = null;
        for (ActorMention m : facts.actors()) {
            if (m.canBeParty() && m.token() < p - 1 && !m.country().equals(agent.country())
                    && m.kind() != ActorKind.CAPITAL && (hit == null || m.token() > hit.token())) {
                hit = m;
            }
        }
        return hit;
    }

    /** The latest official of a country other than the agent's, in this sentence before the verb or before it. */
    private static ActorMention addressee(SentenceFacts facts, TriggerMatch t, String agent,
                                          List<ActorMention> officials) {
        ActorMention best = null;
        for (ActorMention m : facts.actors()) {
            if (m.canBeParty() && m.kind() == ActorKind.PERSON && m.token() < t.from() && !m.country().equals(agent)) {
                best = m;
            }
        }
        for (int k = officials.size() - 1; k >= 0 && best == null; k--) {
            if (!officials.get(k).country().equals(agent)) {
                best = officials.get(k);
            }
        }
        return best;
    }

    /** "Armenia and the Republic of Azerbaijan", "Armenia, Azerbaijan": a second party joined to the first. */
    private static ActorMention coordinated(SentenceFacts facts, ActorMention first, String not) {
        List<Token> tokens = facts.tokens();
        int end = first.token() + 1;
        while (end < tokens.size() && tokens.get(end).start() < first.end()) {
            end++;
        }
        for (ActorMention m : facts.actors()) {
            if (!m.canBeParty() || m.token() < end || m.country().equals(not) || m.country().equals(first.country())) {
                continue;
            }
            int k = end;
            boolean joined = k < m.token() && (tokens.get(k).norm().equals("and") || tokens.get(k).norm().equals(","));
            for (k++; k < m.token() && joined; k++) {
                joined = tokens.get(k).norm().equals("the") || tokens.get(k).norm().equals("and");
            }
            return joined ? m : null;
        }
        return null;
    }

    /** Whether "both sides", "the two countries" stands right after a verb as what it is aimed at. */
    private boolean bothSidesAfter(SentenceFacts facts, TriggerMatch t) {
        for (var a : facts.anaphora()) {
            if ((a.value().equals("anaphora.two_sides") || a.value().equals("anaphora.the_two"))
                    && a.from() >= t.to() && a.from() - t.to() <= settings.bothSidesWindow()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the subject of a verb is a pronoun that stands for a speaker: "he warned", "she has also urged", "I
     * warn", or a quote that "he said" closes.
     */
    private boolean pronounSpeaker(SentenceFacts facts, TriggerMatch t) {
        List<Token> tokens = facts.tokens();
        int before = subjectBefore(tokens, t, settings.pronounReach());
        if (before >= 0 && lexicon.isCue("speaker_pronoun", tokens.get(before).norm())) {
            return true;
        }
        for (int k = t.to(); k + 1 < tokens.size(); k++) {
            String w = tokens.get(k).norm();
            String next = tokens.get(k + 1).norm();
            if (lexicon.isCue("speaker_pronoun", w) && lexicon.isCue("speech_verb", next)
                    || lexicon.isCue("speech_verb", w) && lexicon.isCue("speaker_pronoun", next)) {
                return true; // "..., he said"; "..., said he"
            }
        }
        return false;
    }

    /**
     * "... announce that ... the Azerbaijani side must pull back to its original positions": what one side says
     * another must do is its demand of it ({@code party.obligation}). The target is the subject right before the
     * modal, a side's own ("the Azerbaijani side", "Iran's government"), never a phrase's object ("Russia's invasion
     * of Ukraine must be resolved") nor one of two sides together ("the United States and India must"); "must be" is
     * no demand of its subject. The agent is the one who says it: the sentence's subject before the clause that
     * reports it, the speaker named after a quote ("..., Lavrov said"), or the official a quote continues.
     */
    private Act obligation(SentenceFacts facts, TriggerMatch t, ActorMention speaker) {
        List<Token> tokens = facts.tokens();
        if (t.to() < tokens.size() && lexicon.isCue("obligation_copula", tokens.get(t.to()).norm())) {
            return new Act(null, null, List.of(), "party.none_named", null);
        }
        int k = t.from() - 1;
        while (k >= 0 && lexicon.isCue("obligated_head", tokens.get(k).norm())) {
            k--;
        }
        if (k > 1 && tokens.get(k).norm().equals("s") && tokens.get(k - 1).norm().equals("'")) {
            k -= 2; // "Japan's government must"
        }
        if (k < 0) {
            return new Act(null, null, List.of(), "party.none_named", null);
        }
        ActorMention target = null;
        for (ActorMention m : facts.actors()) {
            if (m.canBeParty() && m.token() <= k && m.end() >= tokens.get(k).end() && !prepositionObject(tokens, m)) {
                target = m;
            }
        }
        if (target == null || target.token() > 0 && (tokens.get(target.token() - 1).norm().equals("and")
                || tokens.get(target.token() - 1).norm().equals("both"))) {
            return new Act(null, null, List.of(), "party.none_named", null);
        }
        ActorMention agent = null;
        int opener = -1;
        for (int q = target.token() - 1; q >= 0 && opener < 0; q--) {
            if (lexicon.isCue("clause_opener", tokens.get(q).norm())) {
                opener = q;
            }
        }
        for (ActorMention m : facts.actors()) {
            if (agent == null && m.canBeParty() && m.token() < opener && !m.country().equals(target.country())
                    && !topicality.topical(facts, m, t)) {
                agent = m; // "The Armed Forces of the Republic of Armenia ... announce that ..."
            }
        }
        for (ActorMention m : facts.actors()) {
            int q = facts.wordBefore(m);
            if (agent == null && m.canBeParty() && m.token() > t.to() && !m.country().equals(target.country())
                    && q >= 0 && lexicon.isCue("speech_verb", tokens.get(q).norm())) {
                agent = m; // "..., said Lavrov"
            }
            int after = facts.tokenAt(m.end());
            if (agent == null && m.canBeParty() && m.token() > t.to() && !m.country().equals(target.country())
                    && after < tokens.size() && lexicon.isCue("speech_verb", tokens.get(after).norm())) {
                agent = m; // "..., Lavrov said"
            }
        }
        if (agent == null && speaker != null && !speaker.country().equals(target.country())
                && tokens.get(0).norm().equals("\"")) {
            agent = speaker; // the quote of the official named before
        }
        if (agent == null) {
            return new Act(null, null, List.of(), "party.one_side", null);
        }
        List<ActorMention> named = new java.util.ArrayList<>(List.of(agent, target));
        named.remove(speaker);
        return new Act(agent.country(), target.country(), named, "party.obligation", "direction.speaker");
    }

    /** A verb after ", and" (or ", and also"): a second predicate of the clause's subject. */
    private boolean coordinatedVerb(List<Token> tokens, TriggerMatch t) {
        int p = t.from() - 1;
        while (p >= 0 && lexicon.isCue("pronoun_gap", tokens.get(p).norm()) && !tokens.get(p).norm().equals("and")) {
            p--;
        }
        return p >= 1 && tokens.get(p).norm().equals("and") && tokens.get(p - 1).norm().equals(",");
    }

    /**
     * The subject of the verb a coordinated verb shares it with: the party nearest before the clause's first
     * verbal trigger ("Zayed met with Putin ..., and urged him"), or null when no trigger comes first.
     */
    private ActorMention clauseSubject(SentenceFacts facts, TriggerMatch t, int clauseStart) {
        TriggerMatch first = null;
        for (TriggerMatch o : facts.triggers()) {
            if (!o.trigger().nominal() && o.from() >= clauseStart && o.to() < t.from()
                    && (first == null || o.from() < first.from())) {
                first = o;
            }
        }
        if (first == null) {
            return null;
        }
        ActorMention subject = null;
        for (ActorMention m : facts.actors()) {
            if (m.canBeParty() && m.token() >= clauseStart && m.token() < first.from()
                    && !topicality.topical(facts, m, first) && !prepositionObject(facts.tokens(), m)) {
                subject = m;
            }
        }
        return subject;
    }

    /** Whether a preposition introduces a party ("the deal with Iran"): the object of a phrase, no subject. */
    private boolean prepositionObject(List<Token> tokens, ActorMention m) {
        int p = m.token() - 1;
        if (p >= 0 && lexicon.isCue("article", tokens.get(p).norm())) {
            p--;
        }
        return p >= 0 && lexicon.isCue("preposition_before_object", tokens.get(p).norm());
    }

    /**
     * "letters to OPEC President ... and his Saudi Arabian counterpart": a "to" opens the phrase that names it; "to
     * follow U.S. President Trump's example" is an infinitive, no addressee.
     */
    private boolean addressedBefore(List<Token> tokens, int token) {
        for (int k = token - 1; k >= 0 && k >= token - settings.addresseeWindow(); k--) {
            String w = tokens.get(k).norm();
            if (w.equals("to")) {
                Token next = tokens.get(k + 1);
                return next.capital() || lexicon.isCue("possessive", next.norm())
                        || lexicon.isCue("article", next.norm());
            }
            if (w.equals(",") || w.equals("that") || w.equals("said")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "rejected Hariri's allegations", "turned down a request by Riyadh": a reaction aimed at another act is aimed at
     * that act's agent.
     */
    private ActorMention reactionTarget(SentenceFacts facts, TriggerMatch t, ActorMention agent) {
        int asked = asked(facts.tokens(), t, settings.targetWindow());
        for (TriggerMatch o : facts.triggers()) {
            if (!o.trigger().nominal() || !FRICTION.contains(o.trigger().type()) || o.from() < t.to()
                    || o.from() - t.to() > settings.reactionWindow() || o.from() > asked) {
                continue;
            }
            ActorMention by = nounAgent(facts, o);
            boolean objectNamedFirst = facts.actors().stream().anyMatch(m -> m.canBeParty() && m != by
                    && m.token() >= t.to() && m.token() < o.from()); // "blamed Washington for the attack"
            if (!objectNamedFirst) {
                if (by != null && (agent == null || !by.country().equals(agent.country()))) {
                    return by;
                }
                if (by == null && VERBAL_CONFLICT.contains(t.trigger().type())) {
                    return NO_STATE; // "condemned the militia attack on the U.S. embassy": aimed at the militia
                }
            }
        }
        return null;
    }

    /**
     * "called upon world leaders to assume a tougher stance on Iran", "urges end to Yemen embargo": after a demand's
     * addressee, "to" opens what is asked, whose countries and acts are not its target; the token of that "to".
     */
    private static int asked(List<Token> tokens, TriggerMatch t, int window) {
        if (t.trigger().type() == EventType.DEMAND && !t.trigger().nominal()) {
            for (int k = t.to() + 1; k < tokens.size() && k <= t.to() + window; k++) {
                if (tokens.get(k).norm().equals("to")) {
                    return k;
                }
            }
        }
        return Integer.MAX_VALUE;
    }

    /**
     * Right after a material act and its target preposition ("operations against", "strikes on"), an article, an
     * armed group or a word for no state: "against ISIS forces", "on Houthi rebels", "against the militias".
     */
    private boolean armedGroupTarget(List<Token> tokens, TriggerMatch t) {
        int k = t.to();
        if (k >= tokens.size() || !lexicon.isCue("target_preposition", tokens.get(k).norm())) {
            return false;
        }
        k++;
        if (k < tokens.size() && lexicon.isCue("article", tokens.get(k).norm())) {
            k++;
        }
        return k < tokens.size() && (gazetteer.isArmedGroupAt(tokens, k)
                || lexicon.isCue("non_state_object", tokens.get(k).norm()));
    }

    /** Right after a verb of friction, "the" and a word for no state: "the West", "the militias", "terrorists". */
    private boolean nonStateObject(List<Token> tokens, TriggerMatch t) {
        int k = t.to();
        if (k < tokens.size() && lexicon.isCue("article", tokens.get(k).norm())) {
            k++;
        }
        return k < tokens.size() && lexicon.isCue("non_state_object", tokens.get(k).norm());
    }

    /** The target of a reaction to an act no state is said to have done. */
    private static final ActorMention NO_STATE = new ActorMention(0, 0, -1, "", ActorKind.NONE, "party.non_state",
            null, null, false, false);

    /**
     * The first party after a trigger within a window, not the agent's country: "warned the EU", "sanctions on
     * Iran"; with {@code aimed}, only one after a preposition that aims ("on", "against").
     */
    private ActorMention after(SentenceFacts facts, TriggerMatch t, String not, int window, boolean aimed) {
        List<Token> tokens = facts.tokens();
        int asked = asked(tokens, t, window);
        ActorMention best = null;
        for (ActorMention m : facts.actors()) {
            if (!m.canBeParty() || m.country().equals(not) || m.token() < t.to() || m.token() > t.to() + window
                    || m.token() > asked || (best != null && best.token() <= m.token())) {
                continue;
            }
            int p = m.token() - 1;
            if (p >= t.to() && tokens.get(p).norm().equals("the")) {
                p--;
            }
            String prep = p >= 0 ? tokens.get(p).norm() : "";
            EventType type = t.trigger().type();
            boolean aimedAt = p >= t.to() - 1 && (targetPrepositions.contains(prep)
                    || type == EventType.FORCE && prep.equals("in") || type == EventType.SANCTION && prep.equals("from")
                    || type == EventType.AID && (prep.equals("to") || prep.equals("for"))
                    || VERBAL_CONFLICT.contains(type) && t.trigger().nominal() && prep.equals("to"));
            if (aimed ? aimedAt : aimedAt || !topicality.topical(facts, m, t)) {
                best = m;
            }
        }
        return best;
    }

    /**
     * The country whose people or entities a sanction or strike targets, named after it by a word of affiliation
     * and "to", "with" or "in": "entities with links to Iran's Revolutionary Guards", "companies based in Iran".
     */
    private ActorMention affiliated(SentenceFacts facts, TriggerMatch t, String not) {
        List<Token> tokens = facts.tokens();
        for (ActorMention m : facts.actors()) {
            if (!m.canBeParty() || m.country().equals(not) || m.token() < t.to()
                    || m.token() > t.to() + settings.affiliationWindow()) {
                continue;
            }
            int p = facts.wordBefore(m);
            if (p - 1 >= t.to() && lexicon.isCue("affiliation", tokens.get(p - 1).norm())
                    && (tokens.get(p).norm().equals("to") || tokens.get(p).norm().equals("with")
                    || tokens.get(p).norm().equals("in"))) {
                return m;
            }
        }
        return null;
    }

    /** Who a friction or aid noun says acts: "a request by Riyadh", "U.S. sanctions", "the Saudi-led war". */
    ActorMention nounAgent(SentenceFacts facts, TriggerMatch t) {
        List<Token> tokens = facts.tokens();
        for (ActorMention m : facts.actors()) {
            if (m.canBeParty() && m.token() > t.to() && m.token() <= t.to() + settings.byAgentWindow()) {
                int p = m.token() - 1;
                if (tokens.get(p).norm().equals("the")) {
                    p--;
                }
                if (p >= t.to() && tokens.get(p).norm().equals("by")) {
                    return m;
                }
            }
        }
        ActorMention best = null;
        for (ActorMention m : facts.actors()) {
            if (!m.canBeParty() || m.token() >= t.from() || m.token() < t.from() - settings.nounAgentWindow()) {
                continue;
            }
            int end = m.token() + 1;
            while (end < tokens.size() && tokens.get(end).start() < m.end()) {
                end++;
            }
            boolean inPhrase = end <= t.from() && t.from() - end <= settings.nounAgentGap();
            for (int k = end; k < t.from() && inPhrase; k++) {
                String w = tokens.get(k).norm();
                inPhrase = (!npBoundary.contains(w) || w.equals("-")) && !agentBreaks.contains(w)
                        && !facts.inTrigger(k); // "gave Pakistan a loan": the loan is not Pakistan's
            }
            boolean possessive = end + 1 < tokens.size() && tokens.get(end).norm().equals("'")
                    && tokens.get(end + 1).norm().equals("s");
            if (inPhrase && (m.kind() != ActorKind.COUNTRY || possessive || end == t.from()
                    || !gazetteer.isModifierNoun(tokens.get(end)))) {
                best = m; // the nearest: "the Saudi-led coalition's war" is the coalition's
            }
        }
        return best;
    }

    /** The light verb right before a noun of an act, in its phrase ("launched an air strike"), or -1. */
    int lightVerb(List<Token> tokens, TriggerMatch t) {
        for (int k = t.from() - 1; k >= 0 && k >= t.from() - settings.lightVerbWindow(); k--) {
            if (lexicon.isCue("light_verb", tokens.get(k).norm())) {
                return k;
            }
            if (npBoundary.contains(tokens.get(k).norm()) && !lightVerbDeterminers.contains(tokens.get(k).norm())) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "Saudi Arabia unleashed a devastating campaign against Yemen", "Iran has slapped the U.S. in the face by
     * launching a missile strike": the subject of a light verb right before the noun acts.
     */
    private ActorMention lightVerbAgent(SentenceFacts facts, TriggerMatch t, int clauseStart) {
        List<Token> tokens = facts.tokens();
        int verb = lightVerb(tokens, t);
        if (verb < 0) {
            return null;
        }
        boolean participle = tokens.get(verb).norm().endsWith("ing");
        ActorMention best = null;
        for (ActorMention m : facts.actors()) {
            if (!m.canBeParty() || m.token() >= verb || topicality.topical(facts, m, t)) {
                continue;
            }
            if (participle ? best == null || m.token() < best.token()
                    : m.token() >= clauseStart && (best == null || m.token() > best.token())) {
                best = m;
            }
        }
        return best;
    }
}
