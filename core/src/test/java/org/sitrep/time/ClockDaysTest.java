package org.sitrep.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.nlp.TimexMention;

/** Clock times on the document date move to the day their sentence names. */
class ClockDaysTest {
    private static final Optional<LocalDate> WEDNESDAY = Optional.of(LocalDate.of(2009, 12, 16));

    private static TimexMention mention(int first, int last, String type, String value) {
        return new TimexMention(first * 10, last * 10 + 5, first, last, "x", type, Optional.of(value));
    }

    @Test
    void aClockTimeTakesTheNearestDayItsSentenceNames() {
        List<TimexMention> moved = ClockDays.onNamedDays(List.of(mention(2, 2, "DATE", "2009-12-15"),
                mention(8, 9, "TIME", "2009-12-16T18:00Z"), mention(20, 20, "DATE", "2009-12-01")), WEDNESDAY);
        assertThat(moved).extracting(m -> m.value().orElse(""))
                .containsExactly("2009-12-15", "2009-12-15T18:00Z", "2009-12-01");
    }

    @Test
    void aTimeOfDayPartADayAlreadyNamedOrASentenceWithoutADayStay() {
        List<TimexMention> mentions = List.of(mention(1, 1, "DATE", "2009-12-14"),
                mention(3, 4, "TIME", "2009-12-16TMO"), mention(6, 7, "TIME", "2009-12-10T09:00"));
        assertThat(ClockDays.onNamedDays(mentions, WEDNESDAY)).isEqualTo(mentions);
        List<TimexMention> alone = List.of(mention(3, 4, "TIME", "2009-12-16T18:00"),
                mention(6, 7, "DATE", "2009-W51"));
        assertThat(ClockDays.onNamedDays(alone, WEDNESDAY)).isEqualTo(alone);
        assertThat(ClockDays.onNamedDays(alone, Optional.empty())).isEqualTo(alone);
    }
}
