package io.dyadline.extraction;

import io.dyadline.extraction.actor.ActorMention;
import io.dyadline.extraction.actor.ActorRecognizer;
import io.dyadline.extraction.actor.Gazetteer;
import io.dyadline.extraction.event.EventAssembler;
import io.dyadline.extraction.event.EventLexicon;
import io.dyadline.extraction.event.SentenceFacts;
import io.dyadline.extraction.event.TriggerMatch;
import io.dyadline.extraction.sector.SectorClassifier;
import io.dyadline.extraction.sector.SectorClassifier.SectorHit;
import io.dyadline.extraction.text.Token;
import io.dyadline.extraction.text.Links;
import io.dyadline.extraction.text.Tokenizer;
import io.dyadline.extraction.time.TemporalTagger;
import io.dyadline.extraction.time.Timex;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The extraction facade: sentences, time expressions, actors, triggers and sectors, assembled into dated bilateral
 * events. Lexicons are loaded once by {@link #load()}; {@link #extract(Document)} keeps no state between calls and
 * is safe to call from many threads.
 */
public final class Extractor {

    /** Bumped whenever rules or lexicons change: stored articles are re-extracted when it differs. */
    public static final String VERSION = "events-0.16.0";

    private final TemporalTagger tagger;
    private final Gazetteer gazetteer;
    private final ActorRecognizer actors;
    private final EventLexicon events;
    private final SectorClassifier sectors;
    private final EventAssembler assembler;

    private Extractor(TemporalTagger tagger, Gazetteer gazetteer, EventLexicon events, SectorClassifier sectors) {
        this.tagger = tagger;
        this.gazetteer = gazetteer;
        this.actors = new ActorRecognizer(gazetteer);
        this.events = events;
        this.sectors = sectors;
        this.assembler = new EventAssembler(gazetteer, events);
    }

    public static Extractor load() {
        return new Extractor(TemporalTagger.load(), Gazetteer.load(), EventLexicon.load(), SectorClassifier.load());
    }

    public Extraction extract(Document doc) {
        String text = doc.text() == null ? "" : doc.text();
        String title = doc.title() == null ? "" : doc.title();
        List<Sentence> sentences = SentenceSplitter.split(doc);
        // the words of a web address in the text are no one's: no actor, event or date comes from them
        int[][] links = {Links.spans(title), Links.spans(text)};
        List<Timex> bodyTimexes = outside(tagger.tag(text, doc.published()), links[1]);
        List<Timex> titleTimexes = title.isEmpty() ? List.of() : outside(tagger.tag(title, doc.published()), links[0]);

        CharSequence[] fields = {title, text};
        int[] fieldOf = new int[sentences.size()];
        List<List<Token>> tokens = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            fieldOf[i] = s.field() == Span.Field.TITLE ? 0 : 1;
            tokens.add(Links.outside(Tokenizer.tokenize(fields[fieldOf[i]], s.start(), s.end()), links[fieldOf[i]]));
        }
        List<List<ActorMention>> named = new ArrayList<>(sentences.size());
        ActorRecognizer.People people = ActorRecognizer.People.of(
                actors.registerPersons(fields, tokens, fieldOf, doc.published(), named));
        Set<String> stateNames = actors.usStateHomonyms(tokens, named);

        List<SentenceFacts> facts = new ArrayList<>(sentences.size());
        List<Span> spans = new ArrayList<>();
        int timexCursor = 0;
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            boolean isTitle = s.field() == Span.Field.TITLE;
            String fieldText = isTitle ? title : text;
            List<Token> toks = tokens.get(i);
            List<ActorMention> mentions = actors.mentions(fieldText, toks, people, isTitle, doc.published(),
                    named.get(i), stateNames);
            List<Timex> inSentence = new ArrayList<>();
            List<Timex> pool = isTitle ? titleTimexes : bodyTimexes;
            int k = isTitle ? 0 : timexCursor;
            while (k < pool.size() && pool.get(k).start() < s.end()) {
                if (pool.get(k).start() >= s.start()) {
                    inSentence.add(pool.get(k));
                }
                k++;
            }
            if (!isTitle) {
                timexCursor = k;
            }
            List<TriggerMatch> triggers = events.triggers(toks);
            List<SectorHit> sectorHits = sectors.find(toks);
            SentenceFacts f = new SentenceFacts(s, fieldText, toks, mentions, inSentence, triggers, sectorHits,
                    events.plannedCues(toks), events.anaphora(toks));
            facts.add(f);
            addSpans(f, spans);
        }
        List<Decision> dropped = new ArrayList<>();
        List<ExtractedEvent> found = assembler.assemble(facts, doc.published(), dropped);
        // a crawl that repeats a paragraph repeats its drops: each is told once
        return new Extraction(bodyTimexes, found, spans, dropped.stream().distinct().toList());
    }

    private static List<Timex> outside(List<Timex> timexes, int[] links) {
        return links.length == 0 ? timexes : timexes.stream().filter(x -> !Links.within(links, x.start())).toList();
    }

    private static void addSpans(SentenceFacts f, List<Span> spans) {
        Span.Field field = f.sentence().field();
        for (Timex x : f.timexes()) {
            spans.add(new Span(field, x.start(), x.end(), "date", x.rule(), x.value()));
        }
        for (ActorMention m : f.actors()) {
            spans.add(new Span(field, m.start(), m.end(), "actor", m.rule(), m.country()));
        }
        for (TriggerMatch t : f.triggers()) {
            spans.add(new Span(field, f.tokens().get(t.from()).start(), f.tokens().get(t.to() - 1).end(), "trigger",
                    t.trigger().id(), t.trigger().type().name()));
        }
        for (SectorHit h : f.sectors()) {
            spans.add(new Span(field, f.tokens().get(h.from()).start(), f.tokens().get(h.to() - 1).end(), "sector",
                    h.rule(), h.sector()));
        }
    }

    Gazetteer gazetteer() {
        return gazetteer;
    }
}
