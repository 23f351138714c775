package io.dyadline.event;

import io.dyadline.common.ProblemException;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/**
 * Where a page of events ends in the list's order (date, then id; undated events last): the next page starts after
 * it, found in the date index instead of by counting the events before it. Clients see it as an opaque string.
 *
 * @param date the last event's start date, or null if it is undated
 * @param id   the last event's id
 */
public record EventCursor(LocalDate date, long id) {

    public String encode() {
        String plain = (date == null ? "-" : date.toString()) + "_" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
    }

    /** Reads a cursor handed out by an earlier page; anything else is a 400 naming {@code after}. */
    public static EventCursor decode(String raw) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(raw), StandardCharsets.US_ASCII);
            int cut = plain.indexOf('_');
            if (cut < 1 || raw.length() > 40) {
                throw new IllegalArgumentException("no separator");
            }
            String day = plain.substring(0, cut);
            return new EventCursor(day.equals("-") ? null : LocalDate.parse(day), Long.parseLong(plain.substring(cut + 1)));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw ProblemException.badRequest("after", "'after' is the 'next' of an earlier page of events");
        }
    }
}
