package io.dyadline.extraction.event;

import io.dyadline.extraction.Decision;
import io.dyadline.extraction.EventDate;
import io.dyadline.extraction.EventStatus;
import io.dyadline.extraction.actor.ActorMention;
import io.dyadline.extraction.time.Timex;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One trigger as the stages read it: each fills in what it decides (parties, direction, date, status) and adds its
 * decisions to {@link #why}; a trigger that a stage drops goes no further.
 */
final class Reading {

    final SentenceFacts facts;
    /** The sentence's triggers that assembly considers (see {@link TriggerVetoes#select}). */
    final List<TriggerMatch> triggers;
    /** The trigger; a stage may retype it ("urged Tehran to expand cooperation" is a proposal). */
    TriggerMatch t;
    final List<Decision> why = new ArrayList<>();

    /** Whether the sentence refers back to the pair in focus near the trigger ("they", "bilateral talks"). */
    boolean cue;
    /** The mentions that name the parties. */
    final List<ActorMention> used = new ArrayList<>();
    List<String> pair;
    boolean fromFocus;
    /** The official nearest to the trigger on each side (see {@link PartyResolver}). */
    Map<String, String> persons;
    /** The agent and target of an act of aid or friction, when it is one. */
    ActParties.Act acting;
    /** The act as another reading of the same trigger found it, towards its second side (party.both_sides). */
    ActParties.Act given;
    /** A noun of an act that a verb before it makes happen ("launched an air strike"), not a state of things. */
    boolean madeByVerb;

    String initiator;
    String directionRule;

    Timex timex;
    EventDate date;
    boolean ownDate;
    /** A month, season or year with no anchor ("in September"): a date of its own, unknown. */
    String vague;
    EventStatus status;
    boolean indefinite;

    Reading(SentenceFacts facts, TriggerMatch t, List<TriggerMatch> triggers) {
        this.facts = facts;
        this.t = t;
        this.triggers = triggers;
    }

    Candidate candidate(String location) {
        return new Candidate(facts, t, pair, date, ownDate, status, used, timex, fromFocus, location, indefinite,
                persons, vague, why, initiator);
    }
}
