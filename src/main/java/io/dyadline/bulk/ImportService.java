package io.dyadline.bulk;

import io.dyadline.article.ArticleFormat;
import io.dyadline.article.ArticleService;
import io.dyadline.article.Submission;
import io.dyadline.common.Background;
import io.dyadline.common.Page;
import io.dyadline.common.ProblemException;
import io.dyadline.ingest.Ingestion;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.stream.Stream;

/**
 * Bulk imports: JSON Lines uploads (spooled to disk as they arrive, never held in memory whole) and folders of article
 * files. Each runs as a job that counts what it did, keeps the lines or files that failed with their reason instead
 * of stopping, stores articles in batches, and resumes after a restart. Content already stored is skipped, so an
 * import can be repeated without duplicates.
 */
@ApplicationScoped
public class ImportService {

    static final int MAX_FAILURES_KEPT = 1000;
    private static final long PROGRESS_LOG_NANOS = 5_000_000_000L;

    private final ArticleService articles;
    private final Ingestion ingestion;
    private final ImportConfig config;
    private final ExecutorService runner = Background.singleThread("dyadline-import");
    /** Extracts an import's next batch while the current one is stored. */
    private final ExecutorService preparer = Background.singleThread("dyadline-import-prepare");

    public ImportService(ArticleService articles, Ingestion ingestion, ImportConfig config) {
        this.articles = articles;
        this.ingestion = ingestion;
        this.config = config;
    }

    @PreDestroy
    void stop() {
        runner.shutdownNow();
        // a batch being extracted is finished for its import, which waits for it; its threads are daemons
        preparer.shutdown();
    }

    /**
     * Takes up imports that a stop interrupted: their spooled upload or folder is read on from where they were. An
     * upload spooled on another instance (no file here) is left to that instance.
     */
    void onStart(@Observes @Priority(2000) StartupEvent event) {
        List<ImportJob> running = QuarkusTransaction.requiringNew().call(() -> ImportJob.<ImportJob>list("status",
                ImportJob.Status.RUNNING.name()));
        for (ImportJob job : running) {
            boolean here = ImportJob.Kind.FOLDER.name().equals(job.kind) ? Files.isDirectory(Path.of(job.source))
                    : Files.exists(spoolFile(job.id));
            if (here) {
                Log.infof("Import %d was interrupted; resuming after %d of %d", job.id, job.processed, job.total);
                runner.submit(() -> process(job.id));
            } else {
                Log.warnf("Import %d is marked running but its input is not on this instance; left alone", job.id);
            }
        }
    }

    /** Spools a JSON Lines upload to disk, then imports it, in the background unless {@code wait}. */
    public ImportView startJsonLines(InputStream body, String name, boolean wait) {
        long id = newJob(ImportJob.Kind.JSONL, name == null || name.isBlank() ? "upload" : name.strip());
        Path spool = spoolFile(id);
        int lines;
        try {
            lines = spool(body, spool);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(spool);
            QuarkusTransaction.requiringNew().run(() -> ImportJob.deleteById(id));
            if (e instanceof ProblemException p) {
                throw p;
            }
            throw ProblemException.badRequest("body", "The upload could not be read: " + e.getMessage());
        }
        QuarkusTransaction.requiringNew().run(() -> ImportJob.<ImportJob>findById(id).total = lines);
        return run(id, wait);
    }

    /** Imports a folder under the configured import root, in the background unless {@code wait}. */
    public ImportView startFolder(String path, boolean wait) {
        if (path == null || path.isBlank()) {
            throw ProblemException.badRequest("path", "Name a folder under the import root");
        }
        Path root = Path.of(config.root()).toAbsolutePath().normalize();
        Path dir;
        try {
            dir = root.resolve(path.strip()).normalize();
        } catch (InvalidPathException e) {
            throw ProblemException.badRequest("path", "Not a folder name: " + e.getReason());
        }
        if (!dir.startsWith(root)) {
            throw ProblemException.badRequest("path", "The folder must lie under the import root");
        }
        if (!Files.isDirectory(dir)) {
            throw ProblemException.unprocessable("path", "No such folder under the import root: " + path.strip());
        }
        return importFolder(dir, wait);
    }

