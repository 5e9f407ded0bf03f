package org.sitrep.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Computes the TIMEX3 value of a rule's match: absolute dates from their parts, relative ones from the document
 * date, a date without a year on the side of the document date the sentence's tense (or the rule) puts it on.
 */
final class TimeValues {
    /** A match's named groups: the words a group matched, none where it did not take part. */
    @FunctionalInterface
    interface Groups {
        Optional<String> get(String name);
    }

    /** How far from the guessed year a weekday may move a date (a month's day falls on each weekday within 11). */
    private static final int WEEKDAY_YEARS = 7;

    /** Where a date without a year lies relative to the document date. */
    enum Side {
        BEFORE, AFTER,
        /**
         * A month within the seven before the document date's month or the four after it: a sentence with no tense
         * cue (a present or perfect verb) reports mostly what has been ("since the Oct. 23 slaying", read in May).
         */
        NEAREST,
        STRICTLY_BEFORE, STRICTLY_AFTER,
        /** Within the eleven months before the document date's month or the month after it (a past-tense report). */
        MOSTLY_BEFORE,
        /** Within the month before the document date's month or the eleven after it (a future-tense report). */
        MOSTLY_AFTER,
        /** In the document date's week, Monday to Sunday ("this Saturday" read on a Thursday is two days ahead). */
        SAME_WEEK
    }

    /** How many months after the document date's a month of a tenseless sentence may lie (see Side.NEAREST). */
    private static final int NEAREST_AHEAD = 4;
    private static final String UNKNOWN_DAY = "XXXX-XX-XX";
    private static final Pattern YEAR_IN_FIGURES = Pattern.compile("(?<![\\d$.,])(?:1[5-9]|20)\\d\\d(?![\\d%,.]\\d|s\\b)");
    private final TimeWords words;
    private final Amounts amounts;

    TimeValues(TimeWords words) {
        this.words = words;
        this.amounts = new Amounts(words);
    }

    /** The value; none where the match cannot be normalized (a relative time without a document date). */
    Optional<String> value(TimeRule rule, Groups groups, Optional<LocalDate> documentDate, Tense tense,
                           String articleBefore) {
        List<String> args = rule.arguments();
        return switch (rule.normalization()) {
            case MENTIONED -> mentionedYear(articleBefore);
            case LITERAL -> Optional.of(args.get(0));
            case DATE -> date(groups, documentDate, side(args, tense, false));
            case SHIFT -> shift(groups, args, documentDate);
            case DURATION -> unit(args.get(0), groups).flatMap(u -> amount(args.get(1), groups).map(u::duration));
            case SET -> set(groups, args);
            case WEEKDAY -> weekday(groups, documentDate, side(args, tense, true), rule.type() == TimexType.TIME);
            case WEEKEND -> documentDate.map(d -> weekend(d, tense));
            case PART -> part(groups, args, documentDate);
            case TIME -> time(groups, args, documentDate, tense);
        };
    }

    /**
     * A recurring time: a weekday ("every Monday", "Tuesday nights": XXXX-WXX-2TNI), a month ("each July":
     * XXXX-07), a season ("every spring": XXXX-SP), else a frequency ("every week": P1W).
     */
    private Optional<String> set(Groups groups, List<String> args) {
        Optional<String> part = groups.get("part").flatMap(p -> words.value("PART", p).or(() -> words.value("PARTS", p)))
                .map(p -> "T" + p);
        Optional<String> weekday = groups.get("weekday")
                .flatMap(w -> words.value("WEEKDAY", w).or(() -> words.value("WEEKDAYS", w)));
        if (weekday.isPresent()) {
            return Optional.of("XXXX-WXX-" + weekday.get() + part.orElse(""));
        }
        if (part.isPresent()) {
            return Optional.of("XXXX-XX-XX" + part.get()); // "every morning": that part of any day
        }
        Optional<Integer> month = groups.get("month").flatMap(m -> number(m, "MONTH"));
        if (month.isPresent()) {
            return Optional.of(String.format(Locale.ROOT, "XXXX-%02d", month.get()));
        }
        Optional<String> season = groups.get("season").flatMap(s -> words.value("SEASON", s));
        if (season.isPresent()) {
            return Optional.of("XXXX-" + season.get());
        }
        return unit(args.get(0), groups).flatMap(u -> amount(args.get(1), groups).map(u::duration));
    }

