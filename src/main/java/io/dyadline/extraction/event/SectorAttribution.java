package io.dyadline.extraction.event;

import io.dyadline.extraction.Decision;
import io.dyadline.extraction.Span;
import io.dyadline.extraction.sector.SectorClassifier;
import io.dyadline.extraction.sector.SectorClassifier.SectorHit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sectors of an event, primary first: those its own sentences name most ({@code sector.own_evidence}), else
 * its paragraph's ({@code sector.paragraph}); the article's main topics join the event the headline or the lead
 * tells ({@code sector.article_main}); else the article's dominant sector ({@code sector.article_dominant}), else
 * diplomacy ({@code sector.default_diplomacy}).
 */
final class SectorAttribution {

    private final AssemblySettings settings;

    SectorAttribution(AssemblySettings settings) {
        this.settings = settings;
    }

    /**
     * The sectors of each paragraph and the article's dominant ones: where an event's own sentences name none,
     * and what the article's main event (told in the headline or the lead) is about.
     */
    record ArticleSectors(Map<Integer, Map<String, Integer>> byParagraph, List<String> dominant,
                                  List<String> main, int lead) {

        /**
         * A sector is dominant when named at least {@code sector_min_mentions} times and at least {@code
         * sector_min_share} percent as often as the most named one, and one of the article's main topics at least
         * {@code sector_main_share} percent as often.
         */
        static ArticleSectors of(List<SentenceFacts> sentences, AssemblySettings settings) {
            Map<Integer, Map<String, Integer>> byParagraph = new HashMap<>();
            Map<String, Integer> counts = new LinkedHashMap<>();
            int lead = Integer.MAX_VALUE;
            for (SentenceFacts f : sentences) {
                int paragraph = f.sentence().paragraph();
                if (f.sentence().field() == Span.Field.TEXT) {
                    lead = Math.min(lead, paragraph);
                }
                for (SectorHit h : f.sectors()) {
                    byParagraph.computeIfAbsent(paragraph, k -> new LinkedHashMap<>()).merge(h.sector(), 1,
                            Integer::sum);
                    counts.merge(h.sector(), 1, Integer::sum);
                }
            }
            int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            List<String> dominant = ranked(counts).stream()
                    .filter(s -> counts.get(s) >= settings.sectorMinMentions()
                            && counts.get(s) >= settings.sectorMinShare() / 100.0 * max).toList();
            List<String> main = dominant.stream()
                    .filter(s -> counts.get(s) >= settings.sectorMainShare() / 100.0 * max).toList();
            return new ArticleSectors(byParagraph, dominant, main, lead);
        }
    }

    /** Sectors by how often they are named, most first; a tie keeps the order in which they were first named. */
    static List<String> ranked(Map<String, Integer> counts) {
        List<String> out = new ArrayList<>(counts.keySet());
        out.sort((a, b) -> counts.get(b) - counts.get(a));
        return out;
    }

    /** The sectors of each paragraph of a document and its dominant and main ones. */
    ArticleSectors article(List<SentenceFacts> sentences) {
        return ArticleSectors.of(sentences, settings);
    }

    /** Adds the sectors of a draft to {@code sectors}, most named first, and returns the decision that chose them. */
    Decision attribute(Draft d, ArticleSectors article, Set<String> sectors) {
        Map<String, Integer> sectorCounts = new LinkedHashMap<>();
        for (Candidate c : d.mentions) {
            for (SectorHit h : c.facts().sectors()) {
                sectorCounts.merge(h.sector(), 1, Integer::sum);
            }
        }
        // the primary sector first: the one the event's own sentences name most often, then in the order told;
        // only a few, since a sentence that lists topics supports its first ones best
        String sectorRule = "sector.own_evidence";
        ranked(sectorCounts).stream().limit(settings.sectorMax()).forEach(sectors::add);
        if (sectors.isEmpty()) {
            // its paragraph's most named sector, then what the article is mostly about
            Map<String, Integer> around = new LinkedHashMap<>();
            for (Candidate c : d.mentions) {
                Map<String, Integer> paragraph = article.byParagraph().get(c.facts().sentence().paragraph());
                if (paragraph != null) {
                    paragraph.forEach((sector, n) -> around.merge(sector, n, Integer::sum));
                }
            }
            ranked(around).stream().limit(settings.sectorMaxContext()).forEach(sectors::add);
            sectorRule = "sector.paragraph";
        }
        boolean main = d.mentions.stream().anyMatch(c -> c.inTitle()
                || c.facts().sentence().paragraph() == article.lead());
        if (main) {
            // the event the headline or the lead tells is what the article is about: its main topics are the event's
            for (String sector : article.main()) {
                if (sectors.size() >= settings.sectorMax()) {
                    break;
                }
                if (sectors.add(sector)) {
                    sectorRule = "sector.article_main";
                }
            }
        }
        if (sectors.isEmpty()) {
            article.dominant().stream().limit(settings.sectorMaxContext()).forEach(sectors::add);
            sectorRule = "sector.article_dominant";
        }
        if (sectors.isEmpty()) {
            sectors.add(SectorClassifier.DIPLOMACY);
            sectorRule = "sector.default_diplomacy";
        }
        return new Decision("sector", sectorRule, String.join(",", sectors));
    }
}
