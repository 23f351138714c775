package io.dyadline.extraction.actor;

/**
 * A lexicon entry that names a country.
 *
 * @param id        stable id, carried by spans ({@code country.IR.name}, {@code body.roskomnadzor})
 * @param name      canonical name for display
 * @param role      the office of a person entry, else null
 * @param exactCase true when the form must appear in capitals ("US" is not "us")
 */
public record GazetteerEntry(String id, ActorKind kind, String country, String name, String role,
                             boolean exactCase) {
}
