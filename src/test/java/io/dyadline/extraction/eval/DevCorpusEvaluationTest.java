package io.dyadline.extraction.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dyadline.extraction.Document;
import io.dyadline.extraction.ExtractedEvent;
import io.dyadline.extraction.Extractor;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Scores the extractor on ../shared/corpora/dev (seeds, readouts, whitehouse, tehrantimes) with the rules of
 * corpora/ANNOTATION.md; writes target/dev-eval/report.txt and each article's events as JSON (the API's event shape,
 * for cross-checking with tools/score.py), and prints a summary. Skipped when the corpora are absent.
 *
 * <p>Run: {@code ./mvnw -q test -Dtest=DevCorpusEvaluationTest}
 */
class DevCorpusEvaluationTest {

    private static final Path SHARED = Path.of("..", "shared");
    private static final Path DEV = SHARED.resolve("corpora/dev");
    private static final Path OUT = Path.of("target", "dev-eval");
    /**
     * Each set with the F1 it reached when last measured: a fall of more than {@link #TOLERANCE} fails the build.
     * tehrantimes2 annotates all fifteen types and is scored on the cooperation types and on the aid and friction
     * types apart, as {@code score.py ... --types cooperation} and {@code --types friction} do; on friction, the
     * share of matched events with a gold direction whose initiator is right has a floor too.
     */
    private static final List<DevSet> SETS = List.of(
            new DevSet("seeds", null, 1.00, 0),
            new DevSet("readouts", null, 0.98, 0),
            new DevSet("whitehouse", null, 0.93, 0),
            new DevSet("tehrantimes", null, 0.95, 0),
            new DevSet("tehrantimes2", EventScorer.COOPERATION, 0.91, 0),
            // direction .94: the scorer pairs gold and output greedily in order, and takes the two IR-SA
            // demands of 418232 (Riyadh's request of Iran, Qassemi's urging Riyadh) crosswise; both are right
            new DevSet("tehrantimes2", EventScorer.FRICTION, 0.80, 0.94));
    private static final double TOLERANCE = 0.02;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** @param types the group of types scored (null: all the gold annotates) */
    record DevSet(String name, List<String> types, double recordedF1, double recordedDirection) {

        String label() {
            return types == null ? name : name + (types == EventScorer.FRICTION ? "/fr" : "/co");
        }
    }

    @Test
    void scoresTheDevSets() throws IOException {
        assumeTrue(Files.isDirectory(DEV.resolve("gold")), "../shared/corpora/dev is absent");
        Extractor extractor = Extractor.load();
        Files.createDirectories(OUT);
        StringBuilder report = new StringBuilder();
        StringBuilder summary = new StringBuilder(String.format(Locale.ROOT,
                "%-12s %5s %5s %5s  %4s %4s %4s  %9s %9s %9s %s%n", "set", "P", "R", "F1", "tp", "fp", "fn", "status",
                "sectors", "given", "forbidden"));
        List<String> falls = new ArrayList<>();
        List<Map.Entry<Double, Boolean>> judged = new ArrayList<>();
        for (DevSet devSet : SETS) {
            String set = devSet.name();
            Path goldDir = DEV.resolve("gold").resolve(set);
            if (!Files.isDirectory(goldDir)) {
                continue;
            }
            Path articles = set.equals("seeds") ? SHARED.resolve("seeds") : DEV.resolve("articles").resolve(set);
            Files.createDirectories(OUT.resolve(set));
            int tp = 0;
            int fp = 0;
            int fn = 0;
            int statusOk = 0;
            int sectorHits = 0;
            int sectorTotal = 0;
            int sectorsGiven = 0;
            int forbidden = 0;
            int directionOk = 0;
            int directionTotal = 0;
            List<Path> golds;
            try (Stream<Path> files = Files.list(goldDir)) {
                golds = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            }
            for (Path goldFile : golds) {
                JsonNode gold = JSON.readTree(goldFile.toFile());
                if (devSet.types() != null) {
                    gold = EventScorer.restrict(gold, devSet.types());
                }
                Path article = articles.resolve(gold.get("file").asText());
                Document doc = CorpusArticle.read(article);
                List<ExtractedEvent> events = extractor.extract(doc).events();
                String base = goldFile.getFileName().toString();
                JSON.writeValue(OUT.resolve(set).resolve(base).toFile(), toJson(events));
                List<EventScorer.Scored> scored = new ArrayList<>();
                events.forEach(e -> scored.add(EventScorer.Scored.of(e)));
                EventScorer.Result r = EventScorer.score(gold, scored);
                tp += r.tp();
                fp += r.fp();
                fn += r.fn();
                statusOk += r.statusOk();
                sectorHits += r.sectorHits();
                sectorTotal += r.sectorTotal();
                sectorsGiven += r.sectorsGiven();
                forbidden += r.forbidden();
                directionOk += r.directionOk();
                directionTotal += r.directionTotal();
                judged.addAll(r.judged()); // a group's pass judges only its own types: each event once
                report.append("## ").append(devSet.label()).append('/').append(base).append(String.format(Locale.ROOT,
                        "  tp=%d fp=%d fn=%d forbidden=%d%n", r.tp(), r.fp(), r.fn(), r.forbidden()));
                r.details().forEach(d -> report.append("  ").append(d).append('\n'));
            }
            double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
            double rec = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
            double f1 = p + rec == 0 ? 0 : 2 * p * rec / (p + rec);
            summary.append(String.format(Locale.ROOT, "%-12s %5.2f %5.2f %5.2f  %4d %4d %4d  %4d/%-4d %4d/%-4d %4d/%-4d %d%n",
                    devSet.label(), p, rec, f1, tp, fp, fn, statusOk, tp, sectorHits, sectorTotal, sectorHits,
                    sectorsGiven, forbidden));
            if (directionTotal > 0) {
                summary.append(String.format(Locale.ROOT, "%-12s direction right on %d of %d matched directed events"
                        + " (%.2f)%n", devSet.label(), directionOk, directionTotal, (double) directionOk / directionTotal));
            }
            if (Math.round(f1 * 100) / 100.0 < devSet.recordedF1() - TOLERANCE) {
                falls.add(String.format(Locale.ROOT, "%s F1 %.2f, recorded %.2f", devSet.label(), f1,
                        devSet.recordedF1()));
            }
            double direction = directionTotal == 0 ? 1 : (double) directionOk / directionTotal;
            if (Math.round(direction * 100) / 100.0 < devSet.recordedDirection() - TOLERANCE) {
                falls.add(String.format(Locale.ROOT, "%s direction %.2f, recorded %.2f", devSet.label(), direction,
                        devSet.recordedDirection()));
            }
        }
        String calibration = calibration(judged);
        summary.append(calibration);
        Files.writeString(OUT.resolve("report.txt"), summary + "\n" + report);
        System.out.println("\nDev corpus evaluation (details: " + OUT.resolve("report.txt") + ")\n" + summary);
        assertTrue(falls.isEmpty(), "F1 fell by more than " + TOLERANCE + ": " + falls);
        long confident = judged.stream().filter(j -> j.getKey() >= CONFIDENT).count();
        long confidentRight = judged.stream().filter(j -> j.getKey() >= CONFIDENT && j.getValue()).count();
        assertTrue(confident > 0 && confidentRight >= 0.8 * confident, "events at confidence >= " + CONFIDENT
                + " are right " + confidentRight + "/" + confident + " times, less than 80 %");
    }

