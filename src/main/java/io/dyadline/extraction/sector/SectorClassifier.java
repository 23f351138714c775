package io.dyadline.extraction.sector;

import io.dyadline.extraction.text.PhraseMatcher;
import io.dyadline.extraction.text.Token;
import io.dyadline.extraction.text.TsvTable;

import java.util.ArrayList;
import java.util.List;

/** Multi-label sector tagging from keyword lexicons (the sectors of {@link SectorTaxonomy}). */
public final class SectorClassifier {

    /** The sector of an event that no keyword places elsewhere. */
    public static final String DIPLOMACY = "diplomacy";

    /** A keyword found in the tokens {@code [from, to)}. */
    public record SectorHit(int from, int to, String sector, String rule) {
    }

    private record Keyword(String sector, String rule) {
    }

    private final PhraseMatcher<Keyword> keywords = new PhraseMatcher<>();

    private SectorClassifier() {
    }

    public static SectorClassifier load() {
        SectorTaxonomy taxonomy = SectorTaxonomy.standard();
        if (!taxonomy.contains(DIPLOMACY)) {
            throw new io.dyadline.extraction.text.LexiconException("sector taxonomy: no '" + DIPLOMACY + "' sector");
        }
        SectorClassifier c = new SectorClassifier();
        for (TsvTable.Row row : TsvTable.resource("/lexicon/sector/en/sectors.tsv").expect("id", "pattern", "sector")
                .rows()) {
            if (!taxonomy.contains(row.get(2))) {
                throw row.error("unknown sector '" + row.get(2) + "'");
            }
            if (row.get(1).isEmpty()) {
                throw row.error("empty pattern");
            }
            c.keywords.addEach(row.get(1), new Keyword(row.get(2), row.get(0)));
        }
        return c;
    }

    public List<SectorHit> find(List<Token> tokens) {
        List<SectorHit> hits = new ArrayList<>();
        for (PhraseMatcher.Match<Keyword> m : keywords.findAll(tokens)) {
            hits.add(new SectorHit(m.from(), m.to(), m.value().sector(), m.value().rule()));
        }
        return hits;
    }
}
