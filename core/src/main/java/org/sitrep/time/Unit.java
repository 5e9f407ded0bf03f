package org.sitrep.time;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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

    /**
     * A duration of this unit: "P3Y", "PT5H", "PXW" (an unknown amount is X); a fraction goes into the next smaller
     * unit where that makes it whole ("2 1/2 years": P2Y6M, "5 1/2 hours": PT5H30M).
     */
    String duration(String amount) {
        // TimeBank writes decades and centuries in years ("two decades": P20Y).
        if ((this == DECADE || this == CENTURY) && amount.matches("\\d+(\\.\\d+)?")) {
            BigDecimal years = new BigDecimal(amount).multiply(BigDecimal.valueOf(this == DECADE ? 10 : 100));
            return years.stripTrailingZeros().scale() <= 0 ? "P" + years.toBigInteger() + "Y" : YEAR.duration(
                    years.stripTrailingZeros().toPlainString());
        }
        if (amount.matches("\\d+\\.\\d+")) {
            BigDecimal value = new BigDecimal(amount);
            BigDecimal whole = new BigDecimal(value.toBigInteger());
            Optional<Map.Entry<Unit, Integer>> smaller = smaller();
            if (smaller.isPresent()) {
                BigDecimal rest = value.subtract(whole).multiply(BigDecimal.valueOf(smaller.get().getValue()))
                        .stripTrailingZeros();
                if (rest.scale() <= 0) {
                    return amountPart(whole) + restPart(rest.toBigInteger().toString(), smaller.get().getKey());
                }
            }
        }
        return (clock ? "PT" : "P") + amount + designator;
    }

    /** "P2Y" of "P2Y6M", "PT5H" of "PT5H30M", "P1D" of "P1DT12H"; nothing for a whole of zero ("half an hour"). */
    private String amountPart(BigDecimal whole) {
        String prefix = clock ? "PT" : "P";
        return whole.signum() == 0 ? prefix : prefix + whole.toBigInteger() + designator;
    }

    /** The smaller unit's part after {@link #amountPart}: a clock unit after a calendar one starts the T part. */
    private String restPart(String amount, Unit smaller) {
        return (smaller.clock && !clock ? "T" : "") + amount + smaller.designator;
    }

    /** The next smaller unit and how many of it make one of this, where a fraction of this is often said. */
    private Optional<Map.Entry<Unit, Integer>> smaller() {
        return switch (this) {
            case YEAR -> Optional.of(Map.entry(MONTH, 12));
            case DAY -> Optional.of(Map.entry(HOUR, 24));
            case HOUR -> Optional.of(Map.entry(MINUTE, 60));
            case MINUTE -> Optional.of(Map.entry(SECOND, 60));
            default -> Optional.empty();
        };
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
