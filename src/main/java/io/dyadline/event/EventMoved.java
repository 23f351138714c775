package io.dyadline.event;

import io.dyadline.common.ProblemException;

import java.util.List;

/** An event merged into another: a read answers 301 with the survivor's address, a change 409 pointing to it. */
public class EventMoved extends ProblemException {

    private final long survivor;
    private final String location;

    private EventMoved(int status, String title, long survivor, String suffix) {
        super(status, title, "The event was merged into event " + survivor, List.of());
        this.survivor = survivor;
        this.location = "/api/events/" + survivor + suffix;
    }

    /** For a read of the merged event, or of one of its sub-resources ({@code suffix}: "/history"). */
    public static EventMoved to(long survivor, String suffix) {
        return new EventMoved(301, "Moved permanently", survivor, suffix);
    }

    /** For a change to the merged event: it is made to the survivor, if still wanted. */
    public static EventMoved conflict(long survivor) {
        return new EventMoved(409, "Conflict", survivor, "");
    }

    public long survivor() {
        return survivor;
    }

    @Override
    public String location() {
        return location;
    }
}
