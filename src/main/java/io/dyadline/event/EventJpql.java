package io.dyadline.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The JPQL where clause of an event query ({@code e} is the event), with its parameters. */
final class EventJpql {

    private static final LocalDate END_OF_TIME = LocalDate.of(9999, 12, 31);

    private EventJpql() {
    }

    static String where(EventQuery q, Map<String, Object> params, String drivingWord) {
        return where(q, params, drivingWord, null, null);
    }

    /**
     * The where clause of an event query. Each word of {@code q} is checked for each event read in date order, except
     * the driving word, whose matches are read from the word index first: see {@link EventQueryPlanner#drivingWord}. When the events
     * that have every word are known ({@code textIds}), they stand for {@code q}. With {@code from}, an event starts no
     * earlier than {@code earliestStart} (when known: {@link EventQueryPlanner#earliestStart}), which changes no match.
     */
    static String where(EventQuery q, Map<String, Object> params, String drivingWord, List<Long> textIds,
                        LocalDate earliestStart) {
        List<String> clauses = new ArrayList<>();
        clauses.add("1 = 1");
        if (q.pair() != null) {
            clauses.add("e.pair = :pair");
            params.put("pair", q.pair());
        }
        if (!q.countries().isEmpty()) {
            clauses.add("(e.countryA in :countries or e.countryB in :countries)");
            params.put("countries", q.countries());
        }
        if (!q.types().isEmpty()) {
            clauses.add("e.type in :types");
            params.put("types", q.types());
        }
        if (q.status() != null) {
            clauses.add("e.status = :status");
            params.put("status", q.status());
        }
        if (q.initiator() != null) {
            clauses.add("e.initiator = :initiator");
            params.put("initiator", q.initiator());
        }
        if (!q.sectors().isEmpty()) {
            // correlated, so that a page can be read in date order and stop at its last event
            clauses.add("exists (select 1 from e.sectors s where s in :sectors)");
            params.put("sectors", q.sectors());
        }
        if (q.from() != null) {
            clauses.add("e.dateStart is not null and coalesce(e.dateEnd, :endOfTime) >= :from");
            params.put("from", q.from());
            params.put("endOfTime", END_OF_TIME);
            if (earliestStart != null) {
                clauses.add("e.dateStart >= :earliestStart");
                params.put("earliestStart", earliestStart);
            }
        }
        if (q.to() != null) {
            clauses.add("e.dateStart <= :to");
            params.put("to", q.to());
        }
        if (q.text() != null && textIds != null) {
            clauses.add(textIds.isEmpty() ? "1 = 0" : "e.id in :qids");
            if (!textIds.isEmpty()) {
                params.put("qids", textIds);
            }
        } else if (q.text() != null) {
            List<String> words = SearchWords.query(q.text());
            if (words.isEmpty()) {
                clauses.add("1 = 0");
            }
            for (int i = 0; i < words.size(); i++) {
                String word = words.get(i);
                params.put("qlo" + i, word);
                params.put("qhi" + i, SearchWords.pastPrefix(word));
            }
            int driving = words.indexOf(drivingWord);
            if (driving >= 0) {
                // the driving word's events, narrowed in the word index by the other words, then read by id
                StringBuilder in = new StringBuilder("e.id in (select w" + driving + ".eventId from EventWord w" + driving
                        + " where " + range(driving));
                for (int i = 0; i < words.size(); i++) {
                    if (i != driving) {
                        in.append(" and exists (select 1 from EventWord w").append(i).append(" where w").append(i)
                                .append(".eventId = w").append(driving).append(".eventId and ").append(range(i)).append(')');
                    }
                }
                clauses.add(in.append(')').toString());
            } else {
                for (int i = 0; i < words.size(); i++) {
                    clauses.add("exists (select 1 from EventWord w" + i + " where w" + i + ".eventId = e.id and " + range(i) + ")");
                }
            }
        }
        if (q.curation() == null) {
            clauses.add("e.curationState <> 'REJECTED'");
        } else if (!q.curation().isEmpty()) {
            clauses.add("e.curationState in :curation");
            params.put("curation", q.curation());
        }
        if (q.articleId() != null) {
            clauses.add("e.id in (select v.event.id from EventEvidence v where v.articleId = :article)");
            params.put("article", q.articleId());
        }
        return String.join(" and ", clauses);
    }

    /** The words of the index that begin with query word i: a range of the word index (see SearchWords). */
    private static String range(int i) {
        return "w" + i + ".word >= :qlo" + i + " and w" + i + ".word < :qhi" + i;
    }
}
