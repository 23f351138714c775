package io.dyadline.extraction.event;

import io.dyadline.extraction.Decision;
import io.dyadline.extraction.EventType;
import io.dyadline.extraction.Span;
import io.dyadline.extraction.text.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * The first stage: which triggers of a sentence may state an act. Announcements and proposals told with an
 * encounter belong to it; a reporter's turn is talk; then a word used in another sense ({@link SenseVetoes}),
 * talk about an event ({@link TriggerFilter}) and the guards of aid and friction ({@link FrictionVetoes}) each
 * drop a trigger with their {@code veto.*} or {@code merge.summoned_envoy} rule. A kept trigger records its own
 * id, and {@code type.call_for_cooperation} when a demand asks for cooperation and is a proposal.
 */
final class TriggerVetoes {

    /** The rule that makes "will hold Iran responsible" a threat. */
    static final String ACCUSATION_TO_COME = "type.accusation_to_come";

    private final EventLexicon lexicon;
    private final AssemblySettings settings;
    private final SenseVetoes sense;
    private final TriggerFilter filter;
    private final FrictionVetoes friction;

    TriggerVetoes(EventLexicon lexicon, AssemblySettings settings, SenseVetoes sense, TriggerFilter filter,
                  FrictionVetoes friction) {
        this.lexicon = lexicon;
        this.settings = settings;
        this.sense = sense;
        this.filter = filter;
        this.friction = friction;
    }

    /**
     * Whether a sentence is part of a reporter's turn: "Q   On Khashoggi, ...: His widow left meetings ...": every
     * sentence of the turn is talk, over its paragraphs until the next speaker's label ("MS. JEAN-PIERRE:").
     */
    boolean reporterTurn(Discourse discourse, SentenceFacts facts) {
        if (TriggerFilter.opensReporterTurn(facts)) {
            discourse.questionParagraph = facts.sentence().paragraph();
        } else if (facts.sentence().paragraph() != discourse.questionParagraph
                && EventDating.afterSpeakerLabel(facts) > 0) {
            discourse.questionParagraph = Integer.MIN_VALUE; // another speaker has the floor
        }
        boolean turnGoesOn = discourse.questionParagraph != Integer.MIN_VALUE;
        return facts.sentence().field() == Span.Field.TEXT && turnGoesOn;
    }

    /** The reading of a trigger that may state an act, or null when a veto drops it. */
    Reading read(Discourse discourse, SentenceFacts facts, TriggerMatch t, List<TriggerMatch> triggers,
                 boolean reporterTurn) {
        boolean toCome = warnsOfWhatIsToCome(facts, t);
        if (toCome) {
            // "If one American is killed, I will hold Iran responsible": an accusation to come is a threat
            t = new TriggerMatch(t.from(), t.to(), new Trigger(t.trigger().id(), EventType.THREAT, "130",
                    t.trigger().nominal()));
        }
        String veto = reporterTurn ? TriggerFilter.QUESTION : sense.veto(facts, t, triggers);
        if (veto == null) {
            veto = filter.veto(facts, t);
        }
        if (veto == null) {
            veto = friction.veto(facts, t, triggers);
        }
        if (veto != null) {
            discourse.drop(veto.startsWith("merge.") ? "merge" : "trigger", veto, facts, t);
            return null;
        }
        Reading r = new Reading(facts, t, triggers);
        r.why.add(new Decision("trigger", t.trigger().id(), "'" + facts.surface(t) + "' is a "
                + t.trigger().type().name()));
        if (toCome) {
            r.why.add(new Decision("type", ACCUSATION_TO_COME, "THREAT"));
        }
        if (callsForCooperation(facts, t) && !lexicon.isCue("obligation_modal", facts.tokens().get(t.from()).norm())) {
            // "urged Tehran to expand cooperation": asked to cooperate, a proposal, not a demand
            r.t = new TriggerMatch(t.from(), t.to(), new Trigger(t.trigger().id(), EventType.PROPOSAL, "030",
                    t.trigger().nominal()));
            r.why.add(new Decision("type", "type.call_for_cooperation", "PROPOSAL"));
        }
        return r;
    }

    /** "will hold Iran responsible", "would hold Washington accountable": an accusation announced for later. */
    private boolean warnsOfWhatIsToCome(SentenceFacts facts, TriggerMatch t) {
        if (t.trigger().type() != EventType.ACCUSATION || t.trigger().nominal() || t.from() == 0) {
            return false;
        }
        return lexicon.isCue("warning_future", facts.tokens().get(t.from() - 1).norm());
    }

    /** Announcements and proposals told within a meeting, visit or call belong to it. */
    static List<TriggerMatch> select(List<TriggerMatch> all) {
        boolean encounter = false;
        for (TriggerMatch t : all) {
            encounter |= EventKinds.isEncounter(t.trigger().type());
        }
        List<TriggerMatch> out = new ArrayList<>();
        for (TriggerMatch t : all) {
            EventType type = t.trigger().type();
            if (encounter && (type == EventType.ANNOUNCEMENT || type == EventType.PROPOSAL)) {
                continue;
            }
            out.add(t);
        }
        return out;
    }

    /** "urged Tehran to expand cooperation", "called on both sides to boost ties": what is asked is cooperation. */
    private boolean callsForCooperation(SentenceFacts facts, TriggerMatch t) {
        if (t.trigger().type() != EventType.DEMAND || t.trigger().nominal()) {
            return false;
        }
        List<Token> tokens = facts.tokens();
        for (int k = t.to(); k < tokens.size() && k < t.to() + settings.cooperationGoalWindow(); k++) {
            String w = tokens.get(k).norm();
            if (w.equals(";") || w.equals(".") || w.equals("and") && k > t.to() + settings.cooperationGoalClause()) {
                return false;
            }
            if (lexicon.isCue("cooperation_goal", w)) {
                return true;
            }
        }
        return false;
    }
}
