package io.dyadline.article;

import io.dyadline.common.ProblemException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleFormatTest {

    static byte[] resource(String name) {
        return io.dyadline.TestFiles.article(name);
    }

    @Test
    void readsTheSeedsScrapedPageFormat() throws IOException {
        ParsedArticle a = ArticleFormat.TEXT.parse(resource("seed.txt"));
        assertEquals("Tehran, Moscow discuss telecom cooperation", a.title());
        assertEquals(LocalDate.of(2023, 9, 24), a.publishedAt());
        assertEquals("Persian News", a.source());
        assertTrue(a.text().startsWith("TEHRAN – Iran and Russia discussed avenues"), a.text());
        assertTrue(a.text().endsWith("information technology, energy, and regional cooperation."), a.text());
        assertFalse(a.text().contains("Original News"));
        assertFalse(a.text().contains("bloggers like this"));
        assertFalse(a.text().contains("All Persian News Related to Iran"));
    }

    @Test
    void plainTextWithoutADateLineHasNoDate() {
        ParsedArticle a = ArticleFormat.TEXT.parse("Iran and Russia discussed avenues for increased cooperation in "
                .concat("telecommunication on Sunday, the ministry said.\n\nShare this:\n\nTwitter\n"));
        assertNull(a.publishedAt());
        assertNull(a.title());
        assertEquals("Iran and Russia discussed avenues for increased cooperation in telecommunication on Sunday, "
                + "the ministry said.", a.text());
    }

    @Test
    void plainTextWithAnImpossibleDateLineIsRefused() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> ArticleFormat.TEXT.parse("February 30, 2023\n\nHeadline\n\nBody text that runs on for a while to be a body."));
        assertEquals(422, e.status());
    }

    @Test
    void readsMarkdownWithFrontMatter() throws IOException {
        ParsedArticle a = ArticleFormat.MARKDOWN.parse(resource("readout.md"));
        assertEquals("Readout of President Joseph R. Biden, Jr. Call with President Vladimir Putin of\u00a0Russia", a.title());
        assertEquals(LocalDate.of(2021, 1, 26), a.publishedAt());
        assertEquals("https://example.gov/briefing-room/2021/01/26/readout-call/", a.url());
        assertEquals("President Joseph R. Biden, Jr. spoke today with President Vladimir Putin of Russia. They "
                + "discussed both countries’ willingness to extend New START for five years, as announced earlier."
                + "\n\nThe two presidents agreed to maintain transparent and consistent communication going forward.",
                a.text());
    }

    @Test
    void markdownWithoutFrontMatterTakesItsTitleFromTheFirstHeading() {
        ParsedArticle a = ArticleFormat.MARKDOWN.parse("# Iran, Oman to expand ties\n\nThe two ministers met in Muscat.\n");
        assertEquals("Iran, Oman to expand ties", a.title());
        assertNull(a.publishedAt());
        assertEquals("The two ministers met in Muscat.", a.text());
    }

    @Test
    void malformedFrontMatterIsA400() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> ArticleFormat.MARKDOWN.parse("---\ntitle: [unclosed\n---\nBody"));
        assertEquals(400, e.status());
    }

    @Test
    void readsHtmlFromItsMarkupNotItsMenus() throws IOException {
        ParsedArticle a = ArticleFormat.HTML.parse(resource("page.html"));
        assertEquals("Iran, Azerbaijan discuss expansion of energy ties", a.title());
        assertEquals(LocalDate.of(2022, 4, 18), a.publishedAt());
        assertEquals("Tehran Times", a.source());
        assertEquals("https://example.com/news/461541", a.url());
        assertEquals("TEHRAN – Iranian Oil Minister Javad Owji met Azerbaijan's Energy Minister Parviz Shahbazov in "
                + "Baku on Sunday.\n\nThe two sides discussed gas swap deals & electricity trade.", a.text());
    }

    @Test
    void htmlDateFallsBackToJsonLdAndTimeElements() {
        String jsonLd = "<html><head><script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"NewsArticle\","
                + "\"datePublished\":\"2021-06-13T08:00:00Z\"}]}</script></head><body><article><p>Text.</p></article></body></html>";
        assertEquals(LocalDate.of(2021, 6, 13), ArticleFormat.HTML.parse(jsonLd).publishedAt());
        String time = "<html><body><article><time datetime=\"2020-02-03\">3 Feb</time><p>Text.</p></article></body></html>";
        assertEquals(LocalDate.of(2020, 2, 3), ArticleFormat.HTML.parse(time).publishedAt());
    }

    @Test
    void readsJson() {
        ParsedArticle a = ArticleFormat.JSON.parse("{\"title\":\"T\",\"publishedAt\":\"2023-09-24\",\"source\":\"S\","
                + "\"url\":\"https://x.test/a\",\"text\":\"Body.\"}");
        assertEquals(new ParsedArticle("T", LocalDate.of(2023, 9, 24), "S", "https://x.test/a", "Body."), a);
    }

    @Test
    void jsonFieldsOfTheWrongTypeAreA400NamingTheField() {
        ProblemException e = assertThrows(ProblemException.class, () -> ArticleFormat.JSON.parse("{\"text\": 42}"));
        assertEquals(400, e.status());
        assertEquals("text", e.violations().get(0).field());
    }

    @Test
    void bytesThatAreNotUtf8AreA400() {
        byte[] latin1 = "Tehran discusses caf\u00e9 culture".getBytes(StandardCharsets.ISO_8859_1);
        ProblemException e = assertThrows(ProblemException.class, () -> ArticleFormat.TEXT.parse(latin1));
        assertEquals(400, e.status());
        assertEquals("body", e.violations().get(0).field());
    }

    @Test
    void formatsByMediaTypeAndFileName() {
        assertEquals(ArticleFormat.TEXT, ArticleFormat.ofMediaType("text/plain; charset=utf-8").orElseThrow());
        assertEquals(ArticleFormat.MARKDOWN, ArticleFormat.ofMediaType("text/markdown").orElseThrow());
        assertTrue(ArticleFormat.ofMediaType("application/pdf").isEmpty());
        assertEquals(ArticleFormat.TEXT, ArticleFormat.ofFileName("000_4f724420bf2d962d.txt").orElseThrow());
        assertEquals(ArticleFormat.HTML, ArticleFormat.ofFileName("a.HTM").orElseThrow());
        assertTrue(ArticleFormat.ofFileName("notes.pdf").isEmpty());
    }
}
