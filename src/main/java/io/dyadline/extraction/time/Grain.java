package io.dyadline.extraction.time;

/** How precise a resolved time value is, finest first. */
public enum Grain {
    MINUTE, HOUR, DAY, WEEK, MONTH, SEASON, QUARTER, HALF, YEAR, DECADE, CENTURY, UNSPECIFIED
}
