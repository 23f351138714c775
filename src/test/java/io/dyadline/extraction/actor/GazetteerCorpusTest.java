package io.dyadline.extraction.actor;

import io.dyadline.extraction.text.Token;
import io.dyadline.extraction.text.Tokenizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GazetteerCorpusTest {

    private static final Gazetteer GAZETTEER = Gazetteer.load();
    private static final ActorRecognizer RECOGNIZER = new ActorRecognizer(GAZETTEER);
    /** The publication day of the tables without one: news of today, after the Phoenix dictionary's horizon. */
    private static final LocalDate DAY = LocalDate.of(2025, 6, 1);

    static Set<String> parties(String text) {
        return parties(text, DAY);
    }

    static Set<String> parties(String text, LocalDate published) {
        List<Token> tokens = Tokenizer.tokenize(text);
        CharSequence[] fields = {"", text};
        List<List<ActorMention>> named = new java.util.ArrayList<>();
        Map<String, GazetteerEntry> people = RECOGNIZER.registerPersons(fields, List.of(tokens), new int[]{1},
                published, named);
        Set<String> out = new TreeSet<>();
        for (ActorMention m : RECOGNIZER.mentions(text, tokens, people, false, published, null,
                RECOGNIZER.usStateHomonyms(List.of(tokens), named))) {
            if (m.canBeParty()) {
                out.add(m.country());
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvFileSource(resources = "/corpus/actor/en/countries.tsv", delimiter = '\t', numLinesToSkip = 1,
            quoteCharacter = '\u0000')
    void recognisesCountries(String text, String country) {
        assertTrue(parties(text).contains(country), () -> text + " gave " + parties(text));
    }

    @ParameterizedTest(name = "{0} -> nothing")
    @CsvFileSource(resources = "/corpus/actor/en/no_countries.tsv", delimiter = '\t', numLinesToSkip = 1,
            quoteCharacter = '\u0000')
    void findsNoCountry(String text) {
        assertEquals(Set.of(), parties(text), text);
    }

    @ParameterizedTest(name = "{0} ({1}) -> {2}")
    @CsvFileSource(resources = "/corpus/actor/en/office_holders.tsv", delimiter = '\t', numLinesToSkip = 1,
            quoteCharacter = '\u0000')
    void resolvesOfficeHoldersByThePublicationDate(String text, LocalDate published, String expected) {
        Set<String> want = expected.equals("-") ? Set.of() : Set.of(expected.split(" "));
        assertEquals(want, parties(text, published), text + " on " + published);
    }

    @Test
    void coversEveryIsoCountry() {
        for (String code : Locale.getISOCountries()) {
            assertTrue(!GAZETTEER.countryName(code).equals(code), "no entry for " + code);
        }
    }

    @Test
    void resolvesALaterSurnameToTheOfficialIntroducedEarlier() {
        String text = "Iranian telecoms minister Issa Zarepour spoke. Later Zarepour met Lipov.";
        List<Token> tokens = Tokenizer.tokenize(text);
        CharSequence[] fields = {"", text};
        Map<String, GazetteerEntry> people = RECOGNIZER.registerPersons(fields, List.of(tokens), new int[]{1}, DAY);
        assertEquals("IR", people.get("zarepour").country());
    }

    @Test
    void aPossessiveIntroducesOnlyARoleOrANameRightAfterIt() {
        String text = "The U.S. welcomed Saudi Arabia's support for the Partnership for Global Infrastructure. "
                + "Russia's Lipov spoke.";
        List<Token> tokens = Tokenizer.tokenize(text);
        CharSequence[] fields = {"", text};
        Map<String, GazetteerEntry> people = RECOGNIZER.registerPersons(fields, List.of(tokens), new int[]{1}, DAY);
        assertTrue(!people.containsKey("partnership"), () -> "registered " + people.keySet());
        assertEquals("RU", people.get("lipov").country());
    }

    @Test
    void aDatelineIsAPlaceNotAParty() {
        List<Token> tokens = Tokenizer.tokenize("TEHRAN – Officials said so.");
        List<ActorMention> mentions = RECOGNIZER.mentions("TEHRAN – Officials said so.", tokens, Map.of(), false, DAY);
        assertEquals(1, mentions.size());
        assertTrue(mentions.get(0).dateline());
    }
}
