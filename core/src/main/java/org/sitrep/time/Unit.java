package org.sitrep.time;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.Locale;

/** A calendar or clock unit with its TIMEX3 duration designator and the granularity of a date it names. */
enum Unit {
    SECOND("S", true), MINUTE("M", true), HOUR("H", true), DAY("D", false), WEEK("W", false), WEEKEND("WE", false),
    MONTH("M", false), QUARTER("Q", false), HALF("H", false), YEAR("Y", false), DECADE("DE", false),
    CENTURY("CE", false);

    private final String designator;
    private final boolean clock;

    Unit(String designator, boolean clock) {
        this.designator = designator;
        this.clock = clock;
    }

    /** A duration of this unit: "P3Y", "PT5H", "PXW" (an unknown amount is X). */
    String duration(String amount) {
        // TimeBank writes decades and centuries in years ("two decades": P20Y).
        if ((this == DECADE || this == CENTURY) && amount.matches("\\d+")) {
            return "P" + Long.parseLong(amount) * (this == DECADE ? 10 : 100) + "Y";
        }
        return (clock ? "PT" : "P") + amount + designator;
    }

    /** The date moved by an amount of this unit, written at this unit's granularity ("2013-W12", "2013-Q1"). */
    String shifted(LocalDate date, long amount) {
        return switch (this) {
            case SECOND, MINUTE, HOUR -> date.toString();
            case DAY -> date.plusDays(amount).toString();
            case WEEK -> week(date.plusWeeks(amount));
            case WEEKEND -> week(date.plusWeeks(amount)) + "-WE";
            case MONTH -> date.plusMonths(amount).toString().substring(0, 7);
            case QUARTER -> quarter(date.plusMonths(3 * amount));
            case HALF -> {
                LocalDate moved = date.plusMonths(6 * amount);
                yield year(moved.getYear()) + "-H" + (moved.getMonthValue() <= 6 ? 1 : 2);
            }
            case YEAR -> year(date.plusYears(amount).getYear());
            case DECADE -> year(date.plusYears(10 * amount).getYear()).substring(0, 3);
            case CENTURY -> year(date.plusYears(100 * amount).getYear()).substring(0, 2);
        };
    }

    /** The unit's ChronoUnit, for counting. */
    ChronoUnit chrono() {
        return switch (this) {
            case SECOND -> ChronoUnit.SECONDS;
            case MINUTE -> ChronoUnit.MINUTES;
            case HOUR -> ChronoUnit.HOURS;
            case DAY -> ChronoUnit.DAYS;
            case WEEK, WEEKEND -> ChronoUnit.WEEKS;
            case MONTH, QUARTER, HALF -> ChronoUnit.MONTHS;
            case YEAR -> ChronoUnit.YEARS;
            case DECADE -> ChronoUnit.DECADES;
            case CENTURY -> ChronoUnit.CENTURIES;
        };
    }

    static String week(LocalDate date) {
        return String.format(Locale.ROOT, "%04d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR),
                date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    static String quarter(LocalDate date) {
        return year(date.getYear()) + "-Q" + date.get(IsoFields.QUARTER_OF_YEAR);
    }

    static String year(int year) {
        return String.format(Locale.ROOT, "%04d", year);
    }
}
