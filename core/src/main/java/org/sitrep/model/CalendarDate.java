package org.sitrep.model;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Objects;
import java.util.Optional;

/**
 * A date as precise as the text gave it: a day, an ISO week, a month or a year, written as its TIMEX3 value
 * ("2024-11-27", "2024-W48", "2024-11", "2024").
 */
public record CalendarDate(LocalDate first, Granularity granularity) {

    /** How much of the calendar the date names. */
    public enum Granularity { DAY, WEEK, MONTH, YEAR }

    public CalendarDate {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(granularity, "granularity");
        LocalDate start = switch (granularity) {
            case DAY -> first;
            case WEEK -> first.with(DayOfWeek.MONDAY);
            case MONTH -> first.withDayOfMonth(1);
            case YEAR -> first.withDayOfYear(1);
        };
        if (!start.equals(first)) {
            throw new IllegalArgumentException(granularity + " must start on its first day, not " + first);
        }
    }

    public static CalendarDate day(LocalDate day) {
        return new CalendarDate(day, Granularity.DAY);
    }

    /** The date a TIMEX3 calendar value denotes, which must be one ("2016-12", not "P3D"). */
    public static CalendarDate of(String value) {
        return parse(value).orElseThrow(() -> new IllegalArgumentException("not a calendar date: " + value));
    }

    /** The date a TIMEX3 calendar value denotes; none for durations, references ("PRESENT_REF") and malformed text. */
    public static Optional<CalendarDate> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            if (value.matches("\\d{4}-\\d{2}-\\d{2}(T[0-9A-Z:]*)?")) {
                // "Tuesday morning" (2016-07-19TMO), "at 5 pm" (…T17:00): the day is the calendar date
                return Optional.of(day(LocalDate.parse(value.substring(0, 10))));
            }
            if (value.matches("\\d{4}-W\\d{2}")) {
                int year = Integer.parseInt(value.substring(0, 4));
                int week = Integer.parseInt(value.substring(6));
                LocalDate probe = LocalDate.of(year, 1, 4);
                if (week < 1 || week > probe.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
                    return Optional.empty();
                }
                return Optional.of(new CalendarDate(probe.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                        .with(DayOfWeek.MONDAY), Granularity.WEEK));
            }
            if (value.matches("\\d{4}-\\d{2}")) {
                return Optional.of(new CalendarDate(LocalDate.parse(value + "-01"), Granularity.MONTH));
            }
            if (value.matches("\\d{4}(-(SP|SU|FA|AU|WI|Q[1-4]|H[12]))?")) {
                // "last summer" (2012-SU), "the third quarter" (2016-Q3): a part of a year is dated to its year
                return Optional.of(new CalendarDate(LocalDate.of(Integer.parseInt(value.substring(0, 4)), 1, 1),
                        Granularity.YEAR));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The last day the date covers. */
    public LocalDate last() {
        return switch (granularity) {
            case DAY -> first;
            case WEEK -> first.plusDays(6);
            case MONTH -> first.plusMonths(1).minusDays(1);
            case YEAR -> first.plusYears(1).minusDays(1);
        };
    }

    /** The same stretch of the calendar one year earlier ("November" read as last year's). */
    public CalendarDate yearEarlier() {
        return switch (granularity) {
            case WEEK -> parse(String.format(java.util.Locale.ROOT, "%04d-W%02d",
                    first.get(IsoFields.WEEK_BASED_YEAR) - 1, first.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)))
                    .orElse(new CalendarDate(first.minusWeeks(52), Granularity.WEEK));
            default -> new CalendarDate(first.minusYears(1), granularity);
        };
    }

    /**
     * The date at an event's granularities, a day, a month or a year (as ACLED and the annotation guide code them): a
     * week ("last week") becomes the month its Thursday lies in, which holds most of its days.
     */
    public CalendarDate withoutWeek() {
        return granularity == Granularity.WEEK
                ? new CalendarDate(first.plusDays(3).withDayOfMonth(1), Granularity.MONTH) : this;
    }

    /** Whether the two dates, each widened by {@code slackDays}, share a day. */
    public boolean near(CalendarDate other, int slackDays) {
        return !first.minusDays(slackDays).isAfter(other.last()) && !other.first.minusDays(slackDays).isAfter(last());
    }

    /** The TIMEX3 value. */
    @Override
    public String toString() {
        return switch (granularity) {
            case DAY -> first.toString();
            case WEEK -> String.format(java.util.Locale.ROOT, "%04d-W%02d", first.get(IsoFields.WEEK_BASED_YEAR),
                    first.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> first.toString().substring(0, 7);
            case YEAR -> first.toString().substring(0, 4);
        };
    }
}
