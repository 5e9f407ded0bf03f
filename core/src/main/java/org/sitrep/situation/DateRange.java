package org.sitrep.situation;

import java.time.LocalDate;
import org.sitrep.model.CalendarDate;

/** A stretch of calendar days, first to last inclusive: what a merged event spans or a query asks for. */
public record DateRange(LocalDate first, LocalDate last) {

    public DateRange {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("range ends " + last + " before it starts " + first);
        }
    }

    /** The days a date of any granularity covers. */
    public static DateRange of(CalendarDate date) {
        return new DateRange(date.first(), date.last());
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
