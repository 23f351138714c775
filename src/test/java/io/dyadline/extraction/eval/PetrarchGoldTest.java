package io.dyadline.extraction.eval;

import io.dyadline.extraction.Document;
import io.dyadline.extraction.EventType;
import io.dyadline.extraction.ExtractedEvent;
import io.dyadline.extraction.Extractor;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * PETRARCH-2's gold sentences (../shared/corpora/petrarch/PETR2_GSR_validation.xml): each sentence with the CAMEO
 * codings of its events. For every conflict coding (CAMEO root 10-20), whether the extractor finds a conflict event
 * in the sentence (of any pair, and of the coding's pair when both actors are countries), and whether it codes the
 * sentence as cooperation instead (cooperation events and no conflict one). Writes target/petrarch-gold.txt;
 * skipped when the corpora are absent.
 *
 * <p>Run: {@code ./mvnw -q test -Dtest=PetrarchGoldTest}
 */
class PetrarchGoldTest {

    private static final Path FILE = Path.of("..", "shared", "corpora", "petrarch", "PETR2_GSR_validation.xml");
    private static final Path REPORT = Path.of("target", "petrarch-gold.txt");
    private static final Pattern SENTENCE = Pattern.compile("<Sentence([^>]*)>(.*?)</Sentence>", Pattern.DOTALL);
    private static final Pattern CODING = Pattern.compile("<EventCoding([^>]*)/?>");
    private static final Pattern TEXT = Pattern.compile("<Text>(.*?)</Text>", Pattern.DOTALL);
    private static final Set<EventType> CONFLICT = java.util.EnumSet.range(EventType.DEMAND, EventType.FORCE);
    private static final Set<EventType> COOPERATION = java.util.EnumSet.range(EventType.MEETING, EventType.AID);

    /**
     * Figures last measured (conflict codings found as conflict, and coded as cooperation): a worse one fails. The
     * goal of finding conflict as conflict in half of the codings is not reached (see the README). 10 became 9 on
     * purpose: "The United States launched an air strike against an Islamic State target southwest of Baghdad" is
     * coded USA-IRQ 195 by PETRARCH, which takes the place of a strike on a non-state group for its target; by
     * ANNOTATION.md (force "by one state against the other") it is no US-Iraq event (party.non_state_target).
     */
    private static final int RECORDED_FOUND = 9;
    private static final int RECORDED_AS_COOPERATION = 0;

    @Test
    void conflictIsFoundAsConflictNotAsCooperation() throws IOException {
        assumeTrue(Files.isRegularFile(FILE), "../shared/corpora/petrarch is absent");
        Map<String, String> iso3 = new HashMap<>();
        for (String c : Locale.getISOCountries()) {
            iso3.put(new Locale("", c).getISO3Country(), c);
        }
        Extractor extractor = Extractor.load();
        String xml = Files.readString(FILE);
        int codings = 0;
        int found = 0;
        int foundPair = 0;
        int pairCodings = 0;
        int asCooperation = 0;
        StringBuilder report = new StringBuilder();
        Matcher s = SENTENCE.matcher(xml);
        while (s.find()) {
            Matcher t = TEXT.matcher(s.group(2));
            if (!t.find()) {
                continue;
            }
            String text = t.group(1).strip().replaceAll("\\s+", " ");
            String date = attribute(s.group(1), "date");
            // YYYYMMDD, or YYMMDD in the older records
            LocalDate published = date == null || !date.matches("\\d{6}|\\d{8}") ? null : LocalDate.parse(
                    date.length() == 6 ? "20" + date : date, DateTimeFormatter.BASIC_ISO_DATE);
            List<ExtractedEvent> events = null;
            Matcher c = CODING.matcher(s.group(2));
            while (c.find()) {
                String code = attribute(c.group(1), "eventcode");
                if (code == null || Integer.parseInt(code.substring(0, 2)) < 10) {
                    continue;
                }
                if (events == null) {
                    events = extractor.extract(Document.of(text, published)).events();
                }
                codings++;
                String source = country(iso3, attribute(c.group(1), "sourcecode"));
                String target = country(iso3, attribute(c.group(1), "targetcode"));
                String pair = source != null && target != null && !source.equals(target)
                        ? String.join("-", new java.util.TreeSet<>(List.of(source, target))) : null;
                boolean conflict = events.stream().anyMatch(e -> CONFLICT.contains(e.type()));
                boolean cooperation = !conflict && events.stream().anyMatch(e -> COOPERATION.contains(e.type()));
                found += conflict ? 1 : 0;
                asCooperation += cooperation ? 1 : 0;
                if (pair != null) {
                    pairCodings++;
                    foundPair += events.stream().anyMatch(e -> CONFLICT.contains(e.type()) && e.pair().equals(pair))
                            ? 1 : 0;
                }
                report.append(conflict ? "CONFLICT " : cooperation ? "AS-COOP  " : "NONE     ").append(code)
                        .append(' ').append(pair == null ? "-" : pair).append(" | ")
                        .append(events.stream().map(e -> e.pair() + " " + e.type()).toList()).append(" | ")
                        .append(text).append('\n');
            }
        }
        String summary = String.format(Locale.ROOT, "PETRARCH-2 gold: %d conflict codings; found as conflict %d "
                        + "(%.0f %%), of the coding's pair %d of %d; coded as cooperation %d (%.0f %%)%n", codings, found,
                100.0 * found / codings, foundPair, pairCodings, asCooperation, 100.0 * asCooperation / codings);
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, summary + "\n" + report);
        System.out.println("\n" + summary);
        assertTrue(20 * asCooperation <= codings, "conflict coded as cooperation in more than 5 %: " + summary);
        assertTrue(found >= RECORDED_FOUND, "fewer found than the " + RECORDED_FOUND + " recorded: " + summary);
        assertTrue(asCooperation <= RECORDED_AS_COOPERATION, "more coded as cooperation than the "
                + RECORDED_AS_COOPERATION + " recorded: " + summary);
    }

    private static String attribute(String attributes, String name) {
        Matcher m = Pattern.compile(name + "=\"([^\"]*)\"").matcher(attributes);
        return m.find() ? m.group(1) : null;
    }

    /** The ISO alpha-2 code of a CAMEO actor code that starts with a country's alpha-3 code ("TUNJUD"), or null. */
    private static String country(Map<String, String> iso3, String actor) {
        return actor == null || actor.length() < 3 ? null : iso3.get(actor.substring(0, 3));
    }
}
