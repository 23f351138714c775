package io.dyadline.extraction.time;

import java.time.LocalDate;

/**
 * A time expression found in a text: where it is, what it says as a TIMEX3 value, and, for dates, the range of days
 * it covers once anchored on the publication date.
 *
 * @param text       the matched text
 * @param start      UTF-16 offset of the first character
 * @param end        UTF-16 offset after the last character
 * @param type       TIMEX3 type
 * @param value      TIMEX3 value ({@code 2023-09-24}, {@code 2023-05}, {@code XXXX-05}, {@code P3D}, {@code PRESENT_REF})
 * @param grain      precision of the value
 * @param rangeStart first day covered, or null when the value is not anchored (durations, underspecified dates)
 * @param rangeEnd   last day covered, or null when not anchored or open to the future
 * @param openEnd    true for open ranges such as "since 2016" (the range runs on from {@code rangeStart})
 * @param rule       stable id of the rule that produced it ({@code time.month_year})
 */
public record Timex(String text, int start, int end, TimexType type, String value, Grain grain,
                    LocalDate rangeStart, LocalDate rangeEnd, boolean openEnd, String rule) {

    public boolean isAnchored() {
        return rangeStart != null;
    }
}
