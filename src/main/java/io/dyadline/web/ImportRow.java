package io.dyadline.web;

import io.dyadline.bulk.ImportView;

/** One import on the start page: what it reads and how far it is. The page's script keeps a running one current. */
public record ImportRow(long id, String kind, String source, String status, int processed, int total, int created,
                        int duplicates, int failed) {

    static ImportRow of(ImportView v) {
        return new ImportRow(v.id(), v.kind(), v.source(), v.status(), v.processed(), v.total(), v.created(),
                v.duplicates(), v.failed());
    }

    public boolean running() {
        return "RUNNING".equals(status);
    }

    /** The progress bar's end: the total once it is known (a streamed upload counts its lines as it reads them). */
    public int max() {
        return Math.max(1, Math.max(total, processed));
    }

    /** What is read: the folder's path or "upload", cut to a line. */
    public String name() {
        String s = source == null ? kind : source;
        return s.length() > 60 ? "…" + s.substring(s.length() - 59) : s;
    }
}
