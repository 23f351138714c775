package io.dyadline.bench;

import io.dyadline.extraction.Document;
import io.dyadline.extraction.Extraction;
import io.dyadline.extraction.Extractor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

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
@Warmup(iterations = 15, time = 2)
@Measurement(iterations = 10, time = 2)
public class ExtractorBenchmark {

    private static final LocalDate PUBLISHED = LocalDate.of(2023, 9, 24);

    private Extractor extractor;
    private List<Document> articles;
    private int next;

    @Setup
    public void setUp() throws IOException {
        extractor = Extractor.load();
        articles = BenchTexts.read(List.of(Path.of("seeds"), Path.of("../shared/seeds"), Path.of("../shared/corpora/dev/articles")))
                .stream().map(t -> new Document(null, t, PUBLISHED)).toList();
    }

    @Benchmark
    public Extraction extractArticle(CharCounter counter) {
        Document doc = articles.get(next);
        next = next + 1 == articles.size() ? 0 : next + 1;
        counter.chars += doc.text().length();
        return extractor.extract(doc);
    }
}
