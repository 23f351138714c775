package io.dyadline.extraction.event;

import io.dyadline.extraction.text.TsvTable;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The windows and thresholds of event assembly, read from {@code lexicon/event/en/settings.tsv}.
 *
 * @param statusWindow        tokens before a verbal trigger in which a future cue makes it PLANNED
 * @param nominalStatusWindow the same for a nominal trigger ("the next meeting")
 * @param personWindow        tokens either side of a trigger in which an official is one of its parties
 * @param paragraphReach      paragraphs an undated follow-up may lie after the dated event it continues
 * @param modalWindow         tokens before a trigger in which a negation or a modal makes it no act
 * @param governWindow        tokens between a time expression and a trigger beyond which it does not date it
 * @param historyYears        an event dated more than this many years before its article is history, not news
 * @param targetYears         an event dated more than this many years after its article is a target, not a plan
 * @param confidenceBase      hundredths of confidence of an event told once, with no date of its own
 * @param confidenceStep      hundredths added by each further mention (up to three) and by a date of its own, and
 *                            taken off when its pair came from the article's focus rather than its own sentence
 * @param confidenceMax       the most confidence an event may have, in hundredths
 * @param focusReach          paragraphs after the last one that named a pair in which "they", "the two sides"
 *                            or an unnamed subject may still stand for it
 * @param goalWindow          tokens before a nominal agreement in which an effort ("efforts to secure") makes it
 *                            a goal, not an agreement made
 * @param sectorMax           the most sectors an event takes from its own sentences, most named first
 * @param sectorMaxContext    the most it takes from its paragraph or its article when its own sentences name none
 */
public record AssemblySettings(int statusWindow, int nominalStatusWindow, int personWindow, int paragraphReach,
                               int modalWindow, int governWindow, int historyYears, int targetYears,
                               int confidenceBase, int confidenceStep, int confidenceMax, int focusReach,
                               int goalWindow, int sectorMax, int sectorMaxContext) {

    private static final Set<String> NAMES = Set.of("status_window", "nominal_status_window", "person_window",
            "paragraph_reach", "modal_window", "govern_window", "history_years", "target_years", "confidence_base",
            "confidence_step", "confidence_max", "focus_reach", "goal_window", "sector_max", "sector_max_context");

    public static AssemblySettings load() {
        Map<String, Integer> values = new HashMap<>();
        TsvTable table = TsvTable.resource("/lexicon/event/en/settings.tsv").expect("name", "value");
        for (TsvTable.Row row : table.rows()) {
            if (!NAMES.contains(row.get(0))) {
                throw row.error("unknown setting '" + row.get(0) + "', expected one of " + NAMES);
            }
            try {
                values.put(row.get(0), Integer.parseInt(row.get(1)));
            } catch (NumberFormatException e) {
                throw row.error("not a whole number: '" + row.get(1) + "'");
            }
        }
        for (String name : NAMES) {
            if (!values.containsKey(name)) {
                throw new IllegalStateException("settings.tsv lacks '" + name + "'");
            }
        }
        return new AssemblySettings(values.get("status_window"), values.get("nominal_status_window"),
                values.get("person_window"), values.get("paragraph_reach"), values.get("modal_window"),
                values.get("govern_window"), values.get("history_years"), values.get("target_years"),
                values.get("confidence_base"), values.get("confidence_step"), values.get("confidence_max"),
                values.get("focus_reach"), values.get("goal_window"), values.get("sector_max"),
                values.get("sector_max_context"));
    }
}
