package io.dyadline.bulk;

import java.time.Instant;
import java.util.List;

/** An import's progress and outcome as the API shows it. */
public record ImportView(long id, String kind, String source, String status, int total, int processed, int created,
                         int duplicates, int failed, Instant startedAt, Instant finishedAt, List<Failure> failures) {

    /**
     * @param item the line number from 1 (JSON Lines) or the file's position in the folder
     * @param name the file, for folder imports
     */
    public record Failure(int item, String name, String reason) {
    }

    static ImportView of(ImportJob j, List<ImportFailure> failures) {
        return new ImportView(j.id, j.kind, j.source, j.status, j.total, j.processed, j.created, j.duplicates, j.failed,
                j.startedAt, j.finishedAt, failures.stream().map(f -> new Failure(f.item, f.name, f.reason)).toList());
    }
}
