package io.dyadline.extraction.eval;

import io.dyadline.extraction.Document;
import io.dyadline.extraction.ExtractedEvent;
import io.dyadline.extraction.Extractor;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Prints the events of the named articles with their evidence (and, with {@code -Ddump.spans=true}, every span), for
 * rule work. Run: {@code ./mvnw -q test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test
 * -Dexec.args="-cp %classpath io.dyadline.extraction.eval.DumpArticle ../shared/seeds/000_4f724420bf2d962d.txt"}
 */
public final class DumpArticle {

    private DumpArticle() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            System.err.println("usage: DumpArticle FILE...");
            System.exit(2);
        }
        Extractor extractor = Extractor.load();
        for (String p : args) {
            Path file = Path.of(p);
            if (!Files.exists(file)) {
                System.err.println("no such file: " + p);
                continue;
            }
            Document doc = CorpusArticle.read(file);
            System.out.println("=== " + file.getFileName() + " published=" + doc.published() + " title=" + doc.title());
            var extraction = extractor.extract(doc);
            if (Boolean.getBoolean("dump.spans")) {
                extraction.spans().forEach(sp -> System.out.println("  span " + sp.kind() + " " + sp.rule() + " "
                        + sp.value() + " '" + (sp.field() == io.dyadline.extraction.Span.Field.TITLE ? doc.title()
                        : doc.text()).substring(sp.start(), sp.end()) + "'"));
            }
            extraction.dropped().forEach(d -> System.out.println("  dropped " + d.stage() + " " + d.rule() + " "
                    + d.detail().replace('\n', ' ')));
            for (ExtractedEvent e : extraction.events()) {
                System.out.println(e.pair() + " " + e.type() + " " + e.status() + " " + e.date() + " " + e.sectors()
                        + " | " + e.summary() + " conf=" + e.confidence() + " loc=" + e.location());
                e.provenance().forEach(d -> System.out.println("    why " + d.stage() + " " + d.rule() + " "
                        + d.detail()));
                e.evidence().forEach(ev -> System.out.println("    > " + ev.sentence().replace('\n', ' ')));
            }
        }
    }
}
