package io.dyadline.extraction;

/** The kinds of bilateral event Dyadline extracts (see corpora/ANNOTATION.md). */
public enum EventType {
    MEETING, VISIT, CALL, AGREEMENT, ANNOUNCEMENT, WORKING_GROUP, PROPOSAL,
    AID, DEMAND, ACCUSATION, PROTEST, REJECTION, THREAT, SANCTION, FORCE
}
