package io.dyadline.extraction.time;

/** Token categories and roles that patterns refer to by name; each is one bit of a token's category mask. */
enum Cat {
    MONTH, WEEKDAY, SEASON, CARD, ORD, UNIT, UNITS, PART, DEICTIC, YEAR, DAY, NUM, DECADE, AMPM, QTOK, SETWORD, ABBRDOT,
    HOLIDAY, LAST, NEXT, THIS, EARLY, MID, LATE, EARLIER, LATER, AGO, EVERY, APPROX, FUZZY, PREP;

    final long bit = 1L << ordinal();

    static final Cat[] ALL = values();
}
