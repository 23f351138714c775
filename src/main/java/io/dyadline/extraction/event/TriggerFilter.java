package io.dyadline.extraction.event;

import io.dyadline.extraction.EventType;

import io.dyadline.extraction.text.Token;
import io.dyadline.extraction.text.WordSet;

import java.util.List;

/**
 * Part of the first stage of assembly ({@link TriggerVetoes}): a trigger word that does not report an act makes no
 * event. A reporter's question, a negated act, a possibility, a condition, hearsay or a habit is talk about an
 * event, not the event, and so is what one does not think will happen ("I don't think it's going to cause China to
 * invade Taiwan") or what one urges another to do ("urged that the two sides agree"). Each veto has a rule id; the
 * word lists are the {@code negation}, {@code plan_noun}, {@code modal}, {@code existential}, {@code habitual},
 * {@code repeated_count}, {@code repeated_unit}, {@code conditional}, {@code rumour}, {@code demand_that} and
 * {@code negated_opinion} roles of cue_words.tsv, and the words that end the look-back for a negation or a modal
 * its {@code modal_boundary} role.
 */
final class TriggerFilter {

    static final String QUESTION = "veto.reported_question";
    static final String NEGATED = "veto.negated";
    static final String MODAL = "veto.hypothetical";
    static final String CONDITIONAL = "veto.conditional";
    static final String RUMOUR = "veto.rumour";
    static final String NEGATED_OPINION = "veto.negated_opinion";
    static final String HABITUAL = "veto.habitual";
    static final String DEMANDED = "veto.demanded_content";

    private final AssemblySettings settings;
    private final WordSet negation;
    private final WordSet modal;
    private final WordSet conditional;
    private final WordSet rumour;
    private final WordSet modalBoundaries;
    private final WordSet habitual;
    private final WordSet habitualQuantifiers;
    private final WordSet repeatedCounts;
    private final WordSet repeatedUnits;
    private final WordSet planNouns;
    private final WordSet opinionVerbs;
    private final WordSet existential;
    private final WordSet questionWords;
    private final WordSet questionPrepositions;
    private final WordSet articles;
    private final WordSet demandThat;
    private final WordSet ongoingVerbs;

    TriggerFilter(EventLexicon lexicon, AssemblySettings settings) {
        this.settings = settings;
        this.negation = lexicon.cueWords("negation");
        this.modal = lexicon.cueWords("modal");
        this.conditional = lexicon.cueWords("conditional");
        this.rumour = lexicon.cueWords("rumour");
        this.modalBoundaries = lexicon.cueWords("modal_boundary");
        this.habitual = lexicon.cueWords("habitual");
        this.habitualQuantifiers = lexicon.cueWords("habitual_quantifier");
        this.repeatedCounts = lexicon.cueWords("repeated_count");
        this.repeatedUnits = lexicon.cueWords("repeated_unit");
        this.planNouns = lexicon.cueWords("plan_noun");
        this.opinionVerbs = lexicon.cueWords("negated_opinion");
        this.existential = lexicon.cueWords("existential");
        this.questionWords = lexicon.cueWords("question_word");
        this.questionPrepositions = lexicon.cueWords("question_preposition");
        this.articles = lexicon.cueWords("article");
        this.demandThat = lexicon.cueWords("demand_that");
        this.ongoingVerbs = lexicon.cueWords("ongoing_verb");
    }

    /**
     * "will continue to discuss", "continued to consult closely": an encounter verb after "continue to" (cue
     * ongoing_verb) is the standing practice, no dated meeting or call.
     */
    private boolean ongoing(List<Token> tokens, TriggerMatch t) {
        return EventKinds.isEncounter(t.trigger().type()) && !t.trigger().nominal() && t.from() >= 2 && tokens.get(t.from() - 1).norm().equals("to")
                && ongoingVerbs.contains(tokens.get(t.from() - 2));
    }

