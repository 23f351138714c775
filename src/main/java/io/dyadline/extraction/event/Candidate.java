package io.dyadline.extraction.event;

import io.dyadline.extraction.Decision;
import io.dyadline.extraction.EventDate;
import io.dyadline.extraction.EventStatus;
import io.dyadline.extraction.Span;
import io.dyadline.extraction.actor.ActorMention;
import io.dyadline.extraction.time.Timex;

import java.util.List;
import java.util.Map;

/** One trigger with its parties, date and status, before merging. */
record Candidate(SentenceFacts facts, TriggerMatch trigger, List<String> pair, EventDate date,
                 boolean ownDate, EventStatus status, List<ActorMention> parties, Timex timex,
                 boolean fromFocus, String location, boolean indefinite, Map<String, String> persons,
                 String vague, List<Decision> decisions, String initiator) {

    boolean inTitle() {
        return facts.sentence().field() == Span.Field.TITLE;
    }
}
