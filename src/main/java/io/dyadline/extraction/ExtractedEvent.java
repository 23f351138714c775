package io.dyadline.extraction;

import java.util.List;
import java.util.Set;

/**
 * One real-world bilateral event found in one document, with every sentence that states it.
 *
 * @param countries the two parties, ISO alpha-2 codes sorted
 * @param date      null when neither the text nor a publication date gives one
 * @param location  where it took place when the text says, else null
 * @param cameo     CAMEO event code of the trigger
 */
public record ExtractedEvent(EventType type, EventStatus status, String cameo, List<String> countries,
                             EventDate date, List<Actor> actors, Set<String> sectors, String location,
                             String summary, double confidence, List<Evidence> evidence) {

    /** The parties are kept sorted, so that {@link #pair()} is the same whichever side the text names first. */
    public ExtractedEvent {
        countries = countries.stream().sorted().toList();
    }

    /** The pair as the API writes it: two codes, sorted, joined by '-'. */
    public String pair() {
        return String.join("-", countries);
    }
}
