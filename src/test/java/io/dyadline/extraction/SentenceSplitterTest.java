package io.dyadline.extraction;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SentenceSplitterTest {

    private static List<String> split(String text) {
        Document doc = Document.of(text, null);
        return SentenceSplitter.split(doc).stream().map(s -> s.text(doc)).toList();
    }

    @Test
    void keepsAbbreviationsAndInitials() {
        assertEquals(List.of("President Joseph R. Biden, Jr. met Mr. Smith of the U.S. Department of State in Sept. 2021.",
                        "They talked."),
                split("President Joseph R. Biden, Jr. met Mr. Smith of the U.S. Department of State in Sept. 2021. "
                        + "They talked."));
    }

    @Test
    void splitsAfterClosingQuotesAndAtParagraphs() {
        assertEquals(List.of("He said: “We are ready.”", "Then he left", "New paragraph."),
                split("He said: “We are ready.” Then he left\n\nNew paragraph."));
    }

    @Test
    void theHeadlineIsItsOwnSentence() {
        Document doc = new Document("Tehran, Moscow discuss telecom cooperation", "Body one. Body two.", null);
        List<Sentence> sentences = SentenceSplitter.split(doc);
        assertEquals(Span.Field.TITLE, sentences.get(0).field());
        assertEquals(3, sentences.size());
    }

    @Test
    void aListItemStartsASentence() {
        assertEquals(List.of("The key terms include:", "India will cut tariffs", "The U.S. will lower tariffs",
                        "Talks - and more talks - go on."),
                split("The key terms include:\n-   India will cut tariffs\n    3. The U.S. will lower tariffs\n\n"
                        + "Talks - and more talks - go on."));
    }
}
