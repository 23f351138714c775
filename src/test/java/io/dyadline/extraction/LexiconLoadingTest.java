package io.dyadline.extraction;

import io.dyadline.extraction.text.LexiconException;
import io.dyadline.extraction.text.TsvTable;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LexiconLoadingTest {

    private static TsvTable read(String content) {
        return TsvTable.read("test.tsv", new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aLineWithTheWrongNumberOfColumnsFailsWithFileAndLine() {
        LexiconException e = assertThrows(LexiconException.class,
                () -> read("# comment\nid\tphrase\nok.one\tfine\nbroken line without tab\n"));
        assertTrue(e.getMessage().startsWith("test.tsv:4:"), e.getMessage());
    }

    @Test
    void commentsAndBlankLinesAreSkipped() {
        assertEquals(1, read("# source\nid\tphrase\n\n# note\nok.one\tfine\n").rows().size());
    }

    @Test
    void anUnexpectedHeaderFails() {
        assertThrows(LexiconException.class, () -> read("name\tvalue\n").expect("id", "phrase"));
    }

    @Test
    void theShippedLexiconsLoad() {
        Extraction x = Extractor.load().extract(Document.of("Iran and Russia met on Sunday.",
                java.time.LocalDate.of(2023, 9, 24)));
        assertEquals(1, x.events().size());
    }
}
