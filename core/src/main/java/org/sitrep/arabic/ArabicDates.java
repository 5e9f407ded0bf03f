package org.sitrep.arabic;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.model.CalendarDate;
import org.sitrep.model.TimeExpression;

/**
 * Finds Arabic dates in a sentence and resolves them against the publication date, by the words of
 * {@code dates.tsv}: "أمس" and "اليوم" (days from publication), weekdays (the last such day on or before
 * publication), and a day number with a month name, Levantine or Egyptian, and an optional year ("27 تشرين الثاني",
 * "٣ يناير 2015"); a month name needs a number beside it (آب, مارس are also common words). Immutable; thread-safe.
 */
public final class ArabicDates {
    private static final int LONGEST = 2;
    private final Map<String, Integer> weekdays = new HashMap<>();
    private final Map<String, Integer> months = new HashMap<>();
    private final Map<String, Integer> relative = new HashMap<>();
    private final Clitics clitics;

    private ArabicDates(ArabicPack pack) {
        this.clitics = pack.clitics();
        for (String[] row : ArabicPack.rows("dates.tsv")) {
            Map<String, Integer> target = switch (row[0]) {
                case "weekday" -> weekdays;
                case "month" -> months;
                case "relative" -> relative;
                default -> throw new IllegalStateException("dates.tsv: unknown kind " + row[0]);
            };
            for (String word : row[1].split("\\|")) {
                target.put(pack.normalizer().normalize(word), Integer.parseInt(row[2].strip()));
            }
        }
    }

    public static ArabicDates load(ArabicPack pack) {
        return new ArabicDates(pack);
    }

    /** The dates of a sentence, left to right; values are absent when the article has no publication date. */
    public List<TimeExpression> find(Sentence sentence, String text, Optional<LocalDate> published) {
        List<Token> tokens = sentence.tokens();
        List<TimeExpression> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int next = i + 1;
            Token token = tokens.get(i);
            Optional<Match> month = phrase(tokens, i + 1, months);
            Optional<Match> rel = phrase(tokens, i, relative);
            if (token.normal().matches("\\d{1,2}") && month.isPresent()) {
                int day = Integer.parseInt(token.normal());
                int last = month.get().last();
                Optional<Integer> year = Optional.empty();
                if (last + 1 < tokens.size() && tokens.get(last + 1).normal().matches("(19|20)\\d{2}")) {
                    last++;
                    year = Optional.of(Integer.parseInt(tokens.get(last).normal()));
                }
                Optional<String> value = dayOf(day, month.get().value(), year, published);
                found.add(expression(tokens.get(i), tokens.get(last), text, value));
                next = last + 1;
            } else if (phrase(tokens, i, months).isPresent() && i + LONGEST <= tokens.size()
                    && yearAfter(tokens, phrase(tokens, i, months).get().last())) {
                Match m = phrase(tokens, i, months).get();
                Token year = tokens.get(m.last() + 1);
                found.add(expression(token, year, text, Optional.of(String.format(java.util.Locale.ROOT, "%s-%02d",
                        year.normal(), m.value()))));
                next = m.last() + 2;
            } else if (rel.isPresent()) {
                found.add(expression(token, tokens.get(rel.get().last()), text,
                        published.map(p -> p.plusDays(rel.get().value()).toString())));
                next = rel.get().last() + 1;
            } else if (weekday(token).isPresent()) {
                DayOfWeek dow = DayOfWeek.of(weekday(token).get());
                found.add(expression(token, token, text,
                        published.map(p -> p.with(TemporalAdjusters.previousOrSame(dow)).toString())));
            }
            i = next;
        }
        return found;
    }

    private record Match(int last, int value) {
    }

    private Optional<Match> phrase(List<Token> tokens, int i, Map<String, Integer> words) {
        for (int n = Math.min(LONGEST, tokens.size() - i); n >= 1; n--) {
            StringBuilder rest = new StringBuilder();
            for (int k = i + 1; k < i + n; k++) {
                rest.append(' ').append(tokens.get(k).normal());
            }
            for (String first : clitics.variants(tokens.get(i).normal())) {
                Integer value = words.get(first + rest);
                if (value != null) {
                    return Optional.of(new Match(i + n - 1, value));
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Integer> weekday(Token token) {
        return clitics.variants(token.normal()).stream().map(weekdays::get).filter(java.util.Objects::nonNull)
                .findFirst();
    }

    private static boolean yearAfter(List<Token> tokens, int last) {
        return last + 1 < tokens.size() && tokens.get(last + 1).normal().matches("(19|20)\\d{2}");
    }

    /** A day of a month, in the year given or else the latest such day not well after publication. */
    private static Optional<String> dayOf(int day, int month, Optional<Integer> year, Optional<LocalDate> published) {
        try {
            if (year.isPresent()) {
                return Optional.of(LocalDate.of(year.get(), month, day).toString());
            }
            if (published.isEmpty()) {
                return Optional.empty();
            }
            LocalDate date = LocalDate.of(published.get().getYear(), month, day);
            return Optional.of((date.isAfter(published.get().plusDays(7)) ? date.minusYears(1) : date).toString());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static TimeExpression expression(Token first, Token last, String text, Optional<String> value) {
        return new TimeExpression(text.substring(first.start(), last.end()), first.start(), last.end(),
                value.filter(v -> CalendarDate.parse(v).isPresent()), "DATE", 0.8);
    }
}
