package io.dyadline.extraction.event;

import io.dyadline.extraction.EventType;
import io.dyadline.extraction.text.Token;

import java.util.List;
import java.util.Set;

import static io.dyadline.extraction.event.EventKinds.FRICTION;
import static io.dyadline.extraction.event.EventKinds.VERBAL_CONFLICT;
import static io.dyadline.extraction.event.EventKinds.isEncounter;

/**
 * The guards of aid and friction: the words a trigger needs near it (objects.tsv, {@code veto.no_object_word}),
 * sanctions eased rather than imposed ({@code veto.sanctions_relief}), an act opposed or sought rather than done
 * ({@code veto.opposed}, {@code veto.sought_measure}), a call that is a noun ({@code veto.call_as_noun}), friction
 * that is only the reason of a reaction or what talks are about ({@code veto.reason_of_reaction}, {@code
 * veto.topic_of_talks}), an act that is denied or only alleged ({@code veto.denied_act}, {@code veto.alleged_act}),
 * a request that is only why something else is done ({@code veto.at_request}: "at the Turkish government's
 * request"), and a meeting with a summoned envoy, which is the protest ({@code merge.summoned_envoy}).
 */
final class FrictionVetoes {

    private final Set<String> callAsNoun;
    private final Set<String> opposedDeterminers;
    private final Set<String> reasonPrepositions;
    private final Set<String> clauseBreaks;

    private final EventLexicon lexicon;
    private final AssemblySettings settings;

    FrictionVetoes(EventLexicon lexicon, AssemblySettings settings) {
        this.lexicon = lexicon;
        this.settings = settings;
        this.callAsNoun = lexicon.cueSet("call_as_noun");
        this.opposedDeterminers = lexicon.cueSet("opposed_determiner");
        this.reasonPrepositions = lexicon.cueSet("reason_preposition");
        this.clauseBreaks = lexicon.cueSet("clause_break");
    }

    /**
     * Whether the noun phrase that ends in a trigger (walked back over a possessive, capitalised names and at most
     * two adjectives) follows a frame of cause or answer: "in response to", "as a result of", "in the face of",
     * "unleashed by", "amid".
     */
    private boolean inBackgroundFrame(List<Token> tokens, int from) {
        int k = from - 1;
        int adjectives = 0;
        while (k >= 0 && from - k <= settings.backgroundPhraseWindow()) {
            Token w = tokens.get(k);
            String n = w.norm();
            boolean glue = n.equals("'") || n.equals("\u2019") || n.equals("s") || n.equals("-")
                    || lexicon.isCue("possessive", n) || lexicon.isCue("definite", n) || w.capital();
            if (!glue) {
                if (lexicon.isCue("background_preposition", n) || lexicon.isCue("background_link", n) && k > 0
                        && lexicon.isCue("background_head", tokens.get(k - 1).norm())) {
                    return true;
                }
                if (!Character.isLetter(n.charAt(0)) || ++adjectives > 2) {
                    return false;
                }
            }
            k--;
        }
        return false;
    }

    /** Whether a verb's subject, names only, follows a conjunction of time: "since Russia invaded Ukraine". */
    private boolean afterTimeConjunction(List<Token> tokens, int from) {
        for (int k = from - 1; k >= 0 && from - k <= settings.backgroundPhraseWindow(); k--) {
            Token w = tokens.get(k);
            if (lexicon.isCue("background_time", w.norm())) {
                return k < from - 1;
            }
            if (!w.capital() && !w.norm().equals("'") && !w.norm().equals("s")) {
                return false;
            }
        }
        return false;
    }

