package io.dyadline.extraction;

/** The precision of an event date, as the API reports it. */
public enum Precision {
    DAY, MONTH, YEAR
}