    /**
     * An explicit side ("last April", "this Saturday"); else a date's nearest year, a weekday's side by tense (past by
     * default).
     */
    private static Side side(List<String> args, Tense tense, boolean weekday) {
        if (!args.isEmpty()) {
            return switch (args.get(0)) {
                case "past" -> Side.STRICTLY_BEFORE;
                case "week" -> Side.SAME_WEEK;
                default -> Side.STRICTLY_AFTER;
            };
        }
        if (!weekday) {
            return switch (tense) {
                case PAST -> Side.MOSTLY_BEFORE;
                case FUTURE -> Side.MOSTLY_AFTER;
                case PRESENT -> Side.NEAREST;
            };
        }
        return tense == Tense.FUTURE ? Side.AFTER : Side.BEFORE;
    }

    private Optional<String> date(Groups groups, Optional<LocalDate> documentDate, Side side) {
        Optional<String> decade = groups.get("decade");
        if (decade.isPresent()) { // "the '80s" and "the eighties" are the 1980s
            return decade.map(d -> words.value("DECADES", d).orElse(d)).map(d -> d.length() == 1 ? "19" + d : d);
        }
        Optional<String> century = groups.get("century");
        if (century.isPresent()) {
            return number(century.get(), "ORDINAL").map(c -> String.format(Locale.ROOT, "%02d", c - 1));
        }
        Optional<Integer> year = groups.get("year").flatMap(y -> yearNumber(y, documentDate))
                .or(() -> groups.get("relative").flatMap(r -> words.value("RELATIVE", r))
                        .flatMap(r -> documentDate.map(d -> d.getYear() + Integer.parseInt(r))));
        Optional<Integer> month = groups.get("month").flatMap(m -> number(m, "MONTH"));
        Optional<Integer> day = groups.get("day").map(d -> Integer.parseInt(d.replaceAll("\\D", "")));
        Optional<String> holiday = groups.get("holiday").flatMap(h -> words.value("HOLIDAY", h));
        if (holiday.isPresent()) {
            return holiday(holiday.get(), year, documentDate, side);
        }
        Optional<String> season = groups.get("season").flatMap(s -> words.value("SEASON", s));
        Optional<Integer> quarter = groups.get("quarter").flatMap(q -> number(q, "ORDINAL")).filter(q -> q <= 4);
        Optional<Integer> half = groups.get("half").flatMap(h -> number(h, "HALF")).filter(h -> h <= 2);
        if (groups.get("quarter").isPresent() && quarter.isEmpty() || month.isPresent() && month.get() > 12) {
            return Optional.empty();
        }
        // The month a date's year is judged by: the month itself, or the middle of a quarter, half or season.
        int pivot = month.orElse(quarter.map(q -> q * 3 - 1).orElse(half.map(h -> h * 6 - 3)
                .orElse(season.map(TimeValues::seasonMonth).orElse(0))));
        String yearText;
        if (year.isPresent()) {
            yearText = Unit.year(year.get());
        } else if (documentDate.isEmpty() || pivot == 0) {
            yearText = "XXXX";
        } else if (month.isEmpty() && season.isEmpty() && !strict(side)) {
            // "the fourth quarter" is this year's once it has begun; reported in January, it is last year's
            int begins = quarter.map(q -> q * 3 - 2).orElse(half.map(h -> h * 6 - 5).orElse(1));
            int documentYear = documentDate.get().getYear();
            boolean notBegun = begins > documentDate.get().getMonthValue() && side != Side.MOSTLY_AFTER;
            yearText = Unit.year(notBegun ? documentYear - 1 : documentYear);
        } else if (month.isPresent() && day.isPresent()) {
            int guessed = yearOfDay(month.get(), day.get(), documentDate.get(), side);
            // "Thursday, May 30" in a photo caption of an earlier year: the weekday fixes the year
            Optional<DayOfWeek> weekday = groups.get("weekday").flatMap(w -> number(w, "WEEKDAY")).map(DayOfWeek::of);
            yearText = Unit.year(weekday.flatMap(w -> yearOnWeekday(month.get(), day.get(), guessed, w))
                    .orElse(guessed));
        } else {
            yearText = Unit.year(yearOf(pivot, day.orElse(15), documentDate.get(), side));
        }
        if (month.isPresent() && day.isPresent() && day.get() > java.time.Month.of(month.get()).maxLength()) {
            return Optional.empty(); // "April 31" is no day
        }
        StringBuilder value = new StringBuilder(yearText);
        quarter.ifPresent(q -> value.append("-Q").append(q));
        half.ifPresent(h -> value.append("-H").append(h));
        season.ifPresent(s -> value.append('-').append(s));
        month.ifPresent(m -> value.append(String.format(Locale.ROOT, "-%02d", m)));
        if (month.isPresent() && day.isPresent()) {
            value.append(String.format(Locale.ROOT, "-%02d", day.get()));
            if (groups.get("weekof").isPresent() && !yearText.startsWith("X")) { // "the week of March 6": its week
                return Optional.of(Unit.week(LocalDate.parse(value.toString())));
            }
        }
        return Optional.of(value.toString());
    }

