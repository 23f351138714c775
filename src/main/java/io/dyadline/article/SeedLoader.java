package io.dyadline.article;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Ingests every file of the seeds folder at start-up; content already stored is skipped, so a restart adds nothing. */
@ApplicationScoped
public class SeedLoader {

    private final ArticleService articles;
    private final SeedConfig config;

    public SeedLoader(ArticleService articles, SeedConfig config) {
        this.articles = articles;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        Path dir = Path.of(config.dir());
        if (!Files.isDirectory(dir)) {
            Log.infof("Seeds: no folder %s, nothing to ingest", dir.toAbsolutePath());
            return;
        }
        FolderImport result = importFolder(dir);
        Log.infof("Seeds: %d files in %s, %d new, %d already stored, %d failed, %d skipped",
                result.files(), dir.toAbsolutePath(), result.created(), result.existing(), result.failed(), result.skipped());
    }

    /** What importing one folder did. */
    public record FolderImport(int files, int created, int existing, int failed, int skipped) {
    }

    /** Ingests each readable article file of a folder (not its subfolders), in name order, one failure not stopping the rest. */
    public FolderImport importFolder(Path dir) {
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            Log.errorf("Seeds: cannot list %s: %s", dir, e.getMessage());
            return new FolderImport(0, 0, 0, 1, 0);
        }
        int created = 0, existing = 0, failed = 0, skipped = 0;
        for (Path file : files) {
            Optional<ArticleFormat> format = ArticleFormat.ofFileName(file.getFileName().toString());
            if (format.isEmpty()) {
                Log.warnf("Seeds: %s has no article format by its name (.txt, .md, .html, .json), skipped", file);
                skipped++;
                continue;
            }
            try {
                ArticleService.Ingested ingested = articles.ingest(format.get(), Files.readAllBytes(file));
                if (ingested.created()) {
                    created++;
                } else {
                    existing++;
                }
            } catch (IOException | RuntimeException e) {
                Log.warnf("Seeds: %s could not be ingested: %s", file, e.getMessage());
                failed++;
            }
        }
        return new FolderImport(files.size(), created, existing, failed, skipped);
    }
}
