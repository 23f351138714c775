package io.dyadline.extraction.event;

import io.dyadline.extraction.Decision;
import io.dyadline.extraction.EventDate;
import io.dyadline.extraction.actor.ActorMention;
import io.dyadline.extraction.time.Timex;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the stages of assembly know of a document as they read it sentence by sentence: the pair in focus, the last
 * date told, the candidates made so far and the triggers dropped. One object per document, passed to every stage.
 */
final class Discourse {

    final LocalDate published;
    /** The triggers that made no event, each with its reason. */
    final List<Decision> dropped;
    /** The events told so far, one per trigger kept, before merging. */
    final List<Candidate> candidates = new ArrayList<>();
    /** The two countries of the headline, when it names exactly two. */
    final List<String> headline;

    /** The pair "they", "the two sides" or an unnamed subject stands for, and the paragraph that last named it. */
    List<String> focus;
    int focusParagraph;
    /**
     * Whether the pair in focus came from an act of friction ("Iran's attack on Israel"): "the leaders", "the
     * President" of a later sentence are then no meeting of those two sides.
     */
    boolean focusFromConflict;
    /** Whether the headline names friction and no cooperation. */
    boolean titleConflict;
    /** The last date an event took, and its paragraph: an undated follow-up continues it. */
    EventDate lastDate;
    int lastDateParagraph = -1;
    /** The sentence whose own time expression gave that date, or -1. */
    int lastDateSentence = -1;
    /** The last anchored month, season or year told, and its sentence: "on Monday" of that week. */
    Timex recentExplicit;
    int recentExplicitSentence = -10;
    /** The dates of the events that names beyond the lexicons ("Dehqani") were last told with. */
    final Map<String, EventDate> nameDates = new HashMap<>();
    /** The paragraph of the last reporter's turn of a briefing ("Q   Jen, ..."). */
    int questionParagraph = Integer.MIN_VALUE;
    /** The official a sentence last named first, and its index: whom a later "he said" stands for. */
    ActorMention speaker;
    /** The official a transcript's speaker label names ("MR. SULLIVAN:"): whom "we" and "I" stand for, to the next. */
    ActorMention turnSpeaker;
    int speakerSentence = -10;
    /** The last official of each country the recent sentences named, latest last: whom "urged her" means. */
    final List<ActorMention> officials = new ArrayList<>();
    final List<Integer> officialSentences = new ArrayList<>();
    /** The last two countries a sentence named together, and its index: the sides "both sides" stands for. */
    List<String> sides;
    int sidesSentence = -10;
    /** The events the current sentence has told: by merge key, the persons and date of each. */
    final java.util.Map<String, List<Told>> told = new java.util.HashMap<>();

    /** An event the current sentence told: its persons by country, and its date (null: none of its own). */
    record Told(java.util.Map<String, String> persons, String when) {
    }
    /** The mentions of the current sentence that a dropped list or gathering of many named. */
    final Set<io.dyadline.extraction.actor.ActorMention> gathered = new HashSet<>();

    Discourse(LocalDate published, List<Decision> dropped, List<String> headline) {
        this.published = published;
        this.dropped = dropped;
        this.headline = headline;
    }

    /** Records why a trigger makes no event. */
    void drop(String stage, String rule, SentenceFacts facts, TriggerMatch t) {
        dropped.add(dropDecision(stage, rule, facts, t));
    }

    static Decision dropDecision(String stage, String rule, SentenceFacts facts, TriggerMatch t) {
        // the sentence's first 200 characters, its runs of white space folded, without a regular expression
        StringBuilder sb = new StringBuilder(t.trigger().id()).append(" '").append(facts.surface(t)).append("' in: ");
        String field = facts.fieldText();
        int from = sb.length();
        boolean space = true;
        int i = facts.sentence().start();
        int end = facts.sentence().end();
        int cut = Math.min(end, i + 200);
        if (singleSpaced(field, i, cut)) {
            // nothing to fold: the loop below would copy these chars one word at a time (2.9 % of the samples)
            sb.append(field, i, cut);
            i = cut;
        }
        while (i < end && sb.length() - from < 200) {
            if (isWhite(field.charAt(i))) {
                if (!space) {
                    sb.append(' ');
                }
                space = true;
                i++;
            } else {
                // a word at once, as far as the 200 characters allow
                int wordEnd = i + 1;
                int limit = Math.min(end, i + 200 - (sb.length() - from));
                while (wordEnd < limit && !isWhite(field.charAt(wordEnd))) {
                    wordEnd++;
                }
                sb.append(field, i, wordEnd);
                space = false;
                i = wordEnd;
            }
        }
        if (sb.length() - from >= 200) {
            sb.append("...");
        }
        return new Decision(stage, rule, sb.toString().stripTrailing());
    }

    /** Whether {@code field[from, to)} starts with no white space and has no white space but lone plain spaces. */
    private static boolean singleSpaced(String field, int from, int to) {
        boolean afterSpace = true;
        for (int k = from; k < to; k++) {
            char c = field.charAt(k);
            if (c == ' ' ? afterSpace : isWhite(c)) {
                return false;
            }
            afterSpace = c == ' ';
        }
        return true;
    }

    private static boolean isWhite(char c) {
        return Character.isWhitespace(c) || c == '\u00a0';
    }
}
