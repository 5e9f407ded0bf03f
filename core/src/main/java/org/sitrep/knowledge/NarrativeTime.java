package org.sitrep.knowledge;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.language.LanguagePack;
import org.sitrep.language.WordList;
import org.sitrep.model.CalendarDate;

/**
 * Resolves relative time the way a reader follows a story: "five days later" counts from the day the narrative is
 * at (the last day the article named), not from publication, and "a year later" from the year it is at. Rules come
 * from the language pack's {@code time-offsets.tsv}.
 */
public final class NarrativeTime {
    /** One offset rule: a pattern, its unit and its amount (fixed, or the number its first group gives). */
    private record Offset(Pattern pattern, ChronoUnit unit, Optional<Integer> fixed, boolean negativeGroup) {
    }

    private final List<Offset> offsets;
    private final List<String> numbers;

    public NarrativeTime(LanguagePack pack) {
        this.numbers = pack.words(WordList.NUMBER_WORDS);
        this.offsets = pack.rows("time-offsets.tsv").stream().map(f -> {
            ChronoUnit unit = switch (f[1]) {
                case "day" -> ChronoUnit.DAYS;
                case "week" -> ChronoUnit.WEEKS;
                case "month" -> ChronoUnit.MONTHS;
                case "year" -> ChronoUnit.YEARS;
                default -> throw new IllegalStateException(pack.code() + "/time-offsets.tsv: unknown unit " + f[1]);
            };
            boolean group = f[2].endsWith("$1");
            return new Offset(Pattern.compile(f[0], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), unit,
                    group ? Optional.empty() : Optional.of(Integer.parseInt(f[2])), f[2].startsWith("-"));
        }).toList();
    }

    /** The day a relative expression names, counted from the narrative's reference day; none if no rule matches. */
    public Optional<LocalDate> resolve(String expression, LocalDate reference) {
        return resolve(expression, CalendarDate.day(reference))
                .filter(d -> d.granularity() == CalendarDate.Granularity.DAY).map(CalendarDate::first);
    }

    /**
     * The time a relative expression names, counted from the narrative's reference time: a day for offsets in days,
     * weeks or months (from a reference day only), a year for offsets in years ("a year later", "that year"), from
     * a reference of any granularity; none if no rule matches.
     */
    public Optional<CalendarDate> resolve(String expression, CalendarDate reference) {
        String surface = expression.strip();
        for (Offset offset : offsets) {
            Matcher m = offset.pattern().matcher(surface);
            if (!m.matches()) {
                continue;
            }
            Optional<Integer> amount = offset.fixed()
                    .or(() -> number(m.group(1)).map(n -> offset.negativeGroup() ? -n : n));
            if (amount.isEmpty()) {
                continue;
            }
            if (offset.unit() == ChronoUnit.YEARS) {
                return Optional.of(new CalendarDate(reference.first().withDayOfYear(1).plusYears(amount.get()),
                        CalendarDate.Granularity.YEAR));
            }
            return reference.granularity() == CalendarDate.Granularity.DAY
                    ? Optional.of(CalendarDate.day(reference.first().plus(amount.get(), offset.unit())))
                    : Optional.empty();
        }
        return Optional.empty();
    }

    private Optional<Integer> number(String word) {
        if (word.matches("\\d{1,3}")) {
            return Optional.of(Integer.parseInt(word));
        }
        int index = numbers.indexOf(word.toLowerCase(Locale.ROOT));
        return index < 0 ? Optional.empty() : Optional.of(index + 1);
    }
}
