package io.dyadline.extraction.sector;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one definition of the sectors: the taxonomy of DESIGN.md, in the order that picks an event's primary sector. */
class SectorTaxonomyTest {

    private final SectorTaxonomy taxonomy = SectorTaxonomy.standard();

    @Test
    void holdsTheSectorsOfTheApiContractInOrderWithDiplomacyLast() {
        assertEquals(List.of("telecom", "ict", "ai", "science-tech", "space", "energy", "trade", "finance",
                        "transport", "defense", "health", "agriculture", "education", "environment", "diplomacy"),
                taxonomy.all().stream().map(SectorTaxonomy.Sector::slug).toList());
        taxonomy.all().forEach(s -> assertTrue(s.colour().matches("#[0-9A-F]{6}"), s.slug()));
        assertEquals("Defence and security", taxonomy.of("defense").orElseThrow().label());
        assertEquals("telecoms", taxonomy.of("telecom").orElseThrow().phrase());
        assertFalse(taxonomy.contains("telecommunications"));
        assertFalse(taxonomy.contains(null));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "diplomacy,trade | trade",
            "trade,diplomacy | trade",
            "energy,trade,telecom | telecom",
            "diplomacy | diplomacy",
            "unknown,health | health",
            "unknown | -",
    })
    void primarySectorIsTheFirstInTheTaxonomysOrder(String sectors, String primary) {
        assertEquals(primary, taxonomy.primary(Arrays.asList(sectors.split(","))));
    }

    @Test
    void anEventWithoutSectorsHasNoPrimary() {
        assertNull(taxonomy.primary(List.of()));
    }
}
