package io.dyadline.article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the scraped-page format of the seed: a publication date on the first line, then the site's lines, the
 * headline and the body, with the page's boilerplate (share links, "Original News :", "%d bloggers like this:")
 * dropped. Text with no date line is read as a body with no date.
 */
final class PlainTextParser {

    private static final Pattern BOILERPLATE = Pattern.compile(
            "(?i)^(original news\\s*:?|%d bloggers like this:?|(share|like) this:?|related( posts| articles)?:?|"
                    + "loading\\.\\.\\.|like loading\\.\\.\\.|click to (share|email|print)[^.]*|"
                    + "(tweet|share|email|print|whatsapp|telegram|facebook|twitter|linkedin|reddit|pinterest)"
                    + "(\\s*[|,]\\s*(tweet|share|email|print|whatsapp|telegram|facebook|twitter|linkedin|reddit|pinterest))*)$");
    private static final Pattern DATELINE = Pattern.compile("^[A-Z][A-Z .,'’-]{2,40}\\s*[–—-]{1,2}\\s+\\S");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’)]?$");

    private PlainTextParser() {
    }

    static ParsedArticle parse(String input) {
        List<String> paragraphs = new ArrayList<>();
        for (String p : Paragraphs.split(input)) {
            if (!BOILERPLATE.matcher(p).matches()) {
                paragraphs.add(p);
            }
        }
        LocalDate published = null;
        if (!paragraphs.isEmpty()) {
            Optional<LocalDate> date = PublicationDates.parse(paragraphs.get(0), "publishedAt");
            if (date.isPresent()) {
                published = date.get();
                paragraphs.remove(0);
            }
        }
        int body = firstBodyParagraph(paragraphs);
        String title = body > 0 ? paragraphs.get(body - 1) : null;
        String source = body > 1 ? paragraphs.get(0) : null;
        List<String> text = paragraphs.subList(Math.max(body, 0), paragraphs.size());
        return new ParsedArticle(title, published, source, null, Paragraphs.join(text));
    }

    /** The first paragraph that reads as running text rather than a site line or a headline. */
    private static int firstBodyParagraph(List<String> paragraphs) {
        for (int i = 0; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i);
            if (DATELINE.matcher(p).find() || p.length() >= 160
                    || (SENTENCE_END.matcher(p).find() && p.split(" ").length >= 12)) {
                return i;
            }
        }
        return 0;
    }
}
