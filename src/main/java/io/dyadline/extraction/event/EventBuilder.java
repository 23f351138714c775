package io.dyadline.extraction.event;

import io.dyadline.extraction.Actor;
import io.dyadline.extraction.Decision;
import io.dyadline.extraction.Evidence;
import io.dyadline.extraction.ExtractedEvent;
import io.dyadline.extraction.Span;
import io.dyadline.extraction.actor.ActorKind;
import io.dyadline.extraction.actor.ActorMention;
import io.dyadline.extraction.text.Token;
import io.dyadline.extraction.text.Whitespace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.dyadline.extraction.event.EventKinds.other;

/**
 * The last stage: the event of a draft, with its actors, one piece of evidence per sentence, its provenance (the
 * first mention's decisions, the merges, {@code merge.same_event} for several mentions, the sector decision), its
 * confidence and its summary.
 */
final class EventBuilder {

    private final AssemblySettings settings;
    private final SectorAttribution sectorAttribution;
    private final SummaryWriter summaries;

    EventBuilder(AssemblySettings settings, SectorAttribution sectorAttribution, SummaryWriter summaries) {
        this.settings = settings;
        this.sectorAttribution = sectorAttribution;
        this.summaries = summaries;
    }

    ExtractedEvent build(Draft d, SectorAttribution.ArticleSectors article) {
        Map<String, Actor> actors = new LinkedHashMap<>();
        Map<String, ActorKind> kinds = new HashMap<>();
        Set<String> sectors = new LinkedHashSet<>();
        List<Evidence> evidence = new ArrayList<>();
        Map<Integer, Evidence> bySentence = new HashMap<>();
        boolean anyFocus = false;
        for (Candidate c : d.mentions) {
            SentenceFacts f = c.facts();
            anyFocus |= c.fromFocus();
            for (ActorMention m : c.parties()) {
                if (!d.pair.contains(m.country())) {
                    continue;
                }
                String name = m.kind() == ActorKind.PERSON ? m.name()
                        : f.fieldText().substring(m.start(), m.end());
                name = Whitespace.folded(name);
                actors.putIfAbsent(name.toLowerCase(), new Actor(name, m.role(), m.country()));
                kinds.putIfAbsent(name.toLowerCase(), m.kind());
            }
            if (!bySentence.containsKey(f.sentence().index())) {
                Evidence e = evidence(f, c);
                bySentence.put(f.sentence().index(), e);
                evidence.add(e);
            }
        }
        summaries.addNamedOfficials(d, actors, kinds);
        List<Decision> provenance = new ArrayList<>(d.mentions.get(0).decisions());
        provenance.addAll(d.merges);
        if (d.mentions.size() > 1) {
            provenance.add(new Decision("merge", "merge.same_event", d.mentions.size() + " mentions"));
        }
        provenance.add(sectorAttribution.attribute(d, article, sectors));
        int step = settings.confidenceStep();
        int hundredths = settings.confidenceBase()
                + step * Math.min(settings.confidenceMentions(), d.mentions.size() - 1)
                + (d.ownDate ? step : 0) - (anyFocus ? step : 0);
        double confidence = Math.min(settings.confidenceMax(), hundredths) / 100.0;
        return new ExtractedEvent(d.type, d.status, d.cameo, d.pair, d.date, List.copyOf(actors.values()),
                sectors, d.location, summaries.summary(d, actors, kinds, sectors), confidence, evidence, provenance,
                d.initiator, d.initiator == null ? null : other(d.pair, d.initiator));
    }

    private Evidence evidence(SentenceFacts f, Candidate c) {
        List<Span> spans = new ArrayList<>();
        List<Token> tokens = f.tokens();
        TriggerMatch t = c.trigger();
        spans.add(new Span(f.sentence().field(), tokens.get(t.from()).start(), tokens.get(t.to() - 1).end(),
                "trigger", t.trigger().id(), t.trigger().type().name()));
        for (ActorMention m : c.parties()) {
            spans.add(new Span(f.sentence().field(), m.start(), m.end(), "actor", m.rule(), m.country()));
        }
        if (c.timex() != null) {
            spans.add(new Span(f.sentence().field(), c.timex().start(), c.timex().end(), "date", c.timex().rule(),
                    c.timex().value()));
        }
        return new Evidence(f.sentence().field(), f.text(), f.sentence().start(), f.sentence().end(), spans);
    }
}