    /** Imports every article file of a folder (not its subfolders), in name order. */
    public ImportView importFolder(Path dir, boolean wait) {
        long id = newJob(ImportJob.Kind.FOLDER, dir.toAbsolutePath().normalize().toString());
        int files = folderFiles(dir).size();
        QuarkusTransaction.requiringNew().run(() -> ImportJob.<ImportJob>findById(id).total = files);
        return run(id, wait);
    }

    public Optional<ImportView> get(long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ImportJob job = ImportJob.findById(id);
            if (job == null) {
                return Optional.<ImportView>empty();
            }
            List<ImportFailure> failures = ImportFailure.<ImportFailure>find("jobId", Sort.by("item"), id)
                    .page(0, MAX_FAILURES_KEPT).list();
            return Optional.of(ImportView.of(job, failures));
        });
    }

    public Page<ImportView> list(int page, int size) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = ImportJob.<ImportJob>findAll(Sort.descending("id"));
            List<ImportView> items = query.page(page, size).list().stream().map(j -> ImportView.of(j, List.of())).toList();
            return new Page<>(items, page, size, query.count());
        });
    }

    private ImportView run(long id, boolean wait) {
        if (wait) {
            process(id);
        } else {
            runner.submit(() -> process(id));
        }
        return get(id).orElseThrow();
    }

    private long newJob(ImportJob.Kind kind, String source) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ImportJob job = new ImportJob();
            job.kind = kind.name();
            job.source = source.length() > 1000 ? source.substring(0, 1000) : source;
            job.status = ImportJob.Status.RUNNING.name();
            job.startedAt = Instant.now();
            job.persist();
            return job.id;
        });
    }

    /** Copies the upload to a file as it arrives, counting its non-blank lines and enforcing the size limit. */
    private int spool(InputStream body, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        long size = 0;
        int lines = 0;
        boolean content = false;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = new BufferedInputStream(body); FileChannel channel = FileChannel.open(file,
                StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
             OutputStream out = Channels.newOutputStream(channel)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                size += n;
                if (size > config.maxBytes()) {
                    throw ProblemException.tooLarge(config.maxBytes());
                }
                for (int i = 0; i < n; i++) {
                    byte b = buffer[i];
                    if (b == '\n') {
                        lines += content ? 1 : 0;
                        content = false;
                    } else if (b != ' ' && b != '\t' && b != '\r') {
                        content = true;
                    }
                }
                out.write(buffer, 0, n);
            }
            // the upload is acknowledged (202) once it is on disk: a crash after that resumes it, never loses it
            channel.force(true);
        }
        forceDirectory(file.getParent());
        return lines + (content ? 1 : 0);
    }

    /** Makes a new file's entry in its folder durable, where the file system allows a folder to be synced. */
    private static void forceDirectory(Path dir) {
        try (FileChannel folder = FileChannel.open(dir, StandardOpenOption.READ)) {
            folder.force(true);
        } catch (IOException e) {
            Log.debugf("The folder %s cannot be synced here (%s); its new file was synced", dir, e.getMessage());
        }
    }

    private void process(long id) {
        ImportJob job = QuarkusTransaction.requiringNew().call(() -> ImportJob.<ImportJob>findById(id));
        Progress progress = new Progress(id, job.processed, job.total);
        try {
            if (ImportJob.Kind.FOLDER.name().equals(job.kind)) {
                processFolder(Path.of(job.source), progress);
            } else {
                processJsonLines(spoolFile(id), progress);
                deleteQuietly(spoolFile(id));
            }
            progress.finish(ImportJob.Status.DONE);
        } catch (IOException | RuntimeException e) {
            Log.errorf(e, "Import %d stopped", id);
            progress.finish(ImportJob.Status.FAILED);
        }
    }

    private void processJsonLines(Path spool, Progress progress) throws IOException {
        Pipeline pipeline = new Pipeline(progress);
        Batch batch = new Batch();
        int lineNo = 0;
        int item = 0;
        try (ByteLines lines = new ByteLines(Files.newInputStream(spool))) {
            byte[] bytes;
            while ((bytes = lines.next()) != null) {
                lineNo++;
                if (ByteLines.isBlank(bytes)) {
                    continue;
                }
                if (++item <= progress.skip) {
                    continue;
                }
                try {
                    String line = ArticleFormat.decode(bytes);
                    batch.add(lineNo, null, articles.submission(ArticleFormat.JSON.parse(line), line, ArticleFormat.JSON));
                } catch (ProblemException e) {
                    batch.fail(lineNo, null, reason(e));
                }
                if (batch.size() >= config.batchSize()) {
                    pipeline.add(batch);
                    batch = new Batch();
                }
            }
        }
        pipeline.add(batch);
        pipeline.finish();
    }

    private void processFolder(Path dir, Progress progress) {
        Pipeline pipeline = new Pipeline(progress);
        Batch batch = new Batch();
        List<Path> files = folderFiles(dir);
        for (int i = progress.skip; i < files.size(); i++) {
            Path file = files.get(i);
            String name = file.getFileName().toString();
            Optional<ArticleFormat> format = ArticleFormat.ofFileName(name);
            if (format.isEmpty()) {
                batch.fail(i + 1, name, "Not an article file: name it .txt, .md, .html or .json");
            } else {
                try {
                    batch.add(i + 1, name, articles.read(format.get(), Files.readAllBytes(file)));
                } catch (ProblemException e) {
                    batch.fail(i + 1, name, reason(e));
                } catch (IOException e) {
                    batch.fail(i + 1, name, "Cannot read the file: " + e.getMessage());
                }
            }
            if (batch.size() >= config.batchSize()) {
                pipeline.add(batch);
                batch = new Batch();
            }
        }
        pipeline.add(batch);
        pipeline.finish();
    }

    /**
     * Stores batches in order, each in its own transaction, while the next one is extracted: extraction (all cores)
     * and storing (one transaction at a time) overlap. At most two batches are held besides the one being read.
     */
    private final class Pipeline {
        final Progress progress;
        Batch pending;
        CompletableFuture<Ingestion.Prepared> prepared;

        Pipeline(Progress progress) {
            this.progress = progress;
        }

        /** Starts extracting this batch, then stores the one before it. */
        void add(Batch batch) {
            CompletableFuture<Ingestion.Prepared> next = prepare(batch);
            finish();
            pending = batch;
            prepared = next;
        }

        /** Stores the batch in hand, if any. */
        void finish() {
            if (pending != null) {
                progress.record(store(pending, prepared));
                pending = null;
                prepared = null;
            }
        }

        private CompletableFuture<Ingestion.Prepared> prepare(Batch batch) {
            if (batch.submissions.isEmpty()) {
                return CompletableFuture.completedFuture(null);
            }
            try {
                return CompletableFuture.supplyAsync(() -> ingestion.prepare(batch.submissions), preparer);
            } catch (RejectedExecutionException stopping) {
                // the service is stopping: this import goes on in its own thread until the stop ends it
                return CompletableFuture.completedFuture(ingestion.prepare(batch.submissions));
            }
        }
    }

    /**
     * Stores a prepared batch in one transaction; should that (or its preparation) fail, article by article, so one
     * bad article fails alone.
     */
    private Batch store(Batch batch, CompletableFuture<Ingestion.Prepared> prepared) {
        if (batch.submissions.isEmpty()) {
            return batch;
        }
        try {
            for (Ingestion.Ingested ingested : ingestion.store(awaitPrepared(prepared))) {
                batch.count(ingested.created());
            }
        } catch (RuntimeException batchFailure) {
            Log.warnf("A batch of %d articles failed together (%s); storing them one by one",
                    batch.submissions.size(), batchFailure.getMessage());
            batch.created = 0;
            batch.duplicates = 0;
            for (int i = 0; i < batch.submissions.size(); i++) {
                try {
                    batch.count(ingestion.ingest(batch.submissions.get(i)).created());
                } catch (RuntimeException e) {
                    batch.fail(batch.items.get(i), batch.names.get(i), "Could not be stored: " + e.getMessage());
                }
            }
        }
        return batch;
    }

    /** The prepared batch, waited for through interrupts (a stop lets the import end on its own, to resume later). */
    private static Ingestion.Prepared awaitPrepared(CompletableFuture<Ingestion.Prepared> prepared) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return prepared.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static String reason(ProblemException e) {
        String field = e.violations().isEmpty() ? null : e.violations().get(0).field();
        return field == null ? e.getMessage() : field + ": " + e.getMessage();
    }

    private static List<Path> folderFiles(Path dir) {
        try (Stream<Path> listing = Files.list(dir)) {
            return listing.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw ProblemException.unprocessable("path", "Cannot list the folder: " + e.getMessage());
        }
    }

    private Path spoolFile(long id) {
        return Path.of(config.spoolDir(), "import-" + id + ".jsonl");
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            Log.warnf("Cannot delete %s: %s", file, e.getMessage());
        }
    }

    /** One batch of an import: what is to be stored and what already failed, by item. */
    private static final class Batch {
        final List<Submission> submissions = new ArrayList<>();
        final List<Integer> items = new ArrayList<>();
        final List<String> names = new ArrayList<>();
        final List<ImportFailure> failures = new ArrayList<>();
        int handled;
        int created;
        int duplicates;

        void add(int item, String name, Submission s) {
            submissions.add(s);
            items.add(item);
            names.add(name);
            handled++;
        }

        void fail(int item, String name, String reason) {
            ImportFailure f = new ImportFailure();
            f.item = item;
            f.name = name;
            f.reason = reason.length() > 1000 ? reason.substring(0, 1000) : reason;
            failures.add(f);
            if (!items.contains(item)) {
                handled++;
            }
        }

        void count(boolean created) {
            if (created) {
                this.created++;
            } else {
                duplicates++;
            }
        }

        int size() {
            return handled;
        }
    }

    /** The job's counters, written after every batch, with progress in the log. */
    private static final class Progress {
        final long id;
        final int skip;
        final int total;
        long lastLog = System.nanoTime();

        Progress(long id, int skip, int total) {
            this.id = id;
            this.skip = skip;
            this.total = total;
        }

        void record(Batch batch) {
            if (batch.handled == 0) {
                return;
            }
            ImportJob job = QuarkusTransaction.requiringNew().call(() -> {
                ImportJob j = ImportJob.findById(id);
                j.processed += batch.handled;
                j.created += batch.created;
                j.duplicates += batch.duplicates;
                long kept = ImportFailure.count("jobId", id);
                for (ImportFailure f : batch.failures) {
                    j.failed++;
                    if (kept++ < MAX_FAILURES_KEPT && ImportFailure.count("jobId = ?1 and item = ?2", id, f.item) == 0) {
                        f.jobId = id;
                        f.persist();
                    }
                }
                return j;
            });
            if (System.nanoTime() - lastLog > PROGRESS_LOG_NANOS) {
                lastLog = System.nanoTime();
                Log.infof("Import %d: %d of %d processed, %d new, %d duplicates, %d failed", id, job.processed, total,
                        job.created, job.duplicates, job.failed);
            }
        }

        void finish(ImportJob.Status status) {
            ImportJob job = QuarkusTransaction.requiringNew().call(() -> {
                ImportJob j = ImportJob.findById(id);
                j.status = status.name();
                j.finishedAt = Instant.now();
                return j;
            });
            Log.infof("Import %d %s: %d of %d processed, %d new, %d duplicates, %d failed", id,
                    status.name().toLowerCase(), job.processed, job.total, job.created, job.duplicates, job.failed);
        }
    }
}
