package io.dyadline.extraction.time;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Corpus tables (Duckling style): many surface forms, each with the one value it must resolve to. */
class TemporalTaggerCorpusTest {

    static final TemporalTagger TAGGER = TemporalTagger.load();

    private static LocalDate date(String s) {
        return s == null || s.equals("-") ? null : LocalDate.parse(s);
    }

    @ParameterizedTest(name = "{0} @ {1} -> {2} {3} {4}")
    @CsvFileSource(resources = "/corpus/time/en/dates.tsv", delimiter = '\t', numLinesToSkip = 1, quoteCharacter = '"')
    void resolves(String text, String published, String value, TimexType type, String grain) {
        List<Timex> found = TAGGER.tag(text, date(published));
        assertEquals(1, found.size(), () -> "expected one timex in '" + text + "', found " + found);
        Timex t = found.get(0);
        assertEquals(value, t.value(), () -> "value of " + t);
        assertEquals(type, t.type(), () -> "type of " + t);
        if (!grain.equals("-")) {
            assertEquals(Grain.valueOf(grain), t.grain(), () -> "grain of " + t);
        }
        assertTrue(t.rule().startsWith("time."), () -> "rule of " + t);
        assertEquals(t.text(), text.substring(t.start(), t.end()), "offsets");
        if (published.equals("-") && t.value().contains("X")) {
            assertNull(t.rangeStart(), () -> "an underspecified value is not anchored: " + t);
        }
    }

    @ParameterizedTest(name = "{0} @ {1}: {2} -> {3} [{4}, {5}]")
    @CsvFileSource(resources = "/corpus/time/en/ranges.tsv", delimiter = '\t', numLinesToSkip = 1, quoteCharacter = '"')
    void resolvesRanges(String text, String published, String span, String value, String rangeStart, String rangeEnd,
                        boolean openEnd, String rule) {
        List<Timex> found = TAGGER.tag(text, date(published));
        Timex t = found.stream().filter(x -> x.text().equals(span)).findFirst()
                .orElseThrow(() -> new AssertionError("no timex '" + span + "' in " + found));
        assertEquals(value, t.value(), () -> "value of " + t);
        assertEquals(date(rangeStart), t.rangeStart(), () -> "rangeStart of " + t);
        assertEquals(date(rangeEnd), t.rangeEnd(), () -> "rangeEnd of " + t);
        assertEquals(openEnd, t.openEnd(), () -> "openEnd of " + t);
        assertTrue(t.rule().contains(rule), () -> "rule of " + t);
    }

    @ParameterizedTest(name = "{0} @ {1}: {2} -> {3}")
    @CsvFileSource(resources = "/corpus/time/en/narrative.tsv", delimiter = '\t', numLinesToSkip = 1, quoteCharacter = '"')
    void resolvesNarrative(String text, String published, String span, String value, TimexType type) {
        List<Timex> found = TAGGER.tag(text, date(published));
        Timex t = found.stream().filter(x -> x.text().equals(span)).findFirst()
                .orElseThrow(() -> new AssertionError("no timex '" + span + "' in " + found));
        assertEquals(value, t.value(), () -> "value of " + t);
        assertEquals(type, t.type(), () -> "type of " + t);
    }

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/corpus/time/en/negatives.tsv", delimiter = '\t', numLinesToSkip = 1, quoteCharacter = '"')
    void findsNothing(String text) {
        assertEquals(List.of(), TAGGER.tag(text, LocalDate.of(2023, 9, 24)));
        assertEquals(List.of(), TAGGER.tag(text, null));
    }

    @Test
    void seedArticle() throws Exception {
        Path seed = Path.of("seeds/000_4f724420bf2d962d.txt");
        if (!Files.exists(seed)) {
            seed = Path.of("../shared/seeds/000_4f724420bf2d962d.txt");
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(seed));
        String text = Files.readString(seed);
        List<String> got = TAGGER.tag(text, LocalDate.of(2023, 9, 24)).stream()
                .map(t -> t.text() + "=" + t.value()).toList();
        assertEquals(List.of("September 24, 2023=2023-09-24", "Sunday=2023-09-24", "Monday=2023-09-25",
                "November 2022=2022-11", "May=2023-05", "Monday=2023-09-18", "recent years=PAST_REF", "now=PRESENT_REF",
                "2016=2016"), got);
    }

    @Test
    void sortedAndNotOverlapping() {
        List<Timex> found = TAGGER.tag("On Monday, Sept. 25, 2023, and again on Friday the ministers met; last week too.", LocalDate.of(2023, 9, 30));
        for (int i = 1; i < found.size(); i++) {
            assertTrue(found.get(i - 1).end() <= found.get(i).start(), found::toString);
        }
        assertFalse(found.isEmpty());
    }

    @Test
    void malformedLexiconLineFailsWithFileAndLine() {
        ClassLoader cl = getClass().getClassLoader();
        String broken = "# months\nword\tmonth\tambiguous\njanuary\t1\tno\nfebruary\ttwo\tno\n";
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> TemporalTagger.load(name ->
                name.endsWith("/months.tsv") ? stream(broken) : cl.getResourceAsStream(name)));
        assertTrue(e.getMessage().startsWith("months.tsv:4:"), e.getMessage());

        String badColumns = "id\ttype\taction\tvalue\tpattern\ntime.x\tDATE\tdate\t-\n";
        e = assertThrows(IllegalStateException.class, () -> TemporalTagger.load(name ->
                name.endsWith("/patterns.tsv") ? stream(badColumns) : cl.getResourceAsStream(name)));
        assertTrue(e.getMessage().startsWith("patterns.tsv:2:"), e.getMessage());

        String badCategory = "id\ttype\taction\tvalue\tpattern\n# comment\ntime.x\tDATE\tdate\t-\tMONTHS DAY\n";
        e = assertThrows(IllegalStateException.class, () -> TemporalTagger.load(name ->
                name.endsWith("/patterns.tsv") ? stream(badCategory) : cl.getResourceAsStream(name)));
        assertTrue(e.getMessage().startsWith("patterns.tsv:3:"), e.getMessage());
    }

    private static InputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