    /** The rule that drops this trigger, or null. */
    String veto(SentenceFacts facts, TriggerMatch t, List<TriggerMatch> all) {
        List<Token> tokens = facts.tokens();
        EventType type = t.trigger().type();
        EventLexicon.ObjectWords needs = lexicon.objectWords(t.trigger().id());
        if (needs != null) {
            boolean found = false;
            for (int k = Math.max(0, t.from() - needs.window()); k < tokens.size() && k < t.to() + needs.window()
                    && !found; k++) {
                String w = tokens.get(k).norm();
                // "fired at Russia", not "today at the White House launched the ... Partnership": a preposition
                // only says whom the act is aimed at after it
                found = (k < t.from() && !lexicon.isCue("preposition_before_object", w) || k >= t.to())
                        && needs.words().contains(w);
            }
            if (!found) {
                return "veto.no_object_word";
            }
        }
        if (!t.trigger().nominal() && t.from() > 0 && lexicon.isCue("noun_sense", tokens.get(t.from()).norm())
                && (lexicon.isCue("article", tokens.get(t.from() - 1).norm())
                || lexicon.isCue("possessive", tokens.get(t.from() - 1).norm()))) {
            return "veto.noun_sense"; // "Statement ... on the Fire at Ibn al-Khatib Hospital in Baghdad": a blaze
        }
        if (type == EventType.DEMAND && t.trigger().nominal()) {
            for (int k = t.from() - 1; k >= 0 && k >= t.from() - settings.occasionWindow(); k--) {
                String w = tokens.get(k).norm();
                if (lexicon.isCue("occasion_preposition", w)) {
                    // "deployed to Turkey, at the Turkish government's request", "at the invitation of": why
                    // something else is done, not a demand the text reports
                    return "veto.at_request";
                }
                if (clauseBreaks.contains(w) || w.equals(",")) {
                    break;
                }
            }
        }
        if (type == EventType.SANCTION) {
            for (int k = Math.max(0, t.from() - settings.reliefBefore()); k < tokens.size()
                && k < t.to() + settings.reliefAfter(); k++) {
                String w = tokens.get(k).norm();
                if ((k < t.from() || k >= t.to()) && lexicon.isCue("relief", w)
                        || k < t.from() && lexicon.isCue("relief_before", w)) {
                    return "veto.sanctions_relief"; // "discussed sanctions relief", "the lifting of sanctions"
                }
            }
        }
        if (!FRICTION.contains(type) && type != EventType.AID && t.from() > 0
                && (tokens.get(t.from() - 1).norm().equals("against") || t.from() > 1
                && tokens.get(t.from() - 2).norm().equals("against")
                && opposedDeterminers.contains(tokens.get(t.from() - 1).norm()))) {
            return "veto.opposed"; // "advised against travel to Tunisia", "campaigned against the deal"
        }
        if (type == EventType.THREAT && !t.trigger().nominal() && t.to() + 1 < tokens.size()
                && lexicon.isCue("caution_preposition", tokens.get(t.to()).norm())
                && tokens.get(t.to() + 1).norm().endsWith("ing")) {
            // "Scholz warned against underestimating Joe Biden": advice on what to do, no one is threatened
            return "veto.caution";
        }
        if (t.trigger().id().equals("demand.call_on") && t.from() > 0 && callAsNoun.contains(
                tokens.get(t.from() - 1).norm())) {
            return "veto.call_as_noun"; // "today's background call on U.S. support"
        }
        if (FRICTION.contains(type) && t.trigger().nominal() && t.from() > 0
                && reasonPrepositions.contains(tokens.get(t.from() - 1).norm())) {
            return "veto.reason_of_reaction"; // "summons envoy over attack": the attack is the reason told
        }
        if ((type == EventType.FORCE || type == EventType.THREAT) && (t.trigger().nominal()
                ? inBackgroundFrame(tokens, t.from()) : afterTimeConjunction(tokens, t.from()))) {
            // "in response to Russia's war of aggression against Ukraine", "as a result of Putin's war", "long
            // before Russia invaded Ukraine": the conflict is what something else answers or a time it is told
            // from, background told in passing, not news of an act
            return "veto.background_conflict";
        }
        if ((type == EventType.SANCTION || type == EventType.FORCE) && !t.trigger().nominal()) {
            for (int k = t.from() - 1; k >= 0 && k >= t.from() - settings.soughtMeasureWindow(); k--) {
                String w = tokens.get(k).norm();
                if (w.equals(";") || w.equals(".")) {
                    break;
                }
                if (lexicon.isCue("goal", w) || k == t.from() - 1 && (w.equals("for") || w.equals("of"))) {
                    return "veto.sought_measure"; // "support for imposing new sanctions", "seek to impose"
                }
            }
        }
        for (TriggerMatch o : all) {
            if (o == t || o.from() >= t.from()) {
                continue;
            }
            EventType before = o.trigger().type();
            if (isEncounter(type) && before == EventType.PROTEST && !o.trigger().nominal()) {
                return "merge.summoned_envoy";
            }
            boolean sameClause = noClauseBreak(tokens, o.to(), t.from());
            if (FRICTION.contains(type) && t.trigger().nominal() && sameClause
                    && t.from() - o.to() <= settings.topicOfTalksWindow()
                    && (isEncounter(before) || before == EventType.AGREEMENT || before == EventType.PROPOSAL)) {
                return "veto.topic_of_talks"; // "discussed the sanctions", "talks on the strike"
            }
            if (o.trigger().id().equals("reject.deny") && sameClause && !VERBAL_CONFLICT.contains(type)) {
                return "veto.denied_act"; // "denied that its forces attacked the ship"
            }
            if (before == EventType.ACCUSATION && !o.trigger().nominal() && sameClause
                    && !VERBAL_CONFLICT.contains(type)) {
                for (int k = o.to(); k < t.from(); k++) {
                    if (tokens.get(k).norm().equals("of")) {
                        return "veto.alleged_act"; // "accused Iran of attacking the tanker": the charge, not the act
                    }
                }
            }
        }
        if (isEncounter(type)) {
            for (TriggerMatch o : all) {
                if (o.trigger().type() == EventType.PROTEST && !o.trigger().nominal() && o.from() > t.from()
                        && o.from() - t.to() <= settings.summonedWindow()) {
                    return "merge.summoned_envoy"; // "the meeting to which the envoy was summoned"
                }
            }
        }
        return null;
    }

    private boolean noClauseBreak(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (clauseBreaks.contains(tokens.get(k).norm())) {
                return false; // a sentence has no full stop inside but in abbreviations ("U.S.")
            }
        }
        return true;
    }
}
