package io.dyadline.extraction.event;

import io.dyadline.extraction.Decision;
import io.dyadline.extraction.EventDate;
import io.dyadline.extraction.EventStatus;
import io.dyadline.extraction.text.PhraseMatcher;
import io.dyadline.extraction.text.Token;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Whether a trigger tells what happened or what is to come: its own date before or after the article's, else a
 * future cue (status.tsv) in the clause before it, inside it or, for a noun, right after it with a verb that makes
 * it happen ("the agreements to be signed"). It records {@code status.planned_cue_or_future} or {@code
 * status.occurred}.
 */
final class StatusResolver {

    /** The status of a trigger that neither its date, a verb of its own in the past nor a future cue sets. */
    static final String UNTENSED = "status.occurred";

    private final Set<String> relativePronouns;
    private final Set<String> statusBoundaries;
    private final Set<String> pastForms;
    private final Set<String> participleAuxiliaries;

    private final EventLexicon lexicon;
    private final AssemblySettings settings;

    StatusResolver(EventLexicon lexicon, AssemblySettings settings) {
        this.lexicon = lexicon;
        this.relativePronouns = lexicon.cueSet("relative_pronoun");
        this.statusBoundaries = lexicon.cueSet("status_boundary");
        this.pastForms = lexicon.cueSet("past_form");
        this.participleAuxiliaries = lexicon.cueSet("participle_auxiliary");
        this.settings = settings;
    }

    void resolve(Discourse s, Reading r) {
        r.status = threatMade(r) ? EventStatus.OCCURRED : of(r.facts, r.t, r.date, r.ownDate, s.published);
    }

    Decision explain(Reading r) {
        if (threatMade(r)) {
            return new Decision("status", "status.threat_made", "what is to come is the threat, made now");
        }
        return new Decision("status", r.status == EventStatus.PLANNED ? "status.planned_cue_or_future"
                : finitePast(r.facts.tokens(), r.t) ? "status.past_verb" : UNTENSED, r.status.name());
    }

    /** "I will hold Iran responsible": the future is what the threat says, the threat itself is made. */
    private static boolean threatMade(Reading r) {
        return r.why.stream().anyMatch(d -> d.rule().equals(TriggerVetoes.ACCUSATION_TO_COME));
    }

    EventStatus of(SentenceFacts facts, TriggerMatch t, EventDate date, boolean ownDate,
                   LocalDate published) {
        if (ownDate && date != null && published != null && date.end() != null && date.end().isBefore(published)) {
            return EventStatus.OCCURRED;
        }
        if (published != null && date != null && date.start().isAfter(published)) {
            return EventStatus.PLANNED;
        }
        List<Token> tokens = facts.tokens();
        if (finitePast(tokens, t)) {
            // "I would note that Blinken spoke today with his counterparts": the verb tells its own tense
            return EventStatus.OCCURRED;
        }
        int window = t.trigger().nominal() ? settings.nominalStatusWindow() : settings.statusWindow();
        if (governedByVerbBefore(tokens, t)) {
            // "will host Varadkar ... for a bilateral meeting", "is going to welcome Scholz ... to discuss": the
            // tense is the governing verb's, further back in the clause
            window = 2 * settings.statusWindow();
        }
        // "will establish a joint U.K.-U.S. Experts' Working Group": a noun's tense is the verb that realises it
        int from = t.trigger().nominal() ? realisedBy(tokens, t) : t.from();
        if (from != t.from()) {
            window = Math.max(window, settings.statusWindow());
        }
        for (PhraseMatcher.Match<String> cue : facts.plannedCues()) {
            boolean before = cue.to() <= from && from - cue.to() <= window
                    && noBoundary(tokens, cue.to(), t.from());
            // "the agreements to be signed", not "an agreement that will provide" (what the agreement does)
            boolean after = t.trigger().nominal() && cue.from() >= t.to()
                    && cue.from() - t.to() <= settings.cueAfterWindow()
                    && noBoundary(tokens, t.to(), cue.from())
                    && !relativePronouns.contains(tokens.get(cue.from() - 1).norm())
                    && realisedAfter(tokens, cue.to());
            boolean inside = cue.from() >= t.from() && cue.to() <= t.to(); // "the next annual dialogue"
            // "His Majesty's visit will highlight", "Mr. Sullivan's trip will further deepen": an encounter that
            // will do something is still to come (an agreement that will provide is in force)
            boolean encounterAhead = Topicality.readAsNoun(tokens, t) && EventKinds.isEncounter(t.trigger().type())
                    && cue.from() == t.to();
            if (before || after || inside || encounterAhead) {
                return EventStatus.PLANNED;
            }
        }
        return EventStatus.OCCURRED;
    }

    /** A verbal trigger that opens with a past form no auxiliary turns into a participle ("spoke", "met with"). */
    private boolean finitePast(List<Token> tokens, TriggerMatch t) {
        if (t.trigger().nominal()) {
            return false;
        }
        String w = tokens.get(t.from()).norm();
        if (!(w.endsWith("ed") && w.length() > 4 || pastForms.contains(w))) {
            return false;
        }
        return t.from() == 0 || !participleAuxiliaries.contains(tokens.get(t.from() - 1).norm());
    }

    /**
     * Whether a trigger is the purpose of a verb before it: a nominal one after "for" ("for a bilateral meeting",
     * "for talks", "for an official visit"), a verbal one as an infinitive ("to discuss").
     */
    private static boolean governedByVerbBefore(List<Token> tokens, TriggerMatch t) {
        int p = t.from() - 1;
        if (!t.trigger().nominal() && p >= 0 && tokens.get(p).norm().equals("to")) {
            return true;
        }
        boolean article = t.trigger().nominal();
        for (int k = p; k >= 0 && k >= p - 2; k--) {
            String w = tokens.get(k).norm();
            article |= w.equals("a") || w.equals("an") || w.equals("the");
            if (w.equals("for")) {
                return article; // "for an official visit": the verb's form read as a noun
            }
        }
        return false;
    }

    /** Where a verb realising a nominal trigger stands before it ("establish a ... Working Group"), else its start. */
    private int realisedBy(List<Token> tokens, TriggerMatch t) {
        int words = 0;
        for (int k = t.from() - 1; k >= 0 && words < settings.realisedObjectWindow(); k--) {
            String w = tokens.get(k).norm();
            if (statusBoundaries.contains(w) || w.equals(",")) {
                break;
            }
            if (lexicon.isCue("realise", w) || lexicon.isCue("tense_bearer", w)) {
                return k; // "will establish a joint ... Working Group", "will also have a bilateral meeting"
            }
            words += Character.isLetterOrDigit(w.charAt(0)) ? 1 : 0; // "U.K.-U.S." counts four
        }
        return t.from();
    }

    /** "to be signed", "will be held": a verb that makes the nominal event happen follows the cue. */
    private boolean realisedAfter(List<Token> tokens, int from) {
        for (int k = from; k < tokens.size() && k < from + settings.realiseWindow(); k++) {
            if (lexicon.isCue("realise", tokens.get(k).norm())) {
                return true;
            }
        }
        return false;
    }

    private boolean noBoundary(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (statusBoundaries.contains(tokens.get(k).norm())) {
                return false;
            }
        }
        return true;
    }
}
