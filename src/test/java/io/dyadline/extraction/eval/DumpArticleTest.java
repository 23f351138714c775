package io.dyadline.extraction.eval;

import io.dyadline.extraction.Document;
import io.dyadline.extraction.ExtractedEvent;
import io.dyadline.extraction.Extractor;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Prints the events of the articles named by {@code -Ddump=path[,path...]} with their evidence, for rule work.
 * Run: {@code ./mvnw -q test -Dtest=DumpArticleTest -Ddump=../shared/seeds/000_4f724420bf2d962d.txt}
 */
class DumpArticleTest {

    @Test
    void dumps() {
        String paths = System.getProperty("dump");
        assumeTrue(paths != null && !paths.isBlank(), "no -Ddump=...");
        Extractor extractor = Extractor.load();
        for (String p : paths.split(",")) {
            Path file = Path.of(p);
            assumeTrue(Files.exists(file), p);
            Document doc = CorpusArticle.read(file);
            System.out.println("=== " + file.getFileName() + " published=" + doc.published() + " title=" + doc.title());
            var extraction = extractor.extract(doc);
            if (Boolean.getBoolean("dump.spans")) {
                extraction.spans().forEach(sp -> System.out.println("  span " + sp.kind() + " " + sp.rule() + " "
                        + sp.value() + " '" + (sp.field() == io.dyadline.extraction.Span.Field.TITLE ? doc.title()
                        : doc.text()).substring(sp.start(), sp.end()) + "'"));
            }
            for (ExtractedEvent e : extraction.events()) {
                System.out.println(e.pair() + " " + e.type() + " " + e.status() + " " + e.date() + " " + e.sectors()
                        + " | " + e.summary() + " conf=" + e.confidence() + " loc=" + e.location());
                e.evidence().forEach(ev -> System.out.println("    > " + ev.sentence().replace('\n', ' ')));
            }
        }
    }
}
