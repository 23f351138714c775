package io.dyadline.extraction.actor;

import io.dyadline.extraction.text.Token;
import io.dyadline.extraction.text.Tokenizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

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

    static Set<String> parties(String text) {
        List<Token> tokens = Tokenizer.tokenize(text);
        CharSequence[] fields = {"", text};
        Map<String, GazetteerEntry> people = RECOGNIZER.registerPersons(fields, List.of(tokens), new int[]{1});
        Set<String> out = new TreeSet<>();
        for (ActorMention m : RECOGNIZER.mentions(text, tokens, people, false)) {
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
        Map<String, GazetteerEntry> people = RECOGNIZER.registerPersons(fields, List.of(tokens), new int[]{1});
        assertEquals("IR", people.get("zarepour").country());
    }

    @Test
    void aPossessiveIntroducesOnlyARoleOrANameRightAfterIt() {
        String text = "The U.S. welcomed Saudi Arabia's support for the Partnership for Global Infrastructure. "
                + "Russia's Lipov spoke.";
        List<Token> tokens = Tokenizer.tokenize(text);
        CharSequence[] fields = {"", text};
        Map<String, GazetteerEntry> people = RECOGNIZER.registerPersons(fields, List.of(tokens), new int[]{1});
        assertTrue(!people.containsKey("partnership"), () -> "registered " + people.keySet());
        assertEquals("RU", people.get("lipov").country());
    }

    @Test
    void aDatelineIsAPlaceNotAParty() {
        List<Token> tokens = Tokenizer.tokenize("TEHRAN – Officials said so.");
        List<ActorMention> mentions = RECOGNIZER.mentions("TEHRAN – Officials said so.", tokens, Map.of(), false);
        assertEquals(1, mentions.size());
        assertTrue(mentions.get(0).dateline());
    }
}
