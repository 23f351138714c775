package io.dyadline.extraction;

/**
 * A participant in an event: a person, a body or a country itself.
 *
 * @param name    as the text names it ("Issa Zarepour", "Roskomnadzor", "Iran")
 * @param role    the role the text gives ("telecoms minister"), or null
 * @param country ISO 3166-1 alpha-2 code (or {@code EU})
 */
public record Actor(String name, String role, String country) {
}
