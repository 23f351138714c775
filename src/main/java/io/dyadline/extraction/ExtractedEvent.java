package io.dyadline.extraction;

import java.util.List;
import java.util.Set;

/**
 * One real-world bilateral event found in one document, with every sentence that states it.
 *
 * @param countries the two parties, ISO alpha-2 codes sorted
 * @param date      null when neither the text nor a publication date gives one
 * @param location  where it took place when the text says, else null
 * @param cameo      CAMEO event code of the trigger
 * @param sectors    primary sector first
 * @param provenance the decisions that made this event, in the order the assembler took them
 * @param initiator  the country that acts, for a directed event (who summons, accuses, sanctions, visits); null
 *                   for a symmetric one (talks, a signed agreement) or when the text does not say
 * @param target     the country acted upon, the other of the pair; null when the initiator is
 */
public record ExtractedEvent(EventType type, EventStatus status, String cameo, List<String> countries,
                             EventDate date, List<Actor> actors, Set<String> sectors, String location,
                             String summary, double confidence, List<Evidence> evidence,
                             List<Decision> provenance, String initiator, String target) {

    /** The parties are kept sorted, so that {@link #pair()} is the same whichever side the text names first. */
    public ExtractedEvent {
        countries = countries.stream().sorted().toList();
        provenance = provenance == null ? List.of() : List.copyOf(provenance);
        if (initiator == null ? target != null : !countries.contains(initiator) || target == null
                || !countries.contains(target) || initiator.equals(target)) {
            throw new IllegalArgumentException("initiator " + initiator + " and target " + target
                    + " must be the two parties " + countries + ", or both null");
        }
    }

    /** An undirected event, or one whose direction the text does not give. */
    public ExtractedEvent(EventType type, EventStatus status, String cameo, List<String> countries, EventDate date,
                          List<Actor> actors, Set<String> sectors, String location, String summary,
                          double confidence, List<Evidence> evidence, List<Decision> provenance) {
        this(type, status, cameo, countries, date, actors, sectors, location, summary, confidence, evidence,
                provenance, null, null);
    }

    /** An event made elsewhere than the assembler (tests, fixtures): no decisions to tell. */
    public ExtractedEvent(EventType type, EventStatus status, String cameo, List<String> countries, EventDate date,
                          List<Actor> actors, Set<String> sectors, String location, String summary,
                          double confidence, List<Evidence> evidence) {
        this(type, status, cameo, countries, date, actors, sectors, location, summary, confidence, evidence,
                List.of());
    }

    /** The pair as the API writes it: two codes, sorted, joined by '-'. */
    public String pair() {
        return String.join("-", countries);
    }
}
