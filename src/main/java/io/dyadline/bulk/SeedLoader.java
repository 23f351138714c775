package io.dyadline.bulk;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.nio.file.Files;
import java.nio.file.Path;

/** Imports the seeds folder at start-up; content already stored is skipped, so a restart adds nothing. */
@ApplicationScoped
public class SeedLoader {

    private final ImportService imports;
    private final SeedConfig config;

    public SeedLoader(ImportService imports, SeedConfig config) {
        this.imports = imports;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        Path dir = Path.of(config.dir());
        if (!Files.isDirectory(dir)) {
            Log.infof("Seeds: no folder %s, nothing to ingest", dir.toAbsolutePath());
            return;
        }
        ImportView done = imports.importFolder(dir, true);
        Log.infof("Seeds: %d files in %s, %d new, %d already stored, %d failed",
                done.total(), dir.toAbsolutePath(), done.created(), done.duplicates(), done.failed());
    }
}
