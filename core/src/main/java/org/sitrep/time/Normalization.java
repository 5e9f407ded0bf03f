package org.sitrep.time;

/** How a rule turns its match into a TIMEX3 value; the arguments each takes are listed in time-rules.tsv. */
enum Normalization {
    /** A fixed value: PRESENT_REF, PAST_REF, FUTURE_REF. */
    LITERAL(1, 1),
    /** A calendar date, month, quarter, season, year, decade or century from the match's groups. */
    DATE(0, 1),
    /** The document date moved by an amount of a unit, at that unit's granularity ("last week"). */
    SHIFT(2, 2),
    /** An amount of a unit ("three years": P3Y). */
    DURATION(2, 2),
    /** A recurring time ("every week": P1W). */
    SET(2, 2),
    /** A weekday, resolved to the side of the document date the tense (or past, future, week) puts it on. */
    WEEKDAY(0, 1),
    /** "The weekend": in a past-tense sentence the last one before the document date, else the one of its week. */
    WEEKEND(0, 0),
    /** A part of a day ("this morning": the document date's TMO). */
    PART(1, 2),
    /** A clock time on the document date. */
    TIME(0, 1),
    /** The year the article last wrote in figures before the expression ("later that year"); none without one. */
    MENTIONED(0, 0);

    private final int fewest;
    private final int most;

    Normalization(int fewest, int most) {
        this.fewest = fewest;
        this.most = most;
    }

    /** Whether a rule may give this normalization that many arguments. */
    boolean takes(int arguments) {
        return arguments >= fewest && arguments <= most;
    }
}
