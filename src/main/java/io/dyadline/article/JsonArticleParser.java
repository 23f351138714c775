package io.dyadline.article;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.JsonFactory;
import io.dyadline.common.ProblemException;

import java.io.IOException;
import java.time.LocalDate;

/** Reads {@code {"title","publishedAt","source","url","text"}}; only {@code text} is required. */
final class JsonArticleParser {

    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build())
            .build());

    private JsonArticleParser() {
    }

    static ParsedArticle parse(String input) {
        JsonNode node;
        try {
            node = JSON.readTree(input);
        } catch (IOException e) {
            throw ProblemException.badRequest(null, "Malformed JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
        return fromNode(node);
    }

    static ParsedArticle fromNode(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw ProblemException.badRequest(null, "The body must be a JSON object with at least a 'text' field");
        }
        String text = string(node, "text");
        String published = string(node, "publishedAt");
        LocalDate date = published == null ? null : PublicationDates.require(published, "publishedAt");
        return new ParsedArticle(string(node, "title"), date, string(node, "source"), string(node, "url"), text);
    }

    private static String string(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw ProblemException.badRequest(field, "'" + field + "' must be a string");
        }
        return v.asText();
    }
}
