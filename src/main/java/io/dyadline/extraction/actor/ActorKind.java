package io.dyadline.extraction.actor;

/** How a text names a country. */
public enum ActorKind {
    /** "Iran", "the United States" */
    COUNTRY,
    /** "Iranian" */
    DEMONYM,
    /** "Tehran", "the Kremlin" standing for the government */
    CAPITAL,
    /** a ministry, regulator, state company */
    BODY,
    /** a news agency quoted as a source: never a party */
    MEDIA,
    /** an official whose country the text or the lexicon gives */
    PERSON,
    /** a phrase that hides a country name ("Latin America"): never an actor */
    NONE
}
