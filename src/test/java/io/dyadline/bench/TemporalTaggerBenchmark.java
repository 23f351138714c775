package io.dyadline.bench;

import io.dyadline.extraction.time.TemporalTagger;
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
 * Tagging + resolving whole articles on one thread. The "chars" counter is characters per second (divide by 1e6
 * for MB/s of ASCII text). Articles: the seed, plus the shared dev articles and TBAQ texts when ../shared exists.
 * Run: ./mvnw -q test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test
 * -Dexec.args="-cp %classpath org.openjdk.jmh.Main TemporalTaggerBenchmark"
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class TemporalTaggerBenchmark {

    private TemporalTagger tagger;
    private List<String> articles;
    private int next;

    @Setup
    public void setUp() throws IOException {
        tagger = TemporalTagger.load();
        articles = BenchTexts.read(List.of(Path.of("seeds"), Path.of("../shared/corpora/dev/articles"), Path.of("../shared/corpora/tbaq")));
    }

    @Benchmark
    public int tagArticle(CharCounter c) {
        String a = articles.get(next);
        next = next + 1 == articles.size() ? 0 : next + 1;
        c.chars += a.length();
        return tagger.tag(a, LocalDate.of(2023, 9, 24)).size();
    }
}
