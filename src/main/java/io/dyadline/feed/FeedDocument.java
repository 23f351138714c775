package io.dyadline.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * A feed document (RSS 0.9x, 1.0/RDF and 2.0, Atom 0.3 and 1.0) read by Rome into its items. Rome reads the XML
 * with DOCTYPEs refused, so a feed cannot pull in external entities.
 *
 * @param title the feed's own title
 */
public record FeedDocument(String type, String title, List<Item> items) {

    /**
     * One item.
     *
     * @param link      its absolute link, or null
     * @param published the item's publication (else update) date, or null
     * @param content   the item's full content (content:encoded, Atom content) as HTML or text, or null
     * @param summary   its description or summary, or null
     */
    public record Item(String title, String link, LocalDate published, String content, String summary) {
    }

    /** Reads a feed; throws {@link FetchException} when the bytes are no feed Rome can read. */
    public static FeedDocument read(byte[] body, String contentType, URI base) {
        SyndFeed feed;
        try (XmlReader reader = contentType == null ? new XmlReader(new ByteArrayInputStream(body))
                : new XmlReader(new ByteArrayInputStream(body), contentType, true)) {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(reader);
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw FetchException.refused("not an RSS or Atom feed: " + oneLine(e.getMessage()));
        }
        List<Item> items = new ArrayList<>();
        for (SyndEntry e : feed.getEntries()) {
            items.add(new Item(blank(e.getTitle()), link(e, base), day(e.getPublishedDate() != null
                    ? e.getPublishedDate() : e.getUpdatedDate()), content(e.getContents()),
                    e.getDescription() == null ? null : blank(e.getDescription().getValue())));
        }
        return new FeedDocument(feed.getFeedType(), blank(feed.getTitle()), items);
    }

    private static String link(SyndEntry e, URI base) {
        String link = blank(e.getLink());
        if (link == null && e.getUri() != null && e.getUri().matches("(?i)https?://.*")) {
            link = e.getUri().strip();
        }
        if (link == null) {
            return null;
        }
        try {
            return base.resolve(link).toString();
        } catch (IllegalArgumentException ex) {
            return link;
        }
    }

    private static String content(List<SyndContent> contents) {
        StringBuilder out = new StringBuilder();
        for (SyndContent c : contents) {
            if (c.getValue() != null && !c.getValue().isBlank()) {
                out.append(c.getValue()).append('\n');
            }
        }
        return out.isEmpty() ? null : out.toString();
    }

    private static LocalDate day(Date d) {
        return d == null ? null : d.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String oneLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        String line = s.replaceAll("\\s+", " ").strip();
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
