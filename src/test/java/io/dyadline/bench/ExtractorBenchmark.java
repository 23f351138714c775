package io.dyadline.bench;

import io.dyadline.extraction.Document;
import io.dyadline.extraction.Extraction;
import io.dyadline.extraction.Extractor;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Whole-article extraction (sentences, time, actors, triggers, sectors, assembly) on one thread: the score is
 * articles per second; the "chars" counter gives characters per second. Articles: the seed and the shared dev
 * articles when ../shared exists.
 * Run: ./mvnw -q test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test
 * -Dexec.args="-cp %classpath org.openjdk.jmh.Main ExtractorBenchmark"
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ExtractorBenchmark {

    private static final LocalDate PUBLISHED = LocalDate.of(2023, 9, 24);

    private Extractor extractor;
    private List<Document> articles;
    private int next;

    /** Characters extracted, reported by JMH as a rate. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Chars {
        public long chars;

        @Setup(Level.Iteration)
        public void reset() {
            chars = 0;
        }
    }

    @Setup
    public void setUp() throws IOException {
        extractor = Extractor.load();
        articles = new ArrayList<>();
        for (Path dir : List.of(Path.of("seeds"), Path.of("../shared/seeds"), Path.of("../shared/corpora/dev/articles"))) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                    articles.add(new Document(null, Files.readString(p), PUBLISHED));
                }
            }
        }
        if (articles.isEmpty()) {
            throw new IllegalStateException("no articles found (run from the project folder)");
        }
        long total = articles.stream().mapToLong(d -> d.text().length()).sum();
        System.out.printf("%n%d articles, %d chars, %.1f chars/article%n", articles.size(), total,
                (double) total / articles.size());
    }

    @Benchmark
    public Extraction extractArticle(Chars counter) {
        Document doc = articles.get(next);
        next = next + 1 == articles.size() ? 0 : next + 1;
        counter.chars += doc.text().length();
        return extractor.extract(doc);
    }
}
