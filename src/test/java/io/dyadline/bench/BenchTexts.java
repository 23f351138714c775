package io.dyadline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The article texts the JMH benchmarks run over: every file under the given folders that exist (TimeML tags stripped). */
final class BenchTexts {

    private BenchTexts() {
    }

    static List<String> read(List<Path> dirs) throws IOException {
        List<String> texts = new ArrayList<>();
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                    String t = Files.readString(p);
                    texts.add(p.toString().endsWith(".tml") ? t.replaceAll("<[^>]+>", "") : t);
                }
            }
        }
        if (texts.isEmpty()) {
            throw new IllegalStateException("no articles found (run from the project folder)");
        }
        long total = texts.stream().mapToLong(String::length).sum();
        System.out.printf("%n%d articles, %d chars, %.1f chars/article%n", texts.size(), total, (double) total / texts.size());
        return texts;
    }
}
