package io.dyadline.extraction.event;

import io.dyadline.extraction.Decision;
import io.dyadline.extraction.ExtractedEvent;
import io.dyadline.extraction.actor.Gazetteer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the facts of a document's sentences into bilateral events: picks the two parties of each trigger, its date
 * and status, and merges the mentions of one real-world event (headline, lead, follow-ups) into one event. It runs
 * named stages in order over one {@link Discourse}: {@link TriggerVetoes}, {@link PartyResolver}, {@link
 * DirectionResolver}, {@link EventDating}, {@link StatusResolver}, {@link MentionMerger}, {@link
 * SectorAttribution} and {@link SummaryWriter} (through {@link EventBuilder}); each records the rule ids of its
 * decisions.
 */
public final class EventAssembler {

    private final TriggerVetoes vetoes;
    private final PartyResolver parties;
    private final DirectionResolver direction;
    private final EventDating dating;
    private final StatusResolver status;
    private final MentionMerger merger;
    private final SectorAttribution sectors;
    private final EventBuilder builder;

    public EventAssembler(Gazetteer gazetteer, EventLexicon lexicon) {
        this(gazetteer, lexicon, AssemblySettings.load());
    }

    public EventAssembler(Gazetteer gazetteer, EventLexicon lexicon, AssemblySettings settings) {
        this.vetoes = new TriggerVetoes(lexicon, settings, new SenseVetoes(gazetteer, lexicon, settings),
                new TriggerFilter(lexicon, settings), new FrictionVetoes(lexicon, settings));
        this.status = new StatusResolver(lexicon, settings);
        this.dating = new EventDating(gazetteer, lexicon, settings, status);
        Topicality topicality = new Topicality(gazetteer, lexicon, settings);
        ActParties act = new ActParties(gazetteer, lexicon, settings, topicality, dating);
        this.parties = new PartyResolver(gazetteer, lexicon, settings, topicality, act,
                new PairGuards(gazetteer, lexicon, settings));
        this.direction = new DirectionResolver(lexicon, settings, act);
        this.merger = new MentionMerger(lexicon, settings);
        this.sectors = new SectorAttribution(settings);
        this.builder = new EventBuilder(settings, sectors, new SummaryWriter(gazetteer, lexicon, settings));
    }

    public List<ExtractedEvent> assemble(List<SentenceFacts> sentences, LocalDate published) {
        return assemble(sentences, published, new ArrayList<>());
    }

    /** Assembles the events of a document; each trigger that makes none adds its reason to {@code dropped}. */
    public List<ExtractedEvent> assemble(List<SentenceFacts> sentences, LocalDate published, List<Decision> dropped) {
        Discourse discourse = new Discourse(published, dropped, parties.headlinePair(sentences));
        for (SentenceFacts facts : sentences) {
            parties.enterSentence(discourse, facts);
            List<TriggerMatch> triggers = TriggerVetoes.select(facts.triggers());
            boolean reporterTurn = vetoes.reporterTurn(discourse, facts);
            discourse.told.clear();
            discourse.gathered.clear();
            for (TriggerMatch t : triggers) {
                Reading r = vetoes.read(discourse, facts, t, triggers, reporterTurn);
                if (r != null) {
                    List<Decision> before = List.copyOf(r.why);
                    read(discourse, r);
                    if (r.acting != null && r.acting.also() != null && r.pair != null) {
                        // one act towards two sides is one event towards each
                        Reading twin = new Reading(facts, r.t, triggers);
                        twin.why.addAll(before);
                        twin.given = r.acting.towardsAlso();
                        read(discourse, twin);
                    }
                }
            }
            dating.leaveSentence(discourse, facts);
            parties.leaveSentence(discourse, facts);
        }
        SectorAttribution.ArticleSectors article = sectors.article(sentences);
        List<ExtractedEvent> out = new ArrayList<>();
        for (Draft d : merger.merge(discourse)) {
            out.add(builder.build(d, article));
        }
        return out;
    }

    /** The stages after the vetoes, in order; a stage that drops the trigger ends its reading. */
    private void read(Discourse discourse, Reading r) {
        if (!parties.resolve(discourse, r)) {
            return;
        }
        dating.findTimex(discourse, r);
        direction.resolve(r);
        if (!merger.firstInSentence(discourse, r) || !dating.date(discourse, r)) {
            return;
        }
        status.resolve(discourse, r);
        if (!merger.notDiscussedOnCall(discourse, r)) {
            return;
        }
        dating.settle(discourse, r);
        merger.markIndefinite(r);
        Decision date = dating.explain(r);
        if (date != null) {
            r.why.add(date);
        }
        r.why.add(status.explain(r));
        Decision goesOn = merger.goesOn(r);
        if (goesOn != null) {
            r.why.add(goesOn);
        }
        r.why.add(direction.explain(r));
        discourse.candidates.add(r.candidate(PartyResolver.location(r.facts)));
        parties.moveFocus(discourse, r);
        dating.remember(discourse, r);
    }
}
