package org.sitrep.time;

/** How a rule turns its match into a TIMEX3 value; the arguments each takes are listed in time-rules.tsv. */
enum Normalization {
    /** A fixed value: PRESENT_REF, PAST_REF, FUTURE_REF. */
    LITERAL,
    /** A calendar date, month, quarter, season, year, decade or century from the match's groups. */
    DATE,
    /** The document date moved by an amount of a unit, at that unit's granularity ("last week"). */
    SHIFT,
    /** An amount of a unit ("three years": P3Y). */
    DURATION,
    /** A recurring time ("every week": P1W). */
    SET,
    /** A weekday, resolved to the side of the document date the tense puts it on. */
    WEEKDAY,
    /** A part of a day ("this morning": the document date's TMO). */
    PART,
    /** A clock time on the document date. */
    TIME
}
