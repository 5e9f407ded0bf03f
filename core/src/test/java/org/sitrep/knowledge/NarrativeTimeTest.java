package org.sitrep.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.sitrep.language.LanguagePack;

class NarrativeTimeTest {
    private static final NarrativeTime TIME = new NarrativeTime(LanguagePack.load("en"));
    private static final LocalDate SIEGE_BROKEN = LocalDate.of(2016, 8, 6);

    @Test
    void relativeDaysCountFromTheNarrativesDayNotFromPublication() {
        assertThat(TIME.resolve("five days later", SIEGE_BROKEN)).contains(LocalDate.of(2016, 8, 11));
        assertThat(TIME.resolve("the next day", SIEGE_BROKEN)).contains(LocalDate.of(2016, 8, 7));
        assertThat(TIME.resolve("that day", SIEGE_BROKEN)).contains(SIEGE_BROKEN);
        assertThat(TIME.resolve("two weeks later", SIEGE_BROKEN)).contains(LocalDate.of(2016, 8, 20));
        assertThat(TIME.resolve("three days earlier", SIEGE_BROKEN)).contains(LocalDate.of(2016, 8, 3));
        assertThat(TIME.resolve("last year", SIEGE_BROKEN)).isEmpty();
    }

    @Property
    void nDaysLaterIsAlwaysExactlyNDaysAfterTheReference(@ForAll @IntRange(min = 0, max = 30_000) int epochDay,
                                                          @ForAll @IntRange(min = 1, max = 12) int days) {
        LocalDate reference = LocalDate.ofEpochDay(epochDay);
        assertThat(TIME.resolve(days + " days later", reference)).contains(reference.plusDays(days));
        String word = LanguagePack.load("en").words(org.sitrep.language.WordList.NUMBER_WORDS).get(days - 1);
        assertThat(TIME.resolve(word + " days later", reference)).contains(reference.plusDays(days));
    }
}
