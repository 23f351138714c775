package io.dyadline.extraction.actor;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** organisations.tsv is what the converter makes of the Phoenix dictionaries, and the converter keeps names only. */
class PhoenixOrganisationsTest {

    private static final Path DICTIONARIES = Path.of("..", "shared", "corpora", "dictionaries", "petrarch2");

    @Test
    void theCommittedLexiconIsTheConvertersOutput() throws IOException {
        assumeTrue(Files.isDirectory(DICTIONARIES), "../shared/corpora/dictionaries is absent");
        String committed = Files.readString(Path.of("src/main/resources/lexicon/actor/en/organisations.tsv"),
                StandardCharsets.UTF_8);
        assertEquals(PhoenixOrganisations.convert(DICTIONARIES), committed,
                "organisations.tsv differs from what PhoenixOrganisations makes; run it again");
    }

    @Test
    void namesAreTitleCasedWithoutAcronymsInBrackets() {
        assertEquals("Islamic Army of Aden", PhoenixOrganisations.name("ISLAMIC_ARMY_OF_ADEN_(IAA)_"));
        assertEquals("Hezbollah", PhoenixOrganisations.name("HEZBOLLAH"));
        assertNull(PhoenixOrganisations.name("UN_"), "too short to be told from a word");
        assertNull(PhoenixOrganisations.name("FOUNDATION"), "a common word");
    }
}
