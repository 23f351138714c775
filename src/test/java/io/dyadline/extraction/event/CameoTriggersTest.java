package io.dyadline.extraction.event;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** triggers_cameo.tsv is what the converter makes of the CAMEO verb dictionary, and the converter reads it right. */
class CameoTriggersTest {

    private static final Path DICTIONARIES = Path.of("..", "shared", "corpora", "dictionaries", "petrarch2");

    @Test
    void theCommittedLexiconIsTheConvertersOutput() throws IOException {
        assumeTrue(Files.isDirectory(DICTIONARIES), "../shared/corpora/dictionaries is absent");
        String committed = Files.readString(Path.of("src/main/resources/lexicon/event/en/triggers_cameo.tsv"),
                StandardCharsets.UTF_8);
        assertEquals(CameoTriggers.convert(DICTIONARIES), committed,
                "triggers_cameo.tsv differs from what CameoTriggers makes; run it again");
    }

    @Test
    void verbsTakeTheirRegularOrListedForms() {
        assertEquals("expel|expels|expelling|expelled", CameoTriggers.verb("EXPEL {EXPELS EXPELLING EXPELLED }")
                .forms());
        assertEquals("berate|berates|berated|berating", CameoTriggers.verb("BERATE").forms());
        assertEquals("lash|lashes|lashed|lashing out", CameoTriggers.verb("+LASH_OUT").forms());
        assertEquals("173", CameoTriggers.verb("ARREST [173]").code());
        assertEquals(List.of("bans", "banned", "banning"), CameoTriggers.regular("ban"));
        assertNull(CameoTriggers.verb("&WEAPON"));
    }

    @Test
    void patternsBecomeContiguousPhrasesOrNothing() {
        String det = "a|an|the?";
        assertEquals(List.of(det + " deadline|deadlines"), CameoTriggers.objects("* DEADLINE", Map.of()));
        assertEquals(List.of("off " + det + " talk|talks"), CameoTriggers.objects("* OFF TALK", Map.of()));
        assertEquals(List.of(), CameoTriggers.objects("* INTO", Map.of()), "a particle alone");
        assertEquals(List.of("to " + det + " court|courts"), CameoTriggers.objects("* (TO COURT)", Map.of()));
        assertEquals(List.of(), CameoTriggers.objects("* + (OF SPYING)", Map.of()), "an actor slot");
        assertEquals(List.of(), CameoTriggers.objects("TENSIONS *", Map.of()), "words before the verb");
        assertEquals(List.of(), CameoTriggers.objects("* (AGAINST)", Map.of()), "a preposition alone");
    }

    @Test
    void codesMapToOurTypesThroughPlover() {
        Map<String, io.dyadline.extraction.EventType> none = Map.of();
        assertEquals(io.dyadline.extraction.EventType.PROTEST, CameoTriggers.type(none, "114"));
        assertNull(CameoTriggers.type(Map.of("090", io.dyadline.extraction.EventType.ACCUSATION), "090"),
                "investigating is no accusation");
        assertNull(CameoTriggers.type(Map.of("1723", io.dyadline.extraction.EventType.FORCE), "1723"),
                "a curfew is domestic");
    }
}
