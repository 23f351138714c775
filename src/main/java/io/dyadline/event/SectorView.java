package io.dyadline.event;

/** A sector of the taxonomy with the number of events in it. */
public record SectorView(String slug, String label, long events) {
}
