package io.dyadline.event;

import io.dyadline.extraction.Actor;
import io.dyadline.extraction.EventDate;
import io.dyadline.extraction.ExtractedEvent;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether an event extracted from one article is an event already stored from another: same pair and type
 * (the caller's query), a compatible date, and people who do not contradict each other.
 */
final class EventMatching {

    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

    private EventMatching() {
    }

    static boolean sameEvent(Event stored, ExtractedEvent x, List<Actor> storedActors) {
        EventDate d = x.date();
        if (stored.precision == null || d == null || d.precision() == null) {
            return false;
        }
        if (stored.initiator != null && x.initiator() != null && !stored.initiator.equals(x.initiator())) {
            return false; // Iran's sanctions on the U.S. are not the U.S.'s on Iran
        }
        Set<String> a = surnames(storedActors);
        Set<String> b = surnames(x.actors());
        boolean samePrecision = stored.precision.equals(d.precision().name());
        if (samePrecision) {
            // the same day, month or year, and no two different sets of named people
            return stored.dateStart.equals(d.start()) && (a.isEmpty() || b.isEmpty() || intersects(a, b));
        }
        // a finer date inside a coarser one is the same event only when the same person is named in both
        return intersects(a, b);
    }

    private static Set<String> surnames(List<Actor> actors) {
        Set<String> out = new HashSet<>();
        for (Actor actor : actors) {
            String name = actor.name();
            if (name == null || actor.role() == null || !name.contains(" ") && actor.role().isBlank()) {
                continue;
            }
            String[] words = name.strip().split("[\\s,]+");
            for (int i = words.length - 1; i >= 0; i--) {
                String word = words[i].toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
                if (!SUFFIXES.contains(word)) {
                    out.add(word);
                    break;
                }
            }
        }
        out.remove("");
        return out;
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        for (String s : a) {
            if (b.contains(s)) {
                return true;
            }
        }
        return false;
    }
}
