package io.dyadline.extraction.time;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Measures the tagger on TimeBank + AQUAINT (TempEval-3 training data) exactly as {@code shared/tools/timeml.py}
 * scores: a system timex is correct when it overlaps a gold timex with the same value; counts are summed over
 * documents. Skips when {@code ../shared/corpora/tbaq} is absent. Writes target/tbaq-misses.txt and
 * target/tbaq-system.json (checked by src/test/python/tbaq_check.py against timeml.py).
 */
class TbaqEvaluationTest {

    static final Path TBAQ = Path.of("../shared/corpora/tbaq");
    static final double RECORDED_DATE_F1 = 0.827;
    static final double RECORDED_ALL_F1 = 0.812;
    static final double TOLERANCE = 0.02;

    record Gold(int start, int end, String type, String value, String text) {
    }

    record Doc(String name, LocalDate dct, String text, List<Gold> gold) {
    }

    /** Counts for one score line: correct system timexes, correct gold timexes, totals. */
    static final class Score {
        int cs, cg, ns, ng, spanCs, spanCg;

        double p() { return ns == 0 ? 0 : (double) cs / ns; }
        double r() { return ng == 0 ? 0 : (double) cg / ng; }
        double f() { return p() + r() == 0 ? 0 : 2 * p() * r() / (p() + r()); }
        double sp() { return ns == 0 ? 0 : (double) spanCs / ns; }
        double sr() { return ng == 0 ? 0 : (double) spanCg / ng; }
        double sf() { return sp() + sr() == 0 ? 0 : 2 * sp() * sr() / (sp() + sr()); }

        @Override
        public String toString() {
            return String.format("value P=%.3f R=%.3f F1=%.3f | span P=%.3f R=%.3f F1=%.3f | gold=%d system=%d",
                    p(), r(), f(), sp(), sr(), sf(), ng, ns);
        }
    }

