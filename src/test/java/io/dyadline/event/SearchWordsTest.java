package io.dyadline.event;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchWordsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Iran and Russia met in Tehran.                      | iran and russia met in tehran",
            "IRAN, Russia: met!                                  | iran russia met",
            "Bogotá and Brasília signed; Côte d’Ivoire too       | bogota and brasilia signed cote d ivoire too",
            "the U.S.-China talks of 2023-09-24                  | the u s china talks of 2023 09 24",
            "Roskomnadzor's head met Zarepour's deputy           | roskomnadzor s head met zarepour deputy",
            "Москва и Тегеран подписали соглашение               | москва и тегеран подписали соглашение",
            "talks, talks and TALKS                              | talks and",
    })
    void wordsAreFoldedRunsOfLettersAndDigits(String text, String expected) {
        assertEquals(Arrays.asList(expected.split(" ")), List.copyOf(SearchWords.of(text)));
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', emptyValue = "", value = {"''", "'   '", "'!!! --- ...'", "'%_%'"})
    void aTextWithoutLettersOrDigitsHasNoWords(String text) {
        assertTrue(SearchWords.query(text).isEmpty());
    }

    @Test
    void longWordsAreCutTheSameWayInTheIndexAndInQueries() {
        String word = "x".repeat(SearchWords.MAX_LENGTH + 25);
        assertEquals(List.of("x".repeat(SearchWords.MAX_LENGTH)), List.copyOf(SearchWords.of(word)));
        assertEquals(List.copyOf(SearchWords.of(word)), SearchWords.query(word.toUpperCase()));
    }
}
