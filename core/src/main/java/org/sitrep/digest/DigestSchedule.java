package org.sitrep.digest;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * When digests go out: on the configured days of the month (the 1st and the 15th by default), each covering the
 * days since the previous sending day up to the day before.
 */
public record DigestSchedule(Set<Integer> days) {
    public DigestSchedule {
        if (days.isEmpty() || days.stream().anyMatch(d -> d < 1 || d > 28)) {
            throw new IllegalArgumentException("digest days must be 1..28, was " + days);
        }
        days = Set.copyOf(new TreeSet<>(days));
    }

    public static DigestSchedule twiceAMonth() {
        return new DigestSchedule(Set.of(1, 15));
    }

    /** Parses "1,15". */
    public static DigestSchedule parse(String days) {
        return new DigestSchedule(new TreeSet<>(List.of(days.split(",")).stream().map(String::strip)
                .map(Integer::parseInt).toList()));
    }

    /** The period [from, to] an issue sent on {@code today} covers, if today is a sending day. */
    public Optional<LocalDate[]> periodFor(LocalDate today) {
        if (!days.contains(today.getDayOfMonth())) {
            return Optional.empty();
        }
        LocalDate previous = today.minusDays(1);
        while (!days.contains(previous.getDayOfMonth())) {
            previous = previous.minusDays(1);
        }
        return Optional.of(new LocalDate[] {previous, today.minusDays(1)});
    }
}
