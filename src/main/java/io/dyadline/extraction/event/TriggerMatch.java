package io.dyadline.extraction.event;

/** A trigger found in a sentence's tokens {@code [from, to)}. */
public record TriggerMatch(int from, int to, Trigger trigger) {
}
