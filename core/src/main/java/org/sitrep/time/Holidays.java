package org.sitrep.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day of a holiday in a given year, from the pack's rule for it ({@code HOLIDAY} words of time-words.tsv):
 * a fixed day ({@code 12-25}), the nth weekday of a month ({@code 11-W4-4}: the fourth Thursday of November;
 * {@code 05-WL-1}: the last Monday of May), either moved by days ({@code 11-W1-1+1}: the Tuesday after the first
 * Monday of November), or a day counted from Western Easter ({@code E-2}: Good Friday).
 */
final class Holidays {
    private static final Pattern FIXED = Pattern.compile("(\\d\\d)-(\\d\\d)");
    private static final Pattern NTH_WEEKDAY = Pattern.compile("(\\d\\d)-W([1-5L])-([1-7])([+-]\\d+)?");
    private static final Pattern EASTER = Pattern.compile("E([+-]\\d+)?");

    private Holidays() {
    }

    /** The month a holiday falls in about, to place it in the year nearest the document date. */
    static Optional<Integer> month(String rule) {
        Matcher fixed = FIXED.matcher(rule);
        if (fixed.matches()) {
            return Optional.of(Integer.parseInt(fixed.group(1)));
        }
        Matcher nth = NTH_WEEKDAY.matcher(rule);
        if (nth.matches()) {
            return Optional.of(Integer.parseInt(nth.group(1)));
        }
        return EASTER.matcher(rule).matches() ? Optional.of(4) : Optional.empty();
    }

    /** The holiday's day in that year; none for a rule of another form. */
    static Optional<LocalDate> on(String rule, int year) {
        Matcher fixed = FIXED.matcher(rule);
        if (fixed.matches()) {
            return Optional.of(LocalDate.of(year, Integer.parseInt(fixed.group(1)), Integer.parseInt(fixed.group(2))));
        }
        Matcher nth = NTH_WEEKDAY.matcher(rule);
        if (nth.matches()) {
            LocalDate first = LocalDate.of(year, Integer.parseInt(nth.group(1)), 1);
            DayOfWeek weekday = DayOfWeek.of(Integer.parseInt(nth.group(3)));
            LocalDate day = nth.group(2).equals("L") ? first.with(TemporalAdjusters.lastInMonth(weekday))
                    : first.with(TemporalAdjusters.dayOfWeekInMonth(Integer.parseInt(nth.group(2)), weekday));
            return Optional.of(day.plusDays(offset(nth.group(4))));
        }
        Matcher easter = EASTER.matcher(rule);
        if (easter.matches()) {
            return Optional.of(easter(year).plusDays(offset(easter.group(1))));
        }
        return Optional.empty();
    }

    private static long offset(String signed) {
        return signed == null ? 0 : Long.parseLong(signed.replace("+", ""));
    }

    /** Western Easter Sunday: the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    static LocalDate easter(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
