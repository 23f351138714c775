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
}
