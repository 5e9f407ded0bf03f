package org.sitrep.time;

/** The TIMEX3 types: a calendar date or period, a time of day, a duration, a recurring set of times. */
enum TimexType {
    DATE, TIME, DURATION, SET
}
