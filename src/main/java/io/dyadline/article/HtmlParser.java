package io.dyadline.article;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads an article page: title and publication date from its markup ({@code og:title},
 * {@code article:published_time}, {@code <time datetime>}, JSON-LD {@code datePublished}), the body from the
 * article element, never from menus, headers, footers or share boxes.
 */
final class HtmlParser {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CHROME = "nav, header, footer, aside, script, style, noscript, template, form, button, "
            + "iframe, svg, figure, [role=navigation], [role=banner], [role=contentinfo], [role=complementary], "
            + "[aria-hidden=true], .share, .sharing, .social, .related, .comments, .advert, .ad, .newsletter, .byline";
    private static final String BLOCKS = "p, h2, h3, h4, h5, h6, li, blockquote, pre, td";

    private HtmlParser() {
    }

    static ParsedArticle parse(String input) {
        Document page = Jsoup.parse(input);
        Element body = articleBody(page);
        String title = firstNonBlank(
                meta(page, "meta[property=og:title]"),
                meta(page, "meta[name=twitter:title]"),
                body == null ? null : body.select("h1").text(),
                page.select("h1").text(),
                page.title());
        LocalDate published = publicationDate(page);
        String url = firstNonBlank(page.select("link[rel=canonical]").attr("href"), meta(page, "meta[property=og:url]"));
        String source = meta(page, "meta[property=og:site_name]");
        return new ParsedArticle(title, published, source, url, body == null ? "" : text(body));
    }

    private static Element articleBody(Document page) {
        Element root = page.selectFirst("[itemprop=articleBody]");
        if (root == null) {
            root = page.selectFirst("article");
        }
        if (root == null) {
            root = page.selectFirst("main, [role=main]");
        }
        if (root == null) {
            root = page.body();
        }
        if (root == null) {
            return null;
        }
        Element copy = root.clone();
        copy.select(CHROME).remove();
        copy.select("h1").remove();
        return copy;
    }

    private static String text(Element body) {
        List<String> paragraphs = new ArrayList<>();
        Elements blocks = body.select(BLOCKS);
        for (Element block : blocks) {
            if (block.parents().stream().anyMatch(p -> p != body && p.is(BLOCKS))) {
                continue;
            }
            String t = block.text().strip();
            if (!t.isEmpty()) {
                paragraphs.add(t);
            }
        }
        if (paragraphs.isEmpty()) {
            paragraphs.addAll(Paragraphs.split(body.wholeText()));
        }
        return Paragraphs.join(paragraphs);
    }

    private static LocalDate publicationDate(Document page) {
        String[] candidates = {
                meta(page, "meta[property=article:published_time]"),
                meta(page, "meta[name=article:published_time]"),
                meta(page, "meta[itemprop=datePublished]"),
                meta(page, "meta[name=pubdate], meta[name=publish-date], meta[name=date], meta[name=dc.date], meta[name=DC.date.issued]"),
                jsonLdDatePublished(page),
                page.select("time[datetime]").attr("datetime"),
        };
        for (String c : candidates) {
            if (c != null && !c.isBlank()) {
                Optional<LocalDate> d = PublicationDates.parse(c, "publishedAt");
                if (d.isPresent()) {
                    return d.get();
                }
            }
        }
        return null;
    }

    private static String jsonLdDatePublished(Document page) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                JsonNode node = JSON.readTree(script.data());
                String found = findDatePublished(node, 0);
                if (found != null) {
                    return found;
                }
            } catch (IOException ignored) {
                // a broken JSON-LD block is the page's fault; the other date sources still apply
            }
        }
        return null;
    }

    private static String findDatePublished(JsonNode node, int depth) {
        if (node == null || depth > 8) {
            return null;
        }
        if (node.isObject() && node.hasNonNull("datePublished")) {
            return node.get("datePublished").asText();
        }
        for (JsonNode child : node) {
            String found = findDatePublished(child, depth + 1);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static String meta(Document page, String selector) {
        Element e = page.selectFirst(selector);
        return e == null ? null : e.attr("content");
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