    /** Events at this confidence or more must be right at least 80 % of the time on the dev sets together. */
    private static final double CONFIDENT = 0.8;

    /** Precision of the scored events by confidence band, over all sets. */
    private static String calibration(List<Map.Entry<Double, Boolean>> judged) {
        StringBuilder out = new StringBuilder("\nconfidence  events  right\n");
        double[] bands = {0.0, 0.5, 0.6, 0.7, 0.8, 0.9};
        for (int b = 0; b < bands.length; b++) {
            double from = bands[b];
            double to = b + 1 < bands.length ? bands[b + 1] : 1.01;
            long n = judged.stream().filter(j -> j.getKey() >= from && j.getKey() < to).count();
            long right = judged.stream().filter(j -> j.getKey() >= from && j.getKey() < to && j.getValue()).count();
            out.append(String.format(Locale.ROOT, "[%.1f,%.1f)  %6d  %5.2f%n", from, Math.min(to, 1.0), n,
                    n == 0 ? 0.0 : (double) right / n));
        }
        long n = judged.stream().filter(j -> j.getKey() >= CONFIDENT).count();
        long right = judged.stream().filter(j -> j.getKey() >= CONFIDENT && j.getValue()).count();
        out.append(String.format(Locale.ROOT, ">= %.1f     %6d  %5.2f%n", CONFIDENT, n, n == 0 ? 0.0 : (double) right / n));
        return out.toString();
    }

    /** The event shape of the API that tools/score.py reads. */
    static ArrayNode toJson(List<ExtractedEvent> events) {
        ArrayNode array = JSON.createArrayNode();
        for (ExtractedEvent e : events) {
            ObjectNode o = array.addObject();
            o.put("type", e.type().name());
            o.put("status", e.status().name());
            o.put("pair", e.pair());
            o.put("initiator", e.initiator());
            o.put("target", e.target());
            e.countries().forEach(o.putArray("countries")::add);
            if (e.date() != null) {
                ObjectNode d = o.putObject("date");
                d.put("start", e.date().start() == null ? null : e.date().start().toString());
                d.put("end", e.date().end() == null ? null : e.date().end().toString());
                d.put("precision", e.date().precision().name());
                d.put("edtf", e.date().edtf());
            } else {
                o.putNull("date");
            }
            ArrayNode sectors = o.putArray("sectors");
            e.sectors().forEach(sectors::add);
            o.put("summary", e.summary());
            o.put("cue", e.evidence().isEmpty() ? "" : e.evidence().get(0).sentence());
        }
        return array;
    }
}
