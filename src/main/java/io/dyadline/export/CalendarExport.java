package io.dyadline.export;

import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.text.ICalWriter;
import biweekly.property.Status;
import io.dyadline.event.EventQuery;
import io.dyadline.event.EventView;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Events as an iCalendar (RFC 5545), written by biweekly one event at a time, so that a calendar of any size streams.
 * Every event is all-day: a day-precise one on its day, a month- or year-precise one across its whole month or year
 * (DTEND is the day after its last, as all-day events have it). Planned events are TENTATIVE, those that took place
 * CONFIRMED. Undated events have no place in a calendar and are left out.
 */
final class CalendarExport implements AutoCloseable {

    private static final String BEGIN = "BEGIN:VEVENT\r\n";
    private static final String END = "END:VEVENT\r\n";
    private static final String CLOSE = "END:VCALENDAR\r\n";

    private final Writer out;
    private final String base;
    private final EventQuery filters;

    /** Writes the calendar's head: everything but its events and its last line. */
    CalendarExport(Writer out, EventQuery filters, String base) throws IOException {
        this.out = out;
        this.base = base;
        this.filters = filters;
        ICalendar ical = new ICalendar();
        ical.setProductId("-//Dyadline//Events//EN");
        ical.setName("Dyadline: " + ExportFilters.describe(filters));
        ical.setUrl(ExportFilters.timeline(base, filters, null));
        ical.setExperimentalProperty("X-WR-CALNAME", "Dyadline: " + ExportFilters.describe(filters));
        String whole = text(ical);
        out.write(whole.substring(0, whole.lastIndexOf(CLOSE)));
    }

    /** Writes one event; biweekly escapes and folds it, in a calendar of its own whose VEVENT is kept. */
    void write(EventView e) throws IOException {
        if (e.date() == null || e.date().start() == null) {
            return;
        }
        ICalendar one = new ICalendar();
        one.addEvent(event(e, base, filters));
        String whole = text(one);
        out.write(whole, whole.indexOf(BEGIN), whole.lastIndexOf(END) + END.length() - whole.indexOf(BEGIN));
    }

    @Override
    public void close() throws IOException {
        out.write(CLOSE);
        out.flush();
    }

    private static String text(ICalendar ical) throws IOException {
        StringWriter text = new StringWriter();
        ICalWriter writer = new ICalWriter(text, ICalVersion.V2_0);
        writer.write(ical);
        writer.flush();
        return text.toString();
    }

    private static VEvent event(EventView e, String base, EventQuery filters) {
        VEvent v = new VEvent();
        v.setUid("event-" + e.id() + "@dyadline");
        v.setSummary(e.summary() == null ? e.pair() + " " + e.type() : e.summary());
        LocalDate start = e.date().start();
        LocalDate last = e.date().end() == null ? start : e.date().end();
        v.setDateStart(day(start), false);
        v.setDateEnd(day(last.plusDays(1)), false);
        v.setStatus("PLANNED".equals(e.status()) ? Status.tentative() : Status.confirmed());
        if (e.location() != null) {
            v.setLocation(e.location());
        }
        v.setUrl(ExportFilters.timeline(base, filters, e.id()));
        List<String> categories = new ArrayList<>();
        categories.add(e.type());
        categories.add(e.pair());
        categories.addAll(e.sectors());
        v.addCategories(categories.toArray(String[]::new));
        v.setDescription(description(e));
        return v;
    }

    private static String description(EventView e) {
        StringBuilder out = new StringBuilder();
        out.append(e.type()).append(", ").append(e.status()).append(", ").append(e.date().edtf())
                .append(" (").append(e.date().precision()).append(")\n");
        if (!e.evidence().isEmpty()) {
            out.append('\n').append(e.evidence().get(0).sentence()).append('\n');
        }
        for (EventView.SourceView s : e.sources()) {
            out.append("\n- ").append(s.title() == null ? "article " + s.articleId() : s.title());
            if (s.publishedAt() != null) {
                out.append(" (").append(s.publishedAt()).append(')');
            }
            if (s.url() != null) {
                out.append(' ').append(s.url());
            }
        }
        return out.toString();
    }

    /** An all-day date: biweekly writes a date without time in the default zone, so the day is taken in it too. */
    private static Date day(LocalDate d) {
        return Date.from(d.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
}
