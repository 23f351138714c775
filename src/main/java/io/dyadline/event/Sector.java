package io.dyadline.event;

import java.util.Arrays;
import java.util.Optional;

/** The sector taxonomy of DESIGN.md: slugs as the API writes them, with labels for people. */
public enum Sector {
    TELECOM("telecom", "Telecommunications"),
    ICT("ict", "Information technology"),
    AI("ai", "Artificial intelligence"),
    SCIENCE_TECH("science-tech", "Science and technology"),
    SPACE("space", "Space and aerospace"),
    ENERGY("energy", "Energy"),
    TRADE("trade", "Trade and investment"),
    FINANCE("finance", "Finance"),
    TRANSPORT("transport", "Transport"),
    DEFENSE("defense", "Defence and security"),
    HEALTH("health", "Health"),
    AGRICULTURE("agriculture", "Agriculture, food and water"),
    EDUCATION("education", "Education, culture and sport"),
    ENVIRONMENT("environment", "Environment and climate"),
    DIPLOMACY("diplomacy", "Diplomacy");

    private final String slug;
    private final String label;

    Sector(String slug, String label) {
        this.slug = slug;
        this.label = label;
    }

    public String slug() {
        return slug;
    }

    public String label() {
        return label;
    }

    public static Optional<Sector> ofSlug(String slug) {
        return Arrays.stream(values()).filter(s -> s.slug.equals(slug)).findFirst();
    }
}