    /** The last year in figures the text holds ("… in 1998. Later that year …": 1998; "the 1980s" is none). */
    static Optional<String> mentionedYear(String text) {
        Matcher years = YEAR_IN_FIGURES.matcher(text);
        String last = null;
        while (years.find()) {
            last = years.group();
        }
        return Optional.ofNullable(last);
    }

    /** A holiday's day: in the year named, else in the year its month puts it in (as a month alone). */
    private static Optional<String> holiday(String rule, Optional<Integer> year, Optional<LocalDate> documentDate,
                                            Side side) {
        Optional<Integer> month = Holidays.month(rule);
        if (month.isEmpty()) {
            return Optional.empty();
        }
        Optional<Integer> inYear = year.or(() -> documentDate.map(d -> yearOf(month.get(), 15, d, side)));
        return inYear.flatMap(y -> Holidays.on(rule, y)).map(LocalDate::toString)
                .or(() -> Holidays.on(rule, 2000).map(d -> "XXXX" + d.toString().substring(4)));
    }

    /**
     * A year in figures or in words: "nineteen ninety-six" is 19 hundreds and 96, "two thousand and one" 2001;
     * none for words that make no year.
     */
    private Optional<Integer> yearNumber(String text, Optional<LocalDate> documentDate) {
        if (text.matches("\\d+")) {
            return Optional.of(fullYear(text, documentDate));
        }
        String[] parts = text.split(" ", 2);
        if (text.startsWith("two thousand")) {
            String rest = text.substring("two thousand".length()).replaceFirst("^ and", "").strip();
            return rest.isEmpty() ? Optional.of(2000) : amounts.whole(rest).filter(n -> n < 100)
                    .map(n -> 2000 + n.intValue());
        }
        if (parts.length < 2) {
            return Optional.empty();
        }
        Optional<Long> hundreds = amounts.whole(parts[0]).filter(n -> n >= 10 && n < 30);
        String rest = parts[1].equals("hundred") ? "" : parts[1].replaceFirst("^oh[ -]", "");
        Optional<Long> within = rest.isEmpty() ? Optional.of(0L) : amounts.whole(rest).filter(n -> n < 100);
        return hundreds.flatMap(h -> within.map(w -> (int) (h * 100 + w)));
    }

    /** A year in figures; two figures ("7/8/07") are the century's nearest the document date's, 10 years ahead. */
    static int fullYear(String figures, Optional<LocalDate> documentDate) {
        int year = Integer.parseInt(figures);
        if (figures.length() > 2) {
            return year;
        }
        int now = documentDate.map(LocalDate::getYear).orElse(2000);
        int century = now / 100 * 100;
        return century + year <= now + 10 ? century + year : century - 100 + year;
    }

    private static int seasonMonth(String season) {
        return switch (season) {
            case "SP" -> 4;
            case "SU" -> 7;
            case "FA" -> 10;
            default -> 12;
        };
    }

    /** The year of a month (and day) on the given side of the document date. */
    static int yearOf(int month, int day, LocalDate documentDate, Side side) {
        int year = documentDate.getYear();
        int here = documentDate.getMonthValue() * 100 + documentDate.getDayOfMonth();
        int there = month * 100 + Math.min(day, 31);
        return switch (side) {
            case BEFORE -> there <= here ? year : year - 1;
            case AFTER -> there >= here ? year : year + 1;
            case STRICTLY_BEFORE -> month < documentDate.getMonthValue() ? year : year - 1;
            case STRICTLY_AFTER -> month > documentDate.getMonthValue() ? year : year + 1;
            case NEAREST, SAME_WEEK -> month - documentDate.getMonthValue() > NEAREST_AHEAD ? year - 1
                    : month - documentDate.getMonthValue() < NEAREST_AHEAD - 11 ? year + 1 : year;
            case MOSTLY_BEFORE -> month - documentDate.getMonthValue() > 1 ? year - 1 : year;
            case MOSTLY_AFTER -> month - documentDate.getMonthValue() < -1 ? year + 1 : year;
        };
    }

