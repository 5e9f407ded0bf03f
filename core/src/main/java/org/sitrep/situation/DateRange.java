package org.sitrep.situation;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The calendar days a TIMEX3 date value covers: a day, an ISO week, a month or a year. */
public record DateRange(LocalDate first, LocalDate last) {
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    public DateRange {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("range ends " + last + " before it starts " + first);
        }
    }

    /** The range a TIMEX3 value denotes, if it is a calendar date of known precision. */
    public static Optional<DateRange> parse(String value) {
        try {
            Matcher m = DAY.matcher(value);
            if (m.matches()) {
                LocalDate day = LocalDate.parse(value);
                return Optional.of(new DateRange(day, day));
            }
            m = WEEK.matcher(value);
            if (m.matches()) {
                LocalDate monday = LocalDate.of(Integer.parseInt(m.group(1)), 1, 4)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)))
                        .with(java.time.DayOfWeek.MONDAY);
                return Optional.of(new DateRange(monday, monday.plusDays(6)));
            }
            m = MONTH.matcher(value);
            if (m.matches()) {
                LocalDate start = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1);
                return Optional.of(new DateRange(start, start.plusMonths(1).minusDays(1)));
            }
            m = YEAR.matcher(value);
            if (m.matches()) {
                LocalDate start = LocalDate.of(Integer.parseInt(m.group(1)), 1, 1);
                return Optional.of(new DateRange(start, start.plusYears(1).minusDays(1)));
            }
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** Whether the two ranges, each widened by {@code slackDays}, share a day. */
    public boolean near(DateRange other, int slackDays) {
        return !first.minusDays(slackDays).isAfter(other.last) && !other.first.minusDays(slackDays).isAfter(last);
    }

    public DateRange span(DateRange other) {
        return new DateRange(first.isBefore(other.first) ? first : other.first,
                last.isAfter(other.last) ? last : other.last);
    }
}
