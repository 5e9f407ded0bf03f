package org.sitrep.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DigestScheduleTest {
    private final DigestSchedule schedule = DigestSchedule.twiceAMonth();

    @Test
    void theFifteenthCoversTheFirstHalfOfTheMonth() {
        LocalDate[] period = schedule.periodFor(LocalDate.of(2024, 12, 15)).orElseThrow();
        assertThat(period).containsExactly(LocalDate.of(2024, 12, 1), LocalDate.of(2024, 12, 14));
    }

    @Test
    void theFirstCoversTheSecondHalfOfThePreviousMonth() {
        LocalDate[] period = schedule.periodFor(LocalDate.of(2025, 3, 1)).orElseThrow();
        assertThat(period).containsExactly(LocalDate.of(2025, 2, 15), LocalDate.of(2025, 2, 28));
    }

    @Test
    void otherDaysSendNothing() {
        assertThat(schedule.periodFor(LocalDate.of(2024, 12, 7))).isEmpty();
        assertThat(DigestSchedule.parse("7").periodFor(LocalDate.of(2024, 12, 7)).orElseThrow())
                .containsExactly(LocalDate.of(2024, 11, 7), LocalDate.of(2024, 12, 6));
        assertThatThrownBy(() -> DigestSchedule.parse("31")).hasMessageContaining("1..28");
    }

    @Test
    void tokensAreBoundToPurposeAndExpire() {
        Tokens tokens = new Tokens("secret");
        java.time.Instant now = java.time.Instant.parse("2024-12-01T00:00:00Z");
        String token = tokens.issue("confirm", "a@example.org", now.plusSeconds(60));
        assertThat(tokens.verify(token, "confirm", now)).contains("a@example.org");
        assertThat(tokens.verify(token, "unsubscribe", now)).isEmpty();
        assertThat(tokens.verify(token, "confirm", now.plusSeconds(120))).isEmpty();
        assertThat(new Tokens("other").verify(token, "confirm", now)).isEmpty();
        assertThat(tokens.verify("garbage", "confirm", now)).isEmpty();
        assertThat(tokens.verify(token.replace('.', 'x'), "confirm", now)).isEmpty();
    }
}
