package io.dyadline.extraction.event;

import io.dyadline.extraction.EventType;

/**
 * A lexicon entry that states an event.
 *
 * @param nominal true for a noun ("the meeting"), false for a predicate ("met")
 */
public record Trigger(String id, EventType type, String cameo, boolean nominal) {
}
