package io.dyadline.extraction;

/** Whether the text presents an event as having happened or as future, scheduled or expected. */
public enum EventStatus {
    OCCURRED, PLANNED
}