    /** The rule that drops this trigger, or null when it may report an act. */
    String veto(SentenceFacts facts, TriggerMatch t) {
        if (question(facts)) {
            return QUESTION;
        }
        List<Token> tokens = facts.tokens();
        if (t.trigger().nominal() && topicOfQuestion(tokens, t.from())) {
            return "veto.question_topic"; // "When it comes to your question about negotiations, ..."
        }
        for (int k = t.from() - 1; k >= 0 && k >= t.from() - settings.modalWindow(); k--) {
            Token w = tokens.get(k);
            if (modalBoundaries.contains(w)) {
                break;
            }
            boolean apostropheT = w.norm().equals("t") && k > 0 && tokens.get(k - 1).norm().equals("'");
            if (negation.contains(w) && (!w.norm().equals("t") || apostropheT)) {
                return NEGATED;
            }
            // "In May, the two met": a capital May is the month, not the modal
            if (modal.contains(w) && (!w.capital() || k == 0)) {
                return MODAL;
            }
            // "in order for there to be a peace deal": a state wished for
            if (w.norm().equals("be") && k >= 2 && tokens.get(k - 1).norm().equals("to")
                    && existential.contains(tokens.get(k - 2))) {
                return MODAL;
            }
            if (habitual.contains(w)) {
                return HABITUAL; // "the American President traditionally meets with a range of figures"
            }
            if (w.norm().equals("time") && k > 0 && habitualQuantifiers.contains(tokens.get(k - 1))) {
                return HABITUAL; // "Each time the two have met, they have typically spent ..."
            }
        }
        if (ongoing(tokens, t)) {
            return HABITUAL; // "USAID and Japan's Ministry of Foreign Affairs will continue to discuss ways to ..."
        }
        int clauseStart = 0;
        for (int k = t.from() - 1; k >= 0; k--) {
            if (tokens.get(k).norm().equals(";")) {
                clauseStart = k + 1;
                break;
            }
        }
        for (int k = clauseStart; k < t.from(); k++) {
            Token w = tokens.get(k);
            if (conditional.contains(w) && !(t.trigger().type() == EventType.THREAT && commaBetween(tokens, k, t))) {
                // "If one American is killed, I will hold Iran responsible": a threat states its condition
                return CONDITIONAL;
            }
            if (rumour.contains(w)) {
                return RUMOUR;
            }
            if (demandThat.contains(w) && thatAfter(tokens, k, t.from())) {
                return DEMANDED; // "Sullivan urged that the two sides meeting in Pretoria agree to": what is asked
            }
            boolean negated = k > 0 && negation.contains(tokens.get(k - 1))
                    || k > 1 && negation.contains(tokens.get(k - 2))
                    && tokens.get(k - 1).norm().equals("really"); // "we don't really expect"
            if (negated && opinionVerbs.contains(w)) {
                return NEGATED_OPINION; // "I don't think it's going to cause China to invade Taiwan"
            }
            boolean negatedPlan = k > 0 && negation.contains(tokens.get(k - 1))
                    || k > 1 && negation.contains(tokens.get(k - 2)) && !tokens.get(k - 1).capital()
                    && Character.isLetter(tokens.get(k - 1).norm().charAt(0)); // "no current plans"
            if (negatedPlan && planNouns.contains(w)) {
                return NEGATED; // "There's no plans for the President to meet with the Russian Foreign Minister"
            }
        }
        if (countedAfter(tokens, t)) {
            return HABITUAL; // "the two of them have had the opportunity to meet in person multiple times"
        }
        return null;
    }

    /** "met in person multiple times": a count of many times within count_after_window words after the trigger. */
    private boolean countedAfter(List<Token> tokens, TriggerMatch t) {
        for (int k = t.to(); k + 1 < tokens.size() && k - t.to() < settings.countAfterWindow(); k++) {
            Token w = tokens.get(k);
            if (modalBoundaries.contains(w)) {
                return false;
            }
            if (repeatedCounts.contains(w) && repeatedUnits.contains(tokens.get(k + 1))) {
                return true;
            }
        }
        return false;
    }

    /** "that" within demand_that_window words after a demand verb, before the trigger ("demanded on Friday that"). */
    private boolean thatAfter(List<Token> tokens, int verb, int trigger) {
        for (int k = verb + 1; k < trigger && k - verb <= settings.demandThatWindow(); k++) {
            String w = tokens.get(k).norm();
            if (w.equals("that")) {
                return true;
            }
            if (w.equals(",") || w.equals(";")) {
                return false;
            }
        }
        return false;
    }

    /** A noun after a question and its preposition: "your question about negotiations", "asked about the talks". */
    private boolean topicOfQuestion(List<Token> tokens, int from) {
        int k = from - 1;
        if (k >= 0 && articles.contains(tokens.get(k))) {
            k--;
        }
        return k >= 1 && questionPrepositions.contains(tokens.get(k)) && questionWords.contains(tokens.get(k - 1));
    }

    private static boolean commaBetween(List<Token> tokens, int from, TriggerMatch t) {
        for (int k = from + 1; k < t.from(); k++) {
            if (tokens.get(k).norm().equals(",")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a sentence opens a reporter's turn in a briefing transcript ("Q   Jen, ..."): within its first 8
     * characters, white space or U+00A0, then "Q", then white space, U+00A0, ':' or '.' (what the pattern
     * {@code ^[\s\u00a0]*Q[\s\u00a0:.]} found, read without a matcher for each sentence and trigger).
     */
    static boolean opensReporterTurn(SentenceFacts facts) {
        String field = facts.fieldText();
        int start = facts.sentence().start();
        int end = Math.min(facts.sentence().end(), start + 8);
        int i = start;
        while (i < end && isSpace(field.charAt(i))) {
            i++;
        }
        if (i + 1 >= end || field.charAt(i) != 'Q') {
            return false;
        }
        char after = field.charAt(i + 1);
        return isSpace(after) || after == ':' || after == '.';
    }

    /** The regular expression's {@code \s} (ASCII white space) or U+00A0. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0b || c == '\f' || c == '\r' || c == '\u00a0';
    }

    /** A reporter's turn in a briefing ("Q Jen, ...") or a sentence that asks. */
    static boolean question(SentenceFacts facts) {
        if (opensReporterTurn(facts)) {
            return true;
        }
        String field = facts.fieldText();
        int start = facts.sentence().start();
        int end = facts.sentence().end() - 1;
        while (end >= start && (Character.isWhitespace(field.charAt(end))
                || "\"'\u201d\u2019)*_]\u00a0".indexOf(field.charAt(end)) >= 0)) {
            end--;
        }
        return end >= start && field.charAt(end) == '?';
    }

}
