package io.dyadline.extraction.time;

/** The TIMEX3 types. */
public enum TimexType {
    DATE, TIME, DURATION, SET
}
