package io.dyadline.web;

import io.dyadline.event.Quads;
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
    private static final Map<EventType, String> SHAPES = Map.ofEntries(Map.entry(EventType.AID,
                    "M0 -1.2L0.28 -0.38L1.14 -0.37L0.45 0.15L0.71 0.97L0 0.48L-0.71 0.97L-0.45 0.15L-1.14 -0.37L-0.28 -0.38Z"),
            Map.entry(EventType.DEMAND, "M-1 -1L1.2 0L-1 1Z"),
            Map.entry(EventType.ACCUSATION, "M1 -1L-1.2 0L1 1Z"),
            Map.entry(EventType.PROTEST, "M-1 -0.6L-0.6 -1L0 -0.4L0.6 -1L1 -0.6L0.4 0L1 0.6L0.6 1L0 0.4L-0.6 1L-1 0.6"
                    + "L-0.4 0Z"),
            Map.entry(EventType.REJECTION, "M-1.1 -0.45H1.1V0.45H-1.1Z"),
            Map.entry(EventType.THREAT, "M-1 -1H1L0 0L1 1H-1L0 0Z"),
            Map.entry(EventType.SANCTION, "M-0.45 -1.1H0.45L1.1 -0.45V0.45L0.45 1.1H-0.45L-1.1 0.45V-0.45Z"),
            Map.entry(EventType.FORCE, "M0 -1.3L0.35 -0.35L1.3 0L0.35 0.35L0 1.3L-0.35 0.35L-1.3 0L-0.35 -0.35Z"),
            Map.entry(
            EventType.MEETING, "M1 0A1 1 0 1 1 -1 0A1 1 0 1 1 1 0Z"),
            Map.entry(EventType.VISIT, "M0 -1.2L1.1 0.8L-1.1 0.8Z"),
            Map.entry(EventType.CALL, "M0 -1.25L1.25 0L0 1.25L-1.25 0Z"),
            Map.entry(EventType.AGREEMENT, "M-0.9 -0.9H0.9V0.9H-0.9Z"),
            Map.entry(EventType.ANNOUNCEMENT, "M0 1.2L1.1 -0.8L-1.1 -0.8Z"),
            Map.entry(EventType.WORKING_GROUP, "M1.05 0L0.53 0.91L-0.53 0.91L-1.05 0L-0.53 -0.91L0.53 -0.91Z"),
            Map.entry(EventType.PROPOSAL, "M-0.38 -1.1H0.38V-0.38H1.1V0.38H0.38V1.1H-0.38V0.38H-1.1V-0.38H-0.38Z"));

    public static final String NO_SECTOR_COLOUR = "#BBBBBB";

    private Legend() {
    }

    public record SectorKey(String slug, String label, String colour) {
    }

    /** @param conflict whether the type is friction (verbal or material conflict), drawn below the lane's axis */
    public record TypeKey(String name, String label, String path, boolean conflict) {
    }

    public static List<SectorKey> sectors() {
        return SectorTaxonomy.standard().all().stream().map(s -> new SectorKey(s.slug(), s.label(), s.colour()))
                .toList();
    }

    public static List<TypeKey> types() {
        return Arrays.stream(EventType.values()).map(t -> new TypeKey(t.name(), typeLabel(t.name()), SHAPES.get(t),
                Quads.of(t.name()).endsWith("CONFLICT"))).toList();
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