    /** The year of a day of a month: as {@link #yearOf}, but February 29 moves on to a leap year on its side. */
    static int yearOfDay(int month, int day, LocalDate documentDate, Side side) {
        int year = yearOf(month, day, documentDate, side);
        int step = side == Side.AFTER || side == Side.STRICTLY_AFTER || side == Side.MOSTLY_AFTER ? 1 : -1;
        while (month == 2 && day == 29 && !java.time.Year.isLeap(year)) {
            year += step;
        }
        return year;
    }

    /**
     * The year nearest the guessed one (the earlier of two as near, within {@link #WEEKDAY_YEARS}) in which a month's
     * day falls on the weekday written beside it; none where the day never does so near.
     */
    static Optional<Integer> yearOnWeekday(int month, int day, int guessed, DayOfWeek weekday) {
        for (int distance = 0; distance <= WEEKDAY_YEARS; distance++) {
            for (int year : new int[] {guessed - distance, guessed + distance}) {
                if (java.time.YearMonth.of(year, month).isValidDay(day)
                        && LocalDate.of(year, month, day).getDayOfWeek() == weekday) {
                    return Optional.of(year);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean strict(Side side) {
        return side == Side.STRICTLY_BEFORE || side == Side.STRICTLY_AFTER;
    }

    private Optional<String> shift(Groups groups, List<String> args, Optional<LocalDate> documentDate) {
        Optional<Unit> unit = unit(args.get(0), groups);
        Optional<String> amount = amount(args.get(1), groups);
        if (unit.isEmpty() || amount.isEmpty()) {
            return Optional.empty();
        }
        if (!amount.get().matches("-?\\d+")) {
            // "several years ago": TimeML's vague reference to the past or future.
            return Optional.of(amount.get().startsWith("-") ? "PAST_REF" : "FUTURE_REF");
        }
        return documentDate.map(d -> unit.get().shifted(d, Long.parseLong(amount.get())));
    }

    private Optional<String> weekday(Groups groups, Optional<LocalDate> documentDate, Side side, boolean time) {
        Optional<Integer> number = groups.get("weekday").flatMap(w -> number(w, "WEEKDAY"));
        if (number.isEmpty()) {
            return Optional.empty();
        }
        // A part of the day shows in a TIME's value ("Friday morning": …TMO), not in a DATE's.
        String part = !time ? "" : groups.get("part").flatMap(p -> words.value("PART", p)).map(p -> "T" + p).orElse("");
        if (documentDate.isEmpty()) {
            return Optional.of("XXXX-WXX-" + number.get() + part);
        }
        return Optional.of(resolve(DayOfWeek.of(number.get()), documentDate.get(), side) + part);
    }

    /** A weekday on the given side of the document date (on it, for a side that allows it). */
    static LocalDate resolve(DayOfWeek day, LocalDate documentDate, Side side) {
        return documentDate.with(switch (side) {
            case BEFORE, NEAREST, MOSTLY_BEFORE -> TemporalAdjusters.previousOrSame(day);
            case AFTER, MOSTLY_AFTER -> TemporalAdjusters.nextOrSame(day);
            case STRICTLY_BEFORE -> TemporalAdjusters.previous(day);
            case STRICTLY_AFTER -> TemporalAdjusters.next(day);
            case SAME_WEEK -> d -> d.with(java.time.temporal.ChronoField.DAY_OF_WEEK, day.getValue());
        });
    }

    /**
     * The weekend of "over the weekend": reported on a weekday in the past tense it is the one before (a Monday's
     * "said over the weekend" is the Saturday and Sunday just gone), else the document date's week's.
     */
    static String weekend(LocalDate documentDate, Tense tense) {
        LocalDate day = tense == Tense.PAST ? documentDate.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY))
                : documentDate;
        return Unit.WEEKEND.shifted(day, 0);
    }

    /** A weekday in a past-tense (or present) sentence, or in a future one: the weekday resolver's two cases. */
    static LocalDate weekday(DayOfWeek day, LocalDate documentDate, Tense tense) {
        return resolve(day, documentDate, tense == Tense.FUTURE ? Side.AFTER : Side.BEFORE);
    }

    private Optional<String> part(Groups groups, List<String> args, Optional<LocalDate> documentDate) {
        Optional<String> code = args.size() > 1 ? Optional.of(args.get(1))
                : groups.get("part").flatMap(p -> words.value("PART", p));
        String day = documentDate.map(d -> d.plusDays(Long.parseLong(args.get(0))).toString()).orElse(UNKNOWN_DAY);
        return code.map(c -> day + "T" + c);
    }

    private Optional<String> time(Groups groups, List<String> args, Optional<LocalDate> documentDate, Tense tense) {
        Side side = side(List.of(), tense, true);
        String hourText = groups.get("hour").orElse("");
        int hour;
        int minute = groups.get("minute").map(Integer::parseInt).orElse(0);
        switch (hourText) {
            case "noon", "midday" -> hour = 12;
            case "midnight" -> hour = 24;
            default -> {
                hour = amounts.whole(hourText).map(Long::intValue).orElse(Integer.MAX_VALUE);
                // "p.m.", "in the evening": the pack's HALFDAY words say which half of the day
                String half = groups.get("ampm").flatMap(a -> words.value("HALFDAY", a)).orElse("");
                if (half.equals("PM") && hour < 12) {
                    hour += 12;
                } else if (half.equals("AM") && hour == 12) {
                    hour = 0;
                }
            }
        }
        if (hour > 24 || minute > 59) {
            return Optional.empty();
        }
        long days = args.isEmpty() ? 0 : Long.parseLong(args.get(0));
        String zone = groups.get("zone").flatMap(z -> words.value("ZONE", z)).orElse("");
        Optional<DayOfWeek> weekday = groups.get("weekday").flatMap(w -> number(w, "WEEKDAY")).map(DayOfWeek::of);
        Optional<Integer> month = groups.get("month").flatMap(m -> number(m, "MONTH"));
        Optional<Integer> dayOfMonth = groups.get("day").map(d -> Integer.parseInt(d.replaceAll("\\D", "")));
        if (month.isPresent() && dayOfMonth.isPresent()) { // "5 p.m. EST Nov. 9": that day's clock time
            if (month.get() > 12 || dayOfMonth.get() > 31) {
                return Optional.empty();
            }
            Side dateSide = side(List.of(), tense, false); // a date's year, as for the date alone
            String date = documentDate.map(d -> Unit.year(yearOf(month.get(), dayOfMonth.get(), d, dateSide)))
                    .orElse("XXXX") + String.format(Locale.ROOT, "-%02d-%02d", month.get(), dayOfMonth.get());
            return Optional.of(String.format(Locale.ROOT, "%sT%02d:%02d%s", date, hour, minute, zone));
        }
        String day = documentDate.map(d -> weekday.map(w -> resolve(w, d, side)).orElse(d.plusDays(days)).toString())
                .orElse(UNKNOWN_DAY);
        return Optional.of(String.format(Locale.ROOT, "%sT%02d:%02d%s", day, hour, minute, zone));
    }

    private Optional<Unit> unit(String argument, Groups groups) {
        if (!argument.startsWith("$")) {
            return Optional.of(Unit.valueOf(argument));
        }
        return groups.get(argument.substring(1))
                .flatMap(u -> words.value("UNIT", u).or(() -> words.value("UNITS", u))).map(Unit::valueOf);
    }

    private Optional<String> amount(String argument, Groups groups) {
        boolean negative = argument.startsWith("-");
        String name = negative ? argument.substring(1) : argument;
        if (!name.startsWith("$")) {
            return Optional.of(argument);
        }
        return groups.get(name.substring(1)).flatMap(amounts::read).map(a -> negative ? "-" + a : a);
    }

    /** A month, weekday or ordinal as a number, from its word or its figures ("3rd", "11"). */
    private Optional<Integer> number(String text, String wordClass) {
        Optional<Integer> word = words.value(wordClass, text).filter(v -> v.matches("\\d+")).map(Integer::parseInt);
        if (word.isPresent()) {
            return word;
        }
        String digits = text.replaceAll("(st|nd|rd|th)$", "");
        return digits.matches("\\d{1,2}") ? Optional.of(Integer.parseInt(digits)) : Optional.empty();
    }
}
