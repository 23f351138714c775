package io.dyadline.extraction.sector;

import io.dyadline.extraction.text.Tokenizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SectorCorpusTest {

    private static final SectorClassifier CLASSIFIER = SectorClassifier.load();

    static Set<String> sectors(String text) {
        Set<String> out = new TreeSet<>();
        CLASSIFIER.find(Tokenizer.tokenize(text)).forEach(h -> out.add(h.sector()));
        return out;
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvFileSource(resources = "/corpus/sector/en/sectors.tsv", delimiter = '\t', numLinesToSkip = 1,
            quoteCharacter = '\u0000')
    void findsSector(String text, String sector) {
        assertTrue(sectors(text).contains(sector), () -> text + " gave " + sectors(text));
    }

    @ParameterizedTest(name = "{0} -> nothing")
    @CsvFileSource(resources = "/corpus/sector/en/no_sectors.tsv", delimiter = '\t', numLinesToSkip = 1,
            quoteCharacter = '\u0000')
    void findsNoSector(String text) {
        assertEquals(Set.of(), sectors(text), text);
    }
}
