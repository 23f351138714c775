package io.dyadline.web;

import io.dyadline.extraction.EventType;
import io.dyadline.extraction.sector.SectorTaxonomy;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How the pages encode events: the sector by colour (from {@link SectorTaxonomy}) and the type by shape. The page's
 * legend carries both to the timeline's script (data attributes), so server and browser draw from one table.
 */
public final class Legend {

    /** Shapes as SVG path data around (0, 0) with a radius of about 1: the same path fills SVG and canvas. */
    private static final Map<EventType, String> SHAPES = Map.of(
            EventType.MEETING, "M1 0A1 1 0 1 1 -1 0A1 1 0 1 1 1 0Z",
            EventType.VISIT, "M0 -1.2L1.1 0.8L-1.1 0.8Z",
            EventType.CALL, "M0 -1.25L1.25 0L0 1.25L-1.25 0Z",
            EventType.AGREEMENT, "M-0.9 -0.9H0.9V0.9H-0.9Z",
            EventType.ANNOUNCEMENT, "M0 1.2L1.1 -0.8L-1.1 -0.8Z",
            EventType.WORKING_GROUP, "M1.05 0L0.53 0.91L-0.53 0.91L-1.05 0L-0.53 -0.91L0.53 -0.91Z",
            EventType.PROPOSAL, "M-0.38 -1.1H0.38V-0.38H1.1V0.38H0.38V1.1H-0.38V0.38H-1.1V-0.38H-0.38Z");

    public static final String NO_SECTOR_COLOUR = "#BBBBBB";

    private Legend() {
    }

    public record SectorKey(String slug, String label, String colour) {
    }

    public record TypeKey(String name, String label, String path) {
    }

    public static List<SectorKey> sectors() {
        return SectorTaxonomy.standard().all().stream().map(s -> new SectorKey(s.slug(), s.label(), s.colour()))
                .toList();
    }

    public static List<TypeKey> types() {
        return Arrays.stream(EventType.values()).map(t -> new TypeKey(t.name(), typeLabel(t.name()), SHAPES.get(t)))
                .toList();
    }

    public static String colour(String sector) {
        return SectorTaxonomy.standard().of(sector).map(SectorTaxonomy.Sector::colour).orElse(NO_SECTOR_COLOUR);
    }

    public static String sectorLabel(String slug) {
        return SectorTaxonomy.standard().of(slug).map(SectorTaxonomy.Sector::label).orElse(slug);
    }

    /** MEETING → Meeting, WORKING_GROUP → Working group. */
    public static String typeLabel(String type) {
        if (type == null || type.isEmpty()) {
            return "";
        }
        String lower = type.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    public static String path(String type) {
        try {
            return SHAPES.get(EventType.valueOf(type));
        } catch (IllegalArgumentException | NullPointerException e) {
            return SHAPES.get(EventType.MEETING);
        }
    }
}
