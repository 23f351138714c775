package io.dyadline.export;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.dyadline.event.EventQuery;
import io.dyadline.event.EventView;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;

/**
 * Events as CSV (RFC 4180, a header row, UTF-8), written by Jackson's CSV module one row at a time: several values in
 * one cell (countries, sectors) are joined by ';'. The first piece of evidence and the first source stand for the
 * rest, with the counts of both.
 */
final class CsvExport implements AutoCloseable {

    private static final CsvMapper CSV = new CsvMapper();
    private static final CsvSchema SCHEMA = CSV.schemaFor(Row.class).withHeader().withArrayElementSeparator(";");

    @JsonPropertyOrder({"id", "date_start", "date_end", "precision", "edtf", "type", "status", "pair", "countries",
            "sectors", "location", "summary", "cameo", "confidence", "evidence", "evidence_article_id",
            "evidence_count", "source_title", "source_url", "source_published_at", "source_count", "link"})
    record Row(long id, String date_start, String date_end, String precision, String edtf, String type,
               String status, String pair, List<String> countries, List<String> sectors, String location,
               String summary, String cameo, double confidence, String evidence, Long evidence_article_id,
               int evidence_count, String source_title, String source_url, String source_published_at,
               int source_count, String link) {
    }

    private final SequenceWriter rows;
    private final String base;
    private final EventQuery filters;

    CsvExport(OutputStream out, String base, EventQuery filters) throws IOException {
        this.rows = CSV.writer(SCHEMA).writeValues(out);
        this.base = base;
        this.filters = filters;
    }

    void write(EventView e) throws IOException {
        EventView.EvidenceView ev = e.evidence().isEmpty() ? null : e.evidence().get(0);
        EventView.SourceView src = e.sources().isEmpty() ? null : e.sources().get(0);
        EventView.DateView d = e.date();
        rows.write(new Row(e.id(), d == null ? null : text(d.start()), d == null ? null : text(d.end()),
                d == null ? null : d.precision(), d == null ? null : d.edtf(), e.type(), e.status(), e.pair(),
                e.countries(), e.sectors(), e.location(), e.summary(), e.cameo(), e.confidence(),
                ev == null ? null : ev.sentence(), ev == null ? null : ev.articleId(), e.evidenceCount(),
                src == null ? null : src.title(), src == null ? null : src.url(),
                src == null ? null : text(src.publishedAt()), e.sourceCount(),
                ExportFilters.timeline(base, filters, e.id())));
    }

    private static String text(LocalDate d) {
        return d == null ? null : d.toString();
    }

    @Override
    public void close() throws IOException {
        rows.close();
    }
}
