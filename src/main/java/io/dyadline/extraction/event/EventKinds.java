package io.dyadline.extraction.event;

import io.dyadline.extraction.EventType;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Groups of event types the stages share, and the two sides of a pair. */
final class EventKinds {

    /** Friction: what one government does against another (verbal and material conflict). */
    static final Set<EventType> FRICTION = EnumSet.range(EventType.DEMAND, EventType.FORCE);
    /** Verbal conflict: several of its words in one sentence about one pair state one act. */
    static final Set<EventType> VERBAL_CONFLICT = EnumSet.range(EventType.DEMAND, EventType.THREAT);

    private EventKinds() {
    }

    static boolean isEncounter(EventType type) {
        return type == EventType.MEETING || type == EventType.VISIT || type == EventType.CALL;
    }

    /** A visit is merged with the meetings of its pair and day. */
    static String mergeClass(EventType type) {
        return type == EventType.VISIT ? EventType.MEETING.name() : type.name();
    }

    static String other(List<String> pair, String one) {
        return pair.get(0).equals(one) ? pair.get(1) : pair.get(0);
    }

    static List<String> sorted(List<String> pair) {
        if (pair.size() == 2) {
            // a pair is two countries: compared once, without a TreeSet for each (0.5 % of the samples)
            int order = pair.get(0).compareTo(pair.get(1));
            return order < 0 ? List.of(pair.get(0), pair.get(1))
                    : order > 0 ? List.of(pair.get(1), pair.get(0)) : List.of(pair.get(0));
        }
        return List.copyOf(new TreeSet<>(pair));
    }
}
