package io.dyadline.export;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Generator;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import io.dyadline.event.EventQuery;
import io.dyadline.event.EventView;
import org.jsoup.nodes.Entities;

import java.io.Writer;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Objects;

/**
 * The newest events of a query as an Atom 1.0 feed (RFC 4287), written by Rome: one entry per event, linking to the
 * event on the timeline with the same filters. An entry is updated when the latest article reporting it was published,
 * so a reader shows an event again when a new source joins it.
 */
final class AtomExport {

    private AtomExport() {
    }

    /**
     * @param base     the service's address, ending in '/'
     * @param self     the address of this feed
     */
    static void write(List<EventView> events, EventQuery filters, String base, String self, Writer out)
            throws IOException {
        Feed feed = new Feed("atom_1.0");
        feed.setId(self);
        feed.setTitle("Dyadline: " + ExportFilters.describe(filters));
        feed.setAlternateLinks(List.of(link("alternate", "text/html",
                ExportFilters.timeline(base, filters, null))));
        feed.setOtherLinks(List.of(link("self", "application/atom+xml", self)));
        Person author = new Person();
        author.setName("Dyadline");
        author.setUri(base);
        feed.setAuthors(List.<SyndPerson>of(author));
        Generator generator = new Generator();
        generator.setValue("Dyadline");
        generator.setUrl(base);
        feed.setGenerator(generator);
        List<Entry> entries = new ArrayList<>();
        for (EventView e : events) {
            entries.add(entry(e, base, filters));
        }
        feed.setEntries(entries);
        // an empty feed is as old as the epoch: nothing in it has changed
        feed.setUpdated(entries.stream().map(Entry::getUpdated).max(Comparator.naturalOrder()).orElse(new Date(0)));
        try {
            new WireFeedOutput().output(feed, out);
        } catch (FeedException e) {
            throw new IllegalStateException("Atom feed not written", e);
        }
    }

    private static Entry entry(EventView e, String base, EventQuery filters) {
        Entry entry = new Entry();
        entry.setId(base + "api/events/" + e.id());
        entry.setTitle(title(e));
        entry.setAlternateLinks(List.of(link("alternate", "text/html",
                ExportFilters.timeline(base, filters, e.id()))));
        List<Category> categories = new ArrayList<>();
        categories.add(category(e.type(), "type"));
        categories.add(category(e.pair(), "pair"));
        e.sectors().forEach(s -> categories.add(category(s, "sector")));
        entry.setCategories(categories);
        LocalDate first = e.sources().stream().map(EventView.SourceView::publishedAt).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(e.date() == null ? null : e.date().start());
        LocalDate latest = e.sources().stream().map(EventView.SourceView::publishedAt).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(first);
        entry.setPublished(day(first));
        entry.setUpdated(day(latest));
        Content summary = new Content();
        summary.setType("text");
        summary.setValue(e.summary() == null ? title(e) : e.summary());
        entry.setSummary(summary);
        Content content = new Content();
        content.setType("html");
        content.setValue(html(e));
        entry.setContents(List.of(content));
        return entry;
    }

    private static String title(EventView e) {
        String date = e.date() == null ? "undated" : e.date().edtf();
        return date + " " + e.pair() + " " + e.type() + (e.summary() == null ? "" : ": " + e.summary());
    }

    private static String html(EventView e) {
        StringBuilder out = new StringBuilder();
        out.append("<p>").append(esc(e.type())).append(", ").append(esc(e.status()));
        if (e.date() != null) {
            out.append(", ").append(esc(e.date().edtf())).append(" (").append(esc(e.date().precision())).append(')');
        }
        if (e.location() != null) {
            out.append(", ").append(esc(e.location()));
        }
        out.append("</p>");
        if (!e.evidence().isEmpty()) {
            out.append("<blockquote>").append(esc(e.evidence().get(0).sentence())).append("</blockquote>");
        }
        if (!e.sources().isEmpty()) {
            out.append("<ul>");
            for (EventView.SourceView s : e.sources()) {
                out.append("<li>");
                String title = esc(s.title() == null ? "article " + s.articleId() : s.title());
                out.append(s.url() == null ? title : "<a href=\"" + esc(s.url()) + "\">" + title + "</a>");
                if (s.publishedAt() != null) {
                    out.append(" (").append(s.publishedAt()).append(')');
                }
                out.append("</li>");
            }
            out.append("</ul>");
        }
        return out.toString();
    }

    private static Link link(String rel, String type, String href) {
        Link link = new Link();
        link.setRel(rel);
        link.setType(type);
        link.setHref(href);
        return link;
    }

    private static Category category(String term, String scheme) {
        Category c = new Category();
        c.setTerm(term);
        c.setScheme("urn:dyadline:" + scheme);
        return c;
    }

    private static Date day(LocalDate d) {
        return d == null ? new Date(0) : Date.from(d.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private static String esc(String s) {
        return s == null ? "" : Entities.escape(s);
    }
}
