package io.dyadline.extraction.event;

import io.dyadline.extraction.Sentence;
import io.dyadline.extraction.actor.ActorMention;
import io.dyadline.extraction.sector.SectorClassifier.SectorHit;
import io.dyadline.extraction.text.PhraseMatcher;
import io.dyadline.extraction.text.Token;
import io.dyadline.extraction.time.Timex;

import java.util.List;

/**
 * What the extractor found in one sentence; offsets of mentions and time expressions are in the sentence's field.
 *
 * @param fieldText the headline or the body text the offsets point into
 */
public record SentenceFacts(Sentence sentence, String fieldText, List<Token> tokens, List<ActorMention> actors,
                            List<Timex> timexes, List<TriggerMatch> triggers, List<SectorHit> sectors,
                            List<PhraseMatcher.Match<String>> plannedCues,
                            List<PhraseMatcher.Match<String>> anaphora) {

    public String text() {
        return fieldText.substring(sentence.start(), sentence.end());
    }

    /** Index of the first token starting at or after a character offset. */
    public int tokenAt(int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() >= offset) {
                return i;
            }
        }
        return tokens.size();
    }

    /** The words of a trigger as the text writes them. */
    String surface(TriggerMatch t) {
        return fieldText.substring(tokens.get(t.from()).start(), tokens.get(t.to() - 1).end());
    }

    /** Whether a token lies inside one of the sentence's time expressions. */
    boolean inTimex(Token t) {
        for (Timex x : timexes) {
            if (t.start() >= x.start() && t.end() <= x.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Which tokens lie inside a quotation the sentence opens and closes ("“I warn the U.S. president ...,” he
     * said"): none in a sentence whose quotation marks do not pair up.
     */
    boolean[] quoted() {
        boolean[] inside = new boolean[tokens.size()];
        int marks = 0;
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).norm().equals("\"")) {
                marks++;
            } else {
                inside[k] = marks % 2 == 1;
            }
        }
        return marks > 0 && marks % 2 == 0 ? inside : new boolean[tokens.size()];
    }

    /** The token before a mention, before its "the" if it has one ("to the White House": "to"); -1 if none. */
    int wordBefore(ActorMention m) {
        int p = m.token() - 1;
        if (p >= 0 && tokens.get(p).norm().equals("the")) {
            p--;
        }
        return p;
    }

    /** Whether a token is part of one of the sentence's triggers. */
    boolean inTrigger(int token) {
        for (TriggerMatch o : triggers) {
            if (token >= o.from() && token < o.to()) {
                return true;
            }
        }
        return false;
    }
}