    @Test
    void measuresTbaq() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(TBAQ), "no ../shared/corpora/tbaq");
        TemporalTagger tagger = TemporalTagger.load();
        List<Doc> docs = read();
        Score date = new Score();
        Score all = new Score();
        StringBuilder misses = new StringBuilder();
        StringBuilder json = new StringBuilder("{");
        for (Doc d : docs) {
            List<Timex> sys = tagger.tag(d.text(), d.dct());
            add(date, d.gold(), sys, Set.of("DATE"));
            add(all, d.gold(), sys, null);
            misses(d, sys, misses);
            json.append(json.length() > 1 ? ",\n" : "\n").append('"').append(d.name()).append("\": [");
            for (int i = 0; i < sys.size(); i++) {
                Timex t = sys.get(i);
                json.append(i > 0 ? ", " : "").append(String.format("{\"start\": %d, \"end\": %d, \"type\": \"%s\", \"value\": \"%s\"}",
                        t.start(), t.end(), t.type(), t.value()));
            }
            json.append(']');
        }
        json.append("\n}\n");
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/tbaq-system.json"), json);
        String summary = "TBAQ " + docs.size() + " documents\n  DATE: " + date + "\n  ALL:  " + all + "\n";
        Files.writeString(Path.of("target/tbaq-misses.txt"), summary + misses);
        System.out.print(summary + "  misses in target/tbaq-misses.txt\n");
        // the value F1 last measured; a fall of more than 0.02 fails the build
        assertTrue(date.f() >= RECORDED_DATE_F1 - TOLERANCE, "DATE value F1 " + date.f() + " < " + RECORDED_DATE_F1);
        assertTrue(all.f() >= RECORDED_ALL_F1 - TOLERANCE, "ALL value F1 " + all.f() + " < " + RECORDED_ALL_F1);
    }

    private static void add(Score s, List<Gold> goldAll, List<Timex> sysAll, Set<String> types) {
        List<Gold> g = goldAll.stream().filter(x -> types == null || types.contains(x.type())).toList();
        List<Timex> sys = sysAll.stream().filter(x -> types == null || types.contains(x.type().name())).toList();
        s.ng += g.size();
        s.ns += sys.size();
        for (Timex x : sys) {
            if (g.stream().anyMatch(y -> overlaps(x, y) && x.value().equals(y.value()))) {
                s.cs++;
            }
            if (g.stream().anyMatch(y -> overlaps(x, y))) {
                s.spanCs++;
            }
        }
        for (Gold y : g) {
            if (sys.stream().anyMatch(x -> overlaps(x, y) && x.value().equals(y.value()))) {
                s.cg++;
            }
            if (sys.stream().anyMatch(x -> overlaps(x, y))) {
                s.spanCg++;
            }
        }
    }

    private static boolean overlaps(Timex x, Gold y) {
        return x.start() < y.end() && y.start() < x.end();
    }

    private static void misses(Doc d, List<Timex> sys, StringBuilder out) {
        for (Gold y : d.gold()) {
            Timex hit = sys.stream().filter(x -> overlaps(x, y)).findFirst().orElse(null);
            if (hit == null) {
                out.append(String.format("MISSED   %s dct=%s %-8s %-14s '%s' | %s%n", d.name(), d.dct(), y.type(), y.value(), y.text(), context(d, y.start(), y.end())));
            } else if (!hit.value().equals(y.value())) {
                out.append(String.format("WRONG    %s dct=%s %-8s gold=%-14s sys=%-14s '%s' sys='%s' %s | %s%n", d.name(), d.dct(), y.type(), y.value(), hit.value(), y.text(), hit.text(), hit.rule(), context(d, y.start(), y.end())));
            }
        }
        for (Timex x : sys) {
            if (d.gold().stream().noneMatch(y -> overlaps(x, y))) {
                out.append(String.format("SPURIOUS %s dct=%s %-8s %-14s '%s' %s | %s%n", d.name(), d.dct(), x.type(), x.value(), x.text(), x.rule(), context(d, x.start(), x.end())));
            }
        }
    }

    private static String context(Doc d, int s, int e) {
        int a = Math.max(0, s - 60);
        int b = Math.min(d.text().length(), e + 40);
        return (d.text().substring(a, s) + "[" + d.text().substring(s, e) + "]" + d.text().substring(e, b)).replace('\n', ' ');
    }

    static List<Doc> read() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.walk(TBAQ)) {
            files = s.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
        }
        List<Doc> docs = new ArrayList<>();
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setValidating(false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        for (Path p : files) {
            docs.add(readDoc(f, p));
        }
        return docs;
    }

    private static Doc readDoc(DocumentBuilderFactory f, Path p) throws Exception {
        org.w3c.dom.Document doc = f.newDocumentBuilder().parse(p.toFile());
        LocalDate dct = null;
        NodeList timexes = doc.getElementsByTagName("TIMEX3");
        for (int i = 0; i < timexes.getLength(); i++) {
            Element t = (Element) timexes.item(i);
            if ("CREATION_TIME".equals(t.getAttribute("functionInDocument"))) {
                dct = LocalDate.parse(t.getAttribute("value").substring(0, 10));
                break;
            }
        }
        Element text = (Element) doc.getElementsByTagName("TEXT").item(0);
        StringBuilder sb = new StringBuilder();
        List<Gold> gold = new ArrayList<>();
        walk(text, sb, gold);
        String rel = TBAQ.relativize(p).toString();
        return new Doc(rel, dct, sb.toString(), gold);
    }

    private static void walk(Node el, StringBuilder sb, List<Gold> gold) {
        for (Node c = el.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.TEXT_NODE || c.getNodeType() == Node.CDATA_SECTION_NODE) {
                sb.append(c.getNodeValue());
            } else if (c.getNodeType() == Node.ELEMENT_NODE) {
                int start = sb.length();
                walk(c, sb, gold);
                if (c.getNodeName().equals("TIMEX3")) {
                    Element t = (Element) c;
                    gold.add(new Gold(start, sb.length(), t.getAttribute("type"), t.getAttribute("value"), sb.substring(start)));
                }
            }
        }
    }

    static String readAll(Path p) throws IOException {
        return Files.readString(p);
    }
}
