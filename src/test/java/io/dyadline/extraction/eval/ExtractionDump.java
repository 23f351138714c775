package io.dyadline.extraction.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dyadline.extraction.Document;
import io.dyadline.extraction.Extraction;
import io.dyadline.extraction.Extractor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes everything the extractor produces (timexes, events with evidence and provenance, spans, drops) for the
 * whitehouse-1500 archive, the dev articles and the benchmark's inputs, one item a line: a change meant to leave
 * the output as it is (a faster build) must leave this file byte-identical.
 *
 * <p>Run: {@code java -cp target/test-classes:target/classes:<test classpath>
 * io.dyadline.extraction.eval.ExtractionDump /tmp/extraction.txt}
 */
public final class ExtractionDump {

    private static final Path SHARED = Path.of("..", "shared");
    private static final LocalDate BENCH_PUBLISHED = LocalDate.of(2023, 9, 24);

    private ExtractionDump() {
    }

    public static void main(String[] args) throws IOException {
        Extractor extractor = Extractor.load();
        ObjectMapper json = new ObjectMapper();
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[0])))) {
            Path archive = SHARED.resolve("corpora/dev/archive/whitehouse-1500.jsonl");
            try (BufferedReader in = Files.newBufferedReader(archive)) {
                int n = 0;
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    JsonNode a = json.readTree(line);
                    write(out, "archive " + n++, extractor.extract(new Document(a.path("title").asText(null),
                            a.get("text").asText(), LocalDate.parse(a.get("publishedAt").asText()))));
                }
            }
            List<Path> files = files(SHARED.resolve("corpora/dev/articles"));
            files.addAll(files(SHARED.resolve("seeds")));
            for (Path file : files) {
                write(out, "dev " + file, extractor.extract(CorpusArticle.read(file)));
                write(out, "bench " + file, extractor.extract(new Document(null, Files.readString(file),
                        BENCH_PUBLISHED)));
            }
        }
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return new ArrayList<>(walk.filter(Files::isRegularFile).sorted().toList());
        }
    }

    private static void write(PrintWriter out, String source, Extraction x) {
        out.println("## " + source);
        x.timexes().forEach(t -> out.println("timex " + t));
        x.events().forEach(e -> out.println("event " + e));
        x.spans().forEach(s -> out.println("span " + s));
        x.dropped().forEach(d -> out.println("drop " + d));
    }
}
