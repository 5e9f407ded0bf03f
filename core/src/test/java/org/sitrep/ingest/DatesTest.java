package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class DatesTest {

    @Property
    void readsBackEveryDayInEveryFormat(@ForAll("days") LocalDate day) {
        assertThat(Dates.parse(day.toString())).contains(day);
        assertThat(Dates.parse(day + " 08:15:00")).contains(day);
        assertThat(Dates.parse(day.getMonthValue() + "/" + day.getDayOfMonth() + "/" + day.getYear())).contains(day);
        assertThat(Dates.parse(DateTimeFormatter.RFC_1123_DATE_TIME.format(day.atStartOfDay(ZoneOffset.UTC))))
                .contains(day);
        assertThat(Dates.parse(day + "T10:00:00+03:00")).contains(day);
    }

    @Property
    void neverThrowsOnArbitraryTextAndFindsNoDateInText(@ForAll("wordsWithoutDigits") String text) {
        assertThat(Dates.parse(text)).isEmpty();
    }

    @Test
    void rejectsImpossibleDates() {
        assertThat(Dates.parse("2024-02-30")).isEmpty();
        assertThat(Dates.parse("13/45/2024")).isEmpty();
        assertThat(Dates.parse("yesterday")).isEmpty();
    }

    @Provide
    Arbitrary<String> wordsWithoutDigits() {
        return Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ ,.:/-T+")
                .ofMaxLength(60);
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.integers().between(0, 365 * 200).map(n -> LocalDate.of(1900, 1, 1).plusDays(n));
    }
}
