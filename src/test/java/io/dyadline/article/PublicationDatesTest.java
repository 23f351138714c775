package io.dyadline.article;

import io.dyadline.common.ProblemException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PublicationDatesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvFileSource(resources = "/corpus/article/publication-dates.tsv", delimiter = '\t', numLinesToSkip = 1, quoteCharacter = '\u0000')
    void readsDateLines(String line, LocalDate expected) {
        assertEquals(expected, PublicationDates.parse(line, "publishedAt").orElseThrow());
    }

    @ParameterizedTest(name = "{0} -> {1} ({2})")
    @CsvFileSource(resources = "/corpus/article/publication-dates-invalid.tsv", delimiter = '\t', numLinesToSkip = 1, quoteCharacter = '\u0000')
    void refusesDatesThatDoNotExistOrAreAmbiguous(String line, int status, String reason) {
        ProblemException e = assertThrows(ProblemException.class, () -> PublicationDates.parse(line, "publishedAt"));
        assertEquals(status, e.status());
        assertEquals("publishedAt", e.violations().get(0).field());
    }

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/corpus/article/not-dates.tsv", delimiter = '\t', numLinesToSkip = 1, quoteCharacter = '\u0000')
    void otherLinesAreNotDates(String line) {
        assertTrue(PublicationDates.parse(line, "publishedAt").isEmpty());
    }
}
