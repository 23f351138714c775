package io.dyadline.extraction.event;

import io.dyadline.extraction.Decision;
import io.dyadline.extraction.EventDate;
import io.dyadline.extraction.EventStatus;
import io.dyadline.extraction.EventType;

import java.util.ArrayList;
import java.util.List;

/** An event being built from one or more candidates. */
final class Draft {
    EventType type;
    String cameo;
    List<String> pair;
    EventDate date;
    EventStatus status;
    String location;
    boolean ownDate;
    String vague;
    String initiator;
    final List<Candidate> mentions = new ArrayList<>();
    final List<Decision> merges = new ArrayList<>();
}
