package org.sitrep.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sitrep.nlp.TimexMention;

/**
 * Puts a clock time on the day its sentence names: "took off Tuesday … at 18:00 UTC" is Tuesday's 18:00, not the
 * document date's. Only a time the rules put on the document date for want of a day moves, to the nearest day
 * (a date with its day, or a weekday) another expression of the sentence gives.
 */
final class ClockDays {
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d\\d-\\d\\d(?:T.*)?");
    private static final Pattern CLOCK = Pattern.compile("T\\d\\d:\\d\\d.*");

    private ClockDays() {
    }

    /** The sentence's mentions, clock times on the document date moved to the nearest day the sentence names. */
    static List<TimexMention> onNamedDays(List<TimexMention> mentions, Optional<LocalDate> documentDate) {
        if (documentDate.isEmpty() || mentions.size() < 2) {
            return mentions;
        }
        String today = documentDate.get().toString();
        List<TimexMention> out = new ArrayList<>(mentions.size());
        for (TimexMention mention : mentions) {
            Optional<String> value = mention.value();
            boolean clockToday = mention.type().equals(TimexType.TIME.name()) && value.isPresent()
                    && value.get().startsWith(today) && CLOCK.matcher(value.get().substring(today.length())).matches();
            Optional<String> day = clockToday ? nearestDay(mention, mentions, today) : Optional.empty();
            out.add(day.map(d -> new TimexMention(mention.begin(), mention.end(), mention.firstToken(),
                    mention.lastToken(), mention.text(), mention.type(),
                    Optional.of(d + value.get().substring(today.length())))).orElse(mention));
        }
        return List.copyOf(out);
    }

    /** The day (yyyy-mm-dd) of the other mention nearest the given one that names a day other than today. */
    private static Optional<String> nearestDay(TimexMention clock, List<TimexMention> mentions, String today) {
        Optional<String> nearest = Optional.empty();
        int best = Integer.MAX_VALUE;
        for (TimexMention other : mentions) {
            Optional<String> value = other.value().filter(v -> DAY.matcher(v).matches() && !v.startsWith(today));
            if (other == clock || value.isEmpty()) {
                continue;
            }
            int distance = Math.min(Math.abs(other.firstToken() - clock.lastToken()),
                    Math.abs(clock.firstToken() - other.lastToken()));
            if (distance < best) {
                best = distance;
                nearest = value.map(v -> v.substring(0, 10));
            }
        }
        return nearest;
    }
}
