package io.dyadline.curation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dyadline.event.EventEvidence;
import io.dyadline.extraction.Span;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A piece of evidence as it is recognised across extractor versions: the article, the sentence (its text with
 * whitespace folded, hashed) and the words of its first trigger, lower-cased. Database ids are not part of it: a
 * re-extraction makes new events and new evidence rows. A new sentence splitter that cuts a sentence differently, or
 * a new lexicon that triggers on other words, makes another key; the sentence alone then still finds it when only one
 * curation owns that sentence of the article.
 */
record EvidenceKey(long articleId, String sentenceHash, String trigger) {

    static final int MAX_TRIGGER = 200;

    static EvidenceKey of(EventEvidence v, ObjectMapper json) {
        return new EvidenceKey(v.articleId, sentenceHash(v.sentence), trigger(v, json));
    }

    static String sentenceHash(String sentence) {
        String folded = sentence == null ? "" : sentence.strip().replaceAll("\\s+", " ");
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(folded.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String trigger(EventEvidence v, ObjectMapper json) {
        Span[] spans;
        try {
            spans = v.spans == null ? new Span[0] : json.readValue(v.spans, Span[].class);
        } catch (JsonProcessingException e) {
            return "";
        }
        return Arrays.stream(spans).filter(s -> "trigger".equals(s.kind()))
                .min(Comparator.comparingInt(Span::start))
                .map(s -> {
                    int from = s.start() - v.startOffset;
                    int to = s.end() - v.startOffset;
                    String words = from >= 0 && to <= v.sentence.length() && from < to
                            ? v.sentence.substring(from, to) : String.valueOf(s.value());
                    String folded = words.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
                    return folded.length() > MAX_TRIGGER ? folded.substring(0, MAX_TRIGGER) : folded;
                })
                .orElse("");
    }
}
