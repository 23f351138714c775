package io.dyadline.extraction.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class LinksTest {

    private static List<String> words(String text) {
        return Links.outside(Tokenizer.tokenize(text), Links.spans(text)).stream().map(Token::norm).toList();
    }

    @Test
    void aMarkdownLinkKeepsOnlyItsWords() {
        assertEquals(List.of("trump", "spoke", "with", "putin", "."),
                words("Trump [spoke](https://www.euronews.com/2025/02/12/trump-call-with-putin) with Putin."));
    }

    @Test
    void aBareAddressIsNoWords() {
        assertEquals(List.of("see", "for", "more", "."), words("See https://www.state.gov/iran-meets-iraq for more."));
        assertEquals(List.of("see", "."), words("See www.state.gov/iran-meets-iraq ."));
    }

    @Test
    void bracketsWithoutAnAddressAreText() {
        String text = "The [Agreement] between Iran and Iraq (signed in May).";
        assertArrayEquals(new int[0], Links.spans(text));
        assertEquals(Tokenizer.tokenize(text).size(), words(text).size());
    }
}
