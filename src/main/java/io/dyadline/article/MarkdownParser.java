package io.dyadline.article;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.dyadline.common.ProblemException;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Markdown with YAML front matter ({@code title}, {@code date}, {@code source_url}), as static-site generators
 * and scrapers export it. The body is turned into plain paragraphs: markup, links and escapes removed.
 */
final class MarkdownParser {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern FRONT_MATTER = Pattern.compile("\\A\\uFEFF?---[ \\t]*\\r?\\n(.*?)\\r?\\n---[ \\t]*(?:\\r?\\n|\\z)", Pattern.DOTALL);
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*$");
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*{1,3}|_{2,3})(\\S(?:.*?\\S)?)\\1");
    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^>]*>");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~])");
    private static final Pattern RULE = Pattern.compile("^([-*_#]\\s*){3,}$");

    private MarkdownParser() {
    }

    static ParsedArticle parse(String input) {
        Matcher m = FRONT_MATTER.matcher(input);
        JsonNode meta = null;
        String body = input;
        if (m.find()) {
            meta = readFrontMatter(m.group(1));
            body = input.substring(m.end());
        }
        String title = string(meta, "title");
        List<String> paragraphs = new ArrayList<>();
        for (String p : Paragraphs.split(body)) {
            Matcher heading = HEADING.matcher(p);
            if (heading.matches()) {
                if (title == null) {
                    title = clean(heading.group(1));
                    continue;
                }
                p = heading.group(1);
            }
            String text = clean(p.replaceFirst("^>\\s*", "").replaceFirst("^([-*+]|\\d+\\.)\\s+", ""));
            if (!text.isEmpty() && !RULE.matcher(text).matches()) {
                paragraphs.add(text);
            }
        }
        LocalDate published = null;
        for (String key : new String[]{"date", "published", "published_time", "publishedAt"}) {
            String raw = string(meta, key);
            if (raw != null) {
                published = PublicationDates.require(raw, key);
                break;
            }
        }
        String url = string(meta, "source_url") != null ? string(meta, "source_url") : string(meta, "url");
        String source = string(meta, "source") != null ? string(meta, "source") : string(meta, "site");
        return new ParsedArticle(title, published, source, url, Paragraphs.join(paragraphs));
    }

    private static JsonNode readFrontMatter(String yaml) {
        try {
            JsonNode node = YAML.readTree(yaml);
            if (node != null && !node.isNull() && !node.isObject()) {
                throw ProblemException.badRequest("frontMatter", "The front matter must be a YAML mapping");
            }
            return node;
        } catch (IOException e) {
            throw ProblemException.badRequest("frontMatter", "Malformed YAML front matter: "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    private static String string(JsonNode meta, String key) {
        if (meta == null || !meta.hasNonNull(key)) {
            return null;
        }
        JsonNode v = meta.get(key);
        if (!v.isValueNode()) {
            throw ProblemException.badRequest(key, "'" + key + "' must be a single value");
        }
        String s = v.asText().strip();
        return s.isEmpty() ? null : s;
    }

    private static String clean(String s) {
        String out = IMAGE.matcher(s).replaceAll("");
        out = LINK.matcher(out).replaceAll("$1");
        out = TAG.matcher(out).replaceAll("");
        out = EMPHASIS.matcher(out).replaceAll("$2");
        out = ESCAPE.matcher(out).replaceAll("$1");
        return out.replace("&nbsp;", " ").replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }
}
