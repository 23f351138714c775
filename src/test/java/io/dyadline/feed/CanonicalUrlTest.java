package io.dyadline.feed;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class CanonicalUrlTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvFileSource(resources = "/corpus/feed/canonical-urls.tsv", delimiter = '\t', numLinesToSkip = 1)
    void linksToOneStoryAgree(String link, String canonical) {
        assertEquals(canonical, CanonicalUrl.of(link));
        assertEquals(CanonicalUrl.hash(canonical), CanonicalUrl.hash(CanonicalUrl.of(link)));
    }

    /** Parameters that choose the page are kept, whatever they look like. */
    @ParameterizedTest
    @ValueSource(strings = {"id=7", "p=2", "utm=1", "story=utm_source", "ref=home", "from=rss"})
    void parametersThatChooseThePageStay(String query) {
        String link = "https://www.tehrantimes.com/news?" + query;
        assertEquals(link, CanonicalUrl.of(link));
        assertNotEquals(CanonicalUrl.of("https://www.tehrantimes.com/news"), CanonicalUrl.of(link));
    }
}
