package io.dyadline.extraction.actor;

import java.time.LocalDate;

/**
 * A lexicon entry that names a country.
 *
 * @param id        stable id, carried by spans ({@code country.IR.name}, {@code body.roskomnadzor})
 * @param name      canonical name for display
 * @param role      the office of a person entry, else null
 * @param exactCase true when the form must appear in capitals ("US" is not "us")
 * @param office    the dated posts of a person whose country depends on the day, else null
 */
public record GazetteerEntry(String id, ActorKind kind, String country, String name, String role,
                             boolean exactCase, OfficeHolder office) {

    public GazetteerEntry(String id, ActorKind kind, String country, String name, String role, boolean exactCase) {
        this(id, kind, country, name, role, exactCase, null);
    }

    /**
     * This entry on a day: an office holder with the country of the post held then, or of kind
     * {@link ActorKind#NONE} when the post is no country's (an international office, out of office).
     */
    public GazetteerEntry on(LocalDate day) {
        if (office == null) {
            return this;
        }
        OfficeHolder.Resolution r = office.at(day);
        return r.country() == null ? new GazetteerEntry(id, ActorKind.NONE, null, name, role, false, office)
                : new GazetteerEntry(id, ActorKind.PERSON, r.country(), name, role, false, office);
    }
}
