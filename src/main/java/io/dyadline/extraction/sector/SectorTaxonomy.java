package io.dyadline.extraction.sector;

import io.dyadline.extraction.text.TsvTable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The sector taxonomy, defined once in {@code lexicon/sector/en/taxonomy.tsv}: each sector's slug (as the API writes
 * it), its label for people, the phrase a summary uses and its colour on the pages, in the order that makes an event's
 * primary sector the first of its sectors.
 */
public final class SectorTaxonomy {

    private static final String FILE = "/lexicon/sector/en/taxonomy.tsv";
    private static final Pattern SLUG = Pattern.compile("[a-z]+(-[a-z]+)*");
    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");

    /** One sector of the taxonomy; {@code rank} is its place in the file, from 0. */
    public record Sector(String slug, String label, String phrase, String colour, int rank) {
    }

    private static final SectorTaxonomy STANDARD = load();

    private final List<Sector> sectors;
    private final Map<String, Sector> bySlug;

    private SectorTaxonomy(List<Sector> sectors) {
        this.sectors = List.copyOf(sectors);
        Map<String, Sector> map = new HashMap<>();
        sectors.forEach(s -> map.put(s.slug(), s));
        this.bySlug = Map.copyOf(map);
    }

    /** The taxonomy of the file, read once. */
    public static SectorTaxonomy standard() {
        return STANDARD;
    }

    private static SectorTaxonomy load() {
        List<Sector> out = new ArrayList<>();
        for (TsvTable.Row row : TsvTable.resource(FILE).expect("sector", "label", "phrase", "colour").rows()) {
            if (!SLUG.matcher(row.get(0)).matches()) {
                throw row.error("a sector is a lower-case slug, not '" + row.get(0) + "'");
            }
            if (out.stream().anyMatch(s -> s.slug().equals(row.get(0)))) {
                throw row.error("sector '" + row.get(0) + "' defined twice");
            }
            if (row.get(1).isBlank() || row.get(2).isBlank()) {
                throw row.error("empty label or phrase");
            }
            if (!COLOUR.matcher(row.get(3)).matches()) {
                throw row.error("a colour is #RRGGBB, not '" + row.get(3) + "'");
            }
            out.add(new Sector(row.get(0), row.get(1), row.get(2), row.get(3).toUpperCase(), out.size()));
        }
        if (out.isEmpty()) {
            throw new io.dyadline.extraction.text.LexiconException(FILE + ": no sectors");
        }
        return new SectorTaxonomy(out);
    }

    /** Every sector, primary first. */
    public List<Sector> all() {
        return sectors;
    }

    public Optional<Sector> of(String slug) {
        return Optional.ofNullable(slug == null ? null : bySlug.get(slug));
    }

    public boolean contains(String slug) {
        return slug != null && bySlug.containsKey(slug);
    }

    /** The primary one of an event's sectors: the first in the taxonomy's order; null when it has none. */
    public String primary(Iterable<String> slugs) {
        Sector best = null;
        for (String slug : slugs) {
            Sector s = bySlug.get(slug);
            if (s != null && (best == null || s.rank() < best.rank())) {
                best = s;
            }
        }
        return best == null ? null : best.slug();
    }
}
